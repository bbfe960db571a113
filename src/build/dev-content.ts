// `astro dev` and content edits. Pages get their task, area or quarter as props from getStaticPaths, and
// Astro keeps those per route until told that content changed: on any change in the content (or reports)
// folder, tell the server environments so (the message Astro's own content layer sends), and reload the
// open pages. The dataset itself notices the change on the next request (src/site/dataset.ts).
import { resolve, sep } from 'node:path';
import type { ViteDevServer } from 'vite';

export function reloadOnContentChange(server: ViteDevServer, folders: string[]): void {
  const roots = folders.map((folder) => resolve(folder));
  const inContent = (file: string) => roots.some((root) => file === root || file.startsWith(root + sep));
  server.watcher.add(roots);
  const changed = (file: string) => {
    if (!inContent(resolve(file))) return;
    for (const environment of Object.values(server.environments)) {
      if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
    }
    server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
}
