import { expect, test, type Page } from '@playwright/test';
import { PATHS, RESULT_LIMITS, SEARCH_FILE, URGENT_HELP_ID } from '../../src/consts.ts';
import { MAX_HIGHLIGHTS } from '../../src/client/search/highlight.ts';
import { MAX_QUERY_LENGTH } from '../../src/search/query.ts';
import { runSearch, type Outcome } from '../../src/search/search.ts';
import { pageWords, parts, isStopWord } from '../../src/search/text.ts';
import { BUDGET } from '../support/budgets.ts';
import { distDir } from '../support/dist.ts';
import { brotliSize } from '../support/page-weight.ts';
import { HALVES } from '../support/search-quality.ts';
import { builtSearchSources } from '../support/search-sources.ts';
import { axeViolations } from './support/axe.ts';
import { EVERY_SCREEN } from './support/screens.ts';

/**
 * The browser's side of search: what the reader types reaches the engine whole, what the engine answers is what the
 * reader sees (src/search/ is tested on its own, and judged on readers' queries in tests/search/), and the result opens
 * the page where it says. Every expectation comes from the built search file and the engine run here on it, never from
 * the guide's words.
 */
const sources = builtSearchSources(distDir);
const { pages } = await sources.data();
/** What the engine answers for a query, as the dialog (3 results) or the search page shows it. */
const engine = (query: string, limit: number = RESULT_LIMITS.dialog): Promise<Outcome> =>
  runSearch(query, limit, sources);

/** A word of one page's text that no other page has, and that page: a query with one right answer. */
function uniqueWord(): { word: string; url: string } {
  const pagesOf = new Map<string, Set<string>>();
  for (const { url, content } of pages)
    for (const word of pageWords(content).flatMap(parts))
      if (word.length >= 6 && !isStopWord(word) && !/\d/.test(word))
        pagesOf.set(word, (pagesOf.get(word) ?? new Set()).add(url));
  const [word, urls] = [...pagesOf].find(([, urls]) => urls.size === 1)!;
  return { word, url: [...urls][0]! };
}

/** The distinct words search can be asked for (four letters or more, no digits, not stop words), in reading order. */
const queryWords = [...new Set(pages.flatMap(({ content }) => pageWords(content).flatMap(parts)))].filter(
  (word) => word.length >= 4 && !/\d/.test(word) && !isStopWord(word),
);

/**
 * Of the twenty words the most pages have, the one the engine finds on the most pages, and how many: a query with
 * several results to move through (and, where a word is on more pages than the dialog shows, one it cuts short).
 */
const BROAD = await (async () => {
  const pagesWith = (word: string) =>
    pages.filter(({ content }) => pageWords(content).flatMap(parts).includes(word)).length;
  const widest = queryWords
    .map((word) => ({ word, on: pagesWith(word) }))
    .sort((a, b) => b.on - a.on)
    .slice(0, 20);
  let best = { word: '', total: 0 };
  for (const { word } of widest) {
    const { total } = await engine(word);
    if (total > best.total) best = { word, total };
  }
  if (best.total < 2)
    throw new Error('No word of the guide is found on two pages: the tests of a result list need one');
  return best;
})();

/**
 * A word of the guide and a slip of the keyboard on it (two neighbouring letters swapped, the first two kept) that the
 * engine corrects back to the word: the first such in reading order.
 */
const SLIP = await (async () => {
  for (const word of queryWords.filter((candidate) => candidate.length >= 6))
    for (let at = 2; at < word.length - 1; at++) {
      if (word[at] === word[at + 1]) continue;
      const slip = `${word.slice(0, at)}${word[at + 1]}${word[at]}${word.slice(at + 2)}`;
      if ((await engine(slip)).suggestion === word) return { word, slip };
    }
  throw new Error('The engine corrects no slip of any word of the guide');
})();

const XSS = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>'];

