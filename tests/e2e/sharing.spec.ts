/**
 * Sharing a page, a heading or a selection, in a browser. The page, its title and heading, and the words selected are
 * read from the content and the built page, never named here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { contentDir } from '../../src/content/content-dir';
import { COLOUR_ROLES } from '../../src/theme';
import { readPage } from '../support/dist';
import { rgbChannels } from './support/colours';
import { scrollSettled } from './support/settle';
import { EVERY_SCREEN } from './support/screens';
import { axeViolations, rulesFor } from './support/axe';
import { cspViolations, recordCspViolations } from './support/csp';
import { SECTION_PATHS, sectionWithHeading } from './support/pages';

/**
 * A section page with headings, its title, and its first heading of the author's (the first that the page offers to
 * share, not the interface's own headings such as the page's contents box) with the id the page gives it.
 */
const SECTION = sectionWithHeading();
const PAGE = SECTION.path;
const { TITLE, HEADING, HEADING_ID } = (() => {
  const html = readPage(PAGE);
  const text = (inner: string) =>
    inner
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&#39;|&#x27;/g, "'")
      .trim();
  const id = /aria-labelledby="share-label-section-link ([^"]+)"/.exec(html)![1]!;
  const heading = new RegExp(`<h2 id="${id}"[^>]*>(.*?)</h2>`).exec(html)!;
  return { TITLE: text(/<h1 id="top"[^>]*>(.*?)<\/h1>/.exec(html)![1]!), HEADING_ID: id, HEADING: text(heading[1]!) };
})();

/** How many headings (`##` to `####`) the author gave the page, each of which gets a link to itself. */
const AUTHOR_HEADINGS = readFileSync(join(contentDir, 'sections', `${SECTION.slug}.mdx`), 'utf8')
  .replace(/^---[\s\S]*?\n---/, '')
  .split('\n')
  .filter((line) => /^#{2,4} /.test(line)).length;

/** Words of the article to select, found nowhere else on the page: the first words of a paragraph's second sentence. */
const PHRASE = (() => {
  const html = readPage(PAGE);
  const pageText = html.replace(/<[^>]+>/g, ' ');
  for (const [, paragraph] of html.slice(html.indexOf('<article')).matchAll(/<p>([^<]{80,})<\/p>/g)) {
    const second = paragraph!.split(/(?<=[.!?]) +/)[1];
    const words = second?.split(' ').slice(0, 3).join(' ');
    if (words && /^[\w ,-]+$/.test(words) && words.length > 8 && pageText.split(words).length === 2) return words;
  }
  throw new Error(`${PAGE} has no paragraph of two sentences to select from`);
})();

/**
 * A short phrase (two words) that one paragraph of some section page uses twice, and the article nowhere else, with the
 * page and the paragraph's first words: a selection whose text fragment must say which of the two it means.
 */
const TWICE = (() => {
  const count = (text: string, phrase: string) => text.split(phrase).length - 1;
  for (const path of SECTION_PATHS) {
    const html = readPage(path);
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    const articleText = article.replace(/<[^>]+>/g, ' ');
    for (const [, paragraph] of article.matchAll(/<p>([^<]+)<\/p>/g)) {
      const words = paragraph!.split(/\s+/);
      for (let i = 0; i < words.length - 1; i++) {
        const phrase = `${words[i]} ${words[i + 1]}`;
        if (!/^[a-z]{3,} [a-z]{3,}$/.test(phrase)) continue;
        // Twice in the paragraph as whole words, and nowhere else in the article.
        const whole = paragraph!.match(new RegExp(`\\b${phrase}\\b`, 'g'))?.length ?? 0;
        if (whole === 2 && count(paragraph!, phrase) === 2 && count(articleText, phrase) === 2)
          return { path, phrase, paragraph: paragraph!.split(' ').slice(0, 6).join(' ') };
      }
    }
  }
  throw new Error('No paragraph of the guide uses a phrase twice');
})();

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

// The system clipboard is shared by the browsers of parallel workers, so each page records what it wrote there.
test.beforeEach(({ context }) =>
  context.addInitScript(() => {
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text) => {
      (window as { copied?: string }).copied = text;
      return write(text);
    };
  }),
);

/** What the page copied to the clipboard, once it has (the copy may wait for a lazily loaded module). */
async function clipboard(page: Page): Promise<string> {
  const copied = await page.waitForFunction(() => (window as { copied?: string }).copied);
  return (await copied.jsonValue()) as string;
}

