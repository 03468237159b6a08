import { expect, test, type Page } from '@playwright/test';
import { scrollSettled } from './support/settle';
import { stubSpeech } from './support/speech-stub';

/**
 * The page's cumulative layout shift so far, from the browser's own layout-shift entries (buffered from the first
 * paint), leaving out shifts the reader caused (typing, clicking), as CLS does.
 */
async function layoutShift(page: Page): Promise<{ total: number; shifts: string[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] };
        const report = (all: PerformanceEntryList) => {
          const entries = (all as Shift[]).filter((entry) => !entry.hadRecentInput);
          resolve({
            total: entries.reduce((sum, entry) => sum + entry.value, 0),
            shifts: entries.map(
              (entry) =>
                `${entry.value.toFixed(4)}: ${(entry.sources ?? [])
                  .map((source) => (source.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?')
                  .join(' | ')}`,
            ),
          });
        };
        // Two frames after the last change, so that a shift caused by it has been reported. Layout shifts are not in
        // the performance timeline (getEntriesByType lists none): only an observer with `buffered` sees them.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const observer = new PerformanceObserver((list) => {
              observer.disconnect();
              report(list.getEntries());
            });
            observer.observe({ type: 'layout-shift', buffered: true });
            // With no shift at all the observer is never called: a second is ample for buffered entries to arrive.
            setTimeout(() => report([]), 1000);
          }),
        );
      }),
  );
}

/** Ready when the results list holds as many results as its status sentence says are shown. */
async function allResultsListed(page: Page): Promise<void> {
  const status = page.locator('search-page').getByRole('status');
  await expect(status).toContainText(/\d+ results? for/);
  const sentence = await status.innerText();
  const shown = Number((/best (\d+) are shown/.exec(sentence) ?? /(\d+) results? for/.exec(sentence))![1]);
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link')).toHaveCount(shown);
}

/** Each page is measured once its scripts have done everything they do on load. */
const PAGES: { path: string; ready: (page: Page) => Promise<void> }[] = [
  { path: '/', ready: (page) => expect(page.locator('share-link button').first()).toBeVisible() },
  { path: '/self-care/', ready: (page) => expect(page.locator('share-link button').first()).toBeVisible() },
  { path: '/guide/', ready: (page) => expect(page.locator('share-link button').first()).toBeVisible() },
  {
    // No query: the note that search needs JavaScript must not take room and then give it back.
    path: '/search/',
    ready: (page) => expect(page.locator('search-page [data-no-script]')).toHaveAttribute('hidden', ''),
  },
  { path: '/search/?q=stress', ready: allResultsListed },
  // The guide's title word: the longest list, more than a screen of it arriving after the first paint.
  { path: '/search/?q=massage', ready: allResultsListed },
  {
    path: '/search/?q=xylophone',
    ready: (page) => expect(page.locator('search-page').getByRole('status')).toContainText('No results'),
  },
  {
    // The offline page shows its list once it knows which pages are saved.
    path: '/offline/',
    ready: (page) =>
      expect(page.locator('offline-pages').locator('li:visible, [data-none]:visible').first()).toBeVisible(),
  },
  {
    // Opened from a search result: the matched words are highlighted and the bar to clear them appears.
    path: '/benefits/?highlight=scar',
    ready: (page) => expect(page.getByRole('button', { name: 'Clear highlights' })).toBeVisible(),
  },
];

for (const { path, ready } of PAGES) {
  test(`nothing moves on ${path} while it loads (CLS 0)`, async ({ page }) => {
    // As on a slow phone: scripts and stored pages arrive after the first paint, so whatever they change is seen.
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.addInitScript(() => {
      const keys = caches.keys.bind(caches);
      caches.keys = () => new Promise((resolve) => setTimeout(resolve, 400)).then(keys);
    });
    await page.goto(path);
    await ready(page);
    await scrollSettled(page);
    const { total, shifts } = await layoutShift(page);
    expect(shifts).toEqual([]);
    expect(total).toBe(0);
  });
}

test('the header keeps its size when the script swaps the search form for its button', async ({
  browser,
  page,
  baseURL,
}) => {
  const searchBox = (on: Page) => on.locator('site-search > :visible').first().boundingBox();
  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: page.viewportSize() });
  const staticPage = await noScript.newPage();
  await staticPage.goto(new URL('/benefits/', baseURL).href);
  const before = await searchBox(staticPage);
  await noScript.close();
  await page.goto('/benefits/');
  await expect(page.locator('site-search > button')).toBeVisible();
  expect(await searchBox(page)).toEqual(before);
});

for (const path of ['/self-care/', '/guide/']) {
  test(`nothing moves on ${path} with larger text and wider spacing kept, and Listen offered late (CLS 0)`, async ({
    page,
  }) => {
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.addInitScript(() => localStorage.setItem('text-settings', 'larger spaced'));
    // A device whose voices are listed late, as Chromium lists them: Listen appears after the first paint.
    await stubSpeech(page);
    await page.goto(path);
    await expect(page.locator('reading-tools').getByRole('button', { name: 'Listen' })).toBeVisible();
    await expect(page.locator('share-link button').first()).toBeVisible();
    await scrollSettled(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
    const { total, shifts } = await layoutShift(page);
    expect(shifts).toEqual([]);
    expect(total).toBe(0);
  });
}
