/**
 * The steps after `astro build`, in one pass over the built site (./pass.ts), in this order:
 * 1. the link check: every link and `#fragment` leads somewhere, or the build stops naming file and line;
 * 2. the security headers: each page's CSP trimmed to its own hashes, then `_headers`;
 * 3. the search index: Pagefind's index of the section pages, with the guide's word list and lexicon;
 * 4. offline reading: the worker's list of every file it may keep, with digests (so it comes after the index), and
 *    the worker itself.
 * Each page is read and parsed once; a page unchanged since the last build is only hashed (the page cache).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkCheck } from '../link-check';
import { offline } from '../offline';
import { searchIndex } from '../search-index/step';
import { securityHeaders } from '../security-headers';
import { runPass } from './pass';
import type { PostBuildStep } from './step';

/**
 * The version of the steps' code: a digest of the build steps' sources and the site facts they use, so that the page
 * cache of an older version is never taken for this one's.
 */
function codeVersion(): string {
  const src = fileURLToPath(new URL('../../', import.meta.url));
  const hash = createHash('sha256');
  const sources = readdirSync(join(src, 'integrations'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => join('integrations', file))
    .concat('consts.ts', 'client/offline/offline-manifest.ts')
    .sort();
  for (const file of sources)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(src, file)))
      .update('\0');
  return hash.digest('hex');
}

export default function postBuild(): AstroIntegration {
  let steps: PostBuildStep[] = [];
  let cacheDir: string | undefined;
  return {
    name: 'guide:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('post-build/', config.cacheDir));
        steps = [
          linkCheck({ site: config.site, projectRoot: fileURLToPath(config.root) }),
          securityHeaders({ assetsFolder: config.build.assets }),
          searchIndex(),
          offline(),
        ] as PostBuildStep[];
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Marks (here and in the steps) tell the benchmark's profile where each phase starts.
        performance.mark('guide:pass-start');
        const started = performance.now();
        const { pages, cached } = await runPass(steps, {
          root: fileURLToPath(dir),
          logger,
          cache: cacheDir ? { dir: cacheDir, version: codeVersion() } : undefined,
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${pages} pages through the steps after the build in ${seconds} s (${cached} unchanged).`);
      },
    },
  };
}
