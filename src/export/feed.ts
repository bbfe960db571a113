// Atom 1.0 feed: one entry per published report, newest first.
import type { Dataset } from '../content/load.ts';
import { DEMO_LABEL, STATUS, periodLabel } from '../schema/index.ts';
import { pagePath, reportAnchor } from '../site/url-scheme.ts';
import { escapeXml } from './xml.ts';

/** `root`: the site's root URL (url-scheme.ts siteRoot), ending in '/'. */
export function atomFeed(dataset: Dataset, root: string, updatedFallback: string): string {
  const base = root;
  const reports = [...dataset.reports].sort((a, b) => b.reported_on.localeCompare(a.reported_on) || b.period.localeCompare(a.period) || a.task - b.task);
  const updated = reports[0] ? `${reports[0].reported_on}T00:00:00Z` : updatedFallback;
  const titles = new Map(dataset.tasks.map((t) => [t.id, t.title]));
  const title = (task: number) => titles.get(task) ?? '';
  const entries = reports.map((r) => {
    const link = `${base}${pagePath.task(r.task)}#${reportAnchor(r.period)}`;
    return `  <entry>
    <id>${escapeXml(link)}</id>
    <title>${escapeXml(`${periodLabel(r.period)} 任务${r.task}「${title(r.task)}」:${STATUS[r.status].label}`)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>
    <updated>${r.reported_on}T00:00:00Z</updated>
    <summary>${escapeXml(`${dataset.demo ? `【${DEMO_LABEL}】` : ''}${r.summary}`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${escapeXml(base)}</id>
  <title>${escapeXml(`${dataset.site.title}${dataset.demo ? `(${DEMO_LABEL})` : ''}:季度进展`)}</title>
  <link rel="self" href="${escapeXml(`${base}${pagePath.feed}`)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(base)}"/>
  <updated>${updated}</updated>
  <author><name>${escapeXml(dataset.site.title)}</name></author>
${entries.join('\n')}
</feed>
`;
}
