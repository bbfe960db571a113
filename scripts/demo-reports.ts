// The made-up quarterly reports behind the demo dataset (npm run demo:generate) and the benchmark's
// synthetic datasets (npm run bench): trajectories toward each target, statuses that follow them, and
// texts marked 【演示】. Pure and deterministic: a seeded PRNG and fixed dates, never Math.random or the clock.
import {
  COMPARATOR,
  DEMO_MARK,
  meetsTarget,
  parsePeriod,
  periodEnd,
  periodLabel,
  type Evidence,
  type Metric,
  type Report,
  type StatusKey,
  type Target,
  type Task,
  type Unit,
} from '../src/schema/index.ts';

export interface DemoOptions {
  /** The quarters to report, oldest first (consecutive). */
  quarters: string[];
  seed: number;
  /** No report is dated after this (ISO date): a guard against reports "from the future". */
  latestReportDate: string;
  /** How many task-quarters go unreported: in the last quarter, and spread over the others (at most 2 per task). */
  missing: { lastQuarter: number; earlier: number };
}

const DEMO_HOST = 'https://example.org/demo';
// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32, one stream per task (so one task's draws never shift another's).

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const streamFor = (seed: number, key: number) => mulberry32((seed ^ Math.imul(key, 0x9e3779b1)) >>> 0);
const uniform = (rng: Rng, lo: number, hi: number) => lo + (hi - lo) * rng();
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const chance = (rng: Rng, p: number) => rng() < p;
function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}
function weighted<T extends string>(rng: Rng, weights: Readonly<Partial<Record<T, number>>>): T {
  const entries = Object.entries(weights) as [T, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [key, w] of entries) {
    r -= w;
    if (r < 0) return key;
  }
  return entries.at(-1)![0];
}

// ---------------------------------------------------------------------------------------------
// Dates (pure arithmetic, no clock).

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/**
 * Index of the quarter whose reading the deadline is judged by (the last one ending on or before it);
 * quarters.length when the deadline is after the demo's last quarter.
 */
function deadlineQuarter(deadline: string, quarters: string[]): number {
  if (deadline > periodEnd(quarters.at(-1)!)) return quarters.length;
  let index = -1;
  quarters.forEach((period, i) => {
    if (periodEnd(period) <= deadline) index = i;
  });
  return index;
}

// ---------------------------------------------------------------------------------------------
// Trajectories: one value per quarter for each target.

type Performance = 'good' | 'fair' | 'poor';
type Outcome = 'early' | 'late' | 'short';

const OUTCOME_WEIGHTS: Record<Performance, Record<Outcome, number>> = {
  good: { early: 0.85, late: 0.1, short: 0.05 },
  fair: { early: 0.55, late: 0.3, short: 0.15 },
  poor: { early: 0.25, late: 0.35, short: 0.4 },
};

interface TargetPlan {
  target: Target;
  outcome: Outcome;
  /** Quarter index of the deadline reading; null without a deadline, >= quarters.length when after the demo. */
  deadlineQ: number | null;
  values: number[];
  /** Per quarter: whether this target is behind (deadline or year end missed, or stalled). */
  lagging: boolean[];
}

const ONE_DECIMAL_UNITS = new Set(['%', '小时']);
const TIER_UNITS = new Set(['G', 'M']); // bandwidth comes in tiers: half the target, then the target

function roundValue(target: Target, fraction: number): number {
  const raw = fraction * target.value;
  const met = fraction >= 1;
  let value: number;
  if (TIER_UNITS.has(target.unit)) value = met ? target.value : target.value / 2;
  else if (ONE_DECIMAL_UNITS.has(target.unit)) {
    value = met ? Math.round(raw * 10) / 10 : Math.floor(raw * 10) / 10;
    if (!met && value >= target.value) value = Math.round((target.value - 0.1) * 10) / 10;
  } else {
    value = met ? Math.max(target.value, Math.round(raw)) : Math.floor(raw);
    if (!met && value >= target.value) value = target.value - 1;
  }
  if (target.unit === '%') value = Math.min(100, value);
  return Math.max(0, value);
}

/** Where a "higher is better" reading starts, as a fraction of the target. */
function startFraction(rng: Rng, target: Target): number {
  if (target.comparator === 'reduce_by') return uniform(rng, 0.15, 0.45);
  if (target.comparator === 'at_most') return uniform(rng, 0.55, 0.75);
  if (target.unit === '%') return uniform(rng, 0.86, 0.97);
  if (target.recurring === 'daily') return uniform(rng, 0.75, 0.9);
  // Counts: at least one done already when the target is more than one (a target of 1 starts at 0).
  return Math.max(uniform(rng, 0.2, 0.65), target.value >= 2 ? 1 / target.value + 1e-9 : 0);
}

