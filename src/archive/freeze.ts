// Freezing a quarter: from a finished build of the content, the quarter's page, data files and 通报 are
// copied into {contentDir}/archive/{period}/ with their checksum list and record. The folder is written
// beside its final place and renamed into it, so an interrupted freeze leaves nothing half-frozen.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { periodLabel } from '../schema/period.ts';
import { planPath, QUARTER_DATA_FILES, type SiteUrls } from '../site/url-scheme.ts';
import { citationLine, shortVersion } from '../site/citation.ts';
import { archiveNotice, archivePage, stylesheetsOf } from './archive-page.ts';
import { CHECKSUM_FILE, checksumList } from './checksums.ts';
import { ARCHIVE_RECORD_FILE, archiveTag, type FrozenQuarter } from './record.ts';

export const ARCHIVE_STYLESHEET = 'archive.css';

/** The files a frozen quarter keeps beside its page, where the live build has them, and what they are. */
const keptFiles = (plan: string, period: string) => [
  ...QUARTER_DATA_FILES.map((name) => ({ name, from: planPath(plan).quarterData(period, name), label: QUARTER_FILE_LABELS[name] })),
  { name: 'tasks.json', from: planPath(plan).data('tasks.json'), label: '任务清单(JSON)' },
  { name: 'bulletin.docx', from: planPath(plan).bulletin(period), label: '本季度通报(Word 文档)' },
];

const QUARTER_FILE_LABELS: Record<(typeof QUARTER_DATA_FILES)[number], string> = {
  'reports.json': '本季度报告(JSON)',
  'reports.csv': '本季度报告(CSV)',
  'metrics.csv': '本季度填报的数值(CSV)',
};

export interface FreezeInput {
  /** A finished build of the content being frozen. */
  siteDir: string;
  /** The plan's archive/ folder ({contentDir}/plans/<id>/archive, or {contentDir}/archive in the one-plan shape). */
  archiveDir: string;
  /** The plan's id: its pages are under /{id}/. */
  plan: string;
  frozenOn: string;
  /** The content repository's commit the build was made from. */
  commit: string;
  urls: SiteUrls;
  /** The site's absolute root, ending in '/'. */
  root: string;
  siteTitle: string;
  /** site.yaml `sponsor`, when set. */
  author?: string;
}

export class FreezeError extends Error {}

/**
 * Writes the quarters' archives, all or none: each is made in full first (refusing a quarter already frozen,
 * one the build has no page for, or a page that would not stand alone), then all are renamed into place.
 */
export function freezeQuarters(input: FreezeInput, periods: readonly string[]): FrozenQuarter[] {
  return freezePlans([{ input, periods }]);
}

/** The same for several plans at once (--closed on a site of several): all quarters of all plans, or none. */
export function freezePlans(plans: readonly { input: FreezeInput; periods: readonly string[] }[]): FrozenQuarter[] {
  const made = plans.flatMap(({ input, periods }) => periods.map((period) => ({ archiveDir: input.archiveDir, period, ...archiveFiles(input, period) })));
  const staged: { staging: string; target: string }[] = [];
  try {
    for (const { archiveDir, period, files } of made) {
      const target = join(archiveDir, period);
      const staging = `${target}.freezing`;
      rmSync(staging, { recursive: true, force: true });
      staged.push({ staging, target });
      for (const [name, bytes] of files) {
        mkdirSync(dirname(join(staging, name)), { recursive: true });
        writeFileSync(join(staging, name), bytes);
      }
    }
  } catch (error) {
    for (const { staging } of staged) rmSync(staging, { recursive: true, force: true });
    throw new FreezeError(`写入归档失败(${error instanceof Error ? error.message : String(error)}),没有冻结任何季度。`);
  }
  for (const { staging, target } of staged) renameSync(staging, target);
  return made.map((m) => m.record);
}

function archiveFiles(input: FreezeInput, period: string): { files: Map<string, Uint8Array>; record: FrozenQuarter } {
  const { siteDir, urls } = input;
  const paths = planPath(input.plan);
  const target = join(input.archiveDir, period);
  if (existsSync(target)) throw new FreezeError(`${period} 已经冻结(${target}),冻结的季度不能再次冻结或修改。`);
  const pageFile = join(siteDir, paths.quarter(period), 'index.html');
  if (!existsSync(pageFile)) throw new FreezeError(`网站中没有 ${period} 的季度页面(该季度还没有任何报告),无可冻结。`);

  const folder = urls.url(paths.archive(period));
  const liveFolder = urls.url(paths.quarter(period));
  const url = new URL(paths.archive(period), input.root).href;
  const citation = citationLine({ author: input.author, siteTitle: input.siteTitle, title: `${periodLabel(period)}进展(归档)`, url, date: input.frozenOn, event: '冻结', version: input.commit });
  const files = new Map<string, Uint8Array>();
  const kept = keptFiles(input.plan, period).filter((f) => existsSync(join(siteDir, f.from)));
  for (const f of kept) files.set(f.name, readFileSync(join(siteDir, f.from)));

  const html = readFileSync(pageFile, 'utf8');
  const stylesheets = stylesheetsOf(html);
  if (stylesheets.length === 0 || stylesheets.some((href) => !href.startsWith(urls.base))) {
    throw new FreezeError(`${period} 的季度页面中找不到本站的样式表,归档页面无法独立显示,没有冻结。这是程序的问题,请联系维护人员(src/archive/archive-page.ts)。`);
  }
  files.set(ARCHIVE_STYLESHEET, Buffer.from(stylesheets.map((href) => readFileSync(join(siteDir, href.slice(urls.base.length)), 'utf8')).join('\n')));
  const notice = archiveNotice({ periodLabel: periodLabel(period), frozenOn: input.frozenOn, version: shortVersion(input.commit), folder, liveFolder, files: kept, checksums: CHECKSUM_FILE, citation });
  const page = archivePage(html, { folder, liveFolder, twin: urls.elderly(folder), liveTwin: urls.elderly(liveFolder), canonical: url, frozenFiles: kept.map((f) => f.name), stylesheet: ARCHIVE_STYLESHEET, notice });
  // What later builds rename or change must not be left in a page that never changes again.
  if (page.includes('<script') || page.includes(`${urls.base}_astro/`) || !page.includes('class="archive-notice"')) {
    throw new FreezeError(`${period} 的归档页面仍引用会随生成而改变的文件(脚本或 _astro/),没有冻结。这是程序的问题,请联系维护人员(src/archive/archive-page.ts)。`);
  }
  files.set('index.html', Buffer.from(page));

  const record: FrozenQuarter = {
    period,
    frozen_on: input.frozenOn,
    commit: input.commit,
    tag: archiveTag(input.plan, period),
    url,
    citation,
    files: [...files.keys(), ARCHIVE_RECORD_FILE].sort(),
  };
  files.set(ARCHIVE_RECORD_FILE, Buffer.from(`${JSON.stringify(record, null, 2)}\n`));
  files.set(CHECKSUM_FILE, Buffer.from(checksumList(files)));
  return { files, record };
}
