import { expect, test, type Page } from '@playwright/test';
import { ALL_PATHS, SECTION_PATHS } from './support/pages';
import { EVERY_SCREEN } from './support/screens';
import { sidewaysOverflow, textProblems } from './support/text-layout';

// With the offline copy's worker, so that the save control is on the pages as readers see it.
test.use({ serviceWorkers: 'allow' });

/** WCAG 1.4.12: the text spacing a reader may force on a page, which must not clip or overlap any text. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

async function openSearchDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Search/ }).click();
  // The longest word of the page's title: a query with results.
  const title = await page.locator('h1').innerText();
  await page
    .getByRole('searchbox', { name: 'Search the guide' })
    .fill(title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!);
  await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
}

/** What goes wrong on each page that `check` finds a problem with, by path; {} when none does. */
async function problemsOn(page: Page, check: (path: string) => Promise<string[]>): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const path of ALL_PATHS) {
    await page.goto(path);
    const problems = await check(path);
    if (problems.length) found[path] = problems;
  }
  return found;
}

/** Sideways scrolling and text that is cut off or drawn over other text, on the page as it stands. */
async function layoutProblems(page: Page): Promise<string[]> {
  const overflow = await page.evaluate(sidewaysOverflow);
  return [...(overflow > 0 ? [`scrolls ${overflow} px sideways`] : []), ...(await page.evaluate(textProblems))];
}

// The test sets the width itself: it runs once, whatever the project's screen.
test.describe('at 320 CSS pixels wide (what 400% zoom looks like on a desktop)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('every page reads without scrolling sideways, no text clipped or overlapping', async ({ page }) => {
    test.setTimeout(120_000);
    expect(await problemsOn(page, () => layoutProblems(page))).toEqual({});
  });

  test('the search dialog fits too', async ({ page }) => {
    await page.goto(SECTION_PATHS[0]!);
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

  test('no page clips or overlaps text', EVERY_SCREEN, async ({ page }) => {
    test.setTimeout(120_000);
    const found = await problemsOn(page, async (path) => {
      await page.addStyleTag({ content: TEXT_SPACING });
      const spaced = await page.evaluate(() => getComputedStyle(document.body).wordSpacing);
      return [...(spaced === '0px' ? [`${path}: the spacing did not apply`] : []), ...(await layoutProblems(page))];
    });
    expect(found).toEqual({});
  });

  test('the search dialog with results clips and overlaps no text', EVERY_SCREEN, async ({ page }) => {
    await page.goto(SECTION_PATHS[0]!);
    await page.addStyleTag({ content: TEXT_SPACING });
    await openSearchDialog(page);
    expect(await page.evaluate(textProblems)).toEqual([]);
  });
});
