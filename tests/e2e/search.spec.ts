import { expect, test, type Page } from '@playwright/test';
import { BUDGET } from '../support/budgets';
import { brotliSize } from '../support/page-weight';
import { RESULT_LIMITS } from '../../src/consts';
import TUNING from '../fixtures/search-queries/tuning.json' with { type: 'json' };
import { EVERY_SCREEN } from './support/screens';
import { axeViolations } from './support/axe';

/**
 * Queries of the tuning half marked `e2e`, each → the section (and heading) a reader should land on. The build-output
 * test runs every query of the frozen half through the same engine; these check the browser's side.
 */
interface Expected {
  kind: string;
  e2e?: boolean;
  query: string;
  path: string;
  heading?: string;
}

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

async function openDialog(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByRole('button', { name: /^Search/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toBeFocused();
}

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

test.describe('queries land on the right section and heading, at the sentence that answers', () => {
  for (const { kind, query, path, heading } of (TUNING as Expected[]).filter((entry) => entry.e2e)) {
    test(`[${kind}] “${query}” → ${path}${heading ? `#${heading}` : ''}`, async ({ page }) => {
      const seen = watch(page);
      // From the whole-guide page, which no query should land on, so arriving anywhere is a real navigation.
      await openDialog(page, '/guide/');
      await page.keyboard.type(query);
      // Results for the whole query, not for the letters typed so far.
      await expect(page.getByRole('dialog').getByRole('status')).toContainText(`for “${query}”`);
      const first = page
        .getByRole('dialog')
        .getByRole('region', { name: 'Results' })
        .getByRole('list')
        .getByRole('link')
        .first();
      const href = new URL((await first.getAttribute('href'))!, page.url());
      expect(href.pathname).toBe(path);
      // The heading's fragment (the page's top without one), then the answering sentence as a text fragment.
      const [fragment, directive] = href.hash.split(':~:');
      expect(fragment).toBe(`#${heading ?? 'top'}`);
      expect(directive).toMatch(/^text=/);
      await page.keyboard.press('Enter');
      // The highlight parameter is consumed on arrival; the address stays clean for sharing.
      await page.waitForURL((url) => url.pathname === path && !url.searchParams.has('highlight'));
      await page.waitForLoadState();
      expect(new URL(page.url()).hash).toBe(`#${heading ?? 'top'}`);
      // The browser opens the page at the sentence that answers.
      const start = decodeURIComponent(directive!.slice('text='.length).split(',')[0]!.replace(/^.*-,/, ''));
      await expect.poll(() => page.evaluate(textInView, start)).toBe(true);
      expect(seen.errors).toEqual([]);
    });
  }
});

test('a plain page view loads no search code and keeps to the JavaScript budget', async ({ page }) => {
  // Bodies are read only for the plain view, and awaited here: a body read after the test ends throws.
  const plainViewScripts: Promise<Buffer>[] = [];
  let plainView = true;
  const searchRequests: string[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/pagefind/') || url.pathname.includes('search-ui')) searchRequests.push(url.pathname);
    if (plainView && url.pathname.endsWith('.js')) plainViewScripts.push(response.body());
  });
  await page.goto('/self-care/', { waitUntil: 'networkidle' });
  await page.mouse.move(5, 400);
  await page.waitForTimeout(300);
  plainView = false;
  expect(searchRequests).toEqual([]);
  const js = await Promise.all(plainViewScripts);
  expect(js.length).toBeGreaterThan(0);
  const brotli = js.reduce((sum, body) => sum + brotliSize(body), 0);
  expect(brotli).toBeLessThanOrEqual(BUDGET.script);
  // Intent (hovering the search button) starts loading search.
  await page.getByRole('button', { name: /^Search/ }).hover();
  await expect.poll(() => searchRequests.some((path) => path.endsWith('/pagefind.js'))).toBe(true);
});

