// The vocabulary of the whole project: every content file's shape, as zod schemas.
// The loader, the validator, the pages, the JSON Schema export and the submit form import these;
// nothing re-declares them.
import { z } from 'zod';
import { COMPARATOR_KEYS, DEFAULT_DUE_DAYS_AFTER_QUARTER, DEFAULT_SCHEDULE_TOLERANCE, RECURRENCE_KEYS, STATUS_KEYS, UNIT_KIND_KEYS } from './vocabulary.ts';
import { PERIOD_PATTERN } from './period.ts';
import { isoDate, PATTERN_FIXES, plainName, positiveInt, prose, slug, webUrl } from './text.ts';

export { isIsoDate, PATTERN_FIXES } from './text.ts';

const GITHUB_TEAM_PATTERN = /^@[A-Za-z0-9-]+\/[A-Za-z0-9_-]+$/;
/** A CODEOWNERS owner: a team (@org/team) or a single account (@user). */
const GITHUB_OWNER_PATTERN = /^@[A-Za-z0-9-]+(?:\/[A-Za-z0-9_-]+)?$/;
/** A desk telephone as printed: digits, an area code with - or brackets, an extension after 转. */
const PHONE_PATTERN = /^(?:\(?0\d{2,3}\)?[- ]?)?\d{7,8}(?:转\d{1,6})?$|^(?:400|800)[- ]?\d{3}[- ]?\d{4}$|^12345$/;
const EMAIL_PATTERN = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
const SITE_CODE_PATTERN = /^[A-Za-z0-9]{10}$/;
/** 省简称 + 公网安备 + the record number + 号, as the filing certificate prints it. */
export const POLICE_FILING_PATTERN = /^\p{Script=Han}公网安备 ?(\d{14})号$/u;
PATTERN_FIXES.set(String(PHONE_PATTERN), '填写单位座机,如 0728-5221234 或 0728-5221234转8001');
PATTERN_FIXES.set(String(EMAIL_PATTERN), '如 office@example.gov.cn');
PATTERN_FIXES.set(String(SITE_CODE_PATTERN), '10 位,如 4290060001,见全国政府网站基本数据库');
PATTERN_FIXES.set(String(POLICE_FILING_PATTERN), '照备案证书填写,如 鄂公网安备42000002000001号');
PATTERN_FIXES.set(String(PERIOD_PATTERN), '格式为 YYYY-Qn,例如 2023-Q1');
PATTERN_FIXES.set(String(GITHUB_TEAM_PATTERN), '格式为 @组织名/团队名');
PATTERN_FIXES.set(String(GITHUB_OWNER_PATTERN), '格式为 @组织名/团队名 或 @用户名');

export * from './vocabulary.ts';
export * from './period.ts';
export * from './reading.ts';
export * from './reporting-window.ts';
export * from './plan-name.ts';

export const SiteSettingsSchema = z.strictObject({
  id: slug().optional().describe('网站标识(小写字母、数字和连字符):同一域名下有几个本类网站时用于区分各自的浏览器设置(如长辈模式);不写时用 base'),
  title: prose().describe('网站名称'),
  site: webUrl().describe('网站正式地址(用于规范链接、站点地图和订阅)'),
  base: z.string().regex(/^\/([a-z0-9-]+\/)*$/).default('/').describe('网站所在路径,如 / 或 /tracker/'),
  repository: webUrl().describe('内容所在的 GitHub 仓库地址(用于"修改记录"链接和在线提交)'),
  branch: z.string().regex(/^[A-Za-z0-9._/-]+$/).default('main').describe('仓库主分支'),
  licence: prose().describe('数据许可协议'),
  licence_url: webUrl().describe('许可协议全文地址'),
  // 《政府网站发展指引》: who runs the site and how to reach them, shown in the footer when set.
  sponsor: prose().optional().describe('主办单位(部署为政府网站时填写,页脚显示),如 某某市人民政府办公室'),
  organizer: prose().optional().describe('承办单位(负责网站日常运行维护的单位,页脚显示)'),
  contact: z
    .strictObject({
      phone: z.string().regex(PHONE_PATTERN, { message: '电话号码格式不对' }).optional().describe('联系电话(单位座机),如 0728-5221234'),
      email: z.string().regex(EMAIL_PATTERN, { message: '电子邮箱格式不对' }).optional().describe('联系邮箱(单位公共邮箱)'),
      address: prose().optional().describe('通信地址'),
    })
    .optional()
    .describe('联系方式(页脚显示;只填单位的公开联系方式,不要填个人手机号)'),
  site_code: z.string().regex(SITE_CODE_PATTERN, { message: '网站标识码应为 10 位字母或数字' }).optional().describe('网站标识码(10 位,全国政府网站基本数据库分配):用于页面元数据 SiteIDCode 和“我为政府网站找错”链接'),
  icp: prose().optional().describe('ICP 备案号,如 鄂ICP备12345678号-1(页脚显示,链接到工业和信息化部备案系统)'),
  police_filing: z
    .string()
    .regex(POLICE_FILING_PATTERN, { message: '公安机关备案号格式不对' })
    .optional()
    .describe('公安机关备案号,如 鄂公网安备42000002000001号(页脚显示,链接到全国互联网安全管理服务平台该号码的备案信息)'),
  conac_certificate: webUrl()
    .optional()
    .describe('党政机关网站标识的证书页地址(中编办开具);填写后页脚显示标识图片 public/conac-badge.svg 并链接到此地址'),
  maintainers: z
    .string()
    .regex(GITHUB_OWNER_PATTERN, { message: 'GitHub 团队或账号格式不对' })
    .optional()
    .describe('维护人员的 GitHub 团队(或账号):审核未配置团队的单位的报送和项目文件,用于生成 .github/CODEOWNERS'),
}).describe('网站设置(content/site.yaml)');

