// Amendments of a published report: what changed in its file after it first reached the branch. Parsed values
// are compared, never text, so a whitespace-only or comment-only edit is no amendment.
import { isDeepStrictEqual } from 'node:util';
import { parseYamlSource } from '../content/yaml-source.ts';

/** The file's text at one commit. */
export interface ReportVersion {
  date: string;
  text: string;
}

export interface FieldChange {
  /** `status`, or `metrics.<target id>` for a metric's value. */
  field: string;
  from: unknown;
  to: unknown;
}

export interface ReportRevision {
  date: string;
  /** The report's top-level fields that changed, in the order the newer file has them (removed ones last). */
  fields: string[];
  /** Old → new for the values readers compare: the status and each metric's value. */
  changes: FieldChange[];
}

type Fields = Record<string, unknown>;

/** Pure: the amendments among `versions` (oldest first, the first being the published file). */
export function reportRevisions(versions: readonly ReportVersion[]): ReportRevision[] {
  const revisions: ReportRevision[] = [];
  let previous: Fields | undefined;
  for (const version of versions) {
    const data = parseYamlSource('report.yaml', version.text).source.data;
    // A version that does not parse was never valid content (the check refuses it); compare across it.
    if (!isFields(data)) continue;
    if (previous) {
      const fields = changedFields(previous, data);
      if (fields.length > 0) revisions.push({ date: version.date, fields, changes: valueChanges(previous, data) });
    }
    previous = data;
  }
  return revisions;
}

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

function changedFields(before: Fields, after: Fields): string[] {
  const keys = [...Object.keys(after), ...Object.keys(before).filter((key) => !(key in after))];
  return keys.filter((key) => !isDeepStrictEqual(before[key], after[key]));
}

function valueChanges(before: Fields, after: Fields): FieldChange[] {
  const changes: FieldChange[] = [];
  if (!isDeepStrictEqual(before.status, after.status)) changes.push({ field: 'status', from: before.status ?? null, to: after.status ?? null });
  const old = metricValues(before.metrics);
  const now = metricValues(after.metrics);
  for (const target of new Set([...now.keys(), ...old.keys()])) {
    const from = old.get(target) ?? null;
    const to = now.get(target) ?? null;
    if (!isDeepStrictEqual(from, to)) changes.push({ field: `metrics.${target}`, from, to });
  }
  return changes;
}

/** Each reading's value by target id (a valid report has one reading per target). */
function metricValues(metrics: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!Array.isArray(metrics)) return out;
  for (const metric of metrics) if (isFields(metric) && typeof metric.target === 'string') out.set(metric.target, metric.value ?? null);
  return out;
}
