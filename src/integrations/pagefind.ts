import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { vocabularyFromFragments, type IndexedPage } from '../utils/search-vocabulary';

/** Folder under the site root that holds the search bundle; the client loads `/pagefind/pagefind.js`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** Pagefind marks every decompressed file with this prefix; its client accepts such files unzipped. */
const DECOMPRESSED_SIGNATURE = 'pagefind_dcd';

/** Files our own search UI needs; the stock UIs, the web worker and the language-less WASM are left out. */
function isNeeded(path: string): boolean {
  if (/^pagefind-(ui|component-ui|modular-ui|highlight|worker)\./.test(path)) return false;
  if (path === 'wasm.unknown.pagefind') return false;
  return true;
}

/**
 * Pagefind gzips its index, fragments and WASM. We store them unzipped (with Pagefind's own signature) so the host's
 * brotli compresses them: the first search then transfers about 13 KB less than with the stock gzip files.
 */
function unzipForBrotli(path: string, content: Uint8Array): Uint8Array {
  if (!/\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/.test(path)) return content;
  const raw = gunzipSync(content);
  if (raw.subarray(0, DECOMPRESSED_SIGNATURE.length).toString('latin1') !== DECOMPRESSED_SIGNATURE) {
    throw new Error(`Pagefind file ${path} has no "${DECOMPRESSED_SIGNATURE}" signature after unzipping.`);
  }
  return raw;
}

/** Search covers the home page (the introduction) and the section pages, never the whole guide, search or 404. */
function isSectionUrl(url: string): boolean {
  return url === '/' || (/^\/[a-z0-9-]+\/$/.test(url) && !['/guide/', '/search/', '/404/'].includes(url));
}

/** Builds the Pagefind index of the section pages when `astro build` finishes; any indexing error fails the build. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, SEARCH_BUNDLE_DIR);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Once any page has `data-pagefind-body`, Pagefind skips pages without it (/guide/, /search/, 404).
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const { files, errors: fileErrors } = await index.getFiles();
          if (fileErrors.length) throw new Error(`Pagefind could not build the index: ${fileErrors.join('; ')}`);

          await rm(outputPath, { recursive: true, force: true });
          const fragments: Uint8Array[] = [];
          for (const file of files) {
            if (!isNeeded(file.path)) continue;
            const content = unzipForBrotli(file.path, file.content);
            if (file.path.endsWith('.pf_fragment')) fragments.push(content.subarray(DECOMPRESSED_SIGNATURE.length));
            const target = join(outputPath, file.path);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, content);
          }
          if (fragments.length === 0) throw new Error('Pagefind indexed no pages: is `data-pagefind-body` missing?');
          const records = fragments.map((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as IndexedPage);
          const stray = records.filter((record) => !isSectionUrl(record.url)).map((record) => record.url);
          if (stray.length) throw new Error(`Pages that must stay out of search were indexed: ${stray.join(', ')}`);
          const vocabulary = vocabularyFromFragments(records);
          await writeFile(join(outputPath, 'vocabulary.json'), JSON.stringify(vocabulary));
          logger.info(`Indexed ${fragments.length} pages, ${vocabulary.length} words for "did you mean".`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
