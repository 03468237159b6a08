import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { GUIDE_TITLE, PATHS, SEARCH_FILE } from '../../src/consts';
import { distDir } from '../support/dist';
import { readGuide } from '../support/guide';
import { builtSearchSources } from '../support/search-sources';
import { uniqueWordOf as uniqueWord } from '../support/search-words';
import { startStaticHost, type StaticHost } from '../support/static-server';
import { NEXT_BUILD_ENV, nextEdits } from './support/next-build';
import { SECTIONS, SECTION_PAGES, SECTION_PATHS } from './support/pages';
import {
  afterWorkerFetches,
  builtFile,
  cacheNames,
  controlled,
  cutWorkerOff,
  holdWorkerFetch,
  inCache,
  kept,
  readWhole,
  showsBuild,
  styled,
  updateInstall,
  workerFetches,
} from './support/service-worker';
import { EVERY_SCREEN } from './support/screens';
import { axeViolations } from './support/axe';

// The service worker is what these tests test.
test.use({ serviceWorkers: 'allow' });

const SAVED = new RegExp(
  `^Saved: ${SECTIONS.length} sections and search, \\d+ KB\\. The guide and its search now work without a connection\\.$`,
);
const SAVED_BEFORE = new RegExp(`^Saved on this device: ${SECTIONS.length} sections and search, \\d+ KB\\.$`);
const NOT_PROMISED = /^Your browser has not promised to keep it: .* unless the guide is on your Home Screen\.$/;
const EVERY_PAGE = [...SECTION_PATHS, PATHS.home, PATHS.wholeGuide] as const;
/** What changed in the next version (tests/support/edited-guide.ts): a sentence, an address, the sections. */
const { changed: CHANGED, former: FORMER, deleted: DELETED } = nextEdits();
/** The next version's pages: one section deleted, one added. */
const NEXT_PAGES = [
  ...readGuide(join(process.env[NEXT_BUILD_ENV]!, '../content'))
    .filter(({ path }) => path !== PATHS.home)
    .map(({ path }) => path),
  PATHS.home,
  PATHS.wholeGuide,
];
/** Two section pages that are in both versions and did not change: the first two others. */
const [A_PAGE, ANOTHER_PAGE] = SECTION_PAGES.filter(({ path }) => path !== CHANGED.path && path !== DELETED.path) as [
  (typeof SECTION_PAGES)[number],
  (typeof SECTION_PAGES)[number],
];

/** Words of the built guide: one only the page at a path has, a search with one right answer. */
const { pages: searchPages } = await builtSearchSources(distDir).data();
const uniqueWordOf = (path: string) => uniqueWord(searchPages, path);
/** The search file, kept once the reader has searched. */
const SEARCH_FILE_PATH = `${PATHS.searchBundle}${SEARCH_FILE}`;

