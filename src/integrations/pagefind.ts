import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { vocabularyFromFragments, type IndexedPage } from '../utils/search-vocabulary';

/** Folder under the site root that holds the search bundle; the client loads `/pagefind/pagefind.js`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** Pagefind starts every decompressed index file with this marker; a fragment's JSON follows it. */
const DECOMPRESSED_SIGNATURE = 'pagefind_dcd';

/** Files our own search UI needs; the stock UIs, the web worker and the language-less WASM are left out. */
function isNeeded(path: string): boolean {
  if (/^pagefind-(ui|component-ui|modular-ui|highlight|worker)\./.test(path)) return false;
  if (path === 'wasm.unknown.pagefind') return false;
  return true;
}

/**
 * The JSON record of one indexed page, read from a fragment file as Pagefind writes it (gzip, marker, JSON). The
 * files themselves are published as Pagefind writes them: gzip works the same on every host, while plain files
 * would only be small on hosts that compress `application/octet-stream`.
 */
function fragmentRecord(path: string, content: Uint8Array): IndexedPage {
  const raw = gunzipSync(content);
  if (raw.subarray(0, DECOMPRESSED_SIGNATURE.length).toString('latin1') !== DECOMPRESSED_SIGNATURE) {
    throw new Error(`Pagefind fragment ${path} does not start with "${DECOMPRESSED_SIGNATURE}" once unzipped.`);
  }
  return JSON.parse(raw.subarray(DECOMPRESSED_SIGNATURE.length).toString('utf8')) as IndexedPage;
}

/** Search covers the home page (the introduction) and the section pages, never the whole guide, search or 404. */
function isSectionUrl(url: string): boolean {
  return url === '/' || (/^\/[a-z0-9-]+\/$/.test(url) && !['/guide/', '/search/', '/404/'].includes(url));
}

/**
 * The search bundle for the pages `addPages` puts into a fresh Pagefind index: the files our client loads, by path
 * inside the bundle folder, plus `vocabulary.json` for "Did you mean". Throws on any indexing error, on an empty
 * index, and when a page that must stay out of search was indexed.
 */
async function searchBundle(addPages: (index: PagefindIndex) => Promise<string[]>): Promise<{ files: Map<string, Uint8Array>; pages: number; words: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const addErrors = await addPages(index);
    if (addErrors.length) throw new Error(`Pagefind could not index the site: ${addErrors.join('; ')}`);
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(`Pagefind could not build the index: ${fileErrors.join('; ')}`);
    const bundle = new Map<string, Uint8Array>();
    const records: IndexedPage[] = [];
    for (const file of files) {
      if (!isNeeded(file.path)) continue;
      if (file.path.endsWith('.pf_fragment')) records.push(fragmentRecord(file.path, file.content));
      bundle.set(file.path, file.content);
    }
    if (records.length === 0) throw new Error('Pagefind indexed no pages: is `data-pagefind-body` missing?');
    const stray = records.filter((record) => !isSectionUrl(record.url)).map((record) => record.url);
    if (stray.length) throw new Error(`Pages that must stay out of search were indexed: ${stray.join(', ')}`);
    const vocabulary = vocabularyFromFragments(records);
    bundle.set('vocabulary.json', new TextEncoder().encode(JSON.stringify(vocabulary)));
    return { files: bundle, pages: records.length, words: vocabulary.length };
  } finally {
    await pagefind.close();
  }
}

/** Every page of the running dev server reachable by links from its home page, as [address, HTML]. */
async function crawl(origin: string, limit = 5000): Promise<[string, string][]> {
  const seen = new Set(['/']);
  const queue = ['/'];
  const pages: [string, string][] = [];
  while (queue.length && pages.length < limit) {
    const path = queue.shift()!;
    const response = await fetch(new URL(path, origin));
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) continue;
    const html = await response.text();
    pages.push([path, html]);
    for (const [, href] of html.matchAll(/\shref="(\/[^"#?]*)/g)) {
      // Pages only: folders like /self-care/, never files such as /favicon.svg or /og/x.png.
      if (href && href.endsWith('/') && !seen.has(href)) {
        seen.add(href);
        queue.push(href);
      }
    }
  }
  return pages;
}

/**
 * Builds the Pagefind index of the section pages when `astro build` finishes; any indexing error fails the build.
 * Under `astro dev` it indexes the pages the dev server renders and serves the bundle from memory, so search works
 * there as readers will see it after a build; an edit to the content re-indexes on the next search.
 */
export default function pagefindIndex(): AstroIntegration {
  // The dev server's own address, known once it listens; the dev index is built by reading its pages.
  let origin: string | undefined;
  return {
    name: 'guide:pagefind',
    hooks: {
      'astro:server:start': ({ address }) => {
        origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
      },
      'astro:server:setup': ({ server, logger }) => {
        let bundle: Promise<Map<string, Uint8Array>> | undefined;
        // Files of earlier indexes stay served: a page that loaded the old entry file still finds its chunks.
        const served = new Map<string, Uint8Array>();
        const reindex = () => {
          bundle = searchBundle(async (index) => {
            const pages = await crawl(origin!);
            const errors: string[] = [];
            for (const [url, content] of pages) errors.push(...(await index.addHTMLFile({ url, content })).errors);
            return errors;
          }).then(({ files, pages, words }) => {
            for (const [path, content] of files) served.set(path, content);
            logger.info(`Indexed ${pages} pages of the dev server, ${words} words for "did you mean".`);
            return files;
          });
          bundle.catch((error: Error) => logger.error(`Search index: ${error.message}`));
        };
        server.watcher.on('change', () => (bundle = undefined));
        server.middlewares.use(`/${SEARCH_BUNDLE_DIR}/`, (request, response, next) => {
          void (async () => {
            if (!origin) return next();
            if (!bundle) reindex();
            const files = await bundle!.catch(() => undefined);
            const path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname).replace(/^\//, '');
            const content = files?.get(path) ?? served.get(path);
            if (!content) return next();
            const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.json') ? 'application/json' : 'application/octet-stream';
            response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(content);
          })();
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, SEARCH_BUNDLE_DIR);
        // Once any page has `data-pagefind-body`, Pagefind skips pages without it (/guide/, /search/, 404).
        const { files, pages, words } = await searchBundle(async (index) => (await index.addDirectory({ path: site })).errors);
        await rm(outputPath, { recursive: true, force: true });
        for (const [path, content] of files) {
          const target = join(outputPath, path);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, content);
        }
        logger.info(`Indexed ${pages} pages, ${words} words for "did you mean".`);
      },
    },
  };
}
