// Atom 1.0 feed: one entry per published report, newest first.
import type { Dataset } from '../content/load.ts';
import { DEMO_LABEL, STATUS, periodLabel } from '../schema/index.ts';
import { pagePath, planPath, reportAnchor } from '../site/url-scheme.ts';
import { escapeXml } from './xml.ts';
import { formatDate } from '../site/format.ts';
import { withoutHistory, type RecordOf } from '../site/report-record.ts';
import { revisionText } from '../site/revision-text.ts';

/**
 * `root`: the site's root URL (url-scheme.ts siteRoot), ending in '/'. `recordOf`: each report's publication date and amendments; an amended report's entry is updated on its last amendment.
 */
export function atomFeed(dataset: Dataset, root: string, updatedFallback: string, recordOf: RecordOf = withoutHistory): string {
  const base = root;
  const reports = [...dataset.reports].sort((a, b) => b.reported_on.localeCompare(a.reported_on) || b.period.localeCompare(a.period) || a.task - b.task);
  const tasks = new Map(dataset.tasks.map((t) => [t.id, t]));
  const title = (task: number) => tasks.get(task)?.title ?? '';
  const entries = reports.map((r) => {
    const link = `${base}${planPath(dataset.id).task(r.task)}#${reportAnchor(r.period)}`;
    const record = recordOf(r);
    const last = record.revisions.at(-1);
    const targetLabel = (id: string) => tasks.get(r.task)?.targets.find((t) => t.id === id)?.label ?? id;
    const amended = last ? `\n${formatDate(last.date)}修订:${revisionText(last, targetLabel)}。` : '';
    // Atom's updated is never before published: the latest of the unit's date, publication and last amendment.
    const updated = `${[r.reported_on, record.published_on, last?.date].filter((d): d is string => !!d).sort().at(-1)}T00:00:00Z`;
    return {
      updated,
      xml: `  <entry>
    <id>${escapeXml(link)}</id>
    <title>${escapeXml(`${periodLabel(r.period)} 任务${r.task}「${title(r.task)}」:${STATUS[r.status].label}`)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>
${record.published_on ? `    <published>${record.published_on}T00:00:00Z</published>\n` : ''}    <updated>${updated}</updated>
    <summary>${escapeXml(`${dataset.demo ? `【${DEMO_LABEL}】` : ''}${r.summary}${amended}`)}</summary>
  </entry>`,
    };
  });
  const newest = entries.map((e) => e.updated).sort().at(-1);
  const updated = newest ?? updatedFallback;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${escapeXml(base)}</id>
  <title>${escapeXml(`${dataset.site.title}${dataset.demo ? `(${DEMO_LABEL})` : ''}:季度进展`)}</title>
  <link rel="self" href="${escapeXml(`${base}${pagePath.feed}`)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(base)}"/>
  <updated>${updated}</updated>
  <author><name>${escapeXml(dataset.site.title)}</name></author>
${entries.map((e) => e.xml).join('\n')}
</feed>
`;
}