/**
 * Fractions of the target per quarter: rising to 1 at quarter `metQ` (never when Infinity), then staying
 * at or a little above it; strictly below 1 before. For at_most the value is target / fraction.
 */
function fractions(rng: Rng, target: Target, metQ: number, n: number): number[] {
  const start = metQ === 0 ? 1 : startFraction(rng, target);
  // The last fraction before the target is met (or the final one, when it never is): always above the start.
  const before = start + (0.98 - start) * (Number.isFinite(metQ) ? uniform(rng, 0.6, 0.95) : uniform(rng, 0.3, 0.8));
  const lastBefore = Number.isFinite(metQ) ? metQ - 1 : n - 1;
  const overshoot = target.comparator === 'reach' || target.recurring === 'daily' ? 0 : uniform(rng, 0, 0.1);
  const out: number[] = [];
  for (let q = 0; q < n; q++) {
    let f: number;
    if (q >= metQ) f = 1 + overshoot * Math.min(1, (q - metQ + 1) / 3);
    else {
      const t = lastBefore <= 0 ? 0 : q / lastBefore;
      f = Math.min(0.98, Math.max(start, start + (before - start) * t + uniform(rng, -0.01, 0.01)));
    }
    out.push(Math.max(out.at(-1) ?? 0, f));
  }
  return out;
}

/** Yearly targets count from zero each January; 2022 has only its fourth quarter. */
function yearlyFractions(rng: Rng, performance: Performance, quarters: string[]): { fractions: number[]; yearEndMissed: boolean[] } {
  const pMet = performance === 'good' ? 0.9 : performance === 'fair' ? 0.7 : 0.45;
  const byYear = new Map<number, boolean>();
  const out: number[] = [];
  const missed: boolean[] = [];
  for (const period of quarters) {
    const { year, quarter } = parsePeriod(period)!;
    if (!byYear.has(year)) byYear.set(year, chance(rng, pMet));
    const met = byYear.get(year)!;
    const ranges: Record<number, [number, number]> = { 1: [0.05, 0.3], 2: [0.3, 0.55], 3: [0.55, 0.85], 4: met ? [1, 1.15] : [0.7, 0.95] };
    const [lo, hi] = ranges[quarter]!;
    out.push(quarter === 4 && met ? Math.max(1, uniform(rng, lo, hi)) : Math.min(0.98, uniform(rng, lo, hi)));
    missed.push(quarter === 4 && !met);
  }
  return { fractions: out, yearEndMissed: missed };
}

function planTarget(rng: Rng, target: Target, performance: Performance, quarters: string[]): TargetPlan {
  const n = quarters.length;
  const deadlineQ = target.deadline ? deadlineQuarter(target.deadline, quarters) : null;
  if (target.recurring === 'yearly') {
    const { fractions: f, yearEndMissed } = yearlyFractions(rng, performance, quarters);
    return {
      target,
      outcome: yearEndMissed.at(-1) ? 'short' : 'early',
      deadlineQ,
      values: f.map((x) => roundValue(target, x)),
      lagging: yearEndMissed,
    };
  }
  const deadlineInDemo = deadlineQ !== null && deadlineQ < n;
  let outcome = weighted(rng, OUTCOME_WEIGHTS[performance]);
  if (outcome === 'late' && !(deadlineInDemo && deadlineQ! + 1 < n)) outcome = 'early';
  let metQ: number;
  if (outcome === 'short') metQ = Infinity;
  else if (outcome === 'late') metQ = Math.min(n - 1, deadlineQ! + int(rng, 1, 3));
  else if (deadlineInDemo) metQ = int(rng, Math.max(0, deadlineQ! - 2), Math.max(0, deadlineQ!));
  else metQ = target.recurring === 'daily' ? int(rng, 0, 2) : int(rng, 1, n - 1);
  const f = fractions(rng, target, metQ, n);
  const values =
    target.comparator === 'at_most'
      ? f.map((x) => (x >= 1 ? Math.max(1, Math.floor(target.value / x)) : Math.ceil(target.value / x)))
      : f.map((x) => roundValue(target, x));
  // at_most never goes back up.
  if (target.comparator === 'at_most') for (let q = 1; q < n; q++) values[q] = Math.min(values[q]!, values[q - 1]!);
  const lagging = values.map((value, q) => {
    if (meetsTarget(target, value)) return false;
    if (deadlineQ !== null) return q >= deadlineQ;
    return outcome === 'short' && q >= 6;
  });
  return { target, outcome, deadlineQ, values, lagging };
}

// ---------------------------------------------------------------------------------------------
// Reports.

interface TaskPlan {
  task: Task;
  performance: Performance;
  targets: TargetPlan[];
  statuses: StatusKey[];
}

