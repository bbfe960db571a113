// The page metadata of the guideline's 网页设计规范 (《政府网站发展指引》附件): site tags on every page,
// column tags on section pages, article tags on task and quarter pages. Only real values: a tag whose
// value is unknown (no site code, no publication date) is left out rather than written empty or invented.

/** The four kinds of column the guideline names; this site publishes, and takes submissions. */
export type ColumnType = '信息发布' | '互动交流';

export interface PageMetaInput {
  siteName: string;
  /** The site's address (site.yaml `site`): its host is SiteDomain. */
  site: string;
  siteCode?: string;
  column?: { name: string; type: ColumnType };
  article?: { title: string; pubDate?: string; source?: string };
}

export function pageMeta(input: PageMetaInput): { name: string; content: string }[] {
  const tags: [string, string | undefined][] = [
    ['SiteName', input.siteName],
    ['SiteDomain', new URL(input.site).host],
    ['SiteIDCode', input.siteCode],
    ['ColumnName', input.column?.name],
    ['ColumnType', input.column?.type],
    ['ArticleTitle', input.article?.title],
    ['PubDate', input.article?.pubDate],
    ['ContentSource', input.article?.source],
  ];
  return tags.flatMap(([name, content]) => (content ? [{ name, content }] : []));
}
