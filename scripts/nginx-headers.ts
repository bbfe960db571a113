// npm run nginx:headers: writes the nginx security headers from the site's CSP (src/deploy/nginx-headers.ts).
import { writeFileSync } from 'node:fs';
import { NGINX_HEADERS_FILE, nginxHeadersConf } from '../src/deploy/nginx-headers.ts';

writeFileSync(NGINX_HEADERS_FILE, nginxHeadersConf());
console.log(`已写入 ${NGINX_HEADERS_FILE}`);
