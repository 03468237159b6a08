/**
 * The search index: Pagefind indexes the section pages when `astro build` finishes (any indexing error fails the
 * build), and under `astro dev` the dev server indexes what it renders, so search works there as after a build.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PATHS } from '../../consts';
import { searchBundle } from './bundle';
import { serveSearchInDev } from './dev-server';

export default function searchIndex(): AstroIntegration {
  let devOrigin: string | undefined;
  return {
    name: 'guide:search-index',
    hooks: {
      'astro:server:start': ({ address }) => {
        devOrigin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
      },
      'astro:server:setup': ({ server, logger }) => serveSearchInDev(server, () => devOrigin, logger),
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = join(site, PATHS.searchBundle);
        // Once any page has `data-pagefind-body`, Pagefind skips pages without it (/guide/, /search/, 404).
        const { files, pages, words, widened, shards } = await searchBundle(
          async (index) => (await index.addDirectory({ path: site })).errors,
        );
        await rm(output, { recursive: true, force: true });
        for (const [path, content] of files) {
          await mkdir(dirname(join(output, path)), { recursive: true });
          await writeFile(join(output, path), content);
        }
        logger.info(
          `Indexed ${pages} pages: ${words} words for "did you mean"; ${widened} readers' words and phrases widened to the guide's, in ${shards} lexicon shards.`,
        );
      },
    },
  };
}
