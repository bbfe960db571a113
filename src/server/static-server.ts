// A small static file server for a built site: `npm run serve` (after `npm start`/`npm run demo`) and the
// browser tests. It serves the site as a host would: under its base path (site.yaml `base`), GET and HEAD
// only, nothing outside the folder (symlinks included: a path is resolved with realpath before it is
// trusted), and a trailing-slash redirect that is always a path on this host, never a URL another host
// could be named in. It stays in src/ beside the other modules behind the npm scripts (scripts/ holds only
// their entry points) because `npm run serve` is a user command, not only test tooling.
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';

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

export const ALLOWED_METHODS = 'GET, HEAD';

export type Resolved =
  | { kind: 'file'; file: string }
  /** A directory asked for without its trailing slash: `location` is a path on this host. */
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

/** '/ztzl/ggfw' or 'ztzl/ggfw/' → '/ztzl/ggfw/'; never '//…', which a browser reads as another host. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+/, '').replace(/\/+$/, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The real path of `path` if it exists and lies inside `realRoot` (after every symlink is followed). */
function realInside(realRoot: string, path: string): string | undefined {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return undefined; // missing, or a dangling symlink
  }
  return real === realRoot || real.startsWith(realRoot + sep) ? real : undefined;
}

function realRootOf(root: string): string | undefined {
  try {
    return realpathSync(resolve(root));
  } catch {
    return undefined;
  }
}

/** What a request path (`/base/tasks/3/?q=…`) names in the site folder `root` served under `base`. */
export function resolveRequest(root: string, base: string, requestPath: string): Resolved {
  const siteBase = normalizeBase(base);
  const [pathname = '', query] = requestPath.split('#')[0]!.split(/\?(.*)/s, 2);
  const search = query === undefined ? '' : `?${query}`;
  if (siteBase !== '/' && pathname === siteBase.slice(0, -1)) return { kind: 'redirect', location: `${siteBase}${search}` };
  if (!pathname.startsWith(siteBase)) return { kind: 'missing' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname.slice(siteBase.length));
  } catch {
    return { kind: 'missing' };
  }
  if (decoded.includes('\0')) return { kind: 'missing' };
  const rootPath = resolve(root);
  // normalize() under a leading '/' removes every '..' before the path is joined to the folder.
  const target = resolve(rootPath, `.${normalize(`/${decoded}`)}`);
  const realRoot = realRootOf(rootPath);
  if (!realRoot) return { kind: 'missing' };
  const real = realInside(realRoot, target);
  if (!real) return { kind: 'missing' };
  if (!statSync(real).isDirectory()) return { kind: 'file', file: real };
  const index = realInside(realRoot, join(real, 'index.html'));
  if (!index || statSync(index).isDirectory()) return { kind: 'missing' };
  if (pathname.endsWith('/')) return { kind: 'file', file: index };
  // Built from the resolved folder, not from the request: the same folder, always under the base.
  const folder = relative(rootPath, target).split(sep).map(encodeURIComponent).join('/');
  return { kind: 'redirect', location: `${siteBase}${folder === '' ? '' : `${folder}/`}${search}` };
}

/** The file a site path names (links in the built pages), or undefined. */
export function resolveFile(root: string, base: string, urlPath: string): string | undefined {
  const resolved = resolveRequest(root, base, urlPath);
  return resolved.kind === 'file' ? resolved.file : undefined;
}

function sendFile(req: IncomingMessage, res: ServerResponse, status: number, file: string): void {
  res.writeHead(status, {
    'content-type': MIME[extname(file)] ?? 'application/octet-stream',
    'content-length': statSync(file).size,
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

function sendNotFound(req: IncomingMessage, res: ServerResponse, root: string): void {
  const realRoot = realRootOf(root);
  const page = realRoot ? realInside(realRoot, join(realRoot, '404.html')) : undefined;
  if (page) return sendFile(req, res, 404, page);
  res.writeHead(404, { 'content-type': MIME['.txt']! });
  res.end(req.method === 'HEAD' ? undefined : '404');
}

export interface ServeOptions {
  /** The built site folder (dist/). */
  root: string;
  /** site.yaml `base` of the content the site was built from. */
  base: string;
  port?: number;
  host?: string;
}

export function startStaticServer({ root, base, port = 0, host = '127.0.0.1' }: ServeOptions): Promise<{ server: Server; url: string; origin: string }> {
  const siteBase = normalizeBase(base);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: ALLOWED_METHODS, 'content-type': MIME['.txt']! });
      res.end('405');
      return;
    }
    const resolved = resolveRequest(root, siteBase, req.url ?? '/');
    if (resolved.kind === 'missing') return sendNotFound(req, res, root);
    if (resolved.kind === 'redirect') {
      // As GitHub Pages does for a folder asked for without its trailing slash.
      res.writeHead(301, { location: resolved.location });
      res.end();
      return;
    }
    sendFile(req, res, 200, resolved.file);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const origin = `http://${host}:${actualPort}`;
      resolvePromise({ server, origin, url: `${origin}${siteBase}` });
    });
  });
}
