/** "Text size": three sizes and wider line spacing, kept on this device and applied before the first paint. */
import { expect, test, type Page } from '@playwright/test';
import { ALL_PATHS } from './support/pages';
import { axeViolations } from './support/axe';
import { cspViolations, recordCspViolations } from './support/csp';
import { openTextSettings } from './support/text-settings';

const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const lineHeightRatio = (page: Page) =>
  page
    .locator('article > p, article > :is(ul, ol) > li')
    .first()
    .evaluate((p) => {
      const style = getComputedStyle(p);
      return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
    });

test('a reader picks a larger size and wider spacing; the page changes at once and every page keeps it', async ({
  page,
  context,
}) => {
  await page.goto('/self-care/');
  expect(await rootFontSize(page)).toBe('16px');
  const standardSpacing = await lineHeightRatio(page);
  const button = page.getByRole('button', { name: 'Text size' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  const panel = await openTextSettings(page);
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.getByRole('radio', { name: 'Standard' })).toBeChecked();

  await panel.getByRole('radio', { name: 'Large', exact: true }).check();
  expect(await rootFontSize(page)).toBe('20px');
  await panel.getByRole('radio', { name: 'Larger' }).check();
  expect(await rootFontSize(page)).toBe('24px');
  await panel.getByRole('checkbox', { name: 'Wider line spacing' }).check();
  expect(await lineHeightRatio(page)).toBeCloseTo(2, 1);
  expect(standardSpacing).toBeCloseTo(1.7, 1);

  // Kept on this device, without a cookie, and applied on the next page before anything is drawn.
  expect(await page.evaluate(() => localStorage.getItem('text-settings'))).toBe('larger spaced');
  expect(await context.cookies()).toEqual([]);
  await page.goto('/guide/');
  expect(await page.evaluate(() => document.documentElement.dataset.text)).toBe('larger spaced');
  expect(await rootFontSize(page)).toBe('24px');
  const again = await openTextSettings(page);
  await expect(again.getByRole('radio', { name: 'Larger' })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'Wider line spacing' })).toBeChecked();

  // Back to the page's own settings.
  await again.getByRole('radio', { name: 'Standard' }).check();
  await again.getByRole('checkbox', { name: 'Wider line spacing' }).uncheck();
  expect(await rootFontSize(page)).toBe('16px');
  expect(await page.evaluate(() => localStorage.getItem('text-settings'))).toBeNull();
  await page.getByRole('button', { name: 'Text size' }).click();
  await expect(again).toBeHidden();
});

test('the settings apply before the first paint, by the one inline script the CSP allows', async ({ page }) => {
  await recordCspViolations(page);
  await page.addInitScript(() => {
    localStorage.setItem('text-settings', 'large');
    // What the page looks like when the body first exists: the setting is already on <html>.
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      (window as unknown as { __atBody: string | undefined }).__atBody = document.documentElement.dataset.text;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/benefits/');
  expect(await page.evaluate(() => (window as unknown as { __atBody: string | undefined }).__atBody)).toBe('large');
  expect(await rootFontSize(page)).toBe('20px');
  expect(await cspViolations(page)).toEqual([]);
});

test('without scripts nothing changes: no tools, and stored settings are not applied', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/self-care/');
  await expect(page.locator('reading-tools')).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-text'))).toBe(false);
  await context.close();
});

test('at 320 px with the largest text and wider spacing, no page scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.addInitScript(() => localStorage.setItem('text-settings', 'larger spaced'));
  for (const path of ALL_PATHS) {
    await page.goto(path);
    expect(await rootFontSize(page), path).toBe('24px');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(320);
  }
});

for (const mode of ['light', 'dark', 'forced colours'] as const) {
  test(`the largest text, with the panel open, has no axe violations (${mode})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia(mode === 'forced colours' ? { forcedColors: 'active' } : { colorScheme: mode });
    await page.addInitScript(() => localStorage.setItem('text-settings', 'larger spaced'));
    await page.goto('/self-care/');
    await openTextSettings(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}