/** Selects the `nth` (0-based) occurrence of `text` inside the article, as a reader dragging over it would. */
async function selectInArticle(page: Page, text: string, nth = 0) {
  await page.evaluate(
    ([text, nth]) => {
      const walker = document.createTreeWalker(document.querySelector('[data-text-links]')!, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let at = node.data.indexOf(text); at !== -1; at = node.data.indexOf(text, at + 1)) {
          if (seen++ < nth) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return;
        }
      }
      throw new Error(`"${text}" #${nth} is not in the article`);
    },
    [text, nth] as const,
  );
}

/** A rectangle on the screen, in CSS pixels from the top left of the viewport. */
type Box = { x: number; y: number; width: number; height: number };

/** Pixels of the ::target-text highlight colour (the theme's, light) in an element's box (or a given box), from a real screenshot. */
async function highlightedPixels(page: Page, target: string | Box): Promise<number> {
  const box = typeof target === 'string' ? (await page.locator(target).boundingBox())! : target;
  const png = await page.screenshot({ clip: box });
  const decoder = await page.context().newPage();
  const count = await decoder.evaluate(
    async ([base64, [red, green, blue]]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let hits = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - red) < 4 && Math.abs(data[i + 1]! - green) < 4 && Math.abs(data[i + 2]! - blue) < 4)
          hits++;
      }
      return hits;
    },
    [png.toString('base64'), rgbChannels(COLOUR_ROLES.highlight.light)] as const,
  );
  await decoder.close();
  return count;
}

test('every heading has one labelled Share control, which copies its exact URL', async ({ page, baseURL }) => {
  // The button says "Copied" for three seconds: the page's clock is the test's, so nobody waits them out.
  await page.clock.install();
  await page.goto(PAGE);
  const share = page.getByRole('button', { name: `Share this section: ${HEADING}` });
  await expect(share).toBeVisible();
  await expect(share).toHaveText('Share');
  // With JavaScript the plain link to the heading gives way to the button: one control per heading, not two.
  await expect(page.getByRole('link', { name: `Link to this section: ${HEADING}` })).toBeHidden();
  const width = (await share.boundingBox())!.width;
  // From here the page's time moves only when the test moves it, however slow the machine.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await share.click();
  expect(await clipboard(page)).toBe(`${baseURL}${PAGE}#${HEADING_ID}`);
  // Confirmed on the button, where the reader is looking, and to screen readers; no toast far away.
  await expect(share).toHaveText('Copied');
  await expect(page.locator('#share-said')).toHaveText(`Link to “${HEADING}” copied`);
  await expect(page.locator('#share-status')).toBeEmpty();
  expect((await share.boundingBox())!.width).toBe(width);
  await page.clock.runFor(2900);
  await expect(share).toHaveText('Copied');
  await page.clock.runFor(200);
  await expect(share).toHaveText('Share');
});

test("the page title's control shares the clean page URL, even after following a heading link", async ({
  page,
  baseURL,
}) => {
  await page.goto(`${PAGE}?highlight=x#${HEADING_ID}`);
  await page.getByRole('button', { name: `Share this page: ${TITLE}` }).click();
  expect(await clipboard(page)).toBe(`${baseURL}${PAGE}`);
});

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 740 } });

  test('where the Web Share API exists, the buttons open the share sheet with the same URL', async ({
    page,
    baseURL,
  }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
    });
    await page.goto(PAGE);
    await page.getByRole('button', { name: `Share this section: ${HEADING}` }).click();
    await page.getByRole('button', { name: `Share this page: ${TITLE}` }).click();
    const shared = await page.evaluate(() =>
      (window as unknown as { shared: ShareData[] }).shared.map((data) => data.url),
    );
    expect(shared).toEqual([`${baseURL}${PAGE}#${HEADING_ID}`, `${baseURL}${PAGE}`]);
  });

  test('tapping "Copy link to this text" copies a link to the selection', async ({ page }) => {
    await page.goto(PAGE);
    await selectInArticle(page, PHRASE);
    await page.getByRole('button', { name: 'Copy link to this text' }).tap();
    expect(decodeURIComponent((await clipboard(page)).split('#:~:text=')[1]!)).toBe(PHRASE);
  });
});

