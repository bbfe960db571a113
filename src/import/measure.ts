// A number with what follows it: 85%以上 → 85 %, 1.5万个次 → 15000 个次, 500万元 → 500 万元 (the
// plan's own money unit is kept), 5个工作日内 → 5 个工作日, 1G → 1 G. Only known measure words count,
// so a number followed by anything else is left to a person.

/** Measure words, longest first so 个工作日 wins over 个 and 场次 over 场. */
const UNITS = [
  '个百分点', '个工作日', '工作日', '百分点', '个次', '人次', '户次', '批次', '场次', '平方米', '公里', '千米', '公顷', '小时',
  '元', '个', '所', '家', '场', '期', '种', '次', '座', '张', '户', '人', '名', '天', '周', '米', '亩', '吨', '辆', '台', '套', '件',
  '项', '处', '条', '批', '支', '床', '间', '册', '本', '部', '棵', '株', '只', '%', '％',
].sort((a, b) => b.length - a.length);
// Bandwidth and storage: only when no letter or Chinese word follows (1G、 is a unit, 5G基站 a name).
const LATIN_UNIT = /^(Mbps|GB|MB|TB|G|M|T)(?![A-Za-z\u4e00-\u9fff])/;
const MULTIPLIER: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };
const COMPARISON_SUFFIX = /^(及以上|以上|以内|以下|内)/;

export interface Measure {
  value: number;
  unit: string;
  /** 以上, 以内 … right after the unit, or ''. */
  suffix: string;
  /** Characters from the number's end to the end of the suffix. */
  length: number;
}

/** The measure after a number (`digits` as written, `after` the text that follows), or undefined. */
export function readMeasure(digits: string, after: string): Measure | undefined {
  const base = Number(digits.normalize('NFKC'));
  const multiplier = after[0] !== undefined && after[0] in MULTIPLIER ? after[0] : '';
  const rest = after.slice(multiplier.length);
  const written = UNITS.find((u) => rest.startsWith(u)) ?? LATIN_UNIT.exec(rest)?.[1];
  if (written === undefined) return undefined;
  // 500万元 is how budgets are counted: the unit is 万元 and the value as written; 1.5万个次 is 15000 个次.
  const money = multiplier !== '' && written === '元';
  const unit = money ? `${multiplier}元` : written;
  const value = multiplier && !money ? Number((base * MULTIPLIER[multiplier]!).toFixed(6)) : base;
  const suffix = COMPARISON_SUFFIX.exec(rest.slice(written.length))?.[1] ?? '';
  return { value, unit: unit.normalize('NFKC'), suffix, length: multiplier.length + written.length + suffix.length };
}
