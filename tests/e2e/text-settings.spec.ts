/** "Text size": three sizes and wider line spacing, kept on this device and applied before the first paint. */
import { expect, test, type Page } from '@playwright/test';
import { ALL_PATHS, SECTION_PATHS } from './support/pages';
import { contrastRatio } from './support/colours';
import { axeViolations, COLOUR_RULES } from './support/axe';
import { cspViolations, recordCspViolations } from './support/csp';
import { EVERY_SCREEN } from './support/screens';
import { openTextSettings } from './support/text-settings';

/** Section pages to try it on; which ones does not matter. */
const [A_PAGE, ANOTHER_PAGE = A_PAGE] = SECTION_PATHS as [string, string?];

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
  await page.goto(A_PAGE);
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
  await page.goto(ANOTHER_PAGE);
  expect(await page.evaluate(() => (window as unknown as { __atBody: string | undefined }).__atBody)).toBe('large');
  expect(await rootFontSize(page)).toBe('20px');
  expect(await cspViolations(page)).toEqual([]);
});

test('without scripts nothing changes: no tools, and stored settings are not applied', async ({ browser, baseURL }) => {
  // The largest size and wider spacing, stored on this device by an earlier visit with scripts.
  const stored = {
    cookies: [],
    origins: [{ origin: new URL(baseURL!).origin, localStorage: [{ name: 'text-settings', value: 'larger spaced' }] }],
  };
  // With scripts, that is what the page shows.
  const withScripts = await browser.newContext({ storageState: stored });
  const scripted = await withScripts.newPage();
  await scripted.goto(new URL(A_PAGE, baseURL).href);
  expect(await rootFontSize(scripted)).toBe('24px');
  await withScripts.close();
  // Without them the setting is still stored, but the page is as its author made it, with no tools to change it.
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: stored });
  const page = await context.newPage();
  await page.goto(new URL(A_PAGE, baseURL).href);
  expect(await page.evaluate(() => localStorage.getItem('text-settings'))).toBe('larger spaced');
  await expect(page.locator('reading-tools')).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-text'))).toBe(false);
  expect(await rootFontSize(page)).toBe('16px');
  expect(await lineHeightRatio(page)).toBeCloseTo(1.7, 1);
  await context.close();
});

test('at 320 px with the largest text and wider spacing, no page scrolls sideways and no label wraps under its box', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.addInitScript(() => localStorage.setItem('text-settings', 'larger spaced'));
  for (const path of ALL_PATHS) {
    await page.goto(path);
    expect(await rootFontSize(page), path).toBe('24px');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(320);
  }
  // The panel's words wrap beside their boxes, never under them.
  await page.goto(A_PAGE);
  const panel = await openTextSettings(page);
  const under = await panel.locator('label').evaluateAll((labels) =>
    labels.flatMap((label) => {
      const box = label.querySelector('input')!.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(label.querySelector('span')!);
      return [...range.getClientRects()].filter((line) => line.left < box.right).map(() => label.textContent);
    }),
  );
  expect(under).toEqual([]);
});

for (const mode of ['light', 'dark', 'forced colours'] as const) {
  test(`the largest text, with the panel open, has no axe violations (${mode})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia(mode === 'forced colours' ? { forcedColors: 'active' } : { colorScheme: mode });
    await page.addInitScript(() => localStorage.setItem('text-settings', 'larger spaced'));
    await page.goto(A_PAGE);
    const panel = await openTextSettings(page);
    // Only colours change with the scheme: the other rules run once, in light.
    expect(await axeViolations(page, { rules: mode === 'light' ? undefined : COLOUR_RULES })).toEqual([]);
    // The boxes: drawn by the site in light and dark, by the system in forced colours; as large as the text in all.
    const boxes = await panel
      .locator('input')
      .evaluateAll((all) => all.map((box) => [getComputedStyle(box).appearance, box.getBoundingClientRect().height]));
    for (const [appearance, height] of boxes) {
      expect(appearance).toBe(mode === 'forced colours' ? 'auto' : 'none');
      expect(height).toBeGreaterThanOrEqual(36);
    }
  });
}

test(
  'a choice keeps the panel where it was on the screen, as the page above it grows',
  EVERY_SCREEN,
  async ({ page }) => {
    await page.goto(A_PAGE);
    const panel = await openTextSettings(page);
    for (const name of ['Larger', 'Large', 'Standard', 'Larger'] as const) {
      const choice = panel.getByRole('radio', { name, exact: true });
      const before = (await choice.boundingBox())!;
      await choice.check();
      await expect(choice).toBeChecked();
      const after = (await choice.boundingBox())!;
      expect(Math.abs(after.y - before.y), name).toBeLessThanOrEqual(1);
      await expect(panel).toBeInViewport({ ratio: 0.5 });
    }
    const spacing = panel.getByRole('checkbox', { name: 'Wider line spacing' });
    const before = (await spacing.boundingBox())!.y;
    await spacing.check();
    expect(Math.abs((await spacing.boundingBox())!.y - before)).toBeLessThanOrEqual(1);
  },
);

test("the panel's boxes are 24 px at the standard size, grow with the text and stand out in light and dark", async ({
  page,
}) => {
  await page.goto(A_PAGE);
  const panel = await openTextSettings(page);
  const boxes = () =>
    panel.locator('input').evaluateAll((inputs) =>
      inputs.map((input) => ({
        size: input.getBoundingClientRect().toJSON() as DOMRect,
        labelFont: parseFloat(getComputedStyle(input.closest('label')!).fontSize),
        border: getComputedStyle(input).borderTopColor,
        panel: getComputedStyle(input.closest('#text-settings')!).backgroundColor,
      })),
    );
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const box of await boxes()) {
      expect(box.size.width).toBeGreaterThanOrEqual(24);
      expect(box.size.height).toBeGreaterThanOrEqual(24);
      // WCAG's 3:1 for the parts of a control a reader must see.
      expect(contrastRatio(box.border, box.panel), scheme).toBeGreaterThanOrEqual(3);
    }
  }
  await panel.getByRole('radio', { name: 'Larger' }).check();
  for (const box of await boxes()) expect(box.size.height).toBeGreaterThanOrEqual(box.labelFont * 1.4);
});
