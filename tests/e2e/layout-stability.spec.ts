/**
 * Nothing moves while a page loads (CLS 0), however late its scripts, its stored state or its voices arrive: each page
 * is loaded as on a slow phone and watched from before its first paint until everything it does on load is done.
 */
import { expect, test, type Page } from '@playwright/test';
import { PATHS } from '../../src/consts';
import { scrollSettled } from './support/settle';
import { stubSpeech } from './support/speech-stub';
import { EVERY_SCREEN } from './support/screens';
import { LONGEST_SECTION_PATH, SECTION_PATHS } from './support/pages';
import { isStopWord, pageWords, parts } from '../../src/search/text';
import { distDir } from '../support/dist';
import { builtSearchSources } from '../support/search-sources';
import { commonWord } from '../support/search-words';

// With the offline copy's worker: the save control, which appears once it knows what is saved, must not move things.
test.use({ serviceWorkers: 'allow' });

declare global {
  interface Window {
    /** The layout shifts the page has had so far, recorded from before its first paint (see recordShifts). */
    __layoutShifts(): { value: number; sources: string[] }[];
  }
}

/**
 * Records every layout shift of the page from before its first paint: an observer installed before anything loads,
 * so that no shift can come before it or after a window it watches. Shifts the reader caused (typing, clicking) are
 * left out, as CLS leaves them out.
 */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] };
    const shifts: Shift[] = [];
    const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as Shift[])));
    observer.observe({ type: 'layout-shift', buffered: true });
    window.__layoutShifts = () => {
      shifts.push(...(observer.takeRecords() as Shift[]));
      return shifts
        .filter((shift) => !shift.hadRecentInput)
        .map((shift) => ({
          value: shift.value,
          sources: (shift.sources ?? []).map(
            (source) => (source.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?',
          ),
        }));
    };
  });
}

/**
 * The layout shifts of the page once everything it does while loading is done: it is ready (`ready`), still, and
 * whatever it set to happen later has happened (the page's clock, installed before it loaded, is run ten seconds on at
 * once); then a frame is drawn, which reports any shift still on its way.
 */
async function shiftsWhenLoaded(page: Page): Promise<string[]> {
  await scrollSettled(page);
  await page.clock.runFor(10_000);
  await page.screenshot({ clip: { x: 0, y: 0, width: 1, height: 1 } });
  const shifts = await page.evaluate(() => window.__layoutShifts());
  return shifts.map(({ value, sources }) => `${value.toFixed(4)}: ${sources.join(' | ')}`);
}

/** Words of the built guide to search for: one on the most pages (many results), and one no page has. */
const { pages: searchPages } = await builtSearchSources(distDir).data();
const COMMON_WORD = commonWord(searchPages);
/** A word of the first section page's title, to open it as from a search result, highlighted. */
const HIGHLIGHT = (() => {
  const first = searchPages.find(({ url }) => url === SECTION_PATHS[0])!;
  return pageWords(first.title)
    .flatMap(parts)
    .find((word) => word.length > 3 && !isStopWord(word))!;
})();

/** Resolves once the search page lists as many results for `query` as its status sentence says are shown. */
async function allResults(page: Page, query: string): Promise<void> {
  const status = page.locator('search-page').getByRole('status');
  await expect(status).toContainText(`for “${query}”`);
  const sentence = (await status.textContent()) ?? '';
  const shown = Number((/best (\d+) are shown/.exec(sentence) ?? /(\d+) results? for/.exec(sentence))![1]);
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link')).toHaveCount(shown);
}

/**
 * Each page is measured once its scripts have done everything they do on load. The section pages share a template,
 * and the search page's states are one page: at desktop size the templates run (`everyScreen`), at phone size all.
 */
