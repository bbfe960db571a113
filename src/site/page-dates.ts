// When a page's content last changed, from real dates only: a content file's last commit (git) and the
// reported_on of the reports the page shows. Never the build's clock: a page with no known date shows none.
import type { Report } from '../schema/index.ts';

/** The latest of some ISO dates (YYYY-MM-DD sort as text), or undefined when none is known. */
export function latestDate(dates: readonly (string | undefined)[]): string | undefined {
  return dates.reduce<string | undefined>((latest, date) => (date && (!latest || date > latest) ? date : latest), undefined);
}

/** A task page: its file's last change or its newest report, whichever is later. */
export const taskUpdated = (fileChanged: string | undefined, reports: readonly Pick<Report, 'reported_on'>[]) =>
  latestDate([fileChanged, ...reports.map((r) => r.reported_on)]);

/** A quarter page: the latest reported_on of that quarter's reports. */
export const quarterUpdated = (reports: readonly Pick<Report, 'reported_on'>[]) => latestDate(reports.map((r) => r.reported_on));

/**
 * What a task page's citation is dated by: its file's last change and its reports' publication and amendment
 * dates, all from git. Not reported_on (the unit's own word, which can be back-dated) nor a report file's
 * last commit (a whitespace-only edit changes nothing a reader sees).
 */
export const taskRecordDate = (fileChanged: string | undefined, records: readonly { published_on: string | null; revisions: readonly { date: string }[] }[]) =>
  latestDate([fileChanged, ...records.flatMap((r) => [r.published_on ?? undefined, ...r.revisions.map((v) => v.date)])]);
