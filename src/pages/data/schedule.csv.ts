import { site } from '../../site/dataset.ts';
import { toCsv } from '../../export/csv.ts';
import { scheduleColumns, scheduleRows } from '../../export/schedule-data.ts';

export async function GET() {
  return new Response(toCsv(scheduleRows((await site()).featured.derived), scheduleColumns));
}