test.describe('on a desktop', () => {
  test.use({ hasTouch: false, isMobile: false, viewport: { width: 1280, height: 720 } });

  test('with the Web Share API the buttons still copy, as readers there expect', async ({ page, baseURL }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: async () => {} }));
    await page.goto(PAGE);
    await page.getByRole('button', { name: `Share this section: ${HEADING}` }).click();
    expect(await clipboard(page)).toBe(`${baseURL}${PAGE}#${HEADING_ID}`);
  });
});

test('a shared heading URL opens with the heading near the top of the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 640 });
  await page.goto(`${PAGE}#${HEADING_ID}`);
  const heading = page.locator(`#${HEADING_ID}`);
  await expect(heading).toBeInViewport();
  await scrollSettled(page);
  const { top, scrollY } = await heading.evaluate((element) => ({
    top: element.getBoundingClientRect().top,
    scrollY: window.scrollY,
  }));
  expect(scrollY).toBeGreaterThan(0);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(200);
});

test('a selection gets a text-fragment link that opens Chromium at that text, highlighted', async ({
  page,
  context,
}) => {
  await page.goto(PAGE);
  const bar = page.getByRole('button', { name: 'Copy link to this text' });
  await expect(bar).toBeHidden();
  // Where the page has a contents box, the heading's words appear first there: the link must point past that one.
  const earlier = await page
    .locator('[data-text-links]')
    .evaluate((article, heading) => article.textContent!.split(heading).length - 2, HEADING);
  if (await page.getByRole('navigation', { name: 'On this page' }).count()) expect(earlier).toBeGreaterThan(0);
  await selectInArticle(page, HEADING, earlier);
  await expect(bar).toBeVisible();
  await bar.click();
  const url = await clipboard(page);
  expect(url).toMatch(new RegExp(`${PAGE}#:~:text=`));
  expect(decodeURIComponent(url.split('#:~:text=')[1]!)).toContain(HEADING);
  await expect(page.locator('#share-status')).toHaveText('Link to the selected text copied');

  const opened = await context.newPage();
  await opened.setViewportSize({ width: 390, height: 640 });
  await opened.goto(url);
  await expect(opened.locator(`#${HEADING_ID}`)).toBeInViewport();
  await scrollSettled(opened);
  await expect.poll(() => highlightedPixels(opened, `#${HEADING_ID}`)).toBeGreaterThan(200);
  // Not the contents box's copy of the words: on a long page the browser has scrolled it out of view; where a short
  // page still shows it, the part on screen is not highlighted.
  const contents = opened.getByRole('navigation', { name: 'On this page' });
  if (await contents.count()) {
    const entry = contents.getByRole('link', { name: HEADING, exact: true });
    await expect(entry).toHaveCount(1);
    const onScreen = await entry.evaluate((link): Box | undefined => {
      const { left, top, right, bottom } = link.getBoundingClientRect();
      const [x, y] = [Math.max(left, 0), Math.max(top, 0)];
      const [width, height] = [Math.min(right, innerWidth) - x, Math.min(bottom, innerHeight) - y];
      return width > 0 && height > 0 ? { x, y, width, height } : undefined;
    });
    if (onScreen) expect(await highlightedPixels(opened, onScreen)).toBe(0);
  }
});

test('a short phrase used twice in a paragraph links to the occurrence that was selected', async ({
  page,
  context,
}) => {
  await page.goto(TWICE.path);
  await selectInArticle(page, TWICE.phrase, 1);
  await page.getByRole('button', { name: 'Copy link to this text' }).click();
  const opened = await context.newPage();
  await opened.goto(await clipboard(page));
  const paragraph = opened.locator('article p', { hasText: TWICE.paragraph });
  await expect(paragraph).toBeInViewport();
  await scrollSettled(opened);
  // Both occurrences sit in one paragraph, so measure the highlight on each one's own boxes (one per line it runs
  // over: the box around an occurrence broken across two lines would take in the other), once the page is still.
  const boxes = await paragraph.evaluate((p, phrase) => {
    const text = p.firstChild as Text;
    return [text.data.indexOf(phrase), text.data.lastIndexOf(phrase)].map((at) => {
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + phrase.length);
      return [...range.getClientRects()]
        .filter(({ width, height }) => width > 0 && height > 0)
        .map(({ x, y, width, height }) => ({ x, y, width, height }));
    });
  }, TWICE.phrase);
  const pixelsOn = async (lines: Box[]) =>
    (await Promise.all(lines.map((line) => highlightedPixels(opened, line)))).reduce((sum, n) => sum + n, 0);
  await expect.poll(() => pixelsOn(boxes[1]!)).toBeGreaterThan(100);
  expect(await pixelsOn(boxes[0]!)).toBe(0);
});

