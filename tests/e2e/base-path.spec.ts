/**
 * The guide published under a base path (/massage-guide/, as a GitHub Pages project site is), served by a real nginx
 * with the server block the build wrote: what a reader does works there, and nothing is ever asked for outside the
 * base. Everything the tests look for is read from the content or the built pages, never written here. The built
 * files' addresses, the headers and the redirects are checked without a browser (tests/build/base-path.test.ts).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { contentDir } from '../../src/content/content-dir';
import { HEADING_ROW_CLASS } from '../../src/markdown/headings';
import { HOME_SECTION_ID, ROUTES, sitePaths } from '../../src/consts';
import { startNginx, type Nginx } from '../support/nginx';
import { BASE_UNDER_TEST as BASE, subpathSite, type SubpathSite } from '../support/subpath-build';
import { cacheNames, controlled, kept, readWhole, styled, updateInstall } from './support/service-worker';
import { scrollSettled } from './support/settle';
import { NEXT_PARAGRAPH, nextVersion } from './support/subpath-next';
import { SECTIONS } from './support/pages';

const PATHS = sitePaths(BASE);

// The service worker keeps the guide offline under the base.
test.use({ serviceWorkers: 'allow' });

// One nginx and one build for the whole file; the tests follow one reader, in order.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let site: SubpathSite;
let nginx: Nginx;
/** Every address the browser asked for, of any origin: pages, the worker's fetches and their files. */
const requested: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = await subpathSite();
  nginx = await startNginx(site.dir, BASE);
});
/** Folders the tests made (the next version of the site), removed at the end. */
const made: string[] = [];
test.afterAll(async () => {
  await nginx?.stop();
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});
test.beforeEach(({ context }) => {
  context.on('request', (request) => void requested.push(request.url()));
});

/** Each section page's address under the base, in reading order (the introduction is the home page), and the whole guide. */
const guidePages = () => [
  ...SECTIONS.map(({ slug }) => (slug === HOME_SECTION_ID ? PATHS.home : `${BASE}${slug}/`)),
  PATHS.wholeGuide,
];

/** Every page a reader opens: the guide's and the search page. */
const pages = () => [...guidePages(), PATHS.search];

/** A section with headings after the home page, and the words of its first `##` heading, from the content. */
function sectionWithHeading(): { path: string; heading: string } {
  for (const { slug } of SECTIONS.filter(({ slug }) => slug !== HOME_SECTION_ID)) {
    const heading = /^## (.+)$/m.exec(readFileSync(join(contentDir, 'sections', `${slug}.mdx`), 'utf8'))?.[1];
    if (heading) return { path: `${BASE}${slug}/`, heading: heading.trim() };
  }
  throw new Error('no section has a ## heading');
}

/** The words the section's page title has, from its frontmatter. */
const titleOf = (path: string) =>
  (
    parse(
      /^---\r?\n([\s\S]*?)\r?\n---/.exec(
        readFileSync(join(contentDir, 'sections', `${path.slice(BASE.length, -1)}.mdx`), 'utf8'),
      )![1]!,
    ) as { title: string }
  ).title;

/** Runs in the page: whether the start of the text `start` in the article is on screen. */
function textInView(start: string): boolean {
  const walker = document.createTreeWalker(document.querySelector('[data-pagefind-body]')!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.replace(/\s+/g, ' ').indexOf(start);
    if (at === -1) continue;
    const range = new Range();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    const box = range.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  }
  return false;
}

