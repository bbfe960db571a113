// The quarter's 通报 as data: title, the opening paragraph's sentences, the table in the 政务督查室's
// columns (序号 | 任务 | 牵头单位 | 责任单位 | 进展情况 | 备注) and the units that have not reported. Pure:
// the .docx (bulletin-docx.ts) and the quarter page render this one model, so they cannot disagree.
// Judged as the 序时进度 judges the quarter (its last day, or the data's as-of date while it runs).
import { DEMO_MARK, MISSING_STATE, SCHEDULE_CLASS, periodLabel, type MissingStateKey, type ScheduleClassKey } from '../schema/index.ts';
import type { Dataset } from '../content/load.ts';
import { asOfDate, type MissingInPeriod, type PeriodSchedule } from '../derive/index.ts';
import { scheduleRollups, type ScheduleCounts } from '../derive/schedule-rollup.ts';
import { formatDate } from '../site/format.ts';

/** The table's columns, in the order and words of Tianmen's bulletins. */
export const BULLETIN_COLUMNS = ['序号', '任务', '牵头单位', '责任单位', '进展情况', '备注'] as const;

export interface BulletinRow {
  number: number;
  task: string;
  lead: string;
  responsible: string;
  /** The report's summary, or 待报送/逾期未报. */
  progress: string;
  /** The task's 序时进度 class (or, without a report, 待报送/逾期未报). */
  remark: string;
}

export interface BulletinMissingUnit {
  unit: string;
  name: string;
  tasks: number[];
}

export interface Bulletin {
  period: string;
  title: string;
  demo: boolean;
  /** The data's as-of date: what has been reported, and whether the missing reports are late, is said at it. */
  asOf: string;
  /** The date the quarter's 序时进度 is judged at. */
  judgedOn: string;
  dueOn: string;
  missingState: MissingStateKey;
  sentences: string[];
  rows: BulletinRow[];
  missingUnits: BulletinMissingUnit[];
}

export type BulletinInput = Pick<Dataset, 'plan' | 'areas' | 'units' | 'tasks' | 'reports' | 'demo'>;

const sum = (counts: ScheduleCounts, keys: readonly ScheduleClassKey[]) => keys.reduce((n, key) => n + counts[key], 0);

/** The opening paragraph: reports received, tasks against the calendar, targets, units that have not reported. */
function sentences(input: BulletinInput, asOf: string, schedule: PeriodSchedule, missing: MissingInPeriod, missingUnits: BulletinMissingUnit[]): string[] {
  const word = MISSING_STATE[missing.state].label;
  const { tasks, targets } = scheduleRollups(input, schedule).plan;
  const out = [
    missing.missing === 0
      ? `截至${formatDate(asOf)},方案${missing.expected}项重点任务均已报送本季度进展。`
      : `截至${formatDate(asOf)},方案${missing.expected}项重点任务中,${missing.reported}项已报送本季度进展,${missing.missing}项${word}(报送期限为${formatDate(missing.dueOn)})。`,
  ];
  const unjudged = sum(tasks, ['no_data', 'unscheduled']);
  out.push(
    `按${formatDate(schedule.judgedOn)}的序时进度,已完成${sum(tasks, ['completed_early', 'completed'])}项,按序时或超序时推进${sum(tasks, ['on_schedule', 'ahead'])}项,` +
      `慢序时${tasks.behind}项,逾期未完成${tasks.overdue}项` +
      (tasks.no_report > 0 ? `,${word}无法判断${tasks.no_report}项` : '') +
      (unjudged > 0 ? `,无数据或未定期限${unjudged}项` : '') +
      '。',
  );
  const targetTotal = Object.values(targets).reduce((n, v) => n + v, 0);
  if (targetTotal > 0) {
    out.push(`${targetTotal}个数量目标中,已达标${sum(targets, ['completed_early', 'completed'])}个,逾期未完成${targets.overdue}个。`);
  }
  if (missingUnits.length > 0) out.push(`${word}本季度进展的单位:${missingUnits.map((u) => u.name).join('、')}。`);
  return out;
}

/** The 通报 of one covered quarter, from the dataset and that quarter's schedule and missing reports. */
export function bulletin(input: BulletinInput, schedule: PeriodSchedule, missing: MissingInPeriod): Bulletin {
  const { period } = schedule;
  const unitName = new Map(input.units.map((u) => [u.id, u.name]));
  const names = (ids: readonly string[]) => (ids.length === 0 ? '—' : ids.map((id) => unitName.get(id) ?? id).join('、'));
  const summary = new Map(input.reports.filter((r) => r.period === period).map((r) => [r.task, r.summary]));
  const classOf = new Map(schedule.tasks.map((t) => [t.task, t.class]));
  const word = MISSING_STATE[missing.state].label;
  // A covered quarter has reports, so the dataset has an as-of date.
  const asOf = asOfDate(input)!;
  const missingUnits = missing.byLeadUnit.map(({ unit, tasks }) => ({ unit, name: unitName.get(unit) ?? unit, tasks }));
  const rows = input.tasks.map((task): BulletinRow => {
    const cls = classOf.get(task.id) ?? 'no_report';
    return {
      number: task.id,
      task: task.title,
      lead: names(task.lead),
      responsible: names(task.responsible),
      progress: summary.get(task.id) ?? word,
      remark: cls === 'no_report' ? word : SCHEDULE_CLASS[cls].label,
    };
  });
  return {
    period,
    title: `${input.demo ? DEMO_MARK : ''}${input.plan.title}${periodLabel(period)}进展情况通报`,
    demo: input.demo,
    asOf,
    judgedOn: schedule.judgedOn,
    dueOn: missing.dueOn,
    missingState: missing.state,
    sentences: sentences(input, asOf, schedule, missing, missingUnits),
    rows,
    missingUnits,
  };
}

/** 任务3、任务7: a unit's missing tasks as the list under the table says them. */
export const taskList = (tasks: readonly number[]) => tasks.map((id) => `任务${id}`).join('、');
