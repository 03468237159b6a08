import { expect, test } from '@playwright/test';
import { PATHS } from '../../src/consts';
import { COLOUR_ROLES } from '../../src/theme';
import { cssRgb } from './support/colours';
import { SECTIONS, SECTION_PATHS } from './support/pages';

/** Where readers decide what to do: the card shows there on screen (`urgentCare` in the frontmatter), and on the
 * whole guide, which carries every section. */
const SHOWN_ON = [...SECTIONS.filter(({ urgentCare }) => urgentCare).map(({ path }) => path), PATHS.wholeGuide];

for (const path of [...SECTIONS.map(({ path }) => path), PATHS.wholeGuide]) {
  const shown = SHOWN_ON.includes(path);
  test(`${path} ${shown ? 'shows' : 'keeps for print'} the urgent care card`, async ({ page }) => {
    await page.goto(path);
    const card = page.getByRole('note', { name: 'Get urgent help' });
    if (shown) {
      await expect(card).toBeVisible();
      await expect(card.getByRole('heading', { name: 'Get urgent help' })).toBeVisible();
      await expect(card.getByRole('listitem')).toHaveCount(5);
      await expect(card).toContainText('weakness in your legs');
      // What to do, in words that hold in any country.
      await expect(card).toContainText(
        'Call your local emergency number or go to the nearest emergency department now if you have back pain and:',
      );
      // Red, as NHS urgent care cards are: the heading band is the theme's urgent colour, with its text colour.
      const band = await card
        .locator('h2')
        .evaluate((h) => [getComputedStyle(h).backgroundColor, getComputedStyle(h).color]);
      expect(band).toEqual([cssRgb(COLOUR_ROLES.urgent.light), cssRgb(COLOUR_ROLES['on-urgent'].light)]);
    } else {
      // Not in the way on screen, nor announced there; it still prints (print.spec.ts).
      await expect(card).toHaveCount(0);
      await expect(page.locator('.urgent-care')).toBeHidden();
    }
  });
}

test('on the whole guide the card comes before the sections, within the first two screens', async ({ page }) => {
  await page.goto(PATHS.wholeGuide);
  const card = page.getByRole('note', { name: 'Get urgent help' });
  const top = (await card.boundingBox())!.y;
  expect(top).toBeLessThan(2 * page.viewportSize()!.height);
  // Before the first section, after the page's own introduction; read on the page, not by Listen.
  const first = page.locator('.guide-section').first();
  expect(top).toBeLessThan((await first.boundingBox())!.y);
  await expect(page.locator('article .urgent-care')).toHaveCount(1);
});

test('the footer keeps the short disclaimer and no longer buries the red flags', async ({ page }) => {
  await page.goto(SECTION_PATHS[0]!);
  const footer = page.locator('footer');
  await expect(footer).toContainText('General information, not medical advice.');
  await expect(footer).not.toContainText('bladder');
});
