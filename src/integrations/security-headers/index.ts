/**
 * Security headers in the built site. Each page's CSP `<meta>` keeps only the hashes of its own inline code and moves
 * to the top of `<head>`, right after the charset, so it governs everything after it; `dist/_headers` gets the
 * headers of src/integrations/security-headers/policy.ts, with a policy that joins the pages' policies.
 */
import type { DistPage } from '../built-site/dist-pages';
import type { PostBuildStep } from '../post-build/step';
import { headerPolicy, pruneUnusedHashes } from './csp';
import { formatHeadersFile, type HeaderRule } from './headers-file';
import { HEADER_ONLY_DIRECTIVES, RESPONSE_HEADERS, cacheRules } from './policy';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page's HTML with its CSP `<meta>` trimmed to the hashes it uses and placed right after `<meta charset>`. */
export function withTrimmedPolicy(html: string, page: DistPage): { html: string; policy: string } {
  if (!page.cspRange || page.charsetEnd === undefined)
    throw new Error(`${page.file}: no CSP <meta> or <meta charset> to place it after`);
  const policy = pruneUnusedHashes(page.csp, { scripts: page.inlineScripts, styles: page.inlineStyles });
  const meta = `<meta http-equiv="content-security-policy" content="${escapeAttribute(policy)}">`;
  const [start, end] = page.cspRange;
  // The offsets are those of the page as Astro wrote it: no step may change a page before this one.
  if (!html.startsWith('<meta', start)) throw new Error(`${page.file}: the CSP <meta> is not where the page had it`);
  const without = html.slice(0, start) + html.slice(end);
  const at = page.charsetEnd < start ? page.charsetEnd : page.charsetEnd - (end - start);
  return { html: without.slice(0, at) + meta + without.slice(at), policy };
}

/**
 * The `_headers` rules: the security headers for every path under `base` (the folder the site is published under),
 * then the cache rules (Astro's files in `assetsFolder`).
 */
export function headerRules(pagePolicies: readonly string[], assetsFolder: string, base = '/'): HeaderRule[] {
  return [
    {
      pattern: `${base}*`,
      headers: [
        ['Content-Security-Policy', headerPolicy(pagePolicies, HEADER_ONLY_DIRECTIVES)],
        ...Object.entries(RESPONSE_HEADERS),
      ],
    },
    ...cacheRules(assetsFolder, base).map(({ pattern, cacheControl }) => ({
      pattern,
      headers: [['Cache-Control', cacheControl]] as [string, string][],
    })),
  ];
}

/** What the step keeps of a page: its trimmed policy, or null for a page without one (a redirect stub). */
export interface HeadersNote {
  policy: string | null;
}

/**
 * The step after the build that trims each page's CSP and, once every page is read, writes `_headers` for a site
 * whose bundled files are in `assetsFolder` (Astro's `build.assets`), published under `base` (Astro's `base`).
 */
export function securityHeaders(options: { assetsFolder: string; base?: string }): PostBuildStep<HeadersNote> {
  const policies = new Set<string>();
  let trimmed = 0;
  return {
    name: 'security-headers',
    read({ html, facts }) {
      if (!facts.csp) return { note: { policy: null } };
      const page = withTrimmedPolicy(html, facts);
      return { note: { policy: page.policy }, html: page.html };
    },
    take(_page, { policy }) {
      if (policy === null) return;
      policies.add(policy);
      trimmed++;
    },
    async finish({ writeFile, logger }) {
      const comment = [
        'HTTP response headers for static hosts that read a _headers file (Netlify, Cloudflare Pages and others).',
        'Written by the build from src/integrations/security-headers/policy.ts: edit that file, not this one.',
      ].join('\n');
      const rules = headerRules([...policies], options.assetsFolder, options.base);
      await writeFile('_headers', new TextEncoder().encode(formatHeadersFile(rules, comment)));
      logger.info(`Trimmed the CSP of ${trimmed} pages and wrote _headers.`);
    },
  };
}
