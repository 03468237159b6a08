import { expect, test } from '@playwright/test';
import { SECTION_PATHS } from './support/pages';

/** Where readers decide what to do: the card shows there on screen (set by `urgentCare` in the frontmatter). */
const SHOWN_ON = ['/', '/finding-a-therapist/', '/self-care/', '/conclusion/', '/guide/'];

for (const path of [...new Set(['/', ...SECTION_PATHS, '/guide/'])]) {
  const shown = SHOWN_ON.includes(path);
  test(`${path} ${shown ? 'shows' : 'keeps for print'} the urgent care card`, async ({ page }) => {
    await page.goto(path);
    const card = page.getByRole('note', { name: 'Get urgent help' });
    if (shown) {
      await expect(card).toBeVisible();
      await expect(card.getByRole('heading', { name: 'Get urgent help' })).toBeVisible();
      await expect(card.getByRole('listitem')).toHaveCount(5);
      await expect(card).toContainText('weakness in your legs');
      // Red, as NHS urgent care cards are: the heading band is the urgent colour with white text.
      const band = await card
        .locator('h2')
        .evaluate((h) => [getComputedStyle(h).backgroundColor, getComputedStyle(h).color]);
      expect(band).toEqual(['rgb(180, 35, 24)', 'rgb(255, 255, 255)']);
    } else {
      // Not in the way on screen, nor announced there; it still prints (print.spec.ts).
      await expect(card).toHaveCount(0);
      await expect(page.locator('.urgent-care')).toBeHidden();
    }
  });
}

test('the footer keeps the short disclaimer and no longer buries the red flags', async ({ page }) => {
  await page.goto('/benefits/');
  const footer = page.locator('footer');
  await expect(footer).toContainText('General information, not medical advice.');
  await expect(footer).not.toContainText('bladder');
});
