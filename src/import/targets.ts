// Candidate targets from a task's words. Each number of the text ends up in one of three places: a target
// (value, unit, comparator from the wording, deadline or repeat from the nearest time word before it in
// its sentence, quote = the plan's exact words), a non-target with its reason, or the list of numbers a
// person has to look at. Where the importer guessed, the target carries a `review` note, which the
// validator refuses until someone has decided.
import type { ComparatorKey, Target } from '../schema/index.ts';
import { NUMBER } from '../content/plan-fidelity.ts';
import { readMeasure, type Measure } from './measure.ts';
import { nonTargetReason } from './non-targets.ts';
import { timeFor, timeWords, type TimeWord } from './time-words.ts';
import { pinyinSlug, uniqueId } from './units.ts';

export interface NonTarget {
  quote: string;
  reason: string;
}

/** A number the importer could not classify: left uncovered, so the validator keeps warning about it. */
export interface PassedOver {
  number: string;
  quote: string;
  reason: string;
}

export interface TaskTargets {
  targets: Target[];
  nonTargets: NonTarget[];
  passedOver: PassedOver[];
}

// Clause ends. 、 is not one: it separates list items inside a clause (市—乡(镇)、村), except right after
// a target, where it starts the next one (网络招聘会30场、直播带岗活动12场).
const CLAUSE_END = /[,，;；:：。！？!?]/;
const LIST_JOIN = /[、和及与]/;

const COMPARATOR_WORDS: [ComparatorKey, RegExp][] = [
  ['at_least', /不少于|不低于|不小于|至少|保持在|稳定在/],
  ['at_most', /不超过|不高于|不多于|压减至|压减到|压缩至|压缩到|下降至|下降到|降至|降到|控制在/],
  ['reduce_by', /压降|下降|降低|减少|压减|压缩/],
  ['reach', /达到|增加至|增加到|增至|提高到|提高至|提升至|提升到|扩容到|扩容至|完成|新建|建成|改造|新增|培育|实现/],
];
const SUFFIX_COMPARATOR: Record<string, ComparatorKey> = { 以上: 'at_least', 及以上: 'at_least', 以内: 'at_most', 以下: 'at_most', 内: 'at_most' };
/** Words taken out of a quote to leave a short name for the target. */
const LABEL_NOISE = /不少于|不低于|不小于|至少|保持在|稳定在|不超过|不高于|不多于|达到|增加至|增加到|增至|提高到|提高至|提升至|提升到|控制在|力争/g;

/** The comparator the words say, and whether they said it (false: reach by default). */
export function comparatorOf(before: string, suffix: string): { comparator: ComparatorKey; explicit: boolean } {
  if (suffix) return { comparator: SUFFIX_COMPARATOR[suffix]!, explicit: true };
  for (const [comparator, words] of COMPARATOR_WORDS) if (words.test(before)) return { comparator, explicit: true };
  return { comparator: 'reach', explicit: false };
}

interface Quantity {
  start: number;
  end: number;
  measure: Measure;
}

const sentencesOf = (text: string): string[] => [...text.matchAll(/[^。！？]+[。！？]?/g)].map((m) => m[0]);

function clauseStart(s: string, position: number, also?: RegExp): number {
  for (let i = position - 1; i >= 0; i--) if (CLAUSE_END.test(s[i]!) || also?.test(s[i]!)) return i + 1;
  return 0;
}
function clauseEnd(s: string, position: number, also?: RegExp): number {
  for (let i = position; i < s.length; i++) if (CLAUSE_END.test(s[i]!) || also?.test(s[i]!)) return i;
  return s.length;
}

/** The clause around a non-target number, 、 included as a boundary: the shortest words that show why. */
const shortClause = (s: string, start: number, end: number) => s.slice(clauseStart(s, start, /、/), clauseEnd(s, end, /、/));

function label(text: string, words: readonly TimeWord[], from: number, quantities: readonly Quantity[]): string {
  let out = '';
  for (let i = from; i < text.length; i++) {
    const inTime = words.some((w) => w.start <= i && i < w.end && w.kind !== 'name-year');
    const inNumber = quantities.some((q) => q.start <= i && i < q.end);
    if (!inTime && !inNumber) out += text[i];
  }
  return out.replace(LABEL_NOISE, '').replace(/^[、,，和及与将到对]+|[、,，和及与]+$/g, '').trim();
}

