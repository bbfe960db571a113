// Debian's nginx serving a built site with the shipped configuration (deploy/nginx/), for the browser
// tests: a foreground process with its own prefix, pid, logs and temp folders in a temp dir, on 127.0.0.1
// and a free port. Only the listen line and the root line of the shipped file are replaced.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { BuiltSite } from './sites.ts';

export const NGINX_INSTALL_HINT = 'sudo apt-get update && sudo apt-get install -y --no-install-recommends nginx   (或设置 NGINX_PATH)';
export const SITE_CONF = 'deploy/nginx/plan-site.conf';
export const HEADERS_SNIPPET = 'deploy/nginx/snippets/plan-site-headers.conf';

export function nginxPath(): string {
  const found = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => path && existsSync(path));
  if (!found) throw new Error(`找不到 nginx,nginx 测试无法运行。请安装: ${NGINX_INSTALL_HINT}`);
  return found;
}

/** The shipped site configuration with only its port and its root replaced (each must be there once). */
export function templateSiteConf(conf: string, port: number, root: string): string {
  const replace = (text: string, line: RegExp, by: string) => {
    const matches = text.match(new RegExp(line.source, 'gm')) ?? [];
    if (matches.length !== 1) throw new Error(`${SITE_CONF}: expected one line matching ${line}, found ${matches.length}`);
    return text.replace(new RegExp(line.source, 'm'), by);
  };
  return replace(replace(conf, /^    listen \d+;$/, `    listen 127.0.0.1:${port};`), /^    root \S+;$/, `    root ${root};`);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface NginxSite {
  origin: string;
  /** The site's root: origin and base path. */
  url: string;
  href(path: string): string;
  close(): Promise<void>;
}

/** Serves `built` (a site built for /ztzl/ggfw/) as deploy/nginx/plan-site.conf says. */
export async function serveWithNginx(built: BuiltSite): Promise<NginxSite> {
  const binary = nginxPath();
  const dir = mkdtempSync(join(tmpdir(), 'nginx-site-'));
  // Started by root, nginx runs its worker as an unprivileged user, which must be able to enter the folder.
  chmodSync(dir, 0o755);
  const port = await freePort();
  // The bundle unpacks into {root}{base}: here the built folder stands in for it.
  const www = join(dir, 'www');
  const siteDir = join(www, built.urls.base);
  mkdirSync(dirname(siteDir), { recursive: true });
  symlinkSync(resolve(built.root), siteDir.replace(/\/$/, ''));
  mkdirSync(join(dir, 'conf', 'snippets'), { recursive: true });
  mkdirSync(join(dir, 'temp'));
  cpSync(HEADERS_SNIPPET, join(dir, 'conf', 'snippets', 'plan-site-headers.conf'));
  writeFileSync(join(dir, 'conf', 'plan-site.conf'), templateSiteConf(readFileSync(SITE_CONF, 'utf8'), port, www));
  const temp = (name: string) => `${name}_temp_path ${join(dir, 'temp', name)};`;
  writeFileSync(
    join(dir, 'conf', 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  include plan-site.conf;
}
`,
  );
  const child = spawn(binary, ['-p', dir, '-c', join(dir, 'conf', 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, child, () => `${stderr}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`);
  const href = (path: string) => `${origin}${path.startsWith(built.urls.base) ? path : built.urls.url(path)}`;
  return {
    origin,
    url: `${origin}${built.urls.base}`,
    href,
    close: () => stop(child, dir),
  };
}

async function waitUntilServing(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx 没有启动:\n${log()}`);
    try {
      await fetch(origin);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  child.kill('SIGQUIT');
  throw new Error(`nginx 5 秒内没有响应:\n${log()}`);
}

function stop(child: ChildProcess, dir: string): Promise<void> {
  return new Promise((done) => {
    const finish = () => {
      rmSync(dir, { recursive: true, force: true });
      done();
    };
    if (child.exitCode !== null) return finish();
    child.once('exit', finish);
    // QUIT: graceful shutdown of the master and its worker.
    child.kill('SIGQUIT');
  });
}
