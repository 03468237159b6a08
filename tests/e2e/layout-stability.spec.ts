import { expect, test, type Page } from '@playwright/test';
import { scrollSettled } from './support/settle';

/**
 * The page's cumulative layout shift so far, from the browser's own layout-shift entries (buffered from the first
 * paint), leaving out shifts the reader caused (typing, clicking), as CLS does.
 */
async function layoutShift(page: Page): Promise<{ total: number; shifts: string[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        // Two frames after the last change, so that a shift caused by it has been reported.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] };
            const entries = (performance.getEntriesByType('layout-shift') as Shift[]).filter((e) => !e.hadRecentInput);
            resolve({
              total: entries.reduce((sum, entry) => sum + entry.value, 0),
              shifts: entries.map(
                (entry) =>
                  `${entry.value.toFixed(4)}: ${(entry.sources ?? [])
                    .map((source) => (source.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?')
                    .join(' | ')}`,
              ),
            });
          }),
        );
      }),
  );
}

/** Each page is measured once its scripts have done everything they do on load. */
const PAGES: { path: string; ready: (page: Page) => Promise<void> }[] = [
  { path: '/', ready: (page) => expect(page.locator('share-link button').first()).toBeVisible() },
  { path: '/self-care/', ready: (page) => expect(page.locator('share-link button').first()).toBeVisible() },
  { path: '/guide/', ready: (page) => expect(page.locator('share-link button').first()).toBeVisible() },
  {
    path: '/search/?q=stress',
    ready: (page) => expect(page.getByRole('region', { name: 'Search results' }).getByRole('link')).toHaveCount(3),
  },
  {
    // Many results: more than a screen of them arrives after the first paint.
    path: '/search/?q=massage',
    ready: async (page) => {
      await expect(page.locator('search-page').getByRole('status')).toContainText('results for');
      await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link').nth(5)).toBeVisible();
    },
  },
  {
    path: '/search/?q=xylophone',
    ready: (page) => expect(page.locator('search-page').getByRole('status')).toContainText('No results'),
  },
  {
    // Opened from a search result: the matched words are highlighted and the bar to clear them appears.
    path: '/benefits/?highlight=scar',
    ready: (page) => expect(page.getByRole('button', { name: 'Clear highlights' })).toBeVisible(),
  },
];

for (const { path, ready } of PAGES) {
  test(`nothing moves on ${path} while it loads (CLS 0)`, async ({ page }) => {
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
