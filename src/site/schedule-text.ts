// The words pages put beside 序时进度 numbers: gaps, shares, 双过半 verdicts and the note on a report whose
// status disagrees with the figures. Pure, so the pages and their tests read the same sentences.
import type { ClaimDisagreement, HalfYear } from '../derive/index.ts';
import { STATUS, periodEnd, type ScheduleColour, type Task } from '../schema/index.ts';
import { formatDate, formatNumber } from './format.ts';

/** Points as shown in tables: "60.8%"; "—" without a figure. */
export const shareText = (points: number | null) => (points === null ? '—' : `${formatNumber(points)}%`);

/** A gap in words, so its sign never has to be read from a minus: "落后 10.8 个百分点". */
export function gapText(gap: number | null): string {
  if (gap === null) return '—';
  if (gap === 0) return '持平';
  return `${gap < 0 ? '落后' : '超前'} ${formatNumber(Math.abs(gap))} 个百分点`;
}

/** 双过半 in one word pair, for a badge: met only when every target due that year is half done. */
export function halfYearVerdict(year: Pick<HalfYear, 'due' | 'allHalf'>): { word: string; symbol: string; colour: ScheduleColour } {
  if (year.due === 0) return { word: '无到期目标', symbol: '◇', colour: 'grey' };
  return year.allHalf ? { word: '已实现双过半', symbol: '✔', colour: 'green' } : { word: '未实现双过半', symbol: '✖', colour: 'red' };
}

/** The sentence under a 双过半 table. */
export function halfYearSummary(year: HalfYear): string {
  if (year.due === 0) return `${year.year}年没有到期的数量目标,不作双过半判断。`;
  return `截至${formatDate(year.judgedOn)},${year.year}年内到期的 ${year.due} 个数量目标中,${year.halfDone} 个已完成一半以上(占 ${formatNumber(year.share!)}%)。`;
}

const targetLabels = (task: Pick<Task, 'targets'>, ids: readonly string[]) =>
  ids.map((id) => `“${task.targets.find((t) => t.id === id)?.label ?? id}”`).join('、');

/** Why a report's status and its figures disagree, for the task page (the validator's warning says how to fix it). */
export function claimNote(claim: ClaimDisagreement, task: Pick<Task, 'targets'>): string {
  switch (claim.kind) {
    case 'on_track_behind':
      return `单位报送的状态为“${STATUS.on_track.label}”,但按截至${formatDate(periodEnd(claim.period))}的数据,目标${targetLabels(task, claim.targets)}落后于序时进度或已逾期。`;
    case 'completed_unmet':
      return `单位报送的状态为“${STATUS.completed.label}”,但目标${targetLabels(task, claim.targets)}尚未达到目标值。`;
    case 'completed_without_evidence':
      return `单位报送的状态为“${STATUS.completed.label}”,但没有附佐证材料。`;
  }
}
