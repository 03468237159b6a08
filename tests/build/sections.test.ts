// The pages the build takes for the guide's sections are exactly its sections: one page per section file, marked as a
// section by its template (DistPage.isSection, the one place the steps after the build tell), and those are the pages
// search covers and the saved copy counts. A template that marked another page (the whole guide, say) fails here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTES, SEARCH_FILE } from '../../src/consts';
import { contentDir } from '../../src/content/content-dir';
import { sectionPath } from '../../src/content/sections';
import type { OfflineManifest } from '../../src/offline/manifest';
import { parseSearchData } from '../../src/search/search-data';
import { readBuiltSite } from '../support/built-pages';
import { distDir } from '../support/dist';

if (!existsSync(join(distDir, 'index.html')))
  throw new Error(`${distDir} has no built site: run \`npm run build\` first`);
const { files, pages } = await readBuiltSite(distDir);
const read = (file: string) => readFileSync(join(distDir, file), 'utf8');

/** Each section file's page, by its address. */
const sectionPages = readdirSync(join(contentDir, 'sections'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => sectionPath(name.slice(0, -'.mdx'.length)))
  .sort();

describe("the guide's sections", () => {
  it('are the pages marked as sections, one for each section file', () => {
    expect(
      pages
        .filter((page) => page.isSection)
        .map((page) => page.url)
        .sort(),
    ).toEqual(sectionPages);
  });

  it('are the pages search covers', () => {
    const search = parseSearchData(JSON.parse(read(`${ROUTES.searchBundle}${SEARCH_FILE}`)) as unknown);
    expect(search.pages.map((page) => page.url).sort()).toEqual(sectionPages);
  });

  it('are what the saved copy counts as sections', () => {
    const manifest = [...files].find((file) => /^sw-[0-9a-f]+\.json$/.test(file))!;
    expect((JSON.parse(read(manifest)) as OfflineManifest).sections).toBe(sectionPages.length);
  });
});
