// The words of a plan sentence that say when: a deadline (2022年底前, 2023年10月底前, 年内, “十四五”期间),
// a repeat (每年, 全年, 年度, 每天), or a year that only names a piece of work (2022年度…评定工作). A target
// takes the nearest of them before it in its sentence, as a reader of the plan does.
import type { RecurrenceKey } from '../schema/index.ts';

export type TimeWord =
  | { kind: 'deadline'; start: number; end: number; deadline: string }
  | { kind: 'repeat'; start: number; end: number; recurring: RecurrenceKey }
  | { kind: 'name-year'; start: number; end: number };

const D = '[0-9０-９]';
// 2022年, 2022年底前, 到2023年, 2023年10月底前, 2024年6月30日前, 2021—2025年; 2022年度 is a name, not a deadline.
const DATED = new RegExp(`(?:到|至|于)?(${D}{4})(?:[—\\-－~～至到](${D}{4}))?年(?:(${D}{1,2})月(?:(${D}{1,2})日)?)?(?:底|末)?(?:前|以前)?(度)?`, 'g');
const PLAN_YEAR = /年内|当年|今年/g;
// The 14th five-year plan period ends with 2025; only its period or end is a deadline (“十四五”全民健身 is not).
const FIVE_YEAR_PLAN = /[“"]?十四五[”"]?(?:期间|末|时期)/g;
const YEARLY = new RegExp(`每年|全年|逐年|(?<!${D})年度|(?<![0-9０-９老少青中成周近今明去当每全逐])年(?=举办|开展|完成|新增|组织|培训|接待|提供)`, 'g');
const DAILY = /每天|每日|日均/g;

const digits = (s: string) => Number(s.normalize('NFKC'));
const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** The last day a year, month or day names, as an ISO date. */
export function endOf(year: number, month?: number, day?: number): string {
  const m = month ?? 12;
  return `${year}-${pad(m)}-${pad(day ?? lastDayOfMonth(year, m))}`;
}

/** Every time word in `sentence`, in order; `planYear` is what 年内 means. */
export function timeWords(sentence: string, planYear: number): TimeWord[] {
  const found: TimeWord[] = [];
  for (const m of sentence.matchAll(DATED)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[5]) found.push({ kind: 'name-year', start, end });
    else found.push({ kind: 'deadline', start, end, deadline: endOf(digits(m[2] ?? m[1]!), m[3] ? digits(m[3]) : undefined, m[4] ? digits(m[4]) : undefined) });
  }
  for (const m of sentence.matchAll(PLAN_YEAR)) found.push({ kind: 'deadline', start: m.index, end: m.index + m[0].length, deadline: endOf(planYear) });
  for (const m of sentence.matchAll(FIVE_YEAR_PLAN)) found.push({ kind: 'deadline', start: m.index, end: m.index + m[0].length, deadline: endOf(2025) });
  for (const m of sentence.matchAll(YEARLY)) found.push({ kind: 'repeat', start: m.index, end: m.index + m[0].length, recurring: 'yearly' });
  for (const m of sentence.matchAll(DAILY)) found.push({ kind: 'repeat', start: m.index, end: m.index + m[0].length, recurring: 'daily' });
  return found.sort((a, b) => a.start - b.start);
}

/** The deadline or repeat that governs a number at `position`: the nearest before it. */
export function timeFor(words: readonly TimeWord[], position: number): TimeWord | undefined {
  return words.filter((w) => w.kind !== 'name-year' && w.end <= position).at(-1);
}