/** A target, its quote and label, for each quantity of one sentence; what else its numbers are. */
function readSentence(s: string, planYear: number, out: TaskTargets, found: Omit<Target, 'id'>[]) {
  const words = timeWords(s, planYear);
  const inTimeWord = (i: number) => words.find((w) => w.start <= i && i < w.end);
  const quantities: Quantity[] = [];
  for (const m of s.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    const time = inTimeWord(start);
    if (time) continue;
    const measure = readMeasure(m[0], s.slice(end));
    const reason = nonTargetReason({ sentence: s, start, end, hasUnit: measure !== undefined });
    if (reason) out.nonTargets.push({ quote: shortClause(s, start, end), reason });
    else if (measure) quantities.push({ start, end: end + measure.length, measure });
    else out.passedOver.push({ number: m[0], quote: shortClause(s, start, end), reason: '数字后面没有可识别的计量单位' });
  }

  // Quotes: a clause, cut where the next target of the same clause starts. Values listed one after the
  // other (扩容到1G、200M) share one quote and need a person to name each.
  let coveredTo = 0;
  const quoted: [number, number][] = [];
  let i = 0;
  while (i < quantities.length) {
    const first = quantities[i]!;
    let last = i;
    while (last + 1 < quantities.length && LIST_JOIN.test(s.slice(quantities[last]!.end, quantities[last + 1]!.start)) && s.slice(quantities[last]!.end, quantities[last + 1]!.start).length === 1) last++;
    const group = quantities.slice(i, last + 1);
    const lastOne = group.at(-1)!;
    const next = quantities[last + 1];
    let start = Math.max(clauseStart(s, first.start), coveredTo);
    const clauseStop = clauseEnd(s, lastOne.end);
    let end = clauseStop;
    if (next && next.start < clauseStop) {
      const between = s.slice(lastOne.end, next.start);
      const join = Math.max(...[...between].map((c, k) => (LIST_JOIN.test(c) ? k : -1)));
      end = join >= 0 ? lastOne.end + join : lastOne.end;
    }
    const before = s.slice(start, first.start);
    const time = timeFor(words, first.start);
    // The year a deadline comes from belongs in the quote, unless an earlier target's quote has it.
    if (time?.kind === 'deadline' && /[0-9０-９]/.test(s.slice(time.start, time.end)) && time.start < start && time.start >= coveredTo) start = clauseStart(s, time.start);
    let name = label(s.slice(0, end), words, start, group);
    if ([...name].length < 4 && start > 0 && clauseStart(s, start - 1) >= coveredTo) {
      // Too few words to name it (2022年不少于6场次): the clause before says what is counted.
      start = clauseStart(s, start - 1);
      name = label(s.slice(0, end), words, start, group).replace(/[,，]/g, '');
    }
    const quote = s.slice(start, end);
    quoted.push([start, end]);
    group.forEach((q, k) => {
      const { comparator, explicit } = comparatorOf(before, q.measure.suffix || first.measure.suffix);
      const reviews: string[] = [];
      if (group.length > 1) reviews.push(`一句中列出 ${group.length} 个目标值(${group.map((g) => s.slice(g.start, g.end)).join('、')}),已拆成 ${group.length} 个目标:请核对每个目标的名称(label)和计量单位`);
      if (!explicit && q.measure.unit === '%') reviews.push('比例没有写明“以上”“不低于”“不超过”等,已按完成(reach)处理:请确认比较方式');
      found.push({
        label: group.length > 1 ? `${name}(第${k + 1}个值)` : name || quote,
        quote,
        value: q.measure.value,
        unit: q.measure.unit,
        comparator,
        ...(time?.kind === 'deadline' ? { deadline: time.deadline } : {}),
        ...(time?.kind === 'repeat' ? { recurring: time.recurring } : {}),
        ...(reviews.length ? { review: reviews.join(';') } : {}),
      });
    });
    // The 、 or 和 that joins it to the next target belongs to neither quote.
    coveredTo = end < s.length && LIST_JOIN.test(s[end]!) ? end + 1 : end;
    i = last + 1;
  }

  // Years no target quote took: a deadline with nothing to meet, or a year in the name of a piece of work.
  for (const w of words) {
    if (w.kind === 'repeat' || !/[0-9０-９]/.test(s.slice(w.start, w.end)) || quoted.some(([from, to]) => from <= w.start && w.end <= to)) continue;
    out.nonTargets.push({ quote: shortClause(s, w.start, w.end), reason: w.kind === 'name-year' ? '年度工作名称中的年份,不是数量目标' : '时间表述中的年份,这句话没有数量目标' });
  }
}

/** The candidate targets of one task text; `planYear` is the year the plan was issued (年内). */
export function findTargets(text: string, planYear: number): TaskTargets {
  const out: TaskTargets = { targets: [], nonTargets: [], passedOver: [] };
  const found: Omit<Target, 'id'>[] = [];
  for (const sentence of sentencesOf(text)) readSentence(sentence, planYear, out, found);
  const taken = new Set<string>();
  out.targets = found.map((target) => ({ id: uniqueId(pinyinSlug(target.label, 6) || 'target', taken), ...target }));
  // One entry per clause: 10千伏和0.4千伏 is one reason, not two.
  out.nonTargets = out.nonTargets.filter((n, k) => out.nonTargets.findIndex((m) => m.quote === n.quote) === k);
  return out;
}
