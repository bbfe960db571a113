import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { NGINX_HEADERS_FILE, nginxHeadersConf } from '../../src/deploy/nginx-headers.ts';

test('the shipped nginx headers are the ones src/site/csp.ts gives (else run npm run nginx:headers)', () => {
  expect(readFileSync(NGINX_HEADERS_FILE, 'utf8')).toBe(nginxHeadersConf());
});

test('the CSP header is the meta policy with frame-ancestors, quoted once for nginx', () => {
  const line = nginxHeadersConf().split('\n').find((l) => l.startsWith('add_header Content-Security-Policy'));
  expect(line).toBe(
    `add_header Content-Security-Policy "default-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' https://github.com; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; frame-ancestors 'self'" always;`,
  );
});
