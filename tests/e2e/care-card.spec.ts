/**
 * The urgent care card as readers see it. Which pages carry it on screen and which keep it for print, and where it
 * stands in the markup, are facts of the built HTML (tests/build/navigation.test.ts); here, what only a browser shows:
 * that it is seen, or not even announced, and that it looks like an NHS urgent care card.
 */
import { expect, test, type Locator } from '@playwright/test';
import { PATHS } from '../../src/consts';
import { contrastRatio } from './support/colours';
import { EVERY_SCREEN } from './support/screens';
import { SECTION_PAGES } from './support/pages';

/** A section page whose frontmatter keeps the card for print only, and one that shows it, if the guide has them. */
const KEPT_FOR_PRINT = SECTION_PAGES.find(({ urgentCare }) => !urgentCare)?.path;
const SHOWN = SECTION_PAGES.find(({ urgentCare }) => urgentCare)?.path;

/**
 * A colour as browsers report it (`rgb(r, g, b)`) in hue, saturation and lightness: hue in degrees, the others 0 to 1.
 */
function hsl(css: string): { hue: number; saturation: number; lightness: number } {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => Number(c) / 255) as [
    number,
    number,
    number,
  ];
  const [max, min] = [Math.max(r, g, b), Math.min(r, g, b)];
  const lightness = (max + min) / 2;
  const chroma = max - min;
  if (chroma === 0) return { hue: 0, saturation: 0, lightness };
  const saturation = chroma / (1 - Math.abs(2 * lightness - 1));
  const sector = max === r ? ((g - b) / chroma) % 6 : max === g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
  return { hue: (sector * 60 + 360) % 360, saturation, lightness };
}

/** What the card's heading band looks like: its colour and its text's. */
const band = (card: Locator) =>
  card
    .locator('h2')
    .evaluate((h) => ({ background: getComputedStyle(h).backgroundColor, text: getComputedStyle(h).color }));

for (const path of [...(SHOWN ? [SHOWN] : []), PATHS.wholeGuide]) {
  test(`${path} shows the urgent care card in red, as NHS urgent care cards are, in light and dark`, async ({
    page,
  }) => {
    await page.goto(path);
    const card = page.getByRole('note', { name: 'Get urgent help' });
    await expect(card).toBeVisible();
    await expect(card.getByRole('heading', { name: 'Get urgent help' })).toBeVisible();
    await expect(card.getByRole('listitem').first()).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { background, text } = await band(card);
      // A strong red, not the theme's other colours: whatever the theme calls it, a reader must see red.
      const { hue, saturation, lightness } = hsl(background);
      expect(hue <= 15 || hue >= 345, `${colorScheme}: ${background} is red`).toBe(true);
      expect(saturation, `${colorScheme}: ${background} is a strong colour`).toBeGreaterThanOrEqual(0.5);
      expect(lightness, `${colorScheme}: ${background} is neither pale nor black`).toBeGreaterThan(0.2);
      expect(lightness).toBeLessThan(0.6);
      // Its heading reads on it (WCAG AA for text).
      expect(contrastRatio(text, background), colorScheme).toBeGreaterThanOrEqual(4.5);
    }
  });
}

for (const path of KEPT_FOR_PRINT ? [KEPT_FOR_PRINT] : []) {
  test(`${path}, which keeps the card for print, neither shows it nor announces it`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('note', { name: 'Get urgent help' })).toHaveCount(0);
    await expect(page.locator('.urgent-care')).toBeHidden();
  });
}

test(
  'on the whole guide the card comes before the sections, within the first two screens',
  EVERY_SCREEN,
  async ({ page }) => {
    await page.goto(PATHS.wholeGuide);
    const card = page.getByRole('note', { name: 'Get urgent help' });
    const top = (await card.boundingBox())!.y;
    expect(top).toBeLessThan(2 * page.viewportSize()!.height);
    expect(top).toBeLessThan((await page.locator('.guide-section').first().boundingBox())!.y);
  },
);
