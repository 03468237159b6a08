/**
 * The steps after `astro build`, in one pass over the built site (./pass.ts), in this order:
 * 1. the link check: every link and `#fragment` leads somewhere, or the build stops naming file and line;
 * 2. the security headers: each page's CSP trimmed to its own hashes, then `_headers`;
 * 3. the search index: Pagefind's index of the section pages, with the guide's word list and lexicon;
 * 4. offline reading: the worker's list of every file it may keep, with digests (so it comes after the index), and
 *    the worker itself;
 * 5. the host recipes: `_redirects`, `vercel.json` and an nginx server block, from `_headers` and the former addresses.
 * Each page is read and parsed once; a page unchanged since the last build is only hashed (the page cache).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hostRecipes } from '../host-recipes';
import { linkCheck } from '../link-check';
import { offline } from '../offline';
import { GUIDE_LEXICON_FILE } from '../search-index/meaning/lexicon-files';
import { GUIDE_WORDS_FILE } from '../search-index/meaning/word-store';
import { searchIndex } from '../search-index/step';
import { securityHeaders } from '../security-headers';
import { sourceDigest } from '../source-digest';
import { passLine, runPass } from './pass';
import type { PostBuildStep } from './step';

/** Netlify's own builds set NETLIFY: their redirects must be forced past the fallback pages. */
const forNetlify = () => process.env['NETLIFY'] === 'true';

export default function postBuild(): AstroIntegration {
  let config: { site?: string; base: string; assetsFolder: string; projectRoot: string; cacheDir: string } | undefined;
  /**
   * The version of the steps' caches: what their results depend on besides the pages, namely the steps' code (every
   * file and package it reaches) and the options the build gives them.
   */
  let version: Promise<string> | undefined;
  return {
    name: 'guide:post-build',
    hooks: {
      'astro:config:done': ({ config: astro }) => {
        config = {
          site: astro.site,
          // The folder the site is published under, with a slash at each end: the steps write addresses under it.
          base: `/${astro.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/'),
          assetsFolder: astro.build.assets,
          projectRoot: fileURLToPath(astro.root),
          cacheDir: fileURLToPath(new URL('post-build/', astro.cacheDir)),
        };
      },
      // Worked out while the pages build.
      'astro:build:start': () => {
        // The committed lexicon files are data the lexicon keys on itself (the pages' steps do not depend on them).
        version = sourceDigest(
          [new URL('./index.ts', import.meta.url)],
          { site: config!.site, base: config!.base, assetsFolder: config!.assetsFolder, netlify: forNetlify() },
          [GUIDE_WORDS_FILE, GUIDE_LEXICON_FILE],
        );
        version.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Marks (here and in the steps) tell the benchmark's profile where each phase starts.
        performance.mark('guide:pass-start');
        const started = performance.now();
        const { site, base, assetsFolder, projectRoot, cacheDir } = config!;
        const cache = { dir: cacheDir, version: await version! };
        const steps = [
          linkCheck({ site, base, projectRoot }),
          securityHeaders({ assetsFolder, base }),
          searchIndex({ cache, base }),
          offline({ cache, base }),
          hostRecipes({ base, forNetlify: forNetlify() }),
        ] as PostBuildStep[];
        const summary = await runPass(steps, { root: fileURLToPath(dir), logger, cache });
        logger.info(passLine(summary, ((performance.now() - started) / 1000).toFixed(1)));
      },
    },
  };
}
