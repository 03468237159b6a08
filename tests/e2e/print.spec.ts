import { expect, test, type Page } from '@playwright/test';
import { PRINT_COLOURS } from '../../src/theme';
import { cssRgb } from './support/colours';
import { SECTIONS, SECTION_PAGES } from './support/pages';

/** Paper's colours, as the theme defines them for print and as browsers report them. */
const BLACK = cssRgb(PRINT_COLOURS.ink);
const WHITE = cssRgb(PRINT_COLOURS.page);

/** Colours of every visible text element in the main content, and the page background. */
async function printedColours(page: Page) {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll<HTMLElement>('main :is(h1, h2, h3, p, li, a, strong, dt, dd)')]
      .filter((el) => el.offsetParent !== null && el.textContent?.trim())
      .map((el) => getComputedStyle(el).color);
    const background = getComputedStyle(document.body).backgroundColor;
    return { colours: [...new Set(texts)], background, count: texts.length };
  });
}

for (const colorScheme of ['dark', 'light'] as const) {
  test(`the whole guide prints black on white from the ${colorScheme} scheme, as a booklet`, async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme });
    await page.goto('/guide/');
    const { colours, background, count } = await printedColours(page);
    // Every section's heading at least: fewer means the measurement missed the text.
    expect(count).toBeGreaterThan(SECTIONS.length);
    expect(colours).toEqual([BLACK]);
    expect(background).toBe(WHITE);

    // Headings are text, not links, so no address prints after one; the links beside them do not print.
    await expect(page.locator('main :is(h1, h2, h3, h4) a')).toHaveCount(0);
    const pageLinks = page.locator('main a', { hasText: 'Section page' });
    await expect(pageLinks).toHaveCount(SECTIONS.length);
    for (const link of await pageLinks.all()) await expect(link).toBeHidden();

    // Each section starts a new page; controls do not print.
    const breaks = await page
      .locator('main section.guide-section')
      .evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
    expect(breaks).toEqual(Array(SECTIONS.length).fill('page'));
    for (const control of [
      'body > header',
      'text="Back to top"',
      '.heading-share',
      'a[href="#main"]',
      'nav[aria-labelledby="guide-contents-label"]',
      'reading-tools',
    ]) {
      await expect(page.locator(control).first()).toBeHidden();
    }
    await expectPrintedNotes(page, '/guide/');
  });
}

/** What every printout carries: the care card, the review dates, the disclaimer and the page's address. */
async function expectPrintedNotes(page: Page, path: string) {
  const card = page.getByRole('note', { name: 'Get urgent help' });
  await expect(card).toBeVisible();
  // The card's heading is black on white: printers drop its red band by default.
  expect(await card.locator('h2').evaluate((h) => getComputedStyle(h).color)).toBe(BLACK);
  await expect(page.locator('dl.review-dates')).toBeVisible();
  await expect(page.locator('dl.review-dates')).toContainText('Next review due:');
  await expect(page.locator('footer')).toContainText('General information, not medical advice.');
  await expect(page.locator('footer .print-only')).toBeVisible();
  await expect(page.locator('footer .print-only')).toHaveText(new RegExp(`^This page: https?://[^ ]+${path}$`));
}

/**
 * The section pages share one template, which differs only where the frontmatter shows the care card on screen: the
 * home page and a section page of each kind are every way a section page can print.
 */
const PRINTED = [
  SECTIONS[0]!.path,
  ...[true, false].flatMap(
    (urgentCare) => SECTION_PAGES.find((section) => section.urgentCare === urgentCare)?.path ?? [],
  ),
];

test('a section page prints its text, the care card, review dates, disclaimer and address', async ({ page }) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const path of PRINTED) {
    await page.goto(path);
    await expect(page.locator('article :is(p, li):not(nav *)').first()).toBeVisible();
    for (const control of [
      'body > header',
      'nav[aria-label="Previous and next pages"]',
      'nav[aria-labelledby="guide-contents-label"]',
      'a:has-text("Start reading")',
      '.heading-share',
      'reading-tools',
    ]) {
      await expect(page.locator(control).first(), `${path} ${control}`).toBeHidden();
    }
    const { colours } = await printedColours(page);
    expect(colours, path).toEqual([BLACK]);
    await expectPrintedNotes(page, path);
  }
});

test('links in sentences print their address, so that paper readers can follow them', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/404.html');
  const link = page.locator('main p > a').first();
  await expect(link).toHaveText('go to the start of the guide');
  expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('" (/)"');
});
