// The link that carries a generated file to GitHub's "create new file" page. Pure.

/** GitHub's own limit on a request URL is about 8 KB; past this the link opens the page without the content. */
export const MAX_GITHUB_URL = 8000;

/** GitHub's "create new file" page for `path`, filled with `content` when the URL stays short enough. */
export function githubNewFileUrl(repository: string, branch: string, path: string, content: string): { url: string; withContent: boolean } {
  const base = `${repository.replace(/\/+$/, '')}/new/${branch.split('/').map(encodeURIComponent).join('/')}?filename=${encodeURIComponent(path)}`;
  const full = `${base}&value=${encodeURIComponent(content)}`;
  return full.length <= MAX_GITHUB_URL ? { url: full, withContent: true } : { url: base, withContent: false };
}