test('share controls are reachable and work from the keyboard', async ({ page, baseURL }) => {
  await page.goto(PAGE);
  const share = page.getByRole('button', { name: `Share this section: ${HEADING}` });
  for (let i = 0; i < 40 && !(await share.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(share).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await clipboard(page)).toBe(`${baseURL}${PAGE}#${HEADING_ID}`);
  await expect(page.locator('#share-said')).toHaveText(`Link to “${HEADING}” copied`);
  await expect(share).toBeFocused();
});

test('a pasted section URL unfurls into a readable link preview', async ({ page, baseURL }, testInfo) => {
  // What a chat app does with a pasted link: read the Open Graph tags, then fetch and show the image.
  await page.goto(PAGE);
  const og = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')].map((m) => [
        m.getAttribute('property') ?? m.getAttribute('name'),
        m.getAttribute('content'),
      ]),
    ),
  );
  expect(og['twitter:card']).toBe('summary_large_image');
  // The tags name the production host; this build is served locally, so fetch the same path from here.
  const image = `${baseURL}${new URL(og['og:image']!).pathname}`;
  // A blank page of its own: the site's strict CSP would block this mock-up's inline styles.
  const preview = await page.context().newPage();
  await preview.setContent(`<!doctype html><body style="margin:0;padding:24px;background:#e2e8f0;font:15px system-ui">
    <div style="width:500px;border-radius:12px;overflow:hidden;background:#fff;box-shadow:0 1px 4px #0003">
      <img id="preview" src="${image}" alt="" style="display:block;width:500px;aspect-ratio:1200/630">
      <div style="padding:12px 16px"><div style="color:#64748b">${new URL(og['og:url']!).host}</div>
      <strong id="title" style="display:block;margin:4px 0">${og['og:title']}</strong><div>${og['og:description']}</div></div>
    </div></body>`);
  const size = await preview.locator('#preview').evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  });
  expect(size).toEqual([1200, 630]);
  await expect(preview.locator('#title')).toHaveText(TITLE);
  await testInfo.attach('link-preview.png', {
    body: await preview.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each heading has a link to itself instead, and no control that needs JS is shown', async ({ page }) => {
    await page.goto(PAGE);
    // One link for the page's title and one for each of the author's headings.
    await expect(page.locator('share-link a')).toHaveCount(1 + AUTHOR_HEADINGS);
    for (const link of await page.locator('share-link a').all()) await expect(link).toBeVisible();
    await expect(page.getByRole('link', { name: `Link to this page: ${TITLE}` })).toHaveAttribute('href', '#top');
    for (const control of await page.locator('share-link button, text-link-bar').all())
      await expect(control).toBeHidden();
    await page.getByRole('link', { name: `Link to this section: ${HEADING}` }).click();
    await expect(page).toHaveURL(new RegExp(`#${HEADING_ID}$`));
    await expect(page.locator(`#${HEADING_ID}`)).toBeInViewport();
  });
});

test('sharing raises no CSP violation or console error, with JSON-LD in the page', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await recordCspViolations(page);
  await page.goto(PAGE);
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
  await selectInArticle(page, PHRASE);
  await page.getByRole('button', { name: 'Copy link to this text' }).click();
  await page.getByRole('button', { name: `Share this page: ${TITLE}` }).click();
  await expect(page.locator('#share-said')).toHaveText(/copied/);
  expect(await cspViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(
    `a section page with its sharing controls showing has no axe violations (${colorScheme})`,
    EVERY_SCREEN,
    async ({ page }) => {
      // axe takes a while on the shared 2-core machine.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(PAGE);
      await page.getByRole('button', { name: `Share this page: ${TITLE}` }).click();
      await selectInArticle(page, PHRASE);
      await expect(page.getByRole('button', { name: 'Copy link to this text' })).toBeVisible();
      expect(await axeViolations(page, rulesFor(colorScheme))).toEqual([]);
    },
  );
}
