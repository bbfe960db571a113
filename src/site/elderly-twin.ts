// 长辈模式 without JavaScript: every page has an elderly twin under {base}elderly/, the same HTML with
// the elderly class set and every page link kept inside the twin tree, so the mode survives navigation
// with no script and no cookie. Twins are made from the finished pages after the search index is
// written (they are not indexed) and point their canonical link at the normal page.
import { ELDERLY_DIR } from './url-scheme.ts';

export { ELDERLY_DIR };

/** The twin of one page's HTML. `base` is the site's base path, ending in '/'. */
export function elderlyTwin(html: string, base: string): string {
  const twinRoot = `${base}${ELDERLY_DIR}/`;
  const isPageLink = (value: string) => {
    if (!value.startsWith(base) || value.startsWith(twinRoot)) return false;
    const path = value.split(/[?#]/)[0] ?? '';
    // Pages end in '/'; files (CSS, JS, CSV, feeds, schemas, the search index) keep their one URL.
    return path.endsWith('/') && !path.startsWith(`${base}_astro/`) && !path.startsWith(`${base}pagefind/`);
  };
  return html
    .replace(/<html\b([^>]*)>/, (_, attrs: string) => `<html${attrs} class="elderly" data-elderly-page>`)
    .replace(/\b(href|action)="([^"]*)"/g, (whole, attr: string, value: string) =>
      isPageLink(value) ? `${attr}="${twinRoot}${value.slice(base.length)}"` : whole,
    )
    .replace(/<a\b([^>]*?)\bdata-elderly-link="([^"]*)"([^>]*)>[^<]*<\/a>/g, (_, before: string, normal: string, after: string) => {
      const attrs = `${before}data-elderly-link="${normal}"${after}`.replace(/\bhref="[^"]*"/, `href="${normal}"`);
      return `<a${attrs}>退出长辈模式</a>`;
    });
}
