// Issue #22's acceptance: the real site built from a git repository of its own, in which one report is
// published, amended (status and a value), then only reformatted, and another is published and only
// reformatted. The task page, reports.json, the feed and the citation lines show the amendment with the
// dates git gives, and the reformatting nowhere.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_MARK } from '../../src/schema/index.ts';
import { pagePath, siteRoot } from '../../src/site/url-scheme.ts';
import { planFolderOf, REAL } from './sites.ts';

const PUBLISHED = '2023-04-10';
const AMENDED = '2023-05-02';
const REFORMATTED = '2023-06-20';
const SPONSOR = '天门市人民政府办公室';
// Under a sub-path, so every address the test expects is the one a city deploying under its portal gets.
const BASE = '/ztzl/ggfw/';

const root = mkdtempSync(join(tmpdir(), 'record-build-'));
const repo = join(root, 'repo');
const content = join(repo, 'content');
const out = join(root, 'dist');
afterAll(() => rmSync(root, { recursive: true, force: true }));

let head = '';
let siteTitle = '';
let siteUrl = '';

function commit(message: string, date: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: `${date}T10:00:00+08:00`, GIT_COMMITTER_DATE: `${date}T10:00:00+08:00` };
  execFileSync('git', ['add', '-A'], { cwd: repo });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], { cwd: repo, env });
}

/** `file` relative to the plan's folder in the content copy. */
const edit = (file: string, change: (text: string) => string) => {
  const path = join(content, planFolderOf(content), file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};

/** A demo report as a unit's real one: real content refuses the demo mark. */
const asReal = (demoReport: string) => readFileSync(join('examples/demo/reports/2023-Q1', demoReport), 'utf8').replaceAll(DEMO_MARK, '');

beforeAll(() => {
  mkdirSync(repo);
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  cpSync('content', content, { recursive: true });
  const settings = parseDocument(readFileSync(join(content, 'site.yaml'), 'utf8'));
  settings.set('base', BASE);
  settings.set('sponsor', SPONSOR);
  writeFileSync(join(content, 'site.yaml'), settings.toString());
  siteTitle = String(settings.get('title'));
  siteUrl = siteRoot(String(settings.get('site')), BASE);
  commit('方案内容', '2023-01-05');

  mkdirSync(join(content, planFolderOf(content), 'reports/2023-Q1'), { recursive: true });
  writeFileSync(join(content, planFolderOf(content), 'reports/2023-Q1/01.yaml'), asReal('01.yaml'));
  writeFileSync(join(content, planFolderOf(content), 'reports/2023-Q1/02.yaml'), asReal('02.yaml'));
  commit('发布第一季度进展', PUBLISHED);

  edit('reports/2023-Q1/01.yaml', (text) => text.replace('status: on_track', 'status: at_risk').replace('value: 80.7', 'value: 78.2'));
  commit('修订任务 1 的状态和数值', AMENDED);

  // The same values written differently: spacing, a comment, blank lines.
  edit('reports/2023-Q1/01.yaml', (text) => `${text.replace('task: 1', 'task:   1').replace('period:', '# 已核对\nperiod:')}\n\n`);
  edit('reports/2023-Q1/02.yaml', (text) => `${text.replace('status: ongoing', 'status:  ongoing  # 已核对')}\n`);
  commit('只改格式', REFORMATTED);
  head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();

  const build = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}${build.stderr}`);
}, 300_000);

const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const text = (html: string) =>
  html.replace(/<[^>]+>/g, '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&').trim();
/** The text of each element matching `pattern`'s first group. */
const texts = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => text(m[1]!));
const reportSection = (html: string) => html.match(/<section[^>]*id="update-2023-Q1"[^>]*>([\s\S]*?)<\/section>/)![1]!;
const citation = (html: string) => texts(html, /<p[^>]*data-citation[^>]*>([\s\S]*?)<\/p>/g);
const short = () => head.slice(0, 7);

const AMENDMENT = '修改了状态、数值(状态:按计划推进 → 进度滞后;普惠性幼儿园覆盖率:80.7 → 78.2)';

describe('a report published, amended, then reformatted', () => {
  test('its task page: 发布日期 the day it was published, one 修订记录 entry for the amendment, none for the reformatting', () => {
    const section = reportSection(page(REAL.planPaths().task(1)));
    expect(text(section)).toContain('报送日期:2023年4月8日;发布日期:2023年4月10日');
    // Built from site.yaml's base, whatever the environment the build was started in says (astro.config.ts).
    expect(section).toContain(`<a href="${BASE}units/edu/">市教育局</a>`);
    expect(texts(section, /<h4[^>]*>([\s\S]*?)<\/h4>/g)).toEqual(['修订记录']);
    const revisions = section.match(/<h4[^>]*>修订记录<\/h4>\s*<ul[^>]*>([\s\S]*?)<\/ul>/)![1]!;
    expect(texts(revisions, /<li[^>]*>([\s\S]*?)<\/li>/g)).toEqual([`2023年5月2日:${AMENDMENT}`]);
  });

  test('reports.json: published_on and exactly the one revision, with the exact changes', () => {
    const { reports } = JSON.parse(readFileSync(join(out, 'data/reports.json'), 'utf8'));
    const report = reports.find((r: { task: number; period: string }) => r.task === 1 && r.period === '2023-Q1');
    expect(report.published_on).toBe(PUBLISHED);
    expect(report.revisions).toEqual([
      {
        date: AMENDED,
        fields: ['status', 'metrics'],
        changes: [
          { field: 'status', from: 'on_track', to: 'at_risk' },
          { field: 'metrics.inclusive-coverage', from: 80.7, to: 78.2 },
        ],
      },
    ]);
    expect(report.status).toBe('at_risk');
  });

  test('feed.xml: published on publication, updated on the amendment, with a line saying what changed', () => {
    const entries: Record<string, string>[] = new XMLParser({ isArray: (tag) => tag === 'entry', parseTagValue: false }).parse(readFileSync(join(out, 'feed.xml'), 'utf8')).feed.entry;
    const entry = entries.find((e) => e.id === `${siteUrl}${REAL.planPaths().task(1)}#update-2023-Q1`)!;
    expect(entry.published).toBe(`${PUBLISHED}T00:00:00Z`);
    expect(entry.updated).toBe(`${AMENDED}T00:00:00Z`);
    expect(entry.summary).toBe(`持续加大教育资源供给:普惠性幼儿园覆盖率达到80.7%(目标不少于85%),进度符合时间要求。\n2023年5月2日修订:${AMENDMENT}。`);
  });

  test('its task page is cited by the amendment\'s date and the repository\'s HEAD, in both modes', () => {
    const line = `${SPONSOR}. ${siteTitle}:任务 1:持续加大教育资源供给[EB/OL]. (${AMENDED}更新,版本 ${short()}). ${siteUrl}${REAL.planPaths().task(1)}.`;
    expect(citation(page(REAL.planPaths().task(1)))).toEqual([line]);
    expect(citation(page(`elderly/${REAL.planPaths().task(1)}`))).toEqual([line]);
    // The page's own 最后更新 agrees: the amendment is newer than the unit's reported_on (2023-04-08).
    expect(page(REAL.planPaths().task(1))).toContain(`最后更新:<time datetime="${AMENDED}">2023年5月2日</time>`);
  });
});

