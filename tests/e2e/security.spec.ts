import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { headersForPath, parseHeadersFile } from '../../src/integrations/security-headers/headers-file';
import { ALL_PATHS } from './support/pages';
import { cspViolations, recordCspViolations } from './support/csp';

/** The built site the preview server serves (the same env var picks it). */
const distDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');

/**
 * The response headers a static host sends from dist/_headers. `astro preview` ignores that file, so the tests add
 * them to every response themselves: pages then run under the header CSP (with frame-ancestors) as well as the
 * <meta> one, as they do in production.
 */
const headerRules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

/** What a page did that the security rules forbid, collected while a test runs. */
interface Watch {
  /** Requests to any origin other than the site's. */
  foreign: string[];
  /** Console errors and CSP messages, and uncaught errors. */
  errors: string[];
}

/** Serves every response with the _headers headers, blocks and records other origins, and listens for CSP reports. */
async function watch(page: Page, baseURL: string): Promise<Watch> {
  const seen: Watch = { foreign: [], errors: [] };
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
    try {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), ...headersForPath(headerRules, url.pathname) },
      });
    } catch (error) {
      // A navigation can cancel a request while it is being served; only that is expected here.
      if (!/disposed|has been closed|Target .* closed/i.test(String(error))) throw error;
    }
  });
  return seen;
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
  for (const path of new Set<string>([...ALL_PATHS, '/search/'])) {
    test(`${path} runs with no CSP violation under the header and meta policies`, async ({ page, baseURL }) => {
      const seen = await watch(page, baseURL!);
      const response = await page.goto(path);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
      await page.waitForLoadState('networkidle');
      await expectClean(page, seen);
    });
  }

  test('searching from the dialog, opening a highlighted result, and the search page', async ({ page, baseURL }) => {
    const seen = await watch(page, baseURL!);
    await page.goto('/overview/');
    await search(page, 'stress');
    await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
    await page.keyboard.press('Enter');
    // The result is another page: wait until it has replaced this one, then until it is quiet.
    await page.waitForURL((url) => url.pathname !== '/overview/');
    await page.waitForLoadState('networkidle');
    // The result opened with its matched words highlighted, under the same policies.
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('search-hit')?.size ?? 0)).toBeGreaterThan(0);
    await page.goto('/search/?q=stress');
    await expect(page.locator('search-page').getByRole('link').first()).toBeVisible();
    await expectClean(page, seen);
  });

  test('copying links to the page, a heading and a selection', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const seen = await watch(page, baseURL!);
    await page.goto('/manual-therapy/');
    await page.getByRole('button', { name: /^Share this page: How Manual Therapy/ }).click();
    await page.getByRole('button', { name: /^Share this section: Can Massage/ }).click();
    await expect(page.locator('#share-said')).toHaveText(/copied/);
    await page.locator('article p').filter({ hasText: 'joint manipulation' }).first().selectText();
    await page.getByRole('button', { name: 'Copy link to this text' }).click();
    await expect(page.locator('#share-status')).toHaveText('Link to the selected text copied');
    await expectClean(page, seen);
  });

  test('printing the whole guide loads nothing more and breaks no rule', async ({ page, baseURL }) => {
    const seen = await watch(page, baseURL!);
    await page.goto('/guide/');
    await page.waitForLoadState('networkidle');
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
    await page.goto('/manual-therapy/');
    await page.getByRole('button', { name: /^Share this page:/ }).click();
    await search(page, 'stress');
    await page.goto('/search/?q=massage');
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