export const PlanSchema = z.strictObject({
  number: prose().describe('文号'),
  issuer: prose().describe('发文单位'),
  date: isoDate().describe('成文日期'),
  title: prose().describe('方案标题'),
  notice_heading: prose().optional().describe('通知标题(原文;印发通知的标题,没有时省略)'),
  recipients: prose().optional().describe('主送单位(没有时省略)'),
  preamble: prose({ multiline: true }).describe('方案开头语'),
  general_requirements: z.strictObject({
    heading: prose().describe('小标题(原文)'),
    text: prose({ multiline: true }).describe('总体要求全文(原文)'),
    goal: prose({ multiline: true }).describe('总体目标(原文)'),
  }).describe('总体要求'),
  safeguards: z
    .array(
      z.strictObject({
        number: prose().describe('序号(原文,如 一、)'),
        title: prose().describe('标题(原文)'),
        text: prose({ multiline: true }).describe('全文(原文)'),
      }),
    )
    .describe('保障措施(任意条数,按原文顺序)'),
  attachment: prose().optional().describe('附件名称(没有附件时省略)'),
  reporting: z
    .strictObject({
      last_period: z.string().regex(PERIOD_PATTERN, { message: '季度格式不对' }).optional().describe('最后一个需要报送进展的季度,如 2025-Q4'),
      due_days_after_quarter: z
        .number()
        .int({ message: '应为整数' })
        .min(1)
        .max(90)
        .default(DEFAULT_DUE_DAYS_AFTER_QUARTER)
        .describe(`报送期限:季度结束后第几天之前(含当天)报送该季度进展,默认 ${DEFAULT_DUE_DAYS_AFTER_QUARTER}(如第四季度为次年1月${DEFAULT_DUE_DAYS_AFTER_QUARTER}日);过期仍未报送的为"逾期未报"`),
    })
    .optional()
    .describe('报送期:从方案印发所在季度起,到 last_period 为止(不写则一直报送);每季度的报送期限'),
  schedule: z
    .strictObject({
      tolerance: z
        .number()
        .min(0)
        .max(50)
        .default(DEFAULT_SCHEDULE_TOLERANCE)
        .describe(`容差(百分点):实际进度与序时进度相差不超过此数即为按序时,默认 ${DEFAULT_SCHEDULE_TOLERANCE}`),
    })
    .optional()
    .describe('序时进度的判断规则(可选,不是方案原文)'),
  // Last, so adding it to an existing plan.yaml moves no line that a message or a test points at.
  id: slug().describe('方案标识(小写字母、数字和连字符,如 ggfw-2022):一个网站有几个方案时区分各自的文件夹 content/plans/{方案标识}/;定下后不再改'),
  short: prose().optional().describe('方案简称(可选):几个方案并列时用于导航和筛选;不写时用方案标题'),
}).describe('方案本身(content/plan.yaml;几个方案时为 content/plans/{方案标识}/plan.yaml)');

export const AreaSchema = z.strictObject({
  id: slug().describe('领域标识(网址中使用)'),
  number: z.string().regex(/^[一二三四五六七八九十]+$/).describe('方案中的序号'),
  name: prose().describe('方案中的领域名称(原文)'),
  short: prose().describe('简称'),
}).describe('一个领域');
export const AreasFileSchema = z
  .strictObject({ areas: z.array(AreaSchema).min(1).describe('方案中的领域,按方案顺序') })
  .describe('领域列表(content/areas.yaml)');

export const UnitSchema = z.strictObject({
  id: slug().describe('单位标识(网址中使用)'),
  name: prose().superRefine(plainName).describe('方案中的单位名称(原文)'),
  kind: z.enum(UNIT_KIND_KEYS).describe('department 部门单位;collective 集合性表述'),
  github: z
    .string()
    .regex(GITHUB_TEAM_PATTERN, { message: 'GitHub 团队格式不对' })
    .optional()
    .describe('负责审核本单位报送内容的 GitHub 团队'),
  aliases: z
    .array(prose().superRefine(plainName))
    .optional()
    .describe('单位名称的其他写法(可选):不同方案原文对同一单位的写法不同时(如 市市场监管局 与 市市场监督管理局)列在这里'),
}).describe('一个单位');
export const UnitsFileSchema = z
  // May be empty: a new site (npm run init -- --empty) has no plan and so no unit yet; a task's lead unit
  // missing from the list is its own error.
  .strictObject({ units: z.array(UnitSchema).describe('各方案中出现的全部单位(还没有方案时可以为空)') })
  .describe('单位列表(content/units.yaml)');

