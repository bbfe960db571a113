// Atom 1.0 feeds: one entry per published report, newest first. /feed.xml holds every plan's reports,
// /{id}/feed.xml one plan's; where a feed holds several plans each entry's title names its plan.
import type { Dataset } from '../content/load.ts';
import { DEMO_LABEL, STATUS, periodLabel, planName, type SiteSettings } from '../schema/index.ts';
import { pagePath, planPath, reportAnchor } from '../site/url-scheme.ts';
import { escapeXml } from './xml.ts';
import { formatDate } from '../site/format.ts';
import { withoutHistory, type RecordOf } from '../site/report-record.ts';
import { revisionText } from '../site/revision-text.ts';

type FeedPlan = Pick<Dataset, 'id' | 'plan' | 'tasks' | 'reports' | 'demo'>;

/** The plan as a reader tells it from others: its short name, else its title. */

interface Entry {
  reportedOn: string;
  period: string;
  order: number;
  task: number;
  updated: string;
  xml: string;
}

// The demo mark is the plan's own: a plan of the site may have demo reports while another has none.
function entries(dataset: FeedPlan, order: number, base: string, named: boolean, recordOf: RecordOf): Entry[] {
  const demo = dataset.demo;
  const tasks = new Map(dataset.tasks.map((t) => [t.id, t]));
  const title = (task: number) => tasks.get(task)?.title ?? '';
  const prefix = named ? `【${planName(dataset.plan)}】` : '';
  return dataset.reports.map((r) => {
    const link = `${base}${planPath(dataset.id).task(r.task)}#${reportAnchor(r.period)}`;
    const record = recordOf(r);
    const last = record.revisions.at(-1);
    const targetLabel = (id: string) => tasks.get(r.task)?.targets.find((t) => t.id === id)?.label ?? id;
    const amended = last ? `\n${formatDate(last.date)}修订:${revisionText(last, targetLabel)}。` : '';
    // Atom's updated is never before published: the latest of the unit's date, publication and last amendment.
    const updated = `${[r.reported_on, record.published_on, last?.date].filter((d): d is string => !!d).sort().at(-1)}T00:00:00Z`;
    return {
      reportedOn: r.reported_on,
      period: r.period,
      order,
      task: r.task,
      updated,
      xml: `  <entry>
    <id>${escapeXml(link)}</id>
    <title>${escapeXml(`${prefix}${periodLabel(r.period)} 任务${r.task}「${title(r.task)}」:${STATUS[r.status].label}`)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>
${record.published_on ? `    <published>${record.published_on}T00:00:00Z</published>\n` : ''}    <updated>${updated}</updated>
    <summary>${escapeXml(`${demo ? `【${DEMO_LABEL}】` : ''}${r.summary}${amended}`)}</summary>
  </entry>`,
    };
  });
}

interface FeedFrame {
  /** The feed's id and its alternate page. */
  home: string;
  self: string;
  title: string;
  site: SiteSettings;
  updatedFallback: string;
}

function feedXml(frame: FeedFrame, all: Entry[]): string {
  const sorted = all.sort((a, b) => b.reportedOn.localeCompare(a.reportedOn) || b.period.localeCompare(a.period) || a.order - b.order || a.task - b.task);
  const updated = sorted.map((e) => e.updated).sort().at(-1) ?? frame.updatedFallback;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${escapeXml(frame.home)}</id>
  <title>${escapeXml(frame.title)}</title>
  <link rel="self" href="${escapeXml(frame.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(frame.home)}"/>
  <updated>${updated}</updated>
  <author><name>${escapeXml(frame.site.title)}</name></author>
${sorted.map((e) => e.xml).join('\n')}
</feed>
`;
}

const demoMark = (demo: boolean) => (demo ? `(${DEMO_LABEL})` : '');

/**
 * One plan's feed, /{id}/feed.xml. `root`: the site's root URL (url-scheme.ts siteRoot), ending in '/'.
 * `recordOf`: each report's publication date and amendments; an amended report's entry is updated on its last amendment.
 */
export function atomFeed(dataset: FeedPlan & Pick<Dataset, 'site'>, root: string, updatedFallback: string, recordOf: RecordOf = withoutHistory): string {
  const paths = planPath(dataset.id);
  return feedXml(
    { home: `${root}${paths.home}`, self: `${root}${paths.feed}`, title: `${dataset.site.title}${demoMark(dataset.demo)}:${planName(dataset.plan)}季度进展`, site: dataset.site, updatedFallback },
    entries(dataset, 0, root, false, recordOf),
  );
}

/** The site's feed, /feed.xml: every plan's reports in one list, each entry naming its plan once there are several. */
export function siteAtomFeed(input: { site: SiteSettings; demo: boolean; plans: readonly { dataset: FeedPlan; recordOf?: RecordOf }[] }, root: string, updatedFallback: string): string {
  const named = input.plans.length > 1;
  return feedXml(
    { home: root, self: `${root}${pagePath.feed}`, title: `${input.site.title}${demoMark(input.demo)}:季度进展`, site: input.site, updatedFallback },
    input.plans.flatMap(({ dataset, recordOf }, order) => entries(dataset, order, root, named, recordOf ?? withoutHistory)),
  );
}
