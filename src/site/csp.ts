// The site's Content-Security-Policy, in one place: astro.config.ts gives it to Astro's security.csp
// (which writes it as a meta tag into every page, adding hashes of what it could inline) and
// scripts/nginx-headers.ts writes the same policy as an HTTP header for the nginx configuration
// (deploy/nginx/), so the page and the server cannot disagree.

/** Directives other than script-src and style-src, as Astro's `security.csp.directives` takes them. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self' https://github.com",
] as const;

/** Pagefind compiles its WebAssembly search engine in the page. */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_RESOURCES = ["'self'"] as const;

/** What a meta tag cannot carry (CSP 3, §6.1): only a response header can forbid framing by other sites. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'self'"] as const;

/**
 * The policy as an HTTP header. It leaves out the hash sources Astro adds to the meta tag: they name
 * scripts Astro could have inlined, and no built page inlines any (test/unit/csp.test.ts), so they allow
 * nothing, while a header listing them would have to be rewritten whenever any script of the site changes.
 */
export function cspHeader(): string {
  return [...CSP_DIRECTIVES, `script-src ${SCRIPT_RESOURCES.join(' ')}`, `style-src ${STYLE_RESOURCES.join(' ')}`, ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** A policy as directive name → sources, hash sources dropped: how a header and a meta tag are compared. */
export function policyWithoutHashes(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name, sources.filter((s) => !/^'sha(256|384|512)-/.test(s)));
  }
  return out;
}