export const TargetSchema = z.strictObject({
  id: slug().describe('目标标识,在本任务内唯一'),
  label: prose().describe('目标简称'),
  quote: prose().describe('方案中表述该目标的原文,必须与任务原文一字不差'),
  value: z.number().min(0).describe('目标值(1.5万 写作 15000)'),
  unit: prose({ max: 10 }).describe('计量单位,与方案一致,如 %、所、户、人次'),
  comparator: z.enum(COMPARATOR_KEYS).describe('at_least 不少于;at_most 不超过;reduce_by 压降;reach 完成'),
  deadline: isoDate().optional().describe('完成期限;方案未写明时省略'),
  recurring: z.enum(RECURRENCE_KEYS).optional().describe('按年(yearly)或按天(daily)重复的目标'),
  start: isoDate()
    .optional()
    .describe('序时进度的起算日期;省略时为方案成文日期,按年重复的目标为每年1月1日'),
  baseline: z
    .strictObject({
      value: z.number().describe('基数(起点值),单位与目标相同'),
      source: prose().describe('基数的出处,如“2021年统计公报”'),
    })
    .optional()
    .describe('起点值(只用于 at_least 和 reach):实际进度 =(实际值 − 基数)÷(目标值 − 基数);新建、新增类目标省略(基数为 0)'),
  // Written by the importer (npm run import:plan) where it guessed; the validator refuses a task file that
  // still has one, so no guess is published unread.
  review: prose()
    .optional()
    .describe('待人工核对的事项(导入方案时写入):核对后改正目标并删除这一行;有此字段时校验不通过'),
}).superRefine((target, ctx) => {
  if (target.start !== undefined && target.deadline !== undefined && target.deadline < target.start) {
    ctx.addIssue({ code: 'custom', path: ['start'], message: `起算日期 ${target.start} 晚于完成期限 ${target.deadline}`, params: { fix: '请核对 start 和 deadline:起算日期应早于完成期限' } });
  }
  if (target.baseline !== undefined && (target.comparator === 'at_most' || target.comparator === 'reduce_by')) {
    ctx.addIssue({ code: 'custom', path: ['baseline'], message: `${target.comparator} 类目标不使用基数`, params: { fix: '请删除 baseline:压降类的实际值已是降幅,不超过类只看是否达标' } });
  }
}).describe('一个数量目标');

export const TaskSchema = z.strictObject({
  id: positiveInt().describe('任务序号,与方案一致'),
  area: slug().describe('所属领域标识,见 content/areas.yaml'),
  title: prose().describe('任务名称(原文第一句)'),
  text: prose({ multiline: true }).describe('任务全文(原文,不含单位括注)'),
  lead: z.array(slug()).min(1).describe('牵头单位标识,按方案顺序'),
  responsible: z.array(slug()).describe('责任单位标识,按方案顺序'),
  targets: z.array(TargetSchema).describe('方案中的数量目标'),
  non_targets: z
    .array(
      z.strictObject({
        quote: prose().describe('任务原文中含数字的一段文字,一字不差'),
        reason: prose().describe('为什么不是数量目标,如 服务热线号码、电压等级'),
      }),
    )
    .optional()
    .describe('原文中出现数字但不是数量目标的地方(经人工核对):校验时这些数字不再提示'),
}).describe('一项重点任务(content/tasks/NN.yaml)');

export const MetricSchema = z.strictObject({
  target: slug().describe('目标标识,见任务文件 targets 中的 id'),
  value: z.number().describe('截至 as_of 的实际值,单位与目标相同'),
  as_of: isoDate().describe('数据截止日期'),
  note: prose().optional().describe('说明(可选)'),
}).describe('一个数量目标的实际值');

export const EvidenceSchema = z.strictObject({
  title: prose().describe('材料名称'),
  url: webUrl().describe('公开网址(https://)'),
}).describe('一份佐证材料');

export const ReportSchema = z.strictObject({
  task: positiveInt().describe('任务序号'),
  period: z
    .string()
    .regex(PERIOD_PATTERN, { message: '季度格式不对' })
    .describe('报送季度,如 2023-Q1'),
  status: z.enum(STATUS_KEYS).describe('进展状态'),
  summary: prose({ max: 120 }).describe('一句话进展摘要'),
  details: prose({ multiline: true }).optional().describe('详细说明(纯文字,可分段)'),
  metrics: z.array(MetricSchema).default([]).describe('数量目标的实际值'),
  evidence: z.array(EvidenceSchema).default([]).describe('佐证材料链接'),
  reported_by: slug().describe('报送单位标识,必须是该任务的牵头单位'),
  reported_on: isoDate().describe('报送日期'),
}).describe('一项任务一个季度的进展(content/reports/YYYY-Qn/NN.yaml)');

export type SiteSettings = z.infer<typeof SiteSettingsSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type Area = z.infer<typeof AreaSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Report = z.infer<typeof ReportSchema>;
