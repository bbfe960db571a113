// The security headers of the nginx configuration (deploy/nginx/snippets/plan-site-headers.conf),
// written from the site's one CSP (src/site/csp.ts) so the header and the pages' meta tag cannot drift.
// `npm run nginx:headers` writes the file; test/unit/nginx-headers.test.ts fails when it is stale.
import { cspHeader } from '../site/csp.ts';

export const NGINX_HEADERS_FILE = 'deploy/nginx/snippets/plan-site-headers.conf';

/** Headers every response carries; `always` so the 404 page carries them too. */
export const SECURITY_HEADERS: readonly [string, string][] = [
  ['Content-Security-Policy', cspHeader()],
  ['X-Content-Type-Options', 'nosniff'],
  // For browsers older than CSP's frame-ancestors.
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

export function nginxHeadersConf(): string {
  return [
    '# 本站的安全响应头。由 npm run nginx:headers 根据 src/site/csp.ts 生成,请勿手工修改。',
    '# 放在 /etc/nginx/snippets/ 中,由 plan-site.conf 的每个 location 引用(nginx 的 add_header 不会从上一级继承)。',
    ...SECURITY_HEADERS.map(([name, value]) => `add_header ${name} "${value}" always;`),
    '',
  ].join('\n');
}
