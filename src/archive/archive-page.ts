// The frozen copy of a quarter page: the page exactly as the live build wrote it on the day of freezing, made
// to stand on its own for good. Its stylesheet is kept beside it (the live one is renamed by every build),
// its scripts are dropped (every page works without them, and a frozen page must not run code that later
// builds change), its links to the quarter's files point at the frozen copies, and a notice says what it is.
import { escapeXml } from '../export/xml.ts';

export interface ArchivePageInput {
  /** The frozen folder's address without host: '{base}archive/{period}/'. */
  folder: string;
  /** The live quarter folder: '{base}reports/{period}/'. */
  liveFolder: string;
  /** The 长辈模式 twins of the two: the mode switch stays inside the archive. */
  twin: string;
  liveTwin: string;
  /** The archive page's absolute address, for its canonical link. */
  canonical: string;
  /** Files of the archive (names inside the folder) that the live page links to under `liveFolder`. */
  frozenFiles: readonly string[];
  /** The stylesheet's name in the folder. */
  stylesheet: string;
  /** The notice's paragraphs, already HTML (archiveNotice). */
  notice: string;
}

/** The page's stylesheet addresses, in order: the caller keeps their text in one file beside the page. */
export const stylesheetsOf = (html: string): string[] => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"[^>]*>/g)].map((m) => m[1]!);

/** Pure: the frozen page from the live one. */
export function archivePage(html: string, input: ArchivePageInput): string {
  let stylesheetKept = false;
  const frozen = new Set(input.frozenFiles);
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="stylesheet" href="[^"]+"[^>]*>/g, () => {
      if (stylesheetKept) return '';
      stylesheetKept = true;
      return `<link rel="stylesheet" href="${input.folder}${input.stylesheet}">`;
    })
    .replace(/<link rel="canonical" href="[^"]*">/, `<link rel="canonical" href="${escapeXml(input.canonical)}">`)
    .replace(/<meta property="og:url" content="[^"]*">/, `<meta property="og:url" content="${escapeXml(input.canonical)}">`)
    .replace(/<title>/, '<title>归档:')
    .replace(/\bhref="([^"]*)"/g, (whole, href: string) => {
      const [path, hash] = href.split('#') as [string, string | undefined];
      const fragment = hash === undefined ? '' : `#${hash}`;
      // The page itself (its anchors, its twin) and its kept files point into the archive; all else stays.
      if (path === input.liveTwin) return `href="${input.twin}${fragment}"`;
      const name = path.startsWith(input.liveFolder) ? path.slice(input.liveFolder.length) : undefined;
      if (name === '') return `href="${input.folder}${fragment}"`;
      return name && frozen.has(name) ? `href="${input.folder}${name}${fragment}"` : whole;
    })
    .replace(/\bdata-elderly-link="([^"]*)"/g, (whole, value: string) => (value === input.liveFolder ? `data-elderly-link="${input.folder}"` : whole))
    .replace(/<\/h1>/, `</h1><div class="archive-notice" role="note">${input.notice}</div>`);
}

export interface NoticeInput {
  periodLabel: string;
  frozenOn: string;
  version: string;
  folder: string;
  liveFolder: string;
  /** The data files and 通报 kept, by name, with what they are. */
  files: readonly { name: string; label: string }[];
  checksums: string;
  citation: string;
}

/** Pure: the notice at the top of a frozen page (HTML; every value escaped). */
export function archiveNotice(n: NoticeInput): string {
  const e = escapeXml;
  const links = n.files.map((f) => `<a href="${e(n.folder + f.name)}">${e(f.label)}</a>`).join('、');
  return [
    `<p><strong>归档页面</strong>:本页是${e(n.periodLabel)}进展在 ${e(n.frozenOn)} 冻结时的原样(数据版本 ${e(n.version)}),此后不再改变。此后的修订见<a href="${e(n.liveFolder)}">现行页面</a>。</p>`,
    `<p>同时冻结的文件:${links}。全部文件的 SHA-256 校验值见 <a href="${e(n.folder + n.checksums)}">${e(n.checksums)}</a>,可用 <code>sha256sum -c ${e(n.checksums)}</code> 核对。</p>`,
    `<p>引用本页:${e(n.citation)}</p>`,
  ].join('');
}
