// The 填写说明 sheet: how to fill the 填报表, in plain words, for staff who have never seen the site.
import { periodEnd, periodLabel, planName, STATUS, STATUS_KEYS } from '../schema/index.ts';

interface InstructionInput {
  plans: readonly { plan: { title: string; short?: string | undefined } }[];
  spanning: boolean;
  closed?: readonly string[];
  period: string;
  unit: { name: string };
  reportedOn: string;
}

function about(input: InstructionInput): string[] {
  if (!input.spanning) return [`本表是《${input.plans[0]!.plan.title}》${periodLabel(input.period)}的进展填报表。“填报”工作表中每一行是本单位牵头的一项任务。`];
  return [
    `本表是本单位${periodLabel(input.period)}的进展填报表,包含本季度报送的各个方案中本单位牵头的全部任务:${input.plans.map((p) => `《${p.plan.title}》(表中简称“${planName(p.plan)}”)`).join('、')}。“填报”工作表中每一行是一项任务,按方案分组;不同方案的任务序号可能相同,“方案”一列说明每一行属于哪个方案,请不要修改。`,
    ...(input.closed?.length ? [`${input.closed.map((name) => `“${name}”`).join('、')}${periodLabel(input.period)}不在报送期内,本表不含其任务。`] : []),
  ];
}

export function instructionLines(input: InstructionInput): string[] {
  return [
    `${periodLabel(input.period)}进展填报表 填写说明(${input.unit.name})`,
    ...about(input),
    '一、只填白色单元格。灰色单元格(任务名称、任务内容、目标要求和上次报送的数值)是方案原文和已发布的数据,不能修改。',
    '二、进展状态:从下拉列表中选择一种:',
    ...STATUS_KEYS.map((key) => `    ${STATUS[key].label}:${STATUS[key].definition}`),
    '三、进展摘要:用一句话写本季度做了什么、进展到哪一步,不超过120字,不要换行。详细说明可以不填,需要分段时在单元格内按 Alt+Enter 换行。',
    '四、数量目标:每个目标一组三列。“要求和上次报送”一列是方案的要求和上次报送的数值;在“实际值”中填截至本季度末的实际数值,只填数字,不写单位和百分号(目标是“90%以上”就填 92,目标是“1.5万人次”就填 15000);在“数据截止日期”中填这个数值统计到哪一天。本季度没有新数据的目标,“实际值”留空即可。',
    `五、佐证材料:填写公开网页的名称和网址(网址以 https:// 开头,如工作简报、通知、新闻报道),最多三份;没有可以不填。`,
    `六、报送单位和报送日期:已预填本单位和 ${input.reportedOn}(${periodLabel(input.period)}末为 ${periodEnd(input.period)}),请改为实际报送日期。数据截止日期不能晚于报送日期。`,
    '七、日期写成 2025-03-31 或 2025年3月31日 都可以;数字可以用全角或半角。不要增删、移动列,不要修改“填报”工作表的表头。',
    '八、本季度不报送的任务,该行白色单元格全部留空,导入时会跳过。',
    '九、不要填写个人手机号码、身份证号码和个人邮箱。',
    '十、填好后由单位负责人审核,按督查室的要求交回;也可以在本站“单位报送”页面上传本表,页面会逐格检查并生成报告文件。',
    `本表含有一个隐藏的“模板信息”部分,记录本表属于哪个网站、${input.spanning ? '哪些方案(以及每项任务属于哪个方案)' : '方案'}、季度和模板版本,请勿删除。`,
  ];
}
