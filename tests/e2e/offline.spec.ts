import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { distDir } from '../support/dist';
import { startStaticHost } from '../support/static-server';
import { CHANGED, NEXT_BUILD_ENV } from './support/next-build';
import { SECTION_PATHS } from './support/pages';

/** Resolves once the service worker has kept `path` in the guide's cache. */
async function kept(page: Page, path: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(async (wanted) => !!(await caches.match(wanted)), path), { message: `${path} kept` })
    .toBe(true);
}

/** The guide's caches, by name. */
const cacheNames = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('guide-')));

async function searchInDialog(page: Page, query: string) {
  await page.getByRole('button', { name: /^Search/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill(query);
  await expect(dialog.getByRole('status')).toContainText(`“${query}”`);
  return dialog;
}

test('pages already read open offline, and search finds them', async ({ page, context }) => {
  await page.goto('/');
  // The first page came before the worker: the page hands it over once the worker runs.
  await kept(page, '/');
  await page.goto('/self-care/');
  await page.goto('/benefits/');
  // A reader who has searched once has the search engine kept too.
  const online = await searchInDialog(page, 'stress');
  await expect(online.getByRole('link').first()).toBeVisible();
  await kept(page, '/self-care/');
  await kept(page, '/benefits/');

  await context.setOffline(true);
  for (const [path, title] of [
    ['/', 'Will Deep Tissue Massage Help Lower Back Pain?'],
    ['/self-care/', /^Self-Care Tips/],
    ['/benefits/?highlight=scar', /^Benefits of Deep Tissue Massage/],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveText(title);
  }
  // Offline, search finds the pages read, among them one that no online search had shown.
  const offline = await searchInDialog(page, 'mattress');
  await expect(offline.getByRole('link', { name: /Self-Care Tips/ })).toBeVisible();
});

test('an unsaved page opened offline shows the offline page, listing what is saved', async ({ page, context }) => {
  await page.goto('/');
  await kept(page, '/');
  await page.goto('/overview/');
  await kept(page, '/overview/');
  await context.setOffline(true);
  await page.goto('/manual-therapy/');
  await expect(page.locator('h1')).toHaveText('You are offline');
  const saved = page.locator('offline-pages').getByRole('link');
  await expect(saved).toHaveText(['Introduction', 'Overview']);
  await saved.getByText('Overview').click();
  await expect(page.locator('h1')).toHaveText('Overview of Deep Tissue Massage and Lower Back Pain');
});

test('"Save this guide" downloads every section, the whole guide and search, and can be removed', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await kept(page, '/');
  const save = page.locator('save-for-offline');
  await expect(save).toContainText(/It downloads about \d+ KB\./);
  await save.getByRole('button', { name: 'Save this guide for offline reading' }).click();
  await expect(save.getByRole('status')).toHaveText(
    /^Saved: 12 sections and search, \d+ KB\. The guide and its search now work without a connection\.$/,
  );
  await expect(save.getByRole('button', { name: 'Remove the saved copy' })).toBeFocused();
  // The preview images are not part of it.
  expect(await page.evaluate(async () => !!(await caches.match('/og/benefits.png')))).toBe(false);

  await context.setOffline(true);
  for (const path of [...SECTION_PATHS, '/guide/']) {
    await page.goto(path);
    await expect(page.locator('h1'), path).not.toHaveText('You are offline');
    await expect(page.locator('article').first()).toBeVisible();
  }
  await page.goto('/search/?q=firm+mattress');
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link').first()).toHaveAttribute(
    'href',
    /\/self-care\//,
  );
  // A later visit says the copy is saved, and offers to remove it.
  await page.goto('/');
  await expect(save.getByRole('status')).toHaveText(/^Saved on this device: 12 sections and search, \d+ KB\.$/);
  await context.setOffline(false);
  await save.getByRole('button', { name: 'Remove the saved copy' }).click();
  await expect(save.getByRole('status')).toHaveText('The saved copy is removed from this device.');
  await expect(save.getByRole('button', { name: 'Save this guide for offline reading' })).toBeFocused();
  expect(await page.evaluate(async () => !!(await caches.match('/conclusion/')))).toBe(false);
});

test('the save control and the offline page pass axe (light and dark)', async ({ page, context }) => {
  const axe = () =>
    new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  await page.goto('/guide/');
  await kept(page, '/guide/');
  const save = page.locator('save-for-offline');
  await save.getByRole('button', { name: /^Save this guide/ }).click();
  await expect(save.getByRole('status')).toContainText('Saved:');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/guide/');
    await expect(save.getByRole('status')).toContainText('Saved on this device');
    expect((await axe().include('save-for-offline').analyze()).violations).toEqual([]);
    await context.setOffline(true);
    await page.goto('/not-a-page-of-the-guide/');
    await expect(page.locator('h1')).toHaveText('You are offline');
    await expect(page.locator('offline-pages').getByRole('link').first()).toBeVisible();
    expect((await axe().analyze()).violations).toEqual([]);
    await context.setOffline(false);
  }
});

test('without service workers the save control does not appear and pages work as before', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(new URL('/', baseURL).href);
  await expect(page.locator('save-for-offline')).toBeHidden();
  await expect(page.locator('article p').first()).toBeVisible();
  await context.close();
});

test('a new build is offered with a polite notice, and replaces the old copy on reload without mixing', async ({
  page,
}) => {
  const next = process.env[NEXT_BUILD_ENV];
  expect(next, 'the next version, built by tests/e2e/support/next-build.ts').toBeTruthy();
  const host = await startStaticHost(distDir);
  try {
    await page.goto(`${host.url}/`);
    await kept(page, '/');
    await page.goto(`${host.url}/conclusion/`);
    await kept(page, '/conclusion/');
    const [first] = await cacheNames(page);

    host.serve(next!);
    await page.reload();
    // Until the reader reloads, the old build is read whole: its page, from its cache.
    await expect(page.locator('article')).toContainText(CHANGED.from);
    const notice = page.locator('update-notice');
    await expect(notice.getByRole('status')).toHaveText('This guide has been updated. Reload to see the new version.');
    expect(await cacheNames(page)).toHaveLength(2);
    expect((await new AxeBuilder({ page }).include('update-notice').analyze()).violations).toEqual([]);

    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('article')).toContainText(CHANGED.to);
    await expect.poll(() => cacheNames(page)).toEqual([expect.not.stringMatching(first!)]);
    await expect(notice.getByRole('status')).toHaveText('');
  } finally {
    await host.close();
  }
});
