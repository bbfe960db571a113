// /calendar.ics: every plan's reporting and target deadlines for calendar apps (src/export/calendar.ts).
import { site } from '../site/dataset.ts';
import { siteCalendarIcs } from '../export/calendar.ts';
import { siteRoot } from '../site/url-scheme.ts';

export async function GET() {
  const { content } = await site();
  return new Response(siteCalendarIcs(content, siteRoot(content.site.site, content.site.base)), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
