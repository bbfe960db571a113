// How to cite a page: one line after GB/T 7714-2015's form for online resources
// (责任者. 题名[EB/OL]. (更新日期). 访问路径.), with the data's version, so that a journalist's citation
// names exactly what was read. Nothing is guessed: no author unless site.yaml names the sponsor, no date or
// version without the repository's history.

export interface CitationInput {
  /** The responsible body: site.yaml `sponsor` (主办单位) when set. */
  author?: string;
  siteTitle: string;
  /** The page's own title. */
  title: string;
  /** The stable, absolute address. */
  url: string;
  /** YYYY-MM-DD of the data the page shows. */
  date?: string;
  /** What the date is: when the data last changed (更新), or when an archive was frozen (冻结). */
  event?: '更新' | '冻结';
  /** The commit the page was built from. */
  version?: string;
}

/** The commit as people quote it: git's usual seven characters. */
export const shortVersion = (commit: string) => commit.slice(0, 7);

/** Pure: the citation line. */
export function citationLine({ author, siteTitle, title, url, date, event = '更新', version }: CitationInput): string {
  const when = [date && `${date}${event}`, version && `版本 ${shortVersion(version)}`].filter(Boolean).join(',');
  return `${author ? `${author}. ` : ''}${siteTitle}:${title}[EB/OL]. ${when ? `(${when}). ` : ''}${url}.`;
}