async function searchInDialog(page: Page, query: string) {
  await page.getByRole('button', { name: /^Search/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill(query);
  await expect(dialog.getByRole('status')).toContainText(`“${query}”`);
  return dialog;
}

/** The next version of the site, built by tests/e2e/support/next-build.ts. */
function nextBuild(): string {
  const next = process.env[NEXT_BUILD_ENV];
  expect(next, 'the next version, built by tests/e2e/support/next-build.ts').toBeTruthy();
  return next!;
}

/** Runs `test` against a static host that serves `root` (the current build) and can publish another mid-test. */
async function onHost(root: string, run: (host: StaticHost) => Promise<void>): Promise<void> {
  const host = await startStaticHost(root);
  try {
    await run(host);
  } finally {
    await host.close();
  }
}

const saveControl = (page: Page) => page.locator('save-for-offline');

/** Presses "Save this guide" and waits for the result. */
async function saveGuide(page: Page): Promise<Locator> {
  const control = saveControl(page);
  await control.getByRole('button', { name: 'Save this guide for offline reading' }).click();
  await expect(control.getByRole('status')).toHaveText(SAVED);
  return control;
}

/** Opens `url` as a first visit does: the worker keeps the page as it installs, then takes charge of it. */
async function firstVisit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await kept(page, new URL(page.url()).pathname);
  await controlled(page);
}

/** A first visit to `origin`/, then "Save this guide". */
async function firstVisitAndSave(page: Page, origin: string): Promise<void> {
  await firstVisit(page, `${origin}/`);
  await saveGuide(page);
}

test('pages already read open offline, and search finds them', async ({ page, context }) => {
  // The first page came before the worker: the worker keeps it as it installs.
  await firstVisit(page, '/');
  await page.goto(A_PAGE.path);
  await page.goto(ANOTHER_PAGE.path);
  // A reader who has searched once has the search engine kept too.
  const online = await searchInDialog(page, uniqueWordOf(ANOTHER_PAGE.path));
  await expect(online.getByRole('link').first()).toBeVisible();
  await kept(page, A_PAGE.path);
  await kept(page, ANOTHER_PAGE.path);

  await context.setOffline(true);
  for (const [path, title] of [
    ['/', GUIDE_TITLE],
    [A_PAGE.path, A_PAGE.title],
    [`${ANOTHER_PAGE.path}?highlight=${uniqueWordOf(ANOTHER_PAGE.path)}`, ANOTHER_PAGE.title],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveText(title);
  }
  // Offline, search finds the pages read, among them one that no online search had shown.
  const offline = await searchInDialog(page, uniqueWordOf(A_PAGE.path));
  await expect(offline.getByRole('link', { name: A_PAGE.title })).toBeVisible();
});

test('an unsaved page opened offline shows the offline page, listing what is saved', async ({ page, context }) => {
  await firstVisit(page, '/');
  await page.goto(A_PAGE.path);
  await kept(page, A_PAGE.path);
  await context.setOffline(true);
  await page.goto(ANOTHER_PAGE.path);
  await expect(page.locator('h1')).toHaveText('You are offline');
  const saved = page.locator('offline-pages').getByRole('link');
  // In the guide's order.
  const read = SECTIONS.filter(({ path }) => path === '/' || path === A_PAGE.path);
  await expect(saved).toHaveText(read.map(({ navLabel }) => navLabel));
  await saved.getByText(A_PAGE.navLabel, { exact: true }).click();
  await expect(page.locator('h1')).toHaveText(A_PAGE.title);
});

test('"Save this guide" downloads every section, the whole guide and search, and says so at a glance', async ({
  page,
  context,
}) => {
  await firstVisit(page, '/');
  const control = saveControl(page);
  await expect(control).toContainText(/It downloads about \d+ KB\./);
  await saveGuide(page);
  // The status says what was saved and keeps focus; the browser's answer to keeping it is told in one sentence.
  await expect(control.getByRole('status')).toBeFocused();
  await expect(control.getByRole('heading')).toHaveText('✓ Saved for offline reading');
  await expect(control.getByText(NOT_PROMISED)).toBeVisible();
  await expect(control.getByText(/It downloads about/)).toBeHidden();
  await expect(control.getByRole('button', { name: 'Save this guide for offline reading' })).toBeHidden();
  // The preview images are not part of it.
  expect(await inCache(page, `/og/${A_PAGE.slug}.png`)).toBe(false);

  await context.setOffline(true);
  await readWhole(page, '', EVERY_PAGE);
  await page.goto(`/search/?q=${uniqueWordOf(A_PAGE.path)}`);
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link').first()).toHaveAttribute(
    'href',
    new RegExp(`^${A_PAGE.path}`),
  );
  // A later visit shows the saved state at once, offline too.
  await page.goto('/');
  await expect(control.getByRole('status')).toHaveText(SAVED_BEFORE);
  await expect(control.getByRole('heading')).toHaveText('✓ Saved for offline reading');
  await expect(control.getByText(NOT_PROMISED)).toBeVisible();
  await expect(control.getByRole('button', { name: 'Remove the saved copy' })).toBeVisible();
});

test('the browser keeping the copy for good is said too, once it answers, never holding up "Saved"', async ({
  page,
}) => {
  // Chromium grants persistent storage by its own measure of the site (bookmarked, installed): stand in for that,
  // answering only when told, as Firefox answers once the reader has answered its prompt.
  await page.addInitScript(() => {
    const answered = new Promise<boolean>(
      (resolve) => ((window as unknown as { __answer: typeof resolve }).__answer = resolve),
    );
    navigator.storage.persist = () => answered;
    navigator.storage.persisted = () => Promise.resolve(true);
  });
  await firstVisit(page, '/');
  const control = await saveGuide(page);
  await expect(control.getByRole('heading')).toHaveText('✓ Saved for offline reading');
  await expect(control.getByText(/promised to keep it/)).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { __answer: (kept: boolean) => void }).__answer(true));
  await expect(control.getByText('Your browser has promised to keep it until you remove it.')).toBeVisible();
  await page.reload();
  await expect(control.getByText('Your browser has promised to keep it until you remove it.')).toBeVisible();
});

