/** The site's Content-Security-Policy, shared by Astro's `<meta>` CSP and the `_headers` file. */

/**
 * Directives every page gets besides `script-src`/`style-src` (Astro writes those itself, with hashes).
 * Nothing may come from another origin; images may be inline `data:` URLs (SVG icons in CSS).
 */
export const META_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Script sources besides Astro's hashes: our own files, plus WebAssembly compilation for Pagefind search. */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Style sources besides Astro's hashes: our own stylesheets only. */
export const STYLE_RESOURCES = ["'self'"] as const;

/** Directives a `<meta>` CSP cannot carry (browsers ignore them there), so only the HTTP header sends them. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** One CSP directive split into its name and its sources. */
export interface Directive {
  name: string;
  sources: string[];
}

/** Parses a policy string (`a x y; b z`) into directives in order; empty parts are dropped. */
export function parsePolicy(policy: string): Directive[] {
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/).filter(Boolean))
    .filter((tokens) => tokens.length > 0)
    .map(([name, ...sources]) => ({ name: name!.toLowerCase(), sources }));
}

/** Formats directives back into one policy string. */
export function formatPolicy(directives: readonly Directive[]): string {
  return directives.map(({ name, sources }) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The policy for the HTTP header: the given `<meta>` policy plus the header-only directives.
 * Hashes stay as they are: they match inline elements, and a page without them simply never uses them.
 */
export function headerPolicy(metaPolicy: string): string {
  const header = parsePolicy(metaPolicy);
  for (const directive of parsePolicy(HEADER_ONLY_DIRECTIVES.join('; '))) {
    if (!header.some(({ name }) => name === directive.name)) header.push(directive);
  }
  return formatPolicy(header);
}
