/** The site's Content-Security-Policy, shared by Astro's `<meta>` CSP and the `_headers` file. */
import { createHash } from 'node:crypto';

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
 * The policy for the HTTP header: every directive of the pages' `<meta>` policies (sources merged, hashes kept), plus
 * the directives of `headerOnly` that no page sets, such as `frame-ancestors`, which browsers ignore in a `<meta>`.
 * Astro's hashes are the same on every page; merging still keeps the header right if they ever differ per page.
 */
export function headerPolicy(metaPolicies: readonly string[], headerOnly: string): string {
  const merged = new Map<string, string[]>();
  for (const { name, sources } of metaPolicies.flatMap(parsePolicy)) {
    const known = merged.get(name) ?? [];
    merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
  }
  for (const { name, sources } of parsePolicy(headerOnly)) {
    if (!merged.has(name)) merged.set(name, sources);
  }
  return formatPolicy([...merged].map(([name, sources]) => ({ name, sources })));
}

/** The sources that govern `kind` elements: the `-elem` directive if set, else `script-src`/`style-src`, else `default-src`. */
export function elementSources(policy: string, kind: 'script' | 'style'): string[] {
  const directives = parsePolicy(policy);
  for (const name of [`${kind}-src-elem`, `${kind}-src`, 'default-src']) {
    const directive = directives.find((candidate) => candidate.name === name);
    if (directive) return directive.sources;
  }
  return [];
}

/** The CSP source that allows an inline element with exactly this text, e.g. `'sha256-…='`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources an inline element with this text matches, in each algorithm CSP allows. */
function hashesOf(text: string): string[] {
  return ['sha256', 'sha384', 'sha512'].map(
    (algorithm) => `'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`,
  );
}

/**
 * `policy` without the script and style hashes that match no inline element of the page. Astro lists every hash
 * of the whole site (and of its island runtime, unused here) on every page; the unused ones only cost bytes.
 */
export function pruneUnusedHashes(
  policy: string,
  inline: { scripts: readonly string[]; styles: readonly string[] },
): string {
  const used = { script: new Set(inline.scripts.flatMap(hashesOf)), style: new Set(inline.styles.flatMap(hashesOf)) };
  const pruned = parsePolicy(policy).map(({ name, sources }) => {
    const kind = /^(script|style)-src(-elem)?$/.exec(name)?.[1] as 'script' | 'style' | undefined;
    if (!kind) return { name, sources };
    return { name, sources: sources.filter((source) => !/^'sha(256|384|512)-/.test(source) || used[kind].has(source)) };
  });
  return formatPolicy(pruned);
}
