// Numbers in a task's words that are no commitment: service numbers (12333, 96110, 12345), hours of
// service (7×24), names in quotation marks (“5+2”), voltage grades (10千伏), ordinals (第2届), model and
// standard codes. Each rule reads only the characters around the number, so it is the same in any plan.

export interface NumberAt {
  /** The sentence the number stands in. */
  sentence: string;
  start: number;
  end: number;
  /** A measure word follows it (3169批次): then even a long number is a count, not a service number. */
  hasUnit: boolean;
}

/** Whether `start` lies inside a pair of quotation marks or title marks in `sentence`. */
function insideMarks(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  const open = (o: string, c: string) => before.split(o).length - before.split(c).length > 0;
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  return open('“', '”') || open('《', '》') || open('「', '」') || straight;
}

const RULES: { test: (before: string, after: string, number: string, at: NumberAt) => boolean; reason: string }[] = [
  { test: (_b, after) => /^(?:千伏|伏|kV|KV)/.test(after), reason: '电压等级,不是数量目标' },
  { test: (before, after) => /[×xX*]$/.test(before) || /^[×xX*][0-9０-９]/.test(after), reason: '服务时段表述(如 7×24 小时),不是数量目标' },
  { test: (_b, _a, _n, at) => insideMarks(at.sentence, at.start), reason: '引号或书名号中的名称(模式、活动、文件名称),不是数量目标' },
  { test: (before) => /第$/.test(before), reason: '序数(第几),不是数量目标' },
  { test: (before, after) => /[A-Za-z]$/.test(before) || /^[A-Za-z]+[\u4e00-\u9fff]/.test(after), reason: '型号、标准或技术名称中的编号,不是数量目标' },
  { test: (_b, after, number, at) => !at.hasUnit && (/^[0-9０-９]{5,}$/.test(number) || /^[-－][0-9０-９]/.test(after)), reason: '服务热线或电话号码,不是数量目标' },
];

/** Why the number at `at` is not a target, or undefined when nothing here says so. */
export function nonTargetReason(at: NumberAt): string | undefined {
  const before = at.sentence.slice(0, at.start);
  const after = at.sentence.slice(at.end);
  const number = at.sentence.slice(at.start, at.end);
  return RULES.find((rule) => rule.test(before, after, number, at))?.reason;
}
