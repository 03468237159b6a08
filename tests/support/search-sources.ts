/**
 * Search sources for tests and scripts, read from files rather than fetched: a built site's search bundle, or a bundle
 * made in memory from the snapshot of the guide in tests/fixtures/search-guide/ (so that judging search never depends
 * on content/). The same sources code as the browser's (src/client/search/sources.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PATHS, SEARCH_FILE } from '../../src/consts.ts';
import { bundleSources } from '../../src/client/search/sources.ts';
import { bundleOf } from '../../src/integrations/search-index/bundle.ts';
import type { GuidePage } from '../../src/search/search-data.ts';
import type { SearchSources } from '../../src/search/search.ts';

/** Search sources reading the search bundle of the site built in `distDir`. */
export function builtSearchSources(distDir: string): SearchSources {
  const bundle = join(distDir, PATHS.searchBundle);
  return bundleSources(async (name) => JSON.parse(await readFile(join(bundle, name), 'utf8')) as unknown, SEARCH_FILE);
}

/** The snapshot of the guide that search is judged and fitted on. */
export const SNAPSHOT_FILE = new URL('../fixtures/search-guide/pages.json', import.meta.url);

let snapshot: Promise<SearchSources> | undefined;

/** Search sources over a bundle built in memory from the snapshot (the lexicon built here, once). */
export function snapshotSearchSources(): Promise<SearchSources> {
  snapshot ??= (async () => {
    const pages = JSON.parse(await readFile(SNAPSHOT_FILE, 'utf8')) as GuidePage[];
    const { files } = await bundleOf(pages);
    return bundleSources(async (name) => {
      const bytes = files.get(name);
      if (!bytes) throw new Error(`No ${name} in the snapshot's search bundle.`);
      return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    }, SEARCH_FILE);
  })();
  return snapshot;
}