test('the save control shows progress, keeps focus on its status, and asks once before removing', async ({
  page,
  context,
}) => {
  await firstVisit(page, '/');
  const control = saveControl(page);
  const release = await holdWorkerFetch(context, CHANGED.path);
  await control.getByRole('button', { name: 'Save this guide for offline reading' }).focus();
  await page.keyboard.press('Enter');
  // While saving: no button in the pressed one's place, focus on the status, progress in numbers.
  const status = control.getByRole('status');
  await expect(status).toHaveText('Saving the guide…');
  await expect(status).toBeFocused();
  await expect(control.getByRole('button')).toHaveCount(0);
  await expect(control.getByRole('progressbar', { name: 'Saving the guide' })).toBeVisible();
  await expect(control.getByText(/^\d+ of \d+ files$/)).toBeVisible();
  // A second Enter (or tap) lands on the status, which does nothing.
  await page.keyboard.press('Enter');
  release();
  await expect(status).toHaveText(SAVED);
  await expect(status).toBeFocused();
  const remove = control.getByRole('button', { name: 'Remove the saved copy' });
  await expect(remove).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(SAVED);

  // Remove asks once, and the safe answer takes focus.
  await remove.click();
  await expect(status).toHaveText('Remove the saved copy from this device?');
  await expect(control.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(SAVED_BEFORE);
  expect(await inCache(page, CHANGED.path)).toBe(true);
  await remove.click();
  await control.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(status).toHaveText('The saved copy is removed from this device.');
  await expect(status).toBeFocused();
  await expect(control.getByRole('button', { name: 'Save this guide for offline reading' })).toBeVisible();
  await expect(control.getByRole('heading')).toHaveText('Read it offline');
  expect(await inCache(page, CHANGED.path)).toBe(false);
  // What every page needs stays, so that a page missing offline still explains itself.
  expect(await inCache(page, '/offline/')).toBe(true);
});

test('a save cut off midway says why, and is not shown as saved then or later', async ({ page, context }) => {
  await firstVisit(page, '/');
  // Two files arrive, then the connection drops: a save fetches more than two whatever the guide (its sections, the
  // whole guide and search).
  const restore = await cutWorkerOff(context, 2);
  const control = saveControl(page);
  await control.getByRole('button', { name: 'Save this guide for offline reading' }).click();
  await expect(control.getByRole('status')).toHaveText(
    /^Not saved: the connection failed after \d+ of \d+ files\. Try again when you are online\.$/,
  );
  await expect(control.getByRole('status')).toBeFocused();
  await expect(control.getByRole('button', { name: 'Save this guide for offline reading' })).toBeVisible();
  await restore();
  await page.reload();
  await expect(control.getByRole('button', { name: 'Save this guide for offline reading' })).toBeVisible();
  await expect(control.locator('[role=status]')).toHaveText('');
  await expect(control).not.toContainText('Saved');
});

test('a save whose worker stops answering does not stay on "Saving…"', async ({ page, context }) => {
  await page.clock.install();
  await firstVisit(page, '/');
  // One download hangs; the worker gives up on it only after 20 s, so the control hears nothing meanwhile.
  await holdWorkerFetch(context, CHANGED.path);
  const control = saveControl(page);
  await control.getByRole('button', { name: 'Save this guide for offline reading' }).click();
  // Every other file arrives; then nothing more.
  const count = control.getByText(/^\d+ of \d+ files$/);
  await expect
    .poll(async () => {
      const [done = 0, total = 0] = ((await count.textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
      return total - done;
    })
    .toBe(1);
  await page.clock.runFor(31_000);
  await expect(control.getByRole('status')).toHaveText(
    'Not saved: the download stopped answering. Check the connection, then try again.',
  );
  await expect(control.getByRole('button', { name: 'Save this guide for offline reading' })).toBeVisible();
});

test('a full device never hides a page from an online reader, and the save says why', async ({ page, context }) => {
  await firstVisit(page, '/');
  // Room for what is kept now and not much more: the next copies the worker keeps fail as on a full phone.
  const { usage = 0 } = await page.evaluate(() => navigator.storage.estimate());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: usage + 2_000 });
  for (const path of [A_PAGE.path, PATHS.wholeGuide, CHANGED.path]) {
    await page.goto(path);
    await expect(page.locator('h1'), path).not.toHaveText('You are offline');
    await expect(page.locator('article').first()).toBeVisible();
  }
  await page.goto('/');
  const control = saveControl(page);
  await control.getByRole('button', { name: 'Save this guide for offline reading' }).click();
  await expect(control.getByRole('status')).toHaveText(
    /^Not saved: (this device is out of storage: [\d.,]+ MB free, the guide needs [\d.]+ MB\. Free some space, then try again|the browser would not store the guide \(it needs [\d.]+ MB\)\. Free some space on this device, then try again)\.$/,
  );
  await expect(control.getByRole('button', { name: 'Save this guide for offline reading' })).toBeVisible();
});

test('addresses written another way open offline: no final slash, a tracking query, a former address', async ({
  page,
  context,
}) => {
  await onHost(nextBuild(), async (host) => {
    await firstVisitAndSave(page, host.url);
    await context.setOffline(true);
    await page.goto(`${host.url}${A_PAGE.path.slice(0, -1)}`);
    await expect(page).toHaveURL(`${host.url}${A_PAGE.path}`);
    await expect(page.locator('h1')).toHaveText(A_PAGE.title);
    await page.goto(`${host.url}${A_PAGE.path}?utm_source=x`);
    await expect(page.locator('h1')).toHaveText(A_PAGE.title);
    await page.goto(`${host.url}${FORMER.from}`);
    await expect(page).toHaveURL(`${host.url}${FORMER.to}`);
    await expect(page.locator('article')).toContainText(CHANGED.to);
  });
});

test(
  'a new build is offered with a polite notice, and replaces the old copy on reload without mixing',
  EVERY_SCREEN,
  async ({ page }) => {
    await onHost(distDir, async (host) => {
      await firstVisit(page, `${host.url}/`);
      await page.goto(`${host.url}${CHANGED.path}`);
      await kept(page, CHANGED.path);
      const [first] = await cacheNames(page);

      host.serve(nextBuild());
      await page.reload();
      // Until the reader reloads, the old build is read whole: its page, from its cache.
      await expect(page.locator('article')).toContainText(CHANGED.from);
      const notice = page.locator('update-notice');
      // The browser looks for the new worker a moment after the navigation, then it installs the new build whole.
      await expect(notice.getByRole('status')).toHaveText(
        'This guide has been updated. Reload to see the new version.',
        { timeout: 20_000 },
      );
      expect(await cacheNames(page)).toHaveLength(2);
      expect(await axeViolations(page, 'update-notice')).toEqual([]);

      await notice.getByRole('button', { name: 'Reload' }).click();
      await expect(page.locator('article')).toContainText(CHANGED.to);
      await expect.poll(() => cacheNames(page)).toEqual([expect.not.stringMatching(first!)]);
      await expect(notice.getByRole('status')).toHaveText('');
    });
  },
);

test('an update cut off midway leaves the saved copy whole, and installs whole once the connection is back', async ({
  page,
  context,
}) => {
  // A save, two installs and two offline readings of the guide.
  test.setTimeout(120_000);
  await onHost(distDir, async (host) => {
    await firstVisitAndSave(page, host.url);
    host.serve(nextBuild());
    const restore = await cutWorkerOff(context, 5);
    const update = await updateInstall(page);
    await restore();
    // Whatever the reader does next (Reload if it is offered), offline the whole guide opens, styled.
    const reload = page.locator('update-notice').getByRole('button', { name: 'Reload' });
    if (await reload.isVisible()) await reload.click();
    await context.setOffline(true);
    await readWhole(page, host.url, EVERY_PAGE);
    await page.goto(`${host.url}/`);
    await expect(saveControl(page).getByRole('status')).toHaveText(SAVED_BEFORE);
    // The cut-off update never took over.
    expect(update).toBe('failed');

    // Back online, the update installs whole, saved, and takes over on Reload.
    await context.setOffline(false);
    expect(await updateInstall(page)).toBe('installed');
    await page.locator('update-notice').getByRole('button', { name: 'Reload' }).click();
    await showsBuild(page, nextBuild());
    await expect.poll(() => cacheNames(page)).toHaveLength(1);
    await context.setOffline(true);
    // The next version's pages, the whole guide last: a section was deleted and one added.
    await readWhole(page, host.url, NEXT_PAGES);
    await expect(page.locator('article')).toContainText(CHANGED.to);
  });
});

test('a second deploy during an update leaves the saved copy whole', async ({ page, context }) => {
  await onHost(distDir, async (host) => {
    await firstVisitAndSave(page, host.url);
    host.serve(nextBuild());
    // Halfway through the update's downloads, the host goes back to the current build (a second deploy).
    await afterWorkerFetches(context, 5, () => host.serve(distDir));
    const update = await updateInstall(page);
    const reload = page.locator('update-notice').getByRole('button', { name: 'Reload' });
    if (await reload.isVisible()) await reload.click();
    await context.setOffline(true);
    await readWhole(page, host.url, EVERY_PAGE);
    await expect(page.locator('article')).toContainText(CHANGED.from);
    expect(update).toBe('failed');
  });
});

test('an update that renames the styles and scripts keeps the pages read styled offline, copying unchanged files', async ({
  page,
  context,
}) => {
  const next = nextBuild();
  await onHost(distDir, async (host) => {
    await firstVisit(page, `${host.url}/`);
    await page.goto(`${host.url}${CHANGED.path}`);
    await kept(page, CHANGED.path);
    host.serve(next);
    const fetched = await workerFetches(context);
    expect(await updateInstall(page)).toBe('installed');
    // Files whose bytes are the same in both builds came from the old cache, not the network.
    const unchanged = ['/favicon.svg', '/manifest.webmanifest'].filter((path) =>
      builtFile(distDir, path).equals(builtFile(next, path)),
    );
    expect(unchanged).not.toEqual([]);
    expect(fetched.filter((path) => unchanged.includes(path))).toEqual([]);
    await page.locator('update-notice').getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('article')).toContainText(CHANGED.to);
    await context.setOffline(true);
    await readWhole(page, host.url, ['/', CHANGED.path]);
  });
});

