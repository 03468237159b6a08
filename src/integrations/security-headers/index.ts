/**
 * Security headers in the built site. Each page's CSP `<meta>` keeps only the hashes of its own inline code and moves
 * to the top of `<head>`, right after the charset, so it governs everything after it; `dist/_headers` gets the
 * headers of src/integrations/security-headers/policy.ts, with a policy that joins the pages' policies.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readSite } from '../built-site/dist-files';
import type { DistPage } from '../built-site/dist-pages';
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
  const without = html.slice(0, start) + html.slice(end);
  const at = page.charsetEnd < start ? page.charsetEnd : page.charsetEnd - (end - start);
  return { html: without.slice(0, at) + meta + without.slice(at), policy };
}

/** The `_headers` rules: the security headers for every path, then the cache rules (Astro's files in `assetsFolder`). */
export function headerRules(pagePolicies: readonly string[], assetsFolder: string): HeaderRule[] {
  return [
    {
      pattern: '/*',
      headers: [
        ['Content-Security-Policy', headerPolicy(pagePolicies, HEADER_ONLY_DIRECTIVES)],
        ...Object.entries(RESPONSE_HEADERS),
      ],
    },
    ...cacheRules(assetsFolder).map(({ pattern, cacheControl }) => ({
      pattern,
      headers: [['Cache-Control', cacheControl]] as [string, string][],
    })),
  ];
}

export default function securityHeaders(): AstroIntegration {
  let assetsFolder: string | undefined;
  return {
    name: 'guide:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        assetsFolder = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (assetsFolder === undefined) throw new Error('security headers: astro:config:done has not run');
        const root = fileURLToPath(dir);
        const { pages } = await readSite(root);
        const policies: string[] = [];
        for (const page of pages.filter((candidate) => candidate.csp)) {
          const file = join(root, page.file);
          const { html, policy } = withTrimmedPolicy(await readFile(file, 'utf8'), page);
          await writeFile(file, html);
          policies.push(policy);
        }
        const comment = [
          'HTTP response headers for static hosts that read a _headers file (Netlify, Cloudflare Pages and others).',
          'Written by the build from src/integrations/security-headers/policy.ts: edit that file, not this one.',
        ].join('\n');
        await writeFile(join(root, '_headers'), formatHeadersFile(headerRules(policies, assetsFolder), comment));
        logger.info(`Trimmed the CSP of ${policies.length} pages and wrote _headers.`);
      },
    },
  };
}
