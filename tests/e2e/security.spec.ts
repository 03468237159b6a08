/**
 * The pages under the site's security policies, in a browser, as a host serves them: the web server is nginx with the
 * server block the build wrote (tests/e2e/support/serve-dist.ts), so the header policy a page runs under is the one a
 * production host sends, not one the test adds. No request leaves the site, nothing is stored but the offline copy.
 */
import { expect, test, type Page } from '@playwright/test';
import { PATHS } from '../../src/consts';
import { distDir } from '../support/dist';
import { builtSearchSources } from '../support/search-sources';
import { commonWord, uniqueWordOf } from '../support/search-words';
import { ALL_PATHS, SECTION_PATHS, sectionWithHeading } from './support/pages';
import { cspViolations, recordCspViolations } from './support/csp';

// With the offline copy's worker: its registration runs under the policies too, and its copy is what the site stores.
test.use({ serviceWorkers: 'allow' });

/** Words of the built guide to search for: one only the second section page has, and one on the most pages. */
const { pages: searchPages } = await builtSearchSources(distDir).data();
const RESULT_PAGE = SECTION_PATHS[1] ?? SECTION_PATHS[0]!;
const ONE_RESULT = uniqueWordOf(searchPages, RESULT_PAGE);
const MANY_RESULTS = commonWord(searchPages);

/** What a page did that the security rules forbid, collected while a test runs. */
interface Watch {
  /** Requests to any origin other than the site's. */
  foreign: string[];
  /** Console errors and CSP messages, and uncaught errors. */
  errors: string[];
  /** The site's requests that have not finished yet. */
  inFlight: Set<unknown>;
}

/**
 * Blocks and records requests to other origins, counts the site's requests in flight (see `quiet`), and listens for
 * CSP reports and errors.
 */
async function watch(page: Page, baseURL: string): Promise<Watch> {
  const seen: Watch = { foreign: [], errors: [], inFlight: new Set() };
  page.on('request', (request) => seen.inFlight.add(request));
  page.on('requestfinished', (request) => seen.inFlight.delete(request));
  page.on('requestfailed', (request) => seen.inFlight.delete(request));
  const origin = new URL(baseURL).origin;
  await recordCspViolations(page);
  page.on('console', (message) => {
    // Errors, and any message about the policies: CSP, Trusted Types, or a Permissions-Policy the browser does not know.
    if (
      message.type() === 'error' ||
      /Content.Security.Policy|Refused to|Trusted ?Type|Permissions-Policy/i.test(message.text())
    )
      seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) {
      seen.foreign.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.fallback();
  });
  return seen;
}

/**
 * Resolves once the page has loaded and no request is in flight, two frames after the last one ended: whatever the
 * page loads later on its own (modules, the search file) has arrived and run under the policies.
 */
async function quiet(page: Page, seen: Watch): Promise<void> {
  await page.waitForLoadState('load');
  const frames = () =>
    page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await expect
    .poll(async () => {
      await frames();
      return seen.inFlight.size;
    })
    .toBe(0);
}