test('a page kept from the current build loads its own scripts on demand after the host has moved on', async ({
  page,
}) => {
  await onHost(distDir, async (host) => {
    await firstVisit(page, `${host.url}/`);
    host.serve(nextBuild());
    expect(await updateInstall(page)).toBe('installed');
    // The kept page, from the cache, opens the search dialog, whose script the page never loaded before and the
    // host no longer has.
    await page.reload();
    await expect(page.locator('update-notice').getByRole('button', { name: 'Reload' })).toBeVisible();
    await page.getByRole('button', { name: /^Search/ }).click();
    await expect(page.getByRole('dialog').getByRole('searchbox')).toBeVisible();
  });
});

test('while an update waits, a page of the new build gets its own search files, and is kept for the update', async ({
  page,
  context,
}) => {
  const next = nextBuild();
  await onHost(distDir, async (host) => {
    await firstVisit(page, `${host.url}/`);
    // The reader searches: the current build's search files are kept.
    await searchInDialog(page, uniqueWordOf(A_PAGE.path));
    await kept(page, SEARCH_FILE_PATH);
    host.serve(next);
    expect(await updateInstall(page)).toBe('installed');

    // A page the current build has not kept comes from the host, which has the next build: the page is the next
    // build's, and so is every file it loads.
    await page.goto(`${host.url}${A_PAGE.path}`);
    await showsBuild(page, next);
    const entry = await page.evaluate(async (path) => (await fetch(path)).text(), SEARCH_FILE_PATH);
    expect(entry).toBe(builtFile(next, SEARCH_FILE_PATH).toString('utf8'));
    await searchInDialog(page, uniqueWordOf(A_PAGE.path));

    // Taking over, the next build has that page too.
    await page.goto(`${host.url}/`);
    await page.locator('update-notice').getByRole('button', { name: 'Reload' }).click();
    await showsBuild(page, next);
    await expect.poll(() => cacheNames(page)).toHaveLength(1);
    await context.setOffline(true);
    await readWhole(page, host.url, ['/', A_PAGE.path]);
  });
});