function planTask(task: Task, quarters: string[], seed: number): TaskPlan {
  const rng = streamFor(seed, task.id);
  const performance = weighted<Performance>(rng, { good: 0.5, fair: 0.3, poor: 0.2 });
  const targets = task.targets.map((target) => planTarget(rng, target, performance, quarters));
  const statuses: StatusKey[] = [];
  if (targets.length === 0) {
    // Qualitative, routine work: under way, then routine; some tasks lag for a quarter or two.
    const first = weighted<StatusKey>(rng, { on_track: 0.6, ongoing: 0.3, not_started: 0.1 });
    const routineFrom = int(rng, 1, 3);
    const lagFrom = performance === 'good' ? -1 : chance(rng, performance === 'poor' ? 0.8 : 0.3) ? int(rng, 2, 6) : -1;
    const lagLength = int(rng, 1, 2);
    quarters.forEach((_, q) => {
      if (lagFrom >= 0 && q >= lagFrom && q < lagFrom + lagLength) statuses.push('at_risk');
      else if (q === 0) statuses.push(first);
      else statuses.push(q >= routineFrom || first === 'ongoing' ? 'ongoing' : 'on_track');
    });
  } else {
    const recurring = task.targets.some((t) => t.recurring);
    quarters.forEach((_, q) => {
      const allMet = targets.every((p) => meetsTarget(p.target, p.values[q]!));
      if (allMet) statuses.push(recurring ? 'ongoing' : 'completed');
      else statuses.push(targets.some((p) => p.lagging[q]) ? 'at_risk' : 'on_track');
    });
  }
  return { task, performance, targets, statuses };
}

