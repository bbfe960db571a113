// `astro dev` has no built twins: a request for a 长辈模式 page is answered with the normal page, fetched
// from the dev server itself and turned into its twin by the same function the build uses.
import type { ViteDevServer } from 'vite';
import { elderlyTwin } from '../site/elderly-twin.ts';
import { ELDERLY_DIR, type SiteUrls } from '../site/url-scheme.ts';

export function serveElderlyTwinsInDev(server: ViteDevServer, urls: SiteUrls): void {
  const twinRoot = urls.elderly(urls.base);
  // Under a base path Vite may already have stripped the base from the URL middleware sees.
  const stripped = `/${ELDERLY_DIR}/`;
  server.middlewares.use((req, res, next) => {
    const path = req.url ?? '';
    const rest = path.startsWith(twinRoot) ? path.slice(twinRoot.length) : path.startsWith(stripped) ? path.slice(stripped.length) : undefined;
    if (rest === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const normal = `${urls.base}${rest}`;
    fetch(new URL(normal, `http://${req.headers.host ?? 'localhost'}`))
      .then(async (response) => {
        const type = response.headers.get('content-type') ?? 'text/plain';
        const body = type.startsWith('text/html') ? elderlyTwin(await response.text(), urls.base) : Buffer.from(await response.arrayBuffer());
        res.writeHead(response.status, { 'content-type': type });
        res.end(req.method === 'HEAD' ? undefined : body);
      })
      .catch(next);
  });
}