/** Collects console errors, page errors and any alert() so a test can assert there were none. */
function watch(page: Page): { errors: string[]; alerts: string[] } {
  const seen = { errors: [] as string[], alerts: [] as string[] };
  page.on('console', (message) => message.type() === 'error' && seen.errors.push(message.text()));
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('dialog', (dialog) => {
    seen.alerts.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

async function openDialog(page: Page, path: string = PATHS.home): Promise<void> {
  await page.goto(path);
  await page.getByRole('button', { name: /^Search/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toBeFocused();
}

const dialogLinks = (page: Page) =>
  page.getByRole('dialog').getByRole('region', { name: 'Results' }).getByRole('list').getByRole('link');
const pageLinks = (page: Page) =>
  page.getByRole('region', { name: 'Search results' }).getByRole('list').getByRole('link');

/** Runs in the page: whether the text that starts with `start` (a result's text fragment) is on screen. */
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

test('a result shows what the engine found and opens its page at the passage, the matched words highlighted', async ({
  page,
}) => {
  const seen = watch(page);
  // A heading's words where the guide has a heading below a title, else a title: a passage under a heading.
  const withHeading = pages.find((candidate) => candidate.anchors.some(({ location }) => location > 0));
  const query = withHeading?.anchors.find(({ location }) => location > 0)?.text ?? pages.at(-1)!.title;
  const [expected] = (await engine(query)).hits;
  await openDialog(page, PATHS.wholeGuide);
  await page.keyboard.type(query);
  // Results for the whole query, not for the letters typed so far.
  await expect(page.getByRole('dialog').getByRole('status')).toContainText(`for “${query}”`);
  const first = dialogLinks(page).first();
  await expect(first).toHaveAttribute('href', expected!.href);
  await expect(first.locator('[data-section]')).toHaveText(expected!.section);
  await expect(first.locator('mark')).toHaveText(
    expected!.excerpt.filter(({ marked }) => marked).map(({ text }) => text),
  );
  if (expected!.heading) await expect(first).toContainText(`› ${expected!.heading}`);
  const href = new URL(expected!.href, page.url());
  const [fragment, directive] = href.hash.split(':~:');
  await page.keyboard.press('Enter');
  // The highlight parameter is consumed on arrival; the address stays clean for sharing.
  await page.waitForURL((url) => url.pathname === href.pathname && !url.searchParams.has('highlight'));
  expect(new URL(page.url()).hash).toBe(fragment);
  // The browser opens the page at the passage, and the matched words are highlighted (no markup injected).
  const start = decodeURIComponent(directive!.slice('text='.length).split(',')[0]!.replace(/^.*-,/, ''));
  await expect.poll(() => page.evaluate(textInView, start)).toBe(true);
  const highlighted = await page.evaluate(() => CSS.highlights.get('search-hit')?.size ?? 0);
  expect(highlighted).toBeGreaterThan(0);
  await expect(page.locator('article mark, article [style]')).toHaveCount(0);
  expect(seen.errors).toEqual([]);
});

test('a plain page view loads no search code; the first sign of intent loads the search file', async ({ page }) => {
  // Bodies are read only for the plain view, and awaited here: a body read after the test ends throws.
  const plainViewScripts: Promise<Buffer>[] = [];
  let plainView = true;
  const searchRequests: string[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith(PATHS.searchBundle)) searchRequests.push(url.pathname);
    if (plainView && url.pathname.endsWith('.js')) plainViewScripts.push(response.body());
  });
  await page.goto(pages.at(-1)!.url, { waitUntil: 'networkidle' });
  await page.mouse.move(5, 400);
  plainView = false;
  expect(searchRequests).toEqual([]);
  const js = await Promise.all(plainViewScripts);
  expect(js.reduce((sum, body) => sum + brotliSize(body), 0)).toBeLessThanOrEqual(BUDGET.script);
  await page.getByRole('button', { name: /^Search/ }).hover();
  await expect.poll(() => searchRequests).toContain(`${PATHS.searchBundle}${SEARCH_FILE}`);
});

test('keyboard only: open with the shortcut, type, move with arrows, open with Enter', async ({ page }) => {
  // The word on the most pages: several results to move through.
  const query = BROAD.word;
  expect((await engine(query)).hits.length).toBeGreaterThan(1);
  await page.goto(PATHS.home);
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox', { name: 'Search the guide' });
  await expect(input).toBeFocused();
  await page.keyboard.type(query);
  await expect(page.getByRole('dialog').getByRole('status')).toContainText(`for “${query}”`);
  const links = dialogLinks(page);
  await expect(links.nth(1)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const target = new URL((await links.nth(0).getAttribute('href'))!, page.url()).pathname;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname === target);
});

test('keys typed straight after the shortcut, before the dialog has loaded, are not lost', async ({ page }) => {
  // A slip of the keyboard (two letters swapped) that the engine corrects.
  const { word, slip } = SLIP;
  expect(slip).not.toBe(word);
  // A slow connection: the dialog's code arrives well after the reader has started typing.
  await page.route(/\/_astro\/dialog\.[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.goto(pages[1]!.url);
  await page.keyboard.press('Control+k');
  await page.keyboard.type(slip);
  await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toHaveValue(slip);
  await expect(page.getByRole('dialog').getByRole('status')).toContainText(`for “${word}” (you typed “${slip}”)`);
});

test('newer results arriving while the reader moves through older ones keep focus in the list', async ({ page }) => {
  const query = BROAD.word;
  const { word } = uniqueWord();
  await page.goto(PATHS.home);
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox', { name: 'Search the guide' });
  await input.fill(query);
  await expect(dialogLinks(page).nth(1)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(dialogLinks(page).nth(0)).toBeFocused();
  // Results for a new query replace the list under the focused link.
  await input.evaluate((box: HTMLInputElement, next) => {
    const active = document.activeElement;
    box.value = next;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    (active as HTMLElement).focus();
  }, word);
  await expect(page.getByRole('dialog').getByRole('status')).toContainText(`for “${word}”`);
  await expect(dialogLinks(page).nth(0)).toBeFocused();
});

test('Tab reaches the search button; Escape closes the dialog and returns focus to it', async ({ page }) => {
  await page.goto(pages[1]!.url);
  const button = page.getByRole('button', { name: /^Search/ });
  for (let i = 0; i < 10 && !(await button.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  const { word } = uniqueWord();
  await page.keyboard.type(word);
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(`1 result for “${word}”.`);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(button).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(button).toBeFocused();
});

test('the status region says what was found, for what, and what else to try', async ({ page }) => {
  await openDialog(page);
  const status = page.getByRole('dialog').getByRole('status');
  const input = page.getByRole('searchbox', { name: 'Search the guide' });
  // The word on the most pages: where it is on more pages than the dialog holds, only the best are shown there.
  const { word: broad, total } = BROAD;
  expect(total).toBeGreaterThan(1);
  await input.fill(broad);
  await expect(status).toHaveText(
    total > RESULT_LIMITS.dialog
      ? `${total} results for “${broad}”. The best ${RESULT_LIMITS.dialog} are shown; the search page lists all.`
      : `${total} results for “${broad}”.`,
  );
  await input.fill('zzzxqj');
  await expect(status).toHaveText(
    'No results for “zzzxqj”. Try other words, or browse the topic index on the search page.',
  );
  await expect(dialogLinks(page)).toHaveCount(0);
  // On the search page the topic index is hidden while a query stands: it says how to get it back.
  await page.goto(`${PATHS.search}?q=zzzxqj`);
  await expect(page.locator('search-page').getByRole('status')).toHaveText(
    'No results for “zzzxqj”. Try other words, or clear the box to browse the topic index.',
  );
});

test('words typed on the search page before its script has loaded are searched, not wiped', async ({ page }) => {
  const { word, url } = uniqueWord();
  // The search page's code is held back, as on a slow phone, until the reader has typed.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let heldBack = 0;
  await page.route(/\/_astro\/page\.[\w-]+\.js$/, async (route) => {
    heldBack++;
    await held;
    await route.continue();
  });
  await page.goto(PATHS.search, { waitUntil: 'domcontentloaded' });
  const input = page.getByRole('searchbox', { name: 'Words to look for' });
  await input.fill(word);
  // The script cannot have run before this (the route holds it); the poll only proves the route caught its request.
  await expect.poll(() => heldBack, "the search page's code was held back").toBe(1);
  release();
  await expect(pageLinks(page).first()).toHaveAttribute('href', new RegExp(`^${url}`));
  await expect(input).toHaveValue(word);
  await expect(page).toHaveURL(`${PATHS.search}?q=${encodeURIComponent(word)}`);
});

test('?q= round trip: the address runs the search and follows the query', async ({ page }) => {
  const { word, url } = uniqueWord();
  const other = uniqueWordOf(url);
  await page.goto(`${PATHS.search}?q=${encodeURIComponent(word)}`);
  const input = page.getByRole('searchbox', { name: 'Words to look for' });
  await expect(input).toHaveValue(word);
  // One search box on the search page; with a query the results take the screen, and the topic index waits.
  await expect(page.locator('site-search')).toHaveCount(0);
  const topics = page.getByRole('heading', { name: 'Topics from A to Z' });
  await expect(topics).toBeHidden();
  await expect(page.getByRole('link', { name: 'Browse every topic, A to Z' })).toBeVisible();
  await expect(pageLinks(page).first()).toHaveAttribute('href', new RegExp(`^${url}`));
  await input.fill(other.word);
  await expect(page).toHaveURL(`${PATHS.search}?q=${other.word}`);
  await expect(pageLinks(page).first()).toHaveAttribute('href', new RegExp(`^${other.url}`));
  await page.reload();
  await expect(input).toHaveValue(other.word);
  await input.fill('');
  await expect(page).toHaveURL(PATHS.search);
  await expect(pageLinks(page)).toHaveCount(0);
  await expect(topics).toBeVisible();
});

/** A word unique to another page than `url`. */
function uniqueWordOf(url: string): { word: string; url: string } {
  for (const candidate of pages.filter((page) => page.url !== url)) {
    const words = pageWords(candidate.content).flatMap(parts);
    const word = words.find(
      (found) =>
        found.length >= 6 &&
        !isStopWord(found) &&
        pages.every((page) => page === candidate || !pageWords(page.content).flatMap(parts).includes(found)),
    );
    if (word) return { word, url: candidate.url };
  }
  throw new Error('No page has a word of its own.');
}

for (const attack of XSS) {
  test(`the query ${attack} stays text in the address, box, status and results`, async ({ page }) => {
    const seen = watch(page);
    await page.goto(`${PATHS.search}?q=${encodeURIComponent(attack)}`);
    await expect(page.getByRole('searchbox', { name: 'Words to look for' })).toHaveValue(attack);
    await expect(page.locator('search-page').getByRole('status')).toContainText(`“${attack}”`);
    await openDialog(page);
    await page.keyboard.type(attack);
    await expect(page.getByRole('dialog').getByRole('status')).toContainText(`“${attack}”`);
    expect(await page.locator('img[src="x"], dialog script, search-page script').count()).toBe(0);
    expect(seen.alerts).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
}

test.describe('without JavaScript', EVERY_SCREEN, () => {
  test.use({ javaScriptEnabled: false });

  test('the header goes to the search page (a form on wide screens, a link on phones), whose topic index links to sections and headings', async ({
    page,
    request,
  }, info) => {
    await page.goto(pages[1]!.url);
    await expect(page.locator('button[aria-haspopup=dialog]')).toBeHidden();
    if (info.project.name === 'phone') {
      await page.locator('header').getByRole('link', { name: 'Search' }).click();
      await expect(page).toHaveURL(PATHS.search);
    } else {
      await page.getByRole('searchbox', { name: 'Search the guide' }).fill('words');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page).toHaveURL(`${PATHS.search}?q=words`);
      await expect(page.getByText('Searching needs JavaScript')).toBeVisible();
    }
    const index = page.getByRole('region', { name: 'Topics from A to Z' });
    await expect(index.getByRole('heading', { level: 3 }).first()).toBeVisible();
    const links = await index.locator('ul a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(pages.length);
    // Every topic link resolves, and a heading link's fragment exists on its page.
    for (const href of new Set(links)) {
      const [path, hash] = href.split('#');
      const html = await (await request.get(path!)).text();
      expect(html, href).toContain('<h1');
      if (hash) expect(html, href).toContain(`id="${hash}"`);
    }
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(
    `no axe violations or console errors with results in the dialog and on the search page (${colorScheme})`,
    EVERY_SCREEN,
    async ({ page }) => {
      const seen = watch(page);
      await page.emulateMedia({ colorScheme });
      const { word } = uniqueWord();
      await openDialog(page, pages[1]!.url);
      await page.keyboard.type(word);
      await expect(dialogLinks(page).first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${PATHS.search}?q=${encodeURIComponent(word)}`);
      await expect(pageLinks(page).first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      expect(seen.errors).toEqual([]);
    },
  );
}

test("a reader's word the guide calls otherwise: the result says how it was read", async ({ page }) => {
  // A tuning query whose first result the engine explains with a widening of the reader's words.
  let found: { query: string; outcome: Outcome } | undefined;
  for (const { query } of HALVES.tuning.filter(({ path }) => path !== null)) {
    const outcome = await engine(query);
    if (outcome.hits[0]?.understood.length) {
      found = { query, outcome };
      break;
    }
  }
  expect(found, 'a widening shown for some reader query').toBeDefined();
  const [{ word, as }] = found!.outcome.hits[0]!.understood as [{ word: string; as: string }];
  await page.goto(`${PATHS.search}?q=${encodeURIComponent(found!.query)}`);
  await expect(pageLinks(page).first()).toContainText(`Your words: ${word} → taken as ${as}`);
});

test('a health question the guide does not cover says so, and where to ask, instead of unrelated pages', async ({
  page,
}) => {
  let found: { query: string; outcome: Outcome } | undefined;
  for (const { query } of HALVES.tuning.filter(({ path }) => path === null)) {
    const outcome = await engine(query);
    if (outcome.notCovered?.health) {
      found = { query, outcome };
      break;
    }
  }
  expect(found, 'some uncovered health question told so').toBeDefined();
  await page.goto(`${PATHS.search}?q=${encodeURIComponent(found!.query)}`);
  const status = page.locator('search-page').getByRole('status');
  await expect(status).toHaveText(/^This guide does not (cover “.+”|answer that question)\.$/);
  await expect(pageLinks(page)).toHaveCount(0);
  const advice = page.getByRole('link', { name: 'When to get urgent help' });
  await expect(advice).toBeVisible();
  await advice.click();
  await expect(page).toHaveURL(`${PATHS.wholeGuide}#${URGENT_HELP_ID}`);
  await expect(page.locator(`#${URGENT_HELP_ID}`)).toBeInViewport();
});

test.describe('what a reader types is read as they meant it, and shown back as text', () => {
  test('full-width letters and invisible characters find what the plain word finds', async ({ page }) => {
    const { word } = uniqueWord();
    const fullWidth = [...word].map((letter) => String.fromCharCode(letter.charCodeAt(0) + 0xfee0)).join('');
    await page.goto(`${PATHS.search}?q=${encodeURIComponent(`${fullWidth.slice(0, 3)}\u200b${fullWidth.slice(3)}`)}`);
    await expect(page.locator('search-page').getByRole('status')).toHaveText(`1 result for “${word}”.`);
    await expect(page.getByRole('searchbox', { name: 'Words to look for' })).toHaveValue(word);
  });

  test('a right-to-left override cannot turn the status sentence around', async ({ page }) => {
    const { word } = uniqueWord();
    await page.goto(`${PATHS.search}?q=${encodeURIComponent(`\u202e${word}\u202c`)}`);
    const status = page.locator('search-page').getByRole('status');
    await expect(status).toHaveText(`1 result for “${word}”.`);
    expect(await status.textContent()).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});

test('a page opened with very many words to highlight stays quick, caps the highlights and cleans its address', async ({
  page,
}) => {
  // The longest page's words that fill a query (MAX_QUERY_LENGTH characters) with the most places on it: the
  // commonest for their length first.
  const longest = [...pages].sort((a, b) => b.content.length - a.content.length)[0]!;
  const counts = new Map<string, number>();
  for (const word of pageWords(longest.content).flatMap(parts)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words: string[] = [];
  for (const [word] of [...counts].sort((a, b) => b[1] / (b[0].length + 1) - a[1] / (a[0].length + 1)))
    if (word.length > 1 && [...words, word].join(' ').length <= MAX_QUERY_LENGTH) words.push(word);
  const places = words.reduce((sum, word) => sum + counts.get(word)!, 0);
  // The cap is under test, not the guide's length: the page is served as built where it has half as many places again
  // as the cap; on a short guide, with its own paragraphs repeated after them until it has.
  const repeats = Math.ceil((1.5 * MAX_HIGHLIGHTS) / places) - 1;
  if (repeats > 0)
    await page.route(
      (url) => url.pathname === longest.url,
      async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
        const paragraphs = (article.match(/<p>[\s\S]*?<\/p>/g) ?? []).join('\n');
        const headers = { ...response.headers() };
        delete headers['content-length'];
        delete headers['content-encoding'];
        await route.fulfill({
          response,
          headers,
          body: html.replace('</article>', `${paragraphs.repeat(repeats)}</article>`),
        });
      },
    );
  await page.goto(`${longest.url}?highlight=${words.join('+')}`);
  await page.waitForURL((url) => !url.searchParams.has('highlight'));
  const count = await page.evaluate(() => CSS.highlights.get('search-hit')?.size ?? 0);
  expect(count).toBe(MAX_HIGHLIGHTS);
});
