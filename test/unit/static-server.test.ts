// The preview server (src/server/static-server.ts) over real HTTP: a site folder served under a base path,
// with a file outside the folder that no request may reach, through symlinks or encoded paths.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { normalizeBase, startStaticServer } from '../../src/server/static-server.ts';

const BASE = '/ztzl/ggfw/';
const NOT_FOUND_PAGE = '<h1>找不到页面</h1>';
const SECRET = 'outside the site folder';

let scratch: string;
let server: Server;
let port: number;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with the path sent exactly as written (no URL parser in between). */
function send(method: string, path: string, toPort = port): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: toPort, method, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'static-server-'));
  const site = join(scratch, 'site');
  for (const dir of ['tasks/3', 'assets']) mkdirSync(join(site, dir), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(site, '404.html'), NOT_FOUND_PAGE);
  writeFileSync(join(site, 'tasks/index.html'), '<h1>tasks</h1>');
  writeFileSync(join(site, 'tasks/3/index.html'), '<h1>task 3</h1>');
  writeFileSync(join(site, 'assets/site.css'), 'body{}');
  writeFileSync(join(scratch, 'secret.txt'), SECRET);
  mkdirSync(join(scratch, 'elsewhere'));
  writeFileSync(join(scratch, 'elsewhere/index.html'), SECRET);
  symlinkSync(join(scratch, 'secret.txt'), join(site, 'leak.txt'));
  symlinkSync(join(scratch, 'elsewhere'), join(site, 'leak-dir'));
  symlinkSync(join(scratch, 'gone.txt'), join(site, 'dangling.txt'));
  symlinkSync(join(site, 'assets/site.css'), join(site, 'alias.css'));
  ({ server } = await startStaticServer({ root: site, base: BASE }));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(scratch, { recursive: true, force: true });
});

const expectNotFoundPage = (answer: Answer) => {
  expect(answer.status).toBe(404);
  expect(answer.body).toBe(NOT_FOUND_PAGE);
};

describe('under the base path', () => {
  test('a page under the base is served', async () => {
    const answer = await send('GET', `${BASE}tasks/3/`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body).toBe('<h1>task 3</h1>');
  });

  test('the same page outside the base is the 404 page', async () => {
    expectNotFoundPage(await send('GET', '/tasks/3/'));
    expectNotFoundPage(await send('GET', '/'));
    expectNotFoundPage(await send('GET', '/ztzl/ggfwtasks/'));
  });

  test('the base without its trailing slash redirects to the base', async () => {
    const answer = await send('GET', '/ztzl/ggfw?q=1');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe(`${BASE}?q=1`);
  });

  test('a folder without its trailing slash redirects to the folder, keeping the query', async () => {
    const answer = await send('GET', `${BASE}tasks/3?q=${encodeURIComponent('养老')}`);
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe(`${BASE}tasks/3/?q=${encodeURIComponent('养老')}`);
  });

  test('base paths are normalised to one leading and one trailing slash', () => {
    expect([normalizeBase('/'), normalizeBase(''), normalizeBase('ztzl/ggfw'), normalizeBase('//ztzl/ggfw//')]).toEqual(['/', '/', BASE, BASE]);
  });
});

describe('nothing outside the folder, and no other host', () => {
  test('a symlink to a file outside the folder is the 404 page', async () => {
    expectNotFoundPage(await send('GET', `${BASE}leak.txt`));
  });

  test('a symlink to a folder outside the folder is the 404 page', async () => {
    expectNotFoundPage(await send('GET', `${BASE}leak-dir/`));
    expectNotFoundPage(await send('GET', `${BASE}leak-dir`));
  });

  test('a dangling symlink is the 404 page', async () => {
    expectNotFoundPage(await send('GET', `${BASE}dangling.txt`));
  });

  test('a symlink to a file inside the folder is served', async () => {
    const answer = await send('GET', `${BASE}alias.css`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(answer.body).toBe('body{}');
  });

  test('encoded traversal stays inside the folder', async () => {
    for (const path of [`${BASE}..%2f..%2fsecret.txt`, `${BASE}%2e%2e/%2e%2e/secret.txt`, `${BASE}tasks/..%2f..%2f..%2fsecret.txt`, `${BASE}..%5csecret.txt`]) {
      const answer = await send('GET', path);
      expect(answer.body, path).not.toContain(SECRET);
      expectNotFoundPage(answer);
    }
  });

  test('a malformed escape is the 404 page', async () => {
    expectNotFoundPage(await send('GET', `${BASE}%E0%A4%A`));
  });

  test('//evil.example/..%2ftasks redirects to a path on this host', async () => {
    const server = await startStaticServer({ root: join(scratch, 'site'), base: '/' });
    try {
      const answer = await send('GET', '//evil.example/..%2ftasks', (server.server.address() as { port: number }).port);
      expect(answer.status).toBe(301);
      expect(answer.headers.location).toBe('/tasks/');
    } finally {
      server.server.closeAllConnections();
      await new Promise((resolve) => server.server.close(resolve));
    }
  });

  test('under a base, //evil.example/… is outside the base: the 404 page, no redirect', async () => {
    const answer = await send('GET', '//evil.example/..%2ftasks');
    expect(answer.headers.location).toBeUndefined();
    expectNotFoundPage(answer);
  });
});

describe('methods', () => {
  test('HEAD answers with the headers of GET and no body', async () => {
    const head = await send('HEAD', `${BASE}tasks/3/`);
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength('<h1>task 3</h1>')));
    expect(head.body).toBe('');
  });

  test('HEAD of a missing page is 404 with no body', async () => {
    const head = await send('HEAD', `${BASE}nowhere/`);
    expect(head.status).toBe(404);
    expect(head.body).toBe('');
  });

  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
    test(`${method} is 405 with Allow: GET, HEAD`, async () => {
      const answer = await send(method, `${BASE}tasks/3/`);
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD');
      expect(answer.body).not.toContain('task 3');
    });
  }
});
