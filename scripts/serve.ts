// npm run serve: preview the built dist/ on http://127.0.0.1:4321/ (PORT to change).
import { existsSync } from 'node:fs';
import { startStaticServer } from '../src/server/static-server.ts';

if (!existsSync('dist/index.html')) {
  console.error('dist/ 中还没有网站,请先运行 npm run build(或直接 npm start)。');
  process.exit(1);
}
const { url } = await startStaticServer('dist', Number(process.env.PORT ?? 4321));
console.log(`网站预览: ${url}/  (按 Ctrl+C 结束)`);