/** Searches in the header's dialog and opens the result for the page at `path`; resolves with its text fragment. */
async function searchAndOpen(page: Page, query: string, path: string): Promise<string> {
  await page.getByRole('button', { name: /^Search/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill(query);
  await expect(dialog.getByRole('status')).toContainText(`for “${query}”`);
  const result = dialog.locator(`a[href^="${path}"]`).first();
  const href = new URL((await result.getAttribute('href'))!, page.url());
  expect(href.pathname).toBe(path);
  await result.click();
  await page.waitForURL((url) => url.pathname === path && !url.searchParams.has('highlight'));
  await scrollSettled(page);
  return decodeURIComponent(href.hash.split(':~:text=')[1]!.split(',')[0]!.replace(/^.*-,/, ''));
}

test('every page reads with its styles under the base', async ({ page }) => {
  for (const path of pages()) {
    const response = await page.goto(`${nginx.url}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toBeVisible();
    expect(await styled(page), `${path} has its styles`).toBe(true);
  }
  // A former address goes on to its section, and an unknown one gets the not-found page with its styles.
  await page.goto(`${nginx.url}${site.former.from}`);
  expect(new URL(page.url()).pathname).toBe(site.former.to);
  const missing = await page.goto(`${nginx.url}${BASE}no-such-page/`);
  expect(missing?.status()).toBe(404);
  expect(await styled(page)).toBe(true);
  // Its way back to the guide leads to the home page under the base.
  await page.locator(`main a[href="${PATHS.home}"]`).first().click();
  await expect(page).toHaveURL(`${nginx.url}${PATHS.home}`);
});

test('search finds a section and opens it at the passage', async ({ page }) => {
  const { path, heading } = sectionWithHeading();
  await page.goto(`${nginx.url}${PATHS.wholeGuide}`);
  const start = await searchAndOpen(page, heading, path);
  await expect.poll(() => page.evaluate(textInView, start)).toBe(true);
});

test('a shared heading link and a shared sentence open in the right place', async ({ page, context }) => {
  const { path } = sectionWithHeading();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${nginx.url}${path}`);
  // The heading's Share control copies its address, under the base.
  const row = page
    .locator(`.${HEADING_ROW_CLASS}`)
    .filter({ has: page.locator('h2[id]') })
    .first();
  const id = await row.locator('h2').getAttribute('id');
  await row.getByRole('button', { name: /^Share/ }).click();
  const headingLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(headingLink).toBe(`${nginx.url}${path}#${id}`);
  // The last paragraph's first words, selected, give a link to that text.
  const sentence = await page
    .locator('[data-pagefind-body] p')
    .last()
    .evaluate((paragraph) => {
      const text = paragraph.firstChild as Text;
      const range = document.createRange();
      const words = text.data.split(' ').slice(0, 6).join(' ');
      range.setStart(text, 0);
      range.setEnd(text, words.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return words;
    });
  await page.getByRole('button', { name: 'Copy link to this text' }).click();
  await expect(page.locator('#share-status')).toHaveText('Link to the selected text copied');
  const textLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(textLink).pathname).toBe(path);

  const opened = await context.newPage();
  await opened.goto(headingLink);
  await scrollSettled(opened);
  const top = await opened.locator(`#${id}`).evaluate((heading) => heading.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(200);
  await opened.goto(textLink);
  await scrollSettled(opened);
  await expect.poll(() => opened.evaluate(textInView, sentence.replace(/\s+/g, ' '))).toBe(true);
  await opened.close();
});

test('the guide saved for offline reading reads and searches offline, and an update replaces it whole', async ({
  page,
  context,
}) => {
  const { path, heading } = sectionWithHeading();
  await page.goto(`${nginx.url}${PATHS.home}`);
  await kept(page, PATHS.home);
  await controlled(page);
  const control = page.locator('save-for-offline');
  await control.getByRole('button', { name: 'Save this guide for offline reading' }).click();
  await expect(control.getByRole('status')).toContainText(`Saved: ${SECTIONS.length} sections and search`);
  // The worker's scope and caches are the base's own.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.scope)).toBe(
    `${nginx.url}${BASE}`,
  );
  const [saved] = await cacheNames(page);
  expect(saved).toMatch(new RegExp(`^guide-${BASE}[0-9a-f]+$`));

  await context.setOffline(true);
  await readWhole(page, nginx.url, guidePages());
  await page.goto(`${nginx.url}${PATHS.wholeGuide}`);
  await searchAndOpen(page, heading, path);
  await expect(page.locator('h1')).toHaveText(titleOf(path));
  await context.setOffline(false);

  // The host publishes the next version; the reader is told, reloads, and has the next version saved whole.
  const next = await nextVersion(site.dir, BASE, path);
  made.push(next);
  nginx.serve(next);
  await page.goto(`${nginx.url}${PATHS.home}`);
  expect(await updateInstall(page)).toBe('installed');
  const notice = page.locator('update-notice');
  await expect(notice.getByRole('status')).toHaveText('This guide has been updated. Reload to see the new version.');
  const reloaded = page.waitForEvent('framenavigated');
  await notice.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await page.waitForLoadState();
  await expect.poll(() => cacheNames(page)).toEqual([expect.not.stringMatching(saved!)]);
  await expect(control.getByRole('status')).toContainText(`Saved on this device: ${SECTIONS.length} sections`);

  await context.setOffline(true);
  await readWhole(page, nginx.url, guidePages());
  await page.goto(`${nginx.url}${path}`);
  await expect(page.locator(`#${NEXT_PARAGRAPH.id}`)).toHaveText(NEXT_PARAGRAPH.text);
  await context.setOffline(false);
});

test('nothing was asked for outside the base, by the pages or the worker', () => {
  const outside = [
    ...requested.map((url) => new URL(url)),
    ...nginx.requestedPaths().map((path) => new URL(path, nginx.url)),
  ]
    .filter((url) => url.origin !== nginx.url || !url.pathname.startsWith(BASE))
    .map((url) => url.href);
  expect(requested.length).toBeGreaterThan(pages().length);
  expect([...new Set(outside)]).toEqual([]);
  // The worker asked for its files as the base's (the request log has them all, whoever asked).
  expect(nginx.requestedPaths()).toContain(`${BASE}${ROUTES.serviceWorker}`);
});
