/** Search under `astro dev`: an index of the pages the dev server renders, served from memory. */
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { ROUTES } from '../../consts.ts';
import { servedAs } from '../built-site/content-types.ts';
import { pagefindRecords, searchBundle } from './bundle.ts';

/**
 * Every page of a running site under `base` reachable by links from its home page, as [path in the site, HTML]: the
 * path as Pagefind indexes it (`/self-care/`), without the base, which its client adds.
 */
export async function crawl(origin: string, limit = 5000, base = '/'): Promise<[string, string][]> {
  const seen = new Set<string>([base]);
  const queue: string[] = [base];
  const pages: [string, string][] = [];
  while (queue.length && pages.length < limit) {
    const path = queue.shift()!;
    const response = await fetch(new URL(path, origin));
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) continue;
    const html = await response.text();
    pages.push([path.slice(base.length - 1), html]);
    for (const [, href] of html.matchAll(/\shref="(\/[^"#?]*)/g)) {
      // Pages only: folders like /self-care/, never files such as /favicon.svg or /og/x.png.
      if (href?.startsWith(base) && href.endsWith('/') && !seen.has(href)) {
        seen.add(href);
        queue.push(href);
      }
    }
  }
  return pages;
}

/**
 * Serves the search bundle at its usual address from the dev server. The index is built from the dev server's own
 * pages on the first search, and again on the first search after any file changes.
 */
export function serveSearchInDev(
  server: ViteDevServer,
  origin: () => string | undefined,
  logger: AstroIntegrationLogger,
  base = '/',
): void {
  let bundle: Promise<Map<string, Uint8Array>> | undefined;
  // Files of earlier indexes stay served: a page that loaded the old search file still finds its shards.
  const served = new Map<string, Uint8Array>();
  const reindex = (site: string) =>
    pagefindRecords(async (index) => {
      const errors: string[] = [];
      for (const [url, content] of await crawl(site, undefined, base))
        errors.push(...(await index.addHTMLFile({ url, content })).errors);
      return errors;
    })
      .then((records) => searchBundle(records, undefined, base))
      .then(({ files, pages, words }) => {
        for (const [path, content] of files) served.set(path, content);
        logger.info(`Indexed ${pages} pages of the dev server (${words} distinct words).`);
        return files;
      });
  server.watcher.on('change', () => (bundle = undefined));
  // Astro's dev server takes the base off an address before this middleware sees it.
  server.middlewares.use(`/${ROUTES.searchBundle}`, (request, response, next) => {
    void (async () => {
      const site = origin();
      if (!site) return next();
      bundle ??= reindex(site);
      const files = await bundle.catch((error: Error) => {
        logger.error(`Search index: ${error.message}`);
        bundle = undefined;
        return undefined;
      });
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname).replace(/^\//, '');
      const content = files?.get(path) ?? served.get(path);
      if (!content) return next();
      response.writeHead(200, { 'content-type': servedAs(path).type, 'cache-control': 'no-store' }).end(content);
    })();
  });
}
