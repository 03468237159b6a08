/**
 * Without JavaScript the guide reads and navigates: the links between pages are plain HTML (checked on every page in
 * tests/build/navigation.test.ts); here, a reader follows them in a browser with scripts off.
 */
import { expect, test } from '@playwright/test';
import { PATHS } from '../../src/consts';
import { SECTION_PATHS } from './support/pages';

test.use({ javaScriptEnabled: false });

test('with JavaScript off the guide reads from the home page through the next page', async ({ page }) => {
  await page.goto(PATHS.home);
  await expect(page.locator('article p').first()).toBeVisible();
  await page.getByRole('link', { name: /^Start reading/ }).click();
  await expect(page).toHaveURL(SECTION_PATHS[0]!);
  await expect(page.locator('article :is(p, li)').first()).toBeVisible();
  if (SECTION_PATHS[1]) {
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(SECTION_PATHS[1]);
    await expect(page.locator('article :is(p, li)').first()).toBeVisible();
  }
});

// Each test sets its width: they run once, whatever the project's screen.
for (const width of [320, 768, 1440]) {
  test(`nothing overflows sideways at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of [PATHS.home, SECTION_PATHS[0]!, PATHS.wholeGuide]) {
      await page.goto(path);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, path).toBeLessThanOrEqual(width);
    }
  });
}
