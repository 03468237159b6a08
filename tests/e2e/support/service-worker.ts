/**
 * Helpers for the offline tests (offline.spec.ts): what the service worker has kept, its updates, the network it
 * sees (Playwright routes the worker's own requests in Chromium), and reading pages offline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type BrowserContext, type Page, type Route } from '@playwright/test';

/** Resolves once the service worker has kept `path` in one of the guide's caches. */
export async function kept(page: Page, path: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(async (wanted) => !!(await caches.match(wanted)), path), { message: `${path} kept` })
    .toBe(true);
}

/** Resolves once the worker is installed and in charge of the page (on a first visit, it takes charge when ready). */
export async function controlled(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { message: 'page controlled' })
    .toBe(true);
}

/** The guide's caches, by name. */
export const cacheNames = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('guide-')));

/** Whether `path` is in any of the guide's caches. */
export const inCache = (page: Page, path: string) =>
  page.evaluate(async (wanted) => !!(await caches.match(wanted)), path);

/**
 * Asks the browser to look for a new worker now and waits until that update has finished installing: `installed`
 * (waiting to take over), or `failed` (the worker was discarded, or there was none to install).
 */
export function updateInstall(page: Page): Promise<'installed' | 'failed'> {
  return page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    await registration.update().catch(() => undefined);
    const worker = registration.installing;
    if (!worker) return registration.waiting ? 'installed' : 'failed';
    return new Promise<'installed' | 'failed'>((settled) => {
      const check = () => {
        if (worker.state === 'installed' || worker.state === 'activated') settled('installed');
        else if (worker.state === 'redundant') settled('failed');
      };
      worker.addEventListener('statechange', check);
      check();
    });
  });
}

/** The site path of a request the service worker made, or undefined for the pages' own requests. */
function workerPath(route: Route): string | undefined {
  const request = route.request();
  return request.serviceWorker() ? new URL(request.url()).pathname : undefined;
}

/**
 * Cuts the worker off the network after it has fetched `allowed` more files (its script aside): every later request
 * it makes fails as a dropped connection does. Resolves with a function that restores the connection.
 */
export async function cutWorkerOff(context: BrowserContext, allowed: number): Promise<() => Promise<void>> {
  let left = allowed;
  const handler = (route: Route) => {
    const path = workerPath(route);
    if (path === undefined || path === '/sw.js' || left-- > 0) return route.fallback();
    return route.abort('connectionreset');
  };
  await context.route('**/*', handler);
  return () => context.unroute('**/*', handler);
}

/** Runs `then` once the worker has fetched `after` files (its script aside), before the next request leaves. */
export async function afterWorkerFetches(context: BrowserContext, after: number, then: () => void): Promise<void> {
  let seen = 0;
  await context.route('**/*', (route) => {
    const path = workerPath(route);
    if (path !== undefined && path !== '/sw.js' && ++seen === after + 1) then();
    return route.fallback();
  });
}

/** Records the paths the worker fetches from now on. */
export async function workerFetches(context: BrowserContext): Promise<string[]> {
  const paths: string[] = [];
  await context.route('**/*', (route) => {
    const path = workerPath(route);
    if (path !== undefined) paths.push(path);
    return route.fallback();
  });
  return paths;
}

/** Holds the worker's request for `path` until the returned function is called. */
export async function holdWorkerFetch(context: BrowserContext, path: string): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/*', async (route) => {
    if (workerPath(route) === path) await released;
    return route.fallback();
  });
  return release;
}

/** Whether the page is drawn with its stylesheet (the update notice is fixed to the bottom only by the site's CSS). */
export const styled = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.querySelector('update-notice')!).position === 'fixed');

/** Opens each of `paths` (offline, say) and checks it is that page, whole: its article, drawn with its styles. */
export async function readWhole(page: Page, origin: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    await page.goto(`${origin}${path}`);
    await expect(page.locator('h1'), path).not.toHaveText('You are offline');
    await expect(page.locator('article').first(), path).toBeVisible();
    expect(await styled(page), `${path} has its styles`).toBe(true);
  }
}

/** The bytes of a built file, by site path. */
export const builtFile = (root: string, path: string) =>
  readFileSync(join(root, path.endsWith('/') ? `${path}index.html` : path));

/** The stylesheet a built page links to first: the next build renames it (tests/e2e/support/next-build.ts). */
const stylesheetOf = (html: string) => /<link rel="stylesheet" href="([^"]+)">/.exec(html)![1]!;

/**
 * Resolves once the page shows the build of `root` (after Reload, once the new build's page has replaced the old):
 * pages carry no build id, but each build's pages link to that build's stylesheet.
 */
export const showsBuild = (page: Page, root: string) =>
  expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute(
    'href',
    stylesheetOf(builtFile(root, new URL(page.url()).pathname).toString('utf8')),
  );