/** Which task-quarters have no report: a separate stream, so the trajectories do not depend on it. */
function chooseMissing(plans: TaskPlan[], quarterCount: number, seed: number, counts: { lastQuarter: number; earlier: number }): Set<string> {
  const rng = streamFor(seed, 0);
  const last = quarterCount - 1;
  const shuffled = <T>(items: T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const missing = new Set<string>();
  const perTask = new Map<number, number>();
  const take = (candidates: [number, number][], count: number) => {
    let taken = 0;
    for (const [task, q] of shuffled(candidates)) {
      if (taken === count) break;
      if ((perTask.get(task) ?? 0) >= 2) continue;
      missing.add(`${task}/${q}`);
      perTask.set(task, (perTask.get(task) ?? 0) + 1);
      taken++;
    }
  };
  // A target due at the end of 2022 is judged by the 2022-Q4 reading: keep those reports, so the
  // demo shows real misses and hits rather than "no figure at the deadline".
  const dueInFirstQuarter = (plan: TaskPlan) => plan.targets.some((t) => t.deadlineQ === 0);
  take(plans.map((p): [number, number] => [p.task.id, last]), counts.lastQuarter);
  const earlier: [number, number][] = [];
  for (const plan of plans) for (let q = 0; q < last; q++) if (!(q === 0 && dueInFirstQuarter(plan))) earlier.push([plan.task.id, q]);
  take(earlier, counts.earlier);
  return missing;
}

const fmt = (value: number, target: Target) => `${value}${target.unit}`;

function summaryFor(rng: Rng, plan: TaskPlan, q: number, status: StatusKey): string {
  const { task, targets } = plan;
  const title = task.title;
  const unmet = targets.filter((p) => !meetsTarget(p.target, p.values[q]!));
  const focus = targets.find((p) => p.lagging[q]) ?? unmet[0] ?? targets[0];
  const verb = focus && (focus.target.comparator === 'at_most' || focus.values[q] === 0) ? '为' : '达到';
  const reading = focus ? `${focus.target.label}${verb}${fmt(focus.values[q]!, focus.target)}` : '';
  const goal = focus ? `目标${COMPARATOR[focus.target.comparator].label}${fmt(focus.target.value, focus.target)}` : '';
  let text: string;
  switch (status) {
    case 'completed':
      text = pick(rng, [`${title}:数量目标均已完成,转入常态化管理。`, `${title}:各项数量目标已全部达到,巩固提升成果。`]);
      break;
    case 'ongoing':
      text = focus
        ? pick(rng, [`${title}:${reading}(${goal}),相关工作常态化开展。`, `${title}:${reading}(${goal}),持续巩固常态化机制。`])
        : pick(rng, [`${title}:已建立常态化工作机制,本季度持续开展。`, `${title}:相关工作按常态化机制推进,运行平稳。`, `${title}:持续开展日常监管和服务,未发现突出问题。`]);
      break;
    case 'on_track':
      text = focus ? pick(rng, [`${title}:${reading}(${goal}),按计划推进。`, `${title}:${reading}(${goal}),进度符合时间要求。`]) : pick(rng, [`${title}:各项工作按方案要求有序推进。`, `${title}:已制定工作方案,正按时间节点推进。`]);
      break;
    case 'at_risk':
      text = focus
        ? `${title}:${reading},未达到${fmt(focus.target.value, focus.target)}的目标,进度滞后。`
        : pick(rng, [`${title}:受资金和人员等因素影响,部分工作进度滞后,正在调度推进。`, `${title}:部分工作未按时间节点完成,已列入重点督办。`]);
      break;
    case 'not_started':
      text = `${title}:正在制定工作方案,本季度尚未开展实质性工作。`;
      break;
  }
  const summary = `${DEMO_MARK}${text}`;
  if (summary.length > 120) throw new Error(`任务 ${task.id} 的演示摘要过长(${summary.length} 字)`);
  return summary;
}

const DETAIL_LINES = [
  '本季度召开专题推进会,梳理问题清单并明确责任分工。',
  '会同责任单位开展实地督导,对发现的问题限期整改。',
  '通过门户网站和微信公众号公开工作进展,接受群众监督。',
  '下一步将加强部门协作,确保按期完成方案确定的目标。',
  '组织开展群众满意度回访,收集意见建议并逐条办理。',
];

function detailsFor(rng: Rng, unitName: string): string | undefined {
  if (!chance(rng, 0.4)) return undefined;
  const first = int(rng, 0, DETAIL_LINES.length - 1);
  const lines = [`${DEMO_MARK}以下为演示数据,不代表${unitName}的实际工作。`, DETAIL_LINES[first]!, DETAIL_LINES[(first + int(rng, 1, 3)) % DETAIL_LINES.length]!];
  return lines.join('\n');
}

function evidenceFor(rng: Rng, task: Task, period: string, unitName: string): Evidence[] {
  const count = weighted(rng, { zero: 0.25, one: 0.5, two: 0.25 });
  const n = count === 'zero' ? 0 : count === 'one' ? 1 : 2;
  const kinds = ['工作简报', '工作动态', '情况通报'];
  return Array.from({ length: n }, (_, k) => ({
    title: `${DEMO_MARK}${unitName}${periodLabel(period)}${kinds[(task.id + k) % kinds.length]}`,
    url: `${DEMO_HOST}/${period}/${String(task.id).padStart(2, '0')}-${k + 1}.html`,
  }));
}

function metricsFor(rng: Rng, plan: TaskPlan, q: number, asOf: string): Metric[] {
  return plan.targets.map((p) => {
    const value = p.values[q]!;
    const metric: Metric = { target: p.target.id, value, as_of: asOf };
    const wasMet = q > 0 && meetsTarget(p.target, p.values[q - 1]!);
    if (p.lagging[q] && chance(rng, 0.5)) metric.note = `${DEMO_MARK}${pick(rng, ['受项目审批进度影响,尚未达到目标', '资金到位较晚,正在加快推进', '已列入重点督办事项'])}`;
    else if (meetsTarget(p.target, value) && !wasMet && p.deadlineQ !== null && q > p.deadlineQ) metric.note = `${DEMO_MARK}已于本季度补齐,晚于方案期限`;
    return metric;
  });
}

export function buildReports(tasks: Task[], units: Unit[], options: DemoOptions): { reports: Report[]; missing: number } {
  const { quarters, seed, latestReportDate } = options;
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const plans = tasks.map((task) => planTask(task, quarters, seed));
  const missing = chooseMissing(plans, quarters.length, seed, options.missing);
  const reports: Report[] = [];
  for (const plan of plans) {
    // Texts draw from their own stream, so a wording change never moves a trajectory.
    const rng = streamFor(seed, 1000 + plan.task.id);
    const lead = plan.task.lead[0]!;
    const unitName = unitNames.get(lead) ?? lead;
    quarters.forEach((period, q) => {
      const asOf = periodEnd(period);
      const reportedOn = addDays(asOf, int(rng, 5, 20));
      const status = plan.statuses[q]!;
      const summary = summaryFor(rng, plan, q, status);
      const details = detailsFor(rng, unitName);
      const metrics = metricsFor(rng, plan, q, asOf);
      const evidence = evidenceFor(rng, plan.task, period, unitName);
      if (missing.has(`${plan.task.id}/${q}`)) return; // drawn anyway, so other quarters do not shift
      if (reportedOn > latestReportDate) throw new Error(`报送日期 ${reportedOn} 晚于 ${latestReportDate}`);
      reports.push({
        task: plan.task.id,
        period,
        status,
        summary,
        ...(details ? { details } : {}),
        metrics,
        evidence,
        reported_by: lead,
        reported_on: reportedOn,
      });
    });
  }
  return { reports, missing: missing.size };
}

