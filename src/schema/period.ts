// Quarters as `YYYY-Qn` strings; pure helpers shared by the schema, the loader and derivations.

export const PERIOD_PATTERN = /^(\d{4})-Q([1-4])$/;

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export function parsePeriod(period: string): Quarter | undefined {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return undefined;
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter['quarter'] };
}

export function formatPeriod(q: Quarter): string {
  return `${q.year}-Q${q.quarter}`;
}

/** Comparable index: 2022-Q4 < 2023-Q1. */
export function periodIndex(period: string): number {
  const q = parsePeriod(period);
  if (!q) throw new Error(`not a period: ${period}`);
  return q.year * 4 + (q.quarter - 1);
}

export function periodFromIndex(index: number): string {
  return formatPeriod({ year: Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter['quarter'] });
}

export function nextPeriod(period: string): string {
  return periodFromIndex(periodIndex(period) + 1);
}

export function previousPeriod(period: string): string {
  return periodFromIndex(periodIndex(period) - 1);
}

/** Every period from `first` to `last`, inclusive; empty when last < first. */
export function periodRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let i = periodIndex(first); i <= periodIndex(last); i++) out.push(periodFromIndex(i));
  return out;
}

/** ISO dates as `YYYY-MM-DD` compare correctly as strings. */
export function periodStart(period: string): string {
  const q = parsePeriod(period)!;
  return `${q.year}-${String((q.quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

export function periodEnd(period: string): string {
  const q = parsePeriod(period)!;
  const endMonth = q.quarter * 3;
  const lastDay = new Date(Date.UTC(q.year, endMonth, 0)).getUTCDate();
  return `${q.year}-${String(endMonth).padStart(2, '0')}-${lastDay}`;
}

/**
 * The as-of date a new reading of `period` starts with: the quarter's last day, or the report date
 * while the quarter is still running (a reading cannot be dated after its report).
 */
export function defaultAsOf(period: string, reportedOn: string): string {
  const end = periodEnd(period);
  return end <= reportedOn ? end : reportedOn;
}

export function periodOfDate(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number);
  return formatPeriod({ year: year!, quarter: (Math.floor((month! - 1) / 3) + 1) as Quarter['quarter'] });
}

/** 2023-Q1 → 2023年第一季度 */
export function periodLabel(period: string): string {
  const q = parsePeriod(period)!;
  return `${q.year}年第${'一二三四'[q.quarter - 1]}季度`;
}

/**
 * Today's date in China (Asia/Shanghai), ISO. The one "today" of the validator, new:report and the form:
 * staff date reports in China time, and UTC (or a device set to another zone) would call a morning
 * report "in the future" or accept tomorrow's.
 */
export function todayInChina(now: Date = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}
