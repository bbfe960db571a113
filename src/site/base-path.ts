// A base path or site URL as the site joins it with page paths: always ending in '/', so `${base}tasks/3/`
// is right whether site.yaml wrote `/tracker` or `/tracker/`. Pure: the build script, Astro pages and the
// exports all use it.
export const withTrailingSlash = (path: string): string => (path.endsWith('/') ? path : `${path}/`);