test('two tabs: Reload in one moves both to the new build', async ({ page, context }) => {
  await onHost(distDir, async (host) => {
    await firstVisit(page, `${host.url}/`);
    await page.goto(`${host.url}${CHANGED.path}`);
    await kept(page, CHANGED.path);
    const other = await context.newPage();
    await other.goto(`${host.url}${CHANGED.path}`);
    host.serve(nextBuild());
    expect(await updateInstall(page)).toBe('installed');
    for (const tab of [page, other])
      await expect(tab.locator('update-notice').getByRole('button', { name: 'Reload' })).toBeVisible();

    await page.locator('update-notice').getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('article')).toContainText(CHANGED.to);
    // The other tab follows: the old build's files are gone, so it does not stay on its page.
    await expect(other.locator('article')).toContainText(CHANGED.to);
    await expect(other.locator('update-notice').getByRole('status')).toHaveText('');
    // The page's own script reloaded that tab: its styles are checked once they have arrived.
    await expect.poll(() => styled(other)).toBe(true);
  });
});

test('Remove while an update waits leaves the update whole, with its offline page', async ({ page, context }) => {
  await onHost(distDir, async (host) => {
    await firstVisitAndSave(page, host.url);
    host.serve(nextBuild());
    expect(await updateInstall(page)).toBe('installed');
    const control = saveControl(page);
    await control.getByRole('button', { name: 'Remove the saved copy' }).click();
    await control.getByRole('button', { name: 'Yes, remove it' }).click();
    await expect(control.getByRole('status')).toHaveText('The saved copy is removed from this device.');

    await page.locator('update-notice').getByRole('button', { name: 'Reload' }).click();
    await showsBuild(page, nextBuild());
    await expect(page.locator('update-notice').getByRole('status')).toHaveText('');
    await expect.poll(() => cacheNames(page)).toHaveLength(1);
    expect(await inCache(page, CHANGED.path)).toBe(false);
    await context.setOffline(true);
    await page.goto(`${host.url}${CHANGED.path}`);
    await expect(page.locator('h1')).toHaveText('You are offline');
    expect(await styled(page)).toBe(true);
  });
});

test('the save control and the offline page pass axe (light and dark)', EVERY_SCREEN, async ({ page, context }) => {
  test.setTimeout(120_000);
  await firstVisit(page, '/guide/');
  const control = await saveGuide(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/guide/');
    await expect(control.getByRole('status')).toHaveText(SAVED_BEFORE);
    expect(await axeViolations(page, 'save-for-offline')).toEqual([]);
    await control.getByRole('button', { name: 'Remove the saved copy' }).click();
    await expect(control.getByRole('button', { name: 'Keep it' })).toBeFocused();
    expect(await axeViolations(page, 'save-for-offline')).toEqual([]);
    await context.setOffline(true);
    await page.goto('/not-a-page-of-the-guide/');
    await expect(page.locator('h1')).toHaveText('You are offline');
    await expect(page.locator('offline-pages').getByRole('link').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
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