// Requests still in flight when a test ends (lazy loads, prefetches) must not fail the next test in this worker.
test.afterEach(async ({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

/** Opens the search dialog from the header and searches, as a reader would. */
async function search(page: Page, query: string): Promise<void> {
  await page.getByRole('button', { name: /^Search/ }).click();
  await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toBeFocused();
  await page.keyboard.type(query);
  await expect(page.getByRole('dialog').getByRole('status')).toContainText(`for “${query}”`);
}

async function expectClean(page: Page, seen: Watch): Promise<void> {
  expect(await cspViolations(page), 'securitypolicyviolation events').toEqual([]);
  expect(seen.errors, 'console errors and CSP messages').toEqual([]);
  expect(seen.foreign, 'requests to other origins').toEqual([]);
}

test.describe('Content-Security-Policy', () => {
  test('every page runs with no CSP violation under the header and meta policies', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const seen = await watch(page, baseURL!);
    const found: Record<string, string[]> = {};
    for (const path of ALL_PATHS) {
      const response = await page.goto(path);
      // Sent by the host (nginx, from the build's server block), with what only a header can say.
      expect(response?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
      await expect(page.locator('meta[http-equiv="content-security-policy"]'), path).toHaveCount(1);
      await quiet(page, seen);
      const problems = [...(await cspViolations(page)), ...seen.errors.splice(0), ...seen.foreign.splice(0)];
      if (problems.length) found[path] = problems;
    }
    expect(found).toEqual({});
  });

  test('searching from the dialog, opening a highlighted result, and the search page', async ({ page, baseURL }) => {
    const seen = await watch(page, baseURL!);
    await page.goto(SECTION_PATHS[0]!);
    await search(page, ONE_RESULT);
    await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
    await page.keyboard.press('Enter');
    // The result is another page: wait until it has replaced this one, then until it is quiet.
    await page.waitForURL((url) => url.pathname === RESULT_PAGE);
    await quiet(page, seen);
    // The result opened with its matched words highlighted, under the same policies.
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('search-hit')?.size ?? 0)).toBeGreaterThan(0);
    await page.goto(`${PATHS.search}?q=${MANY_RESULTS}`);
    await expect(page.locator('search-page').getByRole('link').first()).toBeVisible();
    await expectClean(page, seen);
  });

  test('copying links to the page, a heading and a selection', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const seen = await watch(page, baseURL!);
    await page.goto(sectionWithHeading().path);
    await page.getByRole('button', { name: /^Share this page:/ }).click();
    await page
      .getByRole('button', { name: /^Share this section:/ })
      .first()
      .click();
    await expect(page.locator('#share-said')).toHaveText(/copied/);
    await page.locator('article p').first().selectText();
    await page.getByRole('button', { name: 'Copy link to this text' }).click();
    await expect(page.locator('#share-status')).toHaveText('Link to the selected text copied');
    await expectClean(page, seen);
  });

  test('printing the whole guide loads nothing more and breaks no rule', async ({ page, baseURL }) => {
    const seen = await watch(page, baseURL!);
    await page.goto(PATHS.wholeGuide);
    await quiet(page, seen);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(requests, 'requests made while printing').toEqual([]);
    await expectClean(page, seen);
  });
});

test.describe('privacy', () => {
  test('no cookies, no storage but the offline copy (no searches in it), no request to another origin, across pages, search and sharing', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const seen = await watch(page, baseURL!);
    for (const path of ALL_PATHS) await page.goto(path);
    await page.goto(sectionWithHeading().path);
    await page.getByRole('button', { name: /^Share this page:/ }).click();
    await search(page, ONE_RESULT);
    await page.goto(`${PATHS.search}?q=${MANY_RESULTS}`);
    await expect(page.locator('search-page').getByRole('link').first()).toBeVisible();

    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(async () => ({
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((database) => database.name),
      caches: await caches.keys(),
      // What the offline cache holds: the site's own files, by path, never an address with a search in it.
      kept: (await Promise.all((await caches.keys()).map(async (name) => (await caches.open(name)).keys()))).flatMap(
        (requests) => requests.map((request) => request.url),
      ),
      serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    expect(stored).toMatchObject({ localStorage: [], sessionStorage: [], indexedDB: [], serviceWorkers: 1 });
    // Only the guide's offline copy of the pages read (src/client/offline/worker.ts).
    expect(stored.caches).toEqual([expect.stringMatching(/^guide-[0-9a-f]{12}$/)]);
    expect(stored.kept.length).toBeGreaterThan(10);
    const foreignOrSearched = stored.kept
      .map((url) => new URL(url))
      .filter((url) => url.search || url.origin !== new URL(baseURL!).origin);
    expect(foreignOrSearched).toEqual([]);
    expect(seen.foreign).toEqual([]);
  });

  test('the request guard itself catches a request to another origin', async ({ page, baseURL }) => {
    const seen = await watch(page, baseURL!);
    await page.goto('/');
    // A top-level navigation is outside the page's CSP, so it reaches the guard, which must record and block it.
    await page.goto('https://third-party.invalid/tracker').catch(() => undefined);
    expect(seen.foreign).toEqual(['https://third-party.invalid/tracker']);
  });
});
