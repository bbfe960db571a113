// Numbers and dates as Chinese readers expect them.
import { COMPARATOR, RECURRENCE, type Target } from '../schema/index.ts';

// One formatter for the whole build: toLocaleString builds a new one on every call, which was the single
// largest cost of rendering pages at province scale.
const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
export const formatNumber = (n: number) => numberFormat.format(n);

/** 2023-03-31 → 2023年3月31日 */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** "不少于 85%" / "压降 10%" / "完成 406户" */
export function targetText(target: Target): string {
  return `${COMPARATOR[target.comparator].label} ${formatNumber(target.value)}${target.unit}`;
}

export function deadlineText(target: Target): string {
  const recurring = target.recurring ? `${RECURRENCE[target.recurring]};` : '';
  return target.deadline ? `${recurring}${formatDate(target.deadline)}前` : `${recurring}方案未写明期限`;
}