describe('a report published, then only reformatted', () => {
  test('no 修订记录 on its task page, no revision in reports.json, no 修订 line in the feed', () => {
    const html = page(REAL.planPaths().task(2));
    expect(text(reportSection(html))).toContain('报送日期:2023年4月14日;发布日期:2023年4月10日');
    expect(html).not.toContain('修订记录');
    const { reports } = JSON.parse(readFileSync(join(out, 'data/reports.json'), 'utf8'));
    const report = reports.find((r: { task: number; period: string }) => r.task === 2 && r.period === '2023-Q1');
    expect(report.published_on).toBe(PUBLISHED);
    expect(report.revisions).toEqual([]);
    const entries: Record<string, string>[] = new XMLParser({ isArray: (tag) => tag === 'entry', parseTagValue: false }).parse(readFileSync(join(out, 'feed.xml'), 'utf8')).feed.entry;
    const entry = entries.find((e) => e.id === `${siteUrl}${REAL.planPaths().task(2)}#update-2023-Q1`)!;
    expect(entry.updated).toBe('2023-04-14T00:00:00Z');
    expect(entry.summary).toBe('大力推进“双减”工作:课后服务每天时长达到2小时(目标不少于2小时),相关工作常态化开展。');
  });

  test('its task page is cited by its publication: neither the reformatting nor the unit\'s own reported_on', () => {
    expect(citation(page(REAL.planPaths().task(2)))).toEqual([`${SPONSOR}. ${siteTitle}:任务 2:大力推进“双减”工作[EB/OL]. (${PUBLISHED}更新,版本 ${short()}). ${siteUrl}${REAL.planPaths().task(2)}.`]);
  });
});

test('/data/ is cited by the newest commit to the content and the repository\'s HEAD', () => {
  expect(citation(page(pagePath.data))).toEqual([`${SPONSOR}. ${siteTitle}:数据下载[EB/OL]. (${REFORMATTED}更新,版本 ${short()}). ${siteUrl}data/.`]);
  expect(text(page(pagePath.data))).toContain('引用时请在网址前用方括号加上您的查阅日期,写作 [年-月-日]');
});
