// A small static file server for dist/: used by `npm start`/`npm run demo` and by the browser tests.
// Serves only files under the root (no path traversal), with the MIME types the site needs.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export function resolveFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  const target = resolve(root, `.${normalize(`/${decoded}`)}`);
  if (target !== resolve(root) && !target.startsWith(resolve(root) + sep)) return undefined;
  if (existsSync(target) && statSync(target).isDirectory()) {
    const index = join(target, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(target) ? target : undefined;
}

export function startStaticServer(root: string, port = 0, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    // Directory URLs without the trailing slash redirect, as GitHub Pages does.
    const file = resolveFile(root, path);
    if (!file) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': MIME['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('404');
      return;
    }
    if (!path.split('?')[0]!.endsWith('/') && file.endsWith(`${sep}index.html`) && !path.endsWith('index.html')) {
      res.writeHead(301, { location: `${path.split('?')[0]}/${path.includes('?') ? `?${path.split('?')[1]}` : ''}` });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({ server, url: `http://${host}:${actualPort}` });
    });
  });
}
