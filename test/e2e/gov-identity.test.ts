// The government-site identity over every built page: with every field set (the base-path scenario's
// site.yaml) each page has the footer items and the guideline's meta tags; with none set (content/) none
// of them appears, and no tag or footer line is left empty. Article tags carry only real dates.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lastCommitted } from '../../src/site/git-history.ts';
import { latestDate } from '../../src/site/page-dates.ts';
import { pagePath } from '../../src/site/url-scheme.ts';
import { builtPages } from './built-files.ts';
import { DEMO, REAL, SUBPATH, type BuiltSite } from './sites.ts';
import { SUBPATH_SCENARIO } from '../scenarios/subpath.ts';

const STATEMENTS = ['sitemap', 'privacy', 'copyright', 'accessibility'];
const decode = (text: string) => text.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
/** The guideline's meta tags of a page, name → content. */
const metaTags = (html: string) => new Map([...html.matchAll(/<meta name="([A-Z]\w+)" content="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]));
const footer = (html: string) => /<footer class="site-footer"[\s\S]*<\/footer>/.exec(html)?.[0] ?? '';
const canonical = (html: string) => /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];

/** Every page with the site's frame (redirect pages have none), read once per site. */
function framedPages(site: BuiltSite) {
  return builtPages(site.root)
    .map(({ path, file }) => ({ path, html: readFileSync(file, 'utf8') }))
    .filter((page) => page.html.includes('class="site-footer"'));
}

describe(`identity set (${SUBPATH.name} build)`, () => {
  const id = SUBPATH_SCENARIO.identity;
  const pages = framedPages(SUBPATH);
  test('every page has every footer item, linked where the rules say', () => {
    expect(pages.length).toBeGreaterThan(150);
    const missing = pages.flatMap(({ path, html }) => {
      const text = decode(footer(html));
      const pageUrl = canonical(html) ?? new URL(SUBPATH.settings.base, id.site).href;
      const expected = [
        `主办单位:${id.sponsor}`,
        `承办单位:${id.organizer}`,
        `联系电话:<a href="tel:07285221234">${id.contact.phone}</a>`,
        `电子邮箱:<a href="mailto:${id.contact.email}">${id.contact.email}</a>`,
        `地址:${id.contact.address}`,
        `网站标识码:${id.site_code}`,
        `<a href="https://beian.miit.gov.cn/" rel="noopener noreferrer">${id.icp}</a>`,
        `<a href="https://beian.mps.gov.cn/#/query/webSearch?code=42900602000001" rel="noopener noreferrer">${id.police_filing}</a>`,
        `<a href="${id.conac_certificate}" rel="noopener noreferrer"><img src="${SUBPATH.urls.url('conac-badge.svg')}" width="55" height="66" alt="党政机关网站标识"></a>`,
        `<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=${id.site_code}&url=${encodeURIComponent(pageUrl)}" rel="noopener noreferrer">我为政府网站找错</a>`,
        // A 长辈模式 twin links to the twins of the statement pages.
        ...[pagePath.siteMap, pagePath.privacy, pagePath.copyright, pagePath.accessibility]
          .map((p) => SUBPATH.urls.url(p))
          .map((href) => `href="${path.startsWith('elderly/') ? SUBPATH.urls.elderly(href) : href}"`),
      ];
      return expected.filter((item) => !text.includes(item)).map((item) => `${path}: ${item}`);
    });
    expect(missing).toEqual([]);
  });
  test('every page has the site tags; section pages the column tags; task and quarter pages the article tags', () => {
    const dataset = SUBPATH.dataset();
    const wrong = pages.flatMap(({ path, html }) => {
      const tags = metaTags(html);
      const problems: string[] = [];
      if (tags.get('SiteName') !== SUBPATH.settings.title) problems.push('SiteName');
      if (tags.get('SiteDomain') !== 'www.example.gov.cn') problems.push('SiteDomain');
      if (tags.get('SiteIDCode') !== id.site_code) problems.push('SiteIDCode');
      const normal = path.replace(/^elderly\//, '');
      const plan = `${dataset.id}/`;
      const article = new RegExp(`^${plan}(tasks/\\d+|reports/\\d{4}-Q\\d)/index\\.html$`).test(normal);
      // The plan's dashboard is the home page of its plan: like /, no column.
      const sectionPage = normal !== 'index.html' && normal !== `${plan}index.html` && normal !== '404.html';
      if (sectionPage !== tags.has('ColumnName') || sectionPage !== (tags.get('ColumnType') === '信息发布' || tags.get('ColumnType') === '互动交流')) problems.push('Column tags');
      if (article !== tags.has('ArticleTitle') || article !== tags.has('ContentSource')) problems.push('Article tags');
      // The scenario's content folder is not in git and content/ has no reports: no date is known, except a
      // statement page's own source file's last commit.
      const statement = STATEMENTS.find((name) => normal === `${name}/index.html`);
      const shown = /class="page-updated"[^>]*>最后更新:<time datetime="([^"]+)"/.exec(html)?.[1];
      if (tags.has('PubDate') || shown !== (statement && lastCommitted(`src/pages/${statement}.astro`))) problems.push(`a date no source gives: ${shown}`);
      return problems.map((p) => `${path}: ${p}`);
    });
    expect(wrong).toEqual([]);
    expect(metaTags(readFileSync(`${SUBPATH.root}/${SUBPATH.planPaths().task(dataset.tasks[0]!.id)}index.html`, 'utf8')).get('ContentSource')).toBe(
      dataset.tasks[0]!.lead.map((u) => dataset.units.find((unit) => unit.id === u)!.name).join('、'),
    );
  });
});

describe(`identity unset (${REAL.name} build)`, () => {
  const pages = framedPages(REAL);
  test('no identity item, no empty tag and no empty footer line on any page', () => {
    expect(pages.length).toBeGreaterThan(150);
    const shown = pages.flatMap(({ path, html }) => {
      const found = ['主办单位', '承办单位', '联系电话', '电子邮箱', '网站标识码', 'beian.', 'conac', '找错', 'class="identity"'].filter((item) => footer(html).includes(item));
      const tags = metaTags(html);
      if (tags.has('SiteIDCode')) found.push('SiteIDCode');
      if ([...tags.values()].includes('')) found.push('an empty meta tag');
      if (/<p[^>]*>\s*<\/p>|<span>\s*<\/span>/.test(footer(html))) found.push('an empty footer line');
      return found.map((item) => `${path}: ${item}`);
    });
    expect(shown).toEqual([]);
  });
});

describe(`publication dates (${DEMO.name} build)`, () => {
  test('a quarter page is dated by its latest report, as its PubDate and its last update', () => {
    const dataset = DEMO.dataset();
    const periods = [...new Set(dataset.reports.map((r) => r.period))];
    expect(periods.length).toBeGreaterThan(0);
    for (const period of periods) {
      const html = readFileSync(`${DEMO.root}/${DEMO.planPaths().quarter(period)}index.html`, 'utf8');
      const date = latestDate(dataset.reports.filter((r) => r.period === period).map((r) => r.reported_on))!;
      expect(metaTags(html).get('PubDate')).toBe(date);
      expect(html).toContain(`最后更新:<time datetime="${date}">`);
    }
  });
  test('a task page is dated no earlier than its latest report', () => {
    const dataset = DEMO.dataset();
    for (const task of dataset.tasks) {
      const latest = latestDate(dataset.reports.filter((r) => r.task === task.id).map((r) => r.reported_on));
      const pubDate = metaTags(readFileSync(`${DEMO.root}/${DEMO.planPaths().task(task.id)}index.html`, 'utf8')).get('PubDate');
      if (latest) expect(pubDate! >= latest).toBe(true);
    }
  });
});