test('keyboard only: open with the shortcut, type, move with arrows, open with Enter', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox', { name: 'Search the guide' });
  await expect(input).toBeFocused();
  await page.keyboard.type('posture');
  // The results for the whole word, not for a part typed before a pause.
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('for “posture”');
  const links = page.getByRole('dialog').getByRole('region', { name: 'Results' }).getByRole('list').getByRole('link');
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
  // A slow connection: the dialog's code arrives well after the reader has started typing.
  await page.route(/\/_astro\/search-ui\.[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.goto('/overview/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('streching');
  const input = page.getByRole('searchbox', { name: 'Search the guide' });
  await expect(input).toHaveValue('streching');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('Did you mean “stretching”?');
});

test('newer results arriving while the reader moves through older ones keep focus in the list', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox', { name: 'Search the guide' });
  const links = page.getByRole('dialog').getByRole('region', { name: 'Results' }).getByRole('list').getByRole('link');
  await input.fill('stress');
  await expect(links.nth(1)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  // Results for a new query replace the list under the focused link.
  await input.evaluate((box: HTMLInputElement) => {
    const active = document.activeElement;
    box.value = 'posture';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    (active as HTMLElement).focus();
  });
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('for “posture”');
  await expect(links.nth(0)).toBeFocused();
  await expect(links.nth(0)).toHaveAttribute('href', /highlight=[^&]*postur/);
});

test('Tab reaches the search button; Escape closes the dialog and returns focus to it', async ({ page }) => {
  await page.goto('/overview/');
  const button = page.getByRole('button', { name: /^Search/ });
  for (let i = 0; i < 10 && !(await button.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.type('yoga');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('1 result for “yoga”.');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(button).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(button).toBeFocused();
});

test('the result count is announced in a status region', async ({ page }) => {
  await openDialog(page);
  await page.keyboard.type('stress');
  const status = page.getByRole('dialog').getByRole('status');
  await expect(status).toHaveText(/^[2-5] results for “stress”\.$/);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('massage');
  await expect(status).toHaveText(
    new RegExp(
      `^\\d+ results for “massage”\\. The best ${RESULT_LIMITS.dialog} are shown; the search page lists all\\.$`,
    ),
  );
  await page.keyboard.press('Control+a');
  await page.keyboard.type('streching');
  await expect(status).toHaveText(
    /^No results for “streching”\. Did you mean “stretching”\? Showing \d+ results for “stretching”\./,
  );
  await page.keyboard.press('Control+a');
  await page.keyboard.type('zzzxqj');
  await expect(status).toHaveText(/^No results for “zzzxqj”\./);
  await expect(
    page.getByRole('dialog').getByRole('region', { name: 'Results' }).getByRole('list').getByRole('link'),
  ).toHaveCount(0);
});

test("each visit asks for Pagefind's entry file afresh, so a new build's index is never read from an old cache", async ({
  page,
}) => {
  // Pages carry no build id to tag the entry with: Pagefind's own `?ts=<now>` must tell the visits apart.
  const stamps: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('/pagefind-entry.json') && url.searchParams.has('ts'))
      stamps.push(url.searchParams.get('ts')!);
  });
  for (const visit of [1, 2]) {
    await openDialog(page);
    await page.keyboard.type('stress');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/results for “stress”/);
    expect(stamps).toHaveLength(visit);
  }
  expect(stamps[0]).not.toBe(stamps[1]);
});

test('results show the section, the heading and an excerpt with the matched words marked', async ({ page }) => {
  await openDialog(page);
  await page.keyboard.type('scoliosis');
  const first = page.getByRole('dialog').getByRole('link').filter({ hasText: 'scoliosis' }).first();
  await expect(first).toContainText('How Manual Therapy Techniques Can Help Lower Back Pain?');
  await expect(first).toContainText('› Can Massage Cure Back Pain?');
  await expect(first.locator('mark')).toHaveText(['scoliosis']);
});

