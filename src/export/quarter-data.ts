// One quarter's share of the downloadable data: the same files as /data/, cut to the reports of that quarter,
// so a quarter's archive keeps exactly what was published about it.
import type { Dataset } from '../content/load.ts';
import type { Derived } from '../derive/index.ts';
import { metricRows, type MetricRow } from './datasets.ts';

/** The dataset with only `period`'s reports: what reportsJson and the report columns are given. */
export const quarterDataset = (dataset: Dataset, period: string): Dataset => ({ ...dataset, reports: dataset.reports.filter((r) => r.period === period) });

/** The readings filed in `period`'s reports. */
export const quarterMetricRows = (derived: Derived, period: string): MetricRow[] => metricRows(derived).filter((row) => row.reading.reportPeriod === period);
