import { expect, test, type Page } from '@playwright/test';
import { ALL_PATHS } from './support/pages';
import { sidewaysOverflow, textProblems } from './support/text-layout';

/** WCAG 1.4.12: the text spacing a reader may force on a page, which must not clip or overlap any text. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

async function openSearchDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Search/ }).click();
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill('stress');
  await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
}

test.describe('at 320 CSS pixels wide (what 400% zoom looks like on a desktop)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of ALL_PATHS) {
    test(`${path} reads without scrolling sideways`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(sidewaysOverflow)).toBeLessThanOrEqual(0);
      expect(await page.evaluate(textProblems)).toEqual([]);
    });
  }

  test('the search dialog fits too', async ({ page }) => {
    await page.goto('/benefits/');
    await openSearchDialog(page);
    expect(await page.evaluate(sidewaysOverflow)).toBeLessThanOrEqual(0);
    const dialog = await page.getByRole('dialog').boundingBox();
    expect(dialog!.x).toBeGreaterThanOrEqual(0);
    expect(dialog!.x + dialog!.width).toBeLessThanOrEqual(320);
  });
});

test.describe('with WCAG 1.4.12 text spacing forced on', () => {
  // The reader's style sheet is injected by the test, which the site's CSP would otherwise (rightly) block.
  test.use({ bypassCSP: true });

  for (const path of ALL_PATHS) {
    test(`${path} clips and overlaps no text`, async ({ page }) => {
      await page.goto(path);
      await page.addStyleTag({ content: TEXT_SPACING });
      expect(await page.evaluate(() => getComputedStyle(document.body).wordSpacing)).not.toBe('0px');
      expect(await page.evaluate(sidewaysOverflow)).toBeLessThanOrEqual(0);
      expect(await page.evaluate(textProblems)).toEqual([]);
    });
  }

  test('the search dialog with results clips and overlaps no text', async ({ page }) => {
    await page.goto('/benefits/');
    await page.addStyleTag({ content: TEXT_SPACING });
    await openSearchDialog(page);
    expect(await page.evaluate(textProblems)).toEqual([]);
  });
});
