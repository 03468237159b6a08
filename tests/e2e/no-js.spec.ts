import { expect, test } from '@playwright/test';
import { SECTION_PATHS } from './support/pages';

test.use({ javaScriptEnabled: false });

test('with JavaScript off every section reads and links to the next', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('article p').first()).toBeVisible();
  for (const [index, path] of SECTION_PATHS.entries()) {
    await page.goto(path);
    await expect(page.locator('article :is(p, li)').first()).toBeVisible();
    const next = SECTION_PATHS[index + 1];
    if (next) await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', next);
  }
});

for (const width of [320, 768, 1440]) {
  test(`nothing overflows sideways at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', '/self-care/', '/guide/']) {
      await page.goto(path);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, path).toBeLessThanOrEqual(width);
    }
  });
}
