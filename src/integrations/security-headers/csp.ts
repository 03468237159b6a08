/** Reading, merging and trimming Content-Security-Policy strings. */
import { createHash } from 'node:crypto';
import type { Directives } from './policy';

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
 * the `headerOnly` directives that no page sets, such as `frame-ancestors`, which browsers ignore in a `<meta>`.
 */
export function headerPolicy(metaPolicies: readonly string[], headerOnly: Directives): string {
  const merged = new Map<string, string[]>();
  for (const { name, sources } of metaPolicies.flatMap(parsePolicy)) {
    const known = merged.get(name) ?? [];
    merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
  }
  for (const [name, sources] of Object.entries(headerOnly)) if (!merged.has(name)) merged.set(name, [...sources]);
  return formatPolicy([...merged].map(([name, sources]) => ({ name, sources })));
}

/** The hash algorithms CSP allows for inline code. */
type HashAlgorithm = 'sha256' | 'sha384' | 'sha512';

/** The CSP hash of an inline script or style with exactly this text, e.g. `sha256-…=` (quoted in a policy). */
export function hashSource(text: string, algorithm: HashAlgorithm): `${HashAlgorithm}-${string}` {
  return `${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}`;
}

/** The hash sources an inline element with this text matches, in each algorithm CSP allows, as a policy quotes them. */
function hashesOf(text: string): string[] {
  return (['sha256', 'sha384', 'sha512'] as const).map((algorithm) => `'${hashSource(text, algorithm)}'`);
}

/**
 * `policy` without the script and style hashes that match no inline element of the page. Astro lists every hash of
 * the whole site (and of its island runtime, unused here) on every page; the unused ones only cost bytes.
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
