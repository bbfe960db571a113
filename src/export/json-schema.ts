// JSON Schema (draft 2020-12) for the content files, generated from the zod schemas in src/schema/:
// editors (VS Code with yaml-language-server, via the `# yaml-language-server: $schema=…` line at the
// top of each file) use it to complete fields and underline mistakes while staff type.
//
// One module serves both copies: the site's /schemas/*.schema.json endpoints and the repository's
// schemas/ folder (written by `npm run schemas`; test/unit/json-schema.test.ts fails when they differ).
//
// How zod's non-JSON parts are handled, deliberately:
// - io: 'input': the schema describes the file as written. Trimming (a transform) does not exist on the
//   input side, and fields with a zod default (metrics, evidence, base, branch) are optional there.
// - Refinements (superRefine: text, dates, URLs) are invisible to z.toJSONSchema; the field builders in
//   src/schema/text.ts attach, with .meta(), the part of each rule a JSON Schema can state (patterns,
//   maxLength), from the same regular expressions the validator uses.
// - unrepresentable: 'throw' (zod's default, written out): a zod type with no JSON Schema form fails
//   here rather than silently becoming "anything".
// - What only the validator can check (the other files, the plan text, the clock) is listed in each
//   schema's $comment and on /data/.
import { z } from 'zod';
import { PLACEHOLDER_MARK } from '../content/report-rules.ts';
import {
  AreasFileSchema,
  PlanSchema,
  ReportSchema,
  SiteSettingsSchema,
  TaskSchema,
  UnitsFileSchema,
  DEMO_LABEL,
  DEMO_MARK,
} from '../schema/index.ts';
import { AS_OF_RULE } from '../content/report-rules.ts';

/** Checked by `npm run validate` in every file, never by the JSON Schema. */
export const EVERY_FILE = [
  '文字须为 Unicode NFC 规范形式',
  '日期须真实存在(如 2023-02-30 不存在;JSON Schema 只检查格式)',
  '网址须能解析,且是公众能打开的地址:不含用户名或密码,不指向本机、内网或保留地址(JSON Schema 只检查以 http:// 或 https:// 开头、不含空白和控制字符、长度)',
  'YAML 写法:重复的键、锚点与别名、标签、指令、未加引号的 yes/no/on/off、多个文档、文件大小',
];

interface SchemaFile {
  schema: z.ZodType;
  title: string;
  /** Rules of this file that need other files, the plan text or the date: only the validator checks them. */
  validatorOnly: readonly string[];
}

/** Every content file kind with a JSON Schema, by file name in schemas/ (and /schemas/ on the site). */
export const SCHEMA_FILES = {
  'task.schema.json': {
    schema: TaskSchema,
    title: '重点任务文件 content/tasks/NN.yaml',
    validatorOnly: [
      '文件名须与 id 一致(如 05.yaml 对应 id: 5)',
      'area 和 lead、responsible 中的标识须在 areas.yaml、units.yaml 中存在',
      'text 须与方案原文(content/source/plan.txt)一致,title 为其第一句,quote 出现在 text 中,单位与原文括注一致并按方案顺序',
      'targets 中的 id 在本任务内不能重复',
    ],
  },
  'report.schema.json': {
    schema: ReportSchema,
    title: '季度进展文件 content/reports/YYYY-Qn/NN.yaml',
    validatorOnly: [
      '所在文件夹须与 period 一致,文件名须与 task 一致,同一任务每季度只有一份',
      'task 须是已有的任务;reported_by 须是该任务的牵头单位',
      'metrics 的 target 须是该任务的目标,每个目标只填一次;数值不能为负(压降类目标除外),百分比不超过 100',
      `period 在方案的报送期内(从方案印发所在季度起,到 plan.yaml 的 reporting.last_period 为止);period 所在季度已经开始,reported_on 不早于该季度;reported_on 不晚于今天;${AS_OF_RULE}`,
      `summary 不能是新建草稿中的“${PLACEHOLDER_MARK}”示例文字;正式内容中不能有从示例网站复制来的虚构内容(带示例标记的文字)`,
      '状态为 completed 而数量目标未达到时给出警告',
    ],
  },
  'units.schema.json': {
    schema: UnitsFileSchema,
    title: '单位列表 content/units.yaml',
    validatorOnly: ['id 不能重复'],
  },
  'areas.schema.json': {
    schema: AreasFileSchema,
    title: '领域列表 content/areas.yaml',
    validatorOnly: ['id 不能重复'],
  },
  'plan.schema.json': {
    schema: PlanSchema,
    title: '方案文件 content/plan.yaml',
    validatorOnly: [],
  },
  'site.schema.json': {
    schema: SiteSettingsSchema,
    title: '网站设置 content/site.yaml',
    validatorOnly: [],
  },
} satisfies Record<string, SchemaFile>;

export type SchemaFileName = keyof typeof SCHEMA_FILES;
export const SCHEMA_FILE_NAMES = Object.keys(SCHEMA_FILES) as SchemaFileName[];

/** The JSON Schema of one content file kind, as an object. */
export function jsonSchema(name: SchemaFileName): Record<string, unknown> {
  const file: SchemaFile = SCHEMA_FILES[name];
  const { $schema, ...generated } = z.toJSONSchema(file.schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  const limits = [...file.validatorOnly, ...EVERY_FILE];
  return {
    $schema,
    title: file.title,
    ...generated,
    $comment: `由 src/schema/ 中的 zod 定义生成(npm run schemas),请勿手工修改。本文件只检查单个文件的结构;以下规则只有 npm run validate 检查:${limits.map((rule, i) => `(${i + 1})${rule}`).join(';')}。`,
  };
}

/** The file's exact text: what the site serves and what schemas/ holds. */
export function jsonSchemaText(name: SchemaFileName): string {
  return `${JSON.stringify(jsonSchema(name), null, 2)}\n`;
}
