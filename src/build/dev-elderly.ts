// `astro dev` has no built twins: a request for a 长辈模式 page is answered with the normal page, fetched
// from the dev server itself and turned into its twin by the same function the build uses.
import type { ViteDevServer } from 'vite';
import { elderlyTwin } from '../site/elderly-twin.ts';
import type { SiteUrls } from '../site/url-scheme.ts';

export function serveElderlyTwinsInDev(server: ViteDevServer, urls: SiteUrls): void {
  const twinRoot = urls.elderly(urls.base);
  server.middlewares.use((req, res, next) => {
    const path = req.url ?? '';
    if (!path.startsWith(twinRoot) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const normal = `${urls.base}${path.slice(twinRoot.length)}`;
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
