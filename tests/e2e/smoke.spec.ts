import { expect, test } from '@playwright/test';
import { ALL_PATHS } from './support/pages';

for (const path of ALL_PATHS) {
  test(`${path} loads with one h1 and no console errors`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(errors).toEqual([]);
  });
}
