// /calendar.ics: reporting and target deadlines for calendar apps (src/export/calendar.ts).
import { site } from '../site/dataset.ts';
import { calendarIcs } from '../export/calendar.ts';
import { siteRoot } from '../site/url-scheme.ts';

export async function GET() {
  const { dataset } = (await site()).featured;
  return new Response(calendarIcs(dataset, siteRoot(dataset.site.site, dataset.site.base)), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
