// The URL scheme bound to the base path Astro builds with (astro.config reads it from site.yaml through
// the loader). Pages, components and browser scripts import from here; everything else uses url-scheme.ts.
import { siteUrls } from './url-scheme.ts';

export { reportAnchor } from './url-scheme.ts';

export const siteUrlsForPages = siteUrls(import.meta.env.BASE_URL);
export const url = siteUrlsForPages.url;
export const unitUrl = siteUrlsForPages.unit;
export const planUrls = siteUrlsForPages.plan;