const PAGES: { path: string; everyScreen: boolean; ready: (page: Page) => Promise<void> }[] = [
  {
    path: PATHS.home,
    everyScreen: true,
    ready: (page) => expect(page.locator('share-link button').first()).toBeVisible(),
  },
  {
    path: LONGEST_SECTION_PATH,
    everyScreen: true,
    ready: (page) => expect(page.locator('share-link button').first()).toBeVisible(),
  },
  {
    path: PATHS.wholeGuide,
    everyScreen: true,
    ready: (page) => expect(page.locator('share-link button').first()).toBeVisible(),
  },
  {
    // No query: the note that search needs JavaScript must not take room and then give it back.
    path: PATHS.search,
    everyScreen: true,
    ready: (page) => expect(page.locator('search-page [data-no-script]')).toHaveAttribute('hidden', ''),
  },
  {
    // Many results: more than a screen of them arrives after the first paint.
    path: `${PATHS.search}?q=${COMMON_WORD}`,
    everyScreen: false,
    ready: (page) => allResults(page, COMMON_WORD),
  },
  {
    path: `${PATHS.search}?q=xylophone`,
    everyScreen: false,
    ready: (page) => expect(page.locator('search-page').getByRole('status')).toContainText('No results'),
  },
  {
    // The offline page shows its list once it knows which pages are saved.
    path: PATHS.offline,
    everyScreen: true,
    ready: (page) =>
      expect(page.locator('offline-pages').locator('li:visible, [data-none]:visible').first()).toBeVisible(),
  },
  {
    // Opened from a search result: the matched words are highlighted and the bar to clear them appears.
    path: `${SECTION_PATHS[0]}?highlight=${HIGHLIGHT}`,
    everyScreen: false,
    ready: (page) => expect(page.getByRole('button', { name: 'Clear highlights' })).toBeVisible(),
  },
];

/** Loads as on a slow phone: scripts arrive well after the first paint, so whatever they change is seen. */
async function slowScripts(page: Page): Promise<void> {
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
}

for (const { path, everyScreen, ready } of PAGES) {
  test(`nothing moves on ${path} while it loads (CLS 0)`, everyScreen ? EVERY_SCREEN : {}, async ({ page }) => {
    await slowScripts(page);
    // What is kept on the device (the offline copy) is known late too.
    await page.addInitScript(() => {
      const keys = caches.keys.bind(caches);
      caches.keys = () => new Promise((resolve) => setTimeout(resolve, 400)).then(keys);
    });
    await recordShifts(page);
    await page.clock.install();
    await page.goto(path);
    await ready(page);
    expect(await shiftsWhenLoaded(page)).toEqual([]);
  });
}

test(
  'the header keeps its size when the script swaps the search form for its button',
  EVERY_SCREEN,
  async ({ browser, page, baseURL }) => {
    const searchBox = (on: Page) => on.locator('site-search > :visible').first().boundingBox();
    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: page.viewportSize() });
    const staticPage = await noScript.newPage();
    await staticPage.goto(new URL(SECTION_PATHS[0]!, baseURL).href);
    const before = await searchBox(staticPage);
    await noScript.close();
    await page.goto(SECTION_PATHS[0]!);
    await expect(page.locator('site-search > button')).toBeVisible();
    expect(await searchBox(page)).toEqual(before);
  },
);

for (const path of [LONGEST_SECTION_PATH, PATHS.wholeGuide]) {
  test(
    `nothing moves on ${path} with larger text and wider spacing kept, and Listen offered late (CLS 0)`,
    EVERY_SCREEN,
    async ({ page }) => {
      await slowScripts(page);
      await page.addInitScript(() => localStorage.setItem('text-settings', 'larger spaced'));
      // A device whose voices are listed late, as Chromium lists them: Listen appears after the first paint.
      await stubSpeech(page);
      await recordShifts(page);
      await page.clock.install();
      await page.goto(path);
      await expect(page.locator('reading-tools').getByRole('button', { name: 'Listen' })).toBeVisible();
      await expect(page.locator('share-link button').first()).toBeVisible();
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
      expect(await shiftsWhenLoaded(page)).toEqual([]);
    },
  );
}
