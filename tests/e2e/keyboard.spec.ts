import { expect, test } from '@playwright/test';
import { SECTION_PATHS, sectionWithHeading } from './support/pages';
import { EVERY_SCREEN } from './support/screens';

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto(SECTION_PATHS[0]!);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
  // The next Tab lands inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(inMain).toBe(true);
});

test('every focused control shows a visible focus ring', EVERY_SCREEN, async ({ page }) => {
  // A page with headings: their share controls are in the tab order too.
  await page.goto(sectionWithHeading().path);
  let checked = 0;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    // Past the last control focus returns to the document itself.
    if (outline.tag === 'BODY') break;
    checked++;
    expect(outline.style, `focus ring on ${outline.tag} #${i}`).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
  expect(checked).toBeGreaterThanOrEqual(8);
});

test('keyboard alone reads from the home page to the next section', async ({ page }) => {
  await page.goto('/');
  const start = page.getByRole('link', { name: /^Start reading/ });
  for (let i = 0; i < 30 && !(await start.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(SECTION_PATHS[0]!);
});