test('the page a result opens highlights the matched words with the CSS Highlight API', async ({ page }) => {
  await page.goto('/self-care/?highlight=stretches+stretching');
  await expect(page).toHaveURL(/\/self-care\/$/);
  const highlighted = await page.evaluate(() =>
    [...(CSS.highlights.get('search-hit') ?? [])].map((range) => range.toString()),
  );
  expect(highlighted).toEqual(['stretches', 'Stretching']);
  // No elements or inline styles were injected into the article.
  await expect(page.locator('article mark, article [style]')).toHaveCount(0);
});

test('?q= round trip: the address runs the search and follows the query', async ({ page }) => {
  await page.goto('/search/?q=omega+3');
  const input = page.getByRole('searchbox', { name: 'Words to look for' });
  await expect(input).toHaveValue('omega 3');
  // One search box on the search page; with a query the results take the screen, and the topic index waits.
  await expect(page.locator('site-search')).toHaveCount(0);
  const topics = page.getByRole('heading', { name: 'Topics from A to Z' });
  await expect(topics).toBeHidden();
  await expect(page.getByRole('link', { name: 'Browse every topic, A to Z' })).toBeVisible();
  const results = page.getByRole('region', { name: 'Search results' }).getByRole('list').getByRole('link');
  await expect(results.first()).toHaveAttribute('href', /^\/nutrition-and-diet\//);
  await input.fill('fight or flight');
  await expect(page).toHaveURL(/\/search\/\?q=fight\+or\+flight$/);
  await expect(results.first()).toHaveAttribute('href', /^\/stress-and-back-pain\//);
  await page.reload();
  await expect(input).toHaveValue('fight or flight');
  await expect(results.first()).toHaveAttribute('href', /^\/stress-and-back-pain\//);
  await input.fill('');
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(results).toHaveCount(0);
  await expect(topics).toBeVisible();
});

for (const attack of XSS) {
  test(`the query ${attack} stays text in the address, box, status and results`, async ({ page }) => {
    const seen = watch(page);
    await page.goto(`/search/?q=${encodeURIComponent(attack)}`);
    await expect(page.getByRole('searchbox', { name: 'Words to look for' })).toHaveValue(attack);
    await expect(page.locator('search-page').getByRole('status')).toContainText(`“${attack}”`);
    await openDialog(page, '/');
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
    await page.goto('/benefits/');
    await expect(page.locator('button[aria-haspopup=dialog]')).toBeHidden();
    if (info.project.name === 'phone') {
      await page.locator('header').getByRole('link', { name: 'Search' }).click();
      await expect(page).toHaveURL(/\/search\/$/);
      await page.goto('/search/?q=stress');
    } else {
      const box = page.getByRole('searchbox', { name: 'Search the guide' });
      await box.fill('stress');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page).toHaveURL(/\/search\/\?q=stress$/);
    }
    await expect(page.getByText('Searching needs JavaScript')).toBeVisible();
    const index = page.getByRole('region', { name: 'Topics from A to Z' });
    await expect(index.getByRole('heading', { level: 3 }).first()).toHaveText('A');
    const links = await index.locator('ul a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(40);
    // Every topic link resolves, and a heading link's fragment exists on its page.
    for (const href of new Set(links)) {
      const [path, hash] = href.split('#');
      const html = await (await request.get(path!)).text();
      expect(html, href).toContain('<h1');
      if (hash) expect(html, href).toContain(`id="${hash}"`);
    }
    await index.getByRole('link', { name: 'Can massage cure back pain?' }).click();
    await expect(page).toHaveURL(/\/manual-therapy\/#can-massage-cure-back-pain$/);
    await expect(page.locator('#can-massage-cure-back-pain')).toBeInViewport();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations or console errors with the dialog open (${colorScheme})`, EVERY_SCREEN, async ({ page }) => {
    const seen = watch(page);
    await page.emulateMedia({ colorScheme });
    await openDialog(page, '/self-care/');
    await page.keyboard.type('stretching');
    await expect(page.getByRole('dialog').getByRole('status')).toContainText('for “stretching”');
    await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  test(
    `no axe violations or console errors on the search page with results (${colorScheme})`,
    EVERY_SCREEN,
    async ({ page }) => {
      const seen = watch(page);
      await page.emulateMedia({ colorScheme });
      await page.goto('/search/?q=streching');
      await expect(
        page.getByRole('region', { name: 'Search results' }).getByRole('list').getByRole('link').first(),
      ).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      expect(seen.errors).toEqual([]);
    },
  );
}

test("a reader's word the guide lacks is searched as the guide's words, and the result and the page say so", async ({
  page,
}) => {
  await openDialog(page, '/guide/');
  await page.keyboard.type('can i go to the gym the day after a massage');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('status')).toContainText('for “can i go to the gym the day after a massage”');
  const first = dialog.getByRole('region', { name: 'Results' }).getByRole('link').first();
  await expect(first).toHaveAttribute('href', /^\/self-care\//);
  // The sentence that answers, the words that carried the match marked (never "a" or "the"), and how "gym" was read.
  await expect(first).toContainText('Avoid strenuous activities for at least 24 hours after a deep tissue massage.');
  await expect(first.locator('mark')).toHaveText(['strenuous', 'activities', 'after', 'massage']);
  await expect(first).toContainText('Your words: gym → taken as strenuous activities');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/self-care/' && !url.searchParams.has('highlight'));
  const highlighted = await page.evaluate(() =>
    [...(CSS.highlights.get('search-hit') ?? [])].map((range) => (range as Range).toString().toLowerCase()),
  );
  expect(new Set(highlighted)).toEqual(new Set(['strenuous', 'activities', 'after', 'massage']));
  await expect.poll(() => page.evaluate(textInView, 'Avoid strenuous activities')).toBe(true);
});

test('a health question the guide does not cover says so, and where to ask, instead of unrelated pages', async ({
  page,
}) => {
  await page.goto(`/search/?q=${encodeURIComponent('is deep tissue massage safe when pregnant')}`);
  const status = page.locator('search-page').getByRole('status');
  await expect(status).toHaveText('This guide does not cover “pregnant”.');
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link')).toHaveCount(0);
  const advice = page.getByRole('link', { name: 'When to get urgent help' });
  await expect(advice).toBeVisible();
  await advice.click();
  await expect(page).toHaveURL(/\/#urgent-help$/);
  await expect(page.getByRole('heading', { name: 'Get urgent help' })).toBeInViewport();
});

test('"Did you mean" corrects slips, never real words', async ({ page }) => {
  await page.goto('/search/?q=masage');
  const status = page.locator('search-page').getByRole('status');
  await expect(status).toContainText('Did you mean “massage”?');
  await page.goto('/search/?q=how+much+does+a+massage+cost');
  await expect(status).toHaveText(/^This guide does not cover “cost”\./);
  await expect(status).not.toContainText('Did you mean');
});

test.describe('what a reader types is read as they meant it, and shown back as text', () => {
  test('full-width letters and invisible characters find what the plain word finds', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('ｓｔｒｅ\u200bs\u00ads')}`);
    const status = page.locator('search-page').getByRole('status');
    await expect(status).toHaveText(/^\d+ results for “stress”\./);
    await expect(page.getByRole('searchbox', { name: 'Words to look for' })).toHaveValue('stress');
  });

  test('a right-to-left override cannot turn the status sentence around', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('\u202estress\u202c')}`);
    const status = page.locator('search-page').getByRole('status');
    await expect(status).toHaveText(/results for “stress”\./);
    expect(await status.textContent()).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});

test('a page opened with very many words to highlight stays quick, caps the highlights and cleans its address', async ({
  page,
}) => {
  const common =
    'the and to of a in is can for with that this your it be or as by on are from at an deep tissue massage back pain lower help muscle'.split(
      ' ',
    );
  await page.goto(`/benefits/?highlight=${common.join('+')}`);
  await page.waitForURL((url) => !url.searchParams.has('highlight'));
  const count = await page.evaluate(() => CSS.highlights.get('search-hit')?.size ?? 0);
  expect(count).toBe(200);
});
