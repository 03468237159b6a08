import { expect, type Locator, type Page } from '@playwright/test';

/** Presses "Text size" and waits for its panel, whose code loads on that first press; returns the panel. */
export async function openTextSettings(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Text size' }).click();
  const panel = page.locator('#text-settings');
  await expect(panel).toBeVisible();
  return panel;
}
