// The quarter's 通报 (.docx) for the demo's last quarter, read back with mammoth (docx writes it, mammoth
// reads it: a document Word-compatible readers can open) and compared with the derived data.
import { describe, expect, test } from 'vitest';
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import { loadDataset } from '../../src/content/load.ts';
import { missingReportsByPeriod, scheduleByPeriod, withSharedIndexes } from '../../src/derive/index.ts';
import { bulletin, BULLETIN_COLUMNS } from '../../src/export/bulletin.ts';
import { bulletinDocx, BULLETIN_FONTS } from '../../src/export/bulletin-docx.ts';
import { SCHEDULE_CLASS } from '../../src/schema/index.ts';

const loaded = loadDataset({ contentDir: 'content', reportsDir: 'examples/demo/reports', demo: true });
if (!loaded.ok) throw new Error('the demo dataset does not load');
const dataset = withSharedIndexes(loaded.dataset);
const schedule = scheduleByPeriod(dataset).at(-1)!;
const missing = missingReportsByPeriod(dataset).at(-1)!;
const model = bulletin(dataset, schedule, missing);
const bytes = await bulletinDocx(model, { author: dataset.site.title });

const decode = (html: string) => html.replace(/<[^>]+>/g, '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
const [beforeTable = '', tableHtml = '', afterTable = ''] = html.split(/<table>|<\/table>/);
const paragraphs = (part: string) => [...part.matchAll(/<p>(.*?)<\/p>/g)].map((m) => decode(m[1]!));
const tableRows = [...tableHtml.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map((c) => decode(c[1]!)));

describe('the 通报 of the demo\'s last quarter (2024-Q4, data as of 2025-01-20)', () => {
  test('title and opening sentences, in that order, with the demo mark', () => {
    expect(schedule.period).toBe('2024-Q4');
    expect(paragraphs(beforeTable)).toEqual([
      '【演示】天门市公共服务质量提升行动实施方案2024年第四季度进展情况通报',
      '截至2025年1月20日,方案40项重点任务中,31项已报送本季度进展,9项逾期未报(报送期限为2025年1月10日)。',
      '按2024年12月31日的序时进度,已完成13项,按序时或超序时推进12项,慢序时0项,逾期未完成8项,逾期未报无法判断4项,无数据或未定期限3项。',
      '44个数量目标中,已达标28个,逾期未完成13个。',
      '逾期未报本季度进展的单位:市住建局、市市场监督管理局、市卫健委、市城市管理执法局、市水利和湖泊局、市政务服务和大数据管理局、市文联、市民政局。',
    ]);
  });

  test('the sentences\' counts are the derived ones', () => {
    const counts = Object.fromEntries(Object.keys(SCHEDULE_CLASS).map((k) => [k, schedule.tasks.filter((t) => t.class === k).length]));
    expect(counts.completed! + counts.completed_early!).toBe(13);
    expect(counts.on_schedule! + counts.ahead!).toBe(12);
    expect([counts.behind, counts.overdue, counts.no_report, counts.no_data! + counts.unscheduled!]).toEqual([0, 8, 4, 3]);
    expect(counts.no_report).toBeLessThan(missing.missing); // tasks with targets are judged from figures, reported or not
    expect(schedule.tasks.flatMap((t) => t.targets).length).toBe(44);
    expect([missing.reported, missing.missing, missing.dueOn, missing.state]).toEqual([31, 9, '2025-01-10', 'late']);
  });

  test('the table: Tianmen\'s columns, then one row per task with its summary and 序时 class', () => {
    const units = new Map(dataset.units.map((u) => [u.id, u.name]));
    const names = (ids: string[]) => (ids.length === 0 ? '—' : ids.map((id) => units.get(id)!).join('、'));
    const expected = dataset.tasks.map((task) => {
      const report = dataset.reports.find((r) => r.period === '2024-Q4' && r.task === task.id);
      const cls = schedule.tasks.find((t) => t.task === task.id)!.class;
      return [String(task.id), task.title, names(task.lead), names(task.responsible), report?.summary ?? '逾期未报', cls === 'no_report' ? '逾期未报' : SCHEDULE_CLASS[cls].label];
    });
    expect(tableRows[0]).toEqual([...BULLETIN_COLUMNS]);
    expect(tableRows.slice(1)).toEqual(expected);
    expect(tableRows.length).toBe(41);
    // Two rows as they read: a task with a report, and one without (task 16 has two lead units).
    expect(tableRows[5]).toEqual(['5', '畅通就业咨询渠道', '市人社局', '—', '【演示】畅通就业咨询渠道:数量目标均已完成,转入常态化管理。', '已完成']);
    expect([tableRows[16]![0], tableRows[16]![2], tableRows[16]![4]]).toEqual(['16', '市住建局、市水利和湖泊局', '逾期未报']);
  });

  test('the list of units that have not reported, after the table', () => {
    expect(paragraphs(afterTable)).toEqual([
      '附:逾期未报单位',
      '市住建局:任务16',
      '市市场监督管理局:任务26',
      '市卫健委:任务9、任务11',
      '市城市管理执法局:任务15',
      '市水利和湖泊局:任务16',
      '市政务服务和大数据管理局:任务38',
      '市文联:任务32',
      '市民政局:任务34、任务36',
    ]);
  });

  test('A4, GB/T 9704 fonts named, the header row repeated, 演示 on every page, dated by the data', () => {
    const files = unzipSync(bytes);
    const document = strFromU8(files['word/document.xml']!);
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toContain(`w:eastAsia="${BULLETIN_FONTS.title}"`);
    expect(document).toContain(`w:eastAsia="${BULLETIN_FONTS.body}"`);
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBe(1);
    const headers = Object.keys(files).filter((name) => /^word\/header\d*\.xml$/.test(name));
    expect(headers.map((name) => strFromU8(files[name]!).includes('演示数据'))).toEqual([true]);
    expect(document).toContain('w:headerReference w:type="default"');
    expect(strFromU8(files['docProps/core.xml']!)).toMatch(/<dcterms:created[^>]*>2025-01-20T00:00:00Z<\/dcterms:created>/);
  });

  test('the same data gives the same bytes', async () => {
    expect(Buffer.from(await bulletinDocx(model, { author: dataset.site.title })).equals(Buffer.from(bytes))).toBe(true);
  });

  test('a real site\'s document carries no demo mark and no demo header', async () => {
    const real = await bulletinDocx({ ...model, demo: false, title: model.title.replace('【演示】', '') }, { author: 'x' });
    const files = unzipSync(real);
    expect(Object.keys(files).some((name) => name.startsWith('word/header'))).toBe(false);
    expect(bulletin({ ...dataset, demo: false }, schedule, missing).title).toBe('天门市公共服务质量提升行动实施方案2024年第四季度进展情况通报');
  });
});
