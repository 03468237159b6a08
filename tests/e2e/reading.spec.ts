/**
 * Reading the guide in a browser: moving through it, its contents, the whole guide on one page, and the accessibility
 * bar on every page. Which page links where, and what the contents list, are facts of the built HTML
 * (tests/build/navigation.test.ts); every name and address here comes from the content (tests/support/guide.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { GUIDE_TITLE, PATHS } from '../../src/consts';
import {
  ALL_PATHS,
  LONGEST_SECTION_PATH,
  SECTIONS,
  SECTION_PATHS,
  TEMPLATE_PATHS,
  sectionWithHeading,
  type SectionFacts,
} from './support/pages';
import { axeViolations, rulesFor } from './support/axe';
import { contrastRatio } from './support/colours';
import { EVERY_SCREEN } from './support/screens';

/** Pages of the guide, as the pager and the contents count them: one per section, the introduction first. */
const PAGES = SECTIONS.length;

/** A section from the middle of the guide, for the whole guide's tests: neither the first nor the last. */
const MIDDLE = SECTIONS[Math.floor(PAGES / 2)]!;

/** The guide's contents on a section page; on phones it is folded away until the reader opens it. */
async function openGuideContents(page: Page) {
  const contents = page.getByRole('navigation', { name: 'Contents' });
  const summary = contents.locator('summary');
  // Whether the list stands open depends on the stylesheet: ask only once the page (just navigated to) has loaded.
  await page.waitForLoadState('load');
  if (!(await contents.getByRole('link').first().isVisible())) await summary.click();
  await expect(contents.getByRole('link').first()).toBeVisible();
  return contents;
}

test('a reader goes home → section → next → previous → home', async ({ page }) => {
  const [home, first, second] = SECTIONS as [SectionFacts, SectionFacts, SectionFacts];
  await page.goto(home.path);
  await page.getByRole('link', { name: /^Start reading/ }).click();
  await expect(page).toHaveURL(first.path);
  await expect(page.locator('h1')).toHaveText(first.title);

  const pager = page.getByRole('navigation', { name: 'Previous and next pages' });
  await expect(pager).toContainText(`Page 2 of ${PAGES}`);
  await pager.getByRole('link', { name: `Next ${second.navLabel}` }).click();
  await expect(page).toHaveURL(second.path);
  await expect(page.locator('h1')).toHaveText(second.title);
  await expect(pager).toContainText(`Page 3 of ${PAGES}`);

  await pager.getByRole('link', { name: `Previous ${first.navLabel}` }).click();
  await expect(page).toHaveURL(first.path);

  const contents = await openGuideContents(page);
  await contents.getByRole('link', { name: home.navLabel, exact: true }).click();
  await expect(page).toHaveURL(home.path);
  await expect(page.locator('h1')).toHaveText(GUIDE_TITLE);
});

test(
  'the guide contents fold away on phones and stand open beside the text on wide screens',
  EVERY_SCREEN,
  async ({ page }, info) => {
    // The longest page: the text runs on well below the contents, which must stay in view beside it.
    await page.goto(LONGEST_SECTION_PATH);
    const contents = page.getByRole('navigation', { name: 'Contents' });
    const text = page.locator('article');
    const [contentsBox, textBox] = [await contents.boundingBox(), await text.boundingBox()];
    if (info.project.name === 'phone') {
      await expect(contents.getByRole('link').first()).toBeHidden();
      expect(contentsBox!.y + contentsBox!.height).toBeLessThanOrEqual(textBox!.y);
    } else {
      await expect(contents.getByRole('link', { name: SECTIONS.at(-1)!.navLabel, exact: true })).toBeVisible();
      expect(contentsBox!.x + contentsBox!.width).toBeLessThanOrEqual(textBox!.x);
      // It stays in view as the reader scrolls down the text.
      await page.locator('a[rel="next"]').scrollIntoViewIfNeeded();
      await expect(contents.locator('[aria-current="page"]')).toBeInViewport();
    }
  },
);

test('the whole guide: its contents go to a section, and each section has a way back to the top', async ({ page }) => {
  await page.goto(PATHS.wholeGuide);
  const contents = await openGuideContents(page);
  await contents.getByRole('link', { name: MIDDLE.navLabel, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#${MIDDLE.slug}$`));
  await expect(page.locator(`#${MIDDLE.slug}`)).toBeInViewport();

  const backToTop = page.locator(`section:has(#${MIDDLE.slug})`).getByRole('link', { name: 'Back to top' });
  await backToTop.click();
  await expect(page).toHaveURL(/#top$/);
  await expect(page.locator('h1')).toBeInViewport();
});

test(
  "the whole guide's section headings read as headings, with their own page's link beside them",
  EVERY_SCREEN,
  async ({ page }) => {
    await page.goto(PATHS.wholeGuide);
    const heading = page.locator(`h2#${MIDDLE.slug}`);
    await expect(heading).toHaveRole('heading');
    await expect(heading.getByRole('link')).toHaveCount(0);
    // Set like any section's heading, not like a link.
    expect(await heading.evaluate((h) => getComputedStyle(h).color)).toBe(
      await page
        .locator('article h3, article .guide-section h2')
        .first()
        .evaluate((h) => getComputedStyle(h).color),
    );
    const pageLink = page.getByRole('link', { name: `Section page: ${MIDDLE.title}` });
    await expect(pageLink).toHaveText('Section page');
    const [headingBox, linkBox] = [await heading.boundingBox(), await pageLink.boundingBox()];
    // Beside the heading on wide screens; below it where the heading takes the row.
    expect(linkBox!.y).toBeLessThan(headingBox!.y + headingBox!.height + 50);
    expect(linkBox!.height).toBeGreaterThanOrEqual(44);
    await pageLink.click();
    await expect(page).toHaveURL(MIDDLE.path);
  },
);

test(
  "the contents: beside the whole guide's text on wide screens, marking the section in view; folded on phones, with a chevron that turns",
  EVERY_SCREEN,
  async ({ page }, info) => {
    if (info.project.name === 'phone') {
      for (const path of [SECTION_PATHS[0]!, PATHS.wholeGuide]) {
        await page.goto(path);
        const summary = page.getByRole('navigation', { name: 'Contents' }).locator('summary');
        const chevron = () =>
          summary.evaluate((s) => {
            const style = getComputedStyle(s, '::after');
            return { rotate: style.rotate, border: style.borderRightWidth, width: style.width };
          });
        expect(await chevron()).toEqual({ rotate: '45deg', border: '2px', width: '8px' });
        await summary.click();
        expect((await chevron()).rotate).toBe('225deg');
      }
      return;
    }
    await page.goto(PATHS.wholeGuide);
    const contents = page.getByRole('navigation', { name: 'Contents' });
    await page.locator(`#${MIDDLE.slug}`).scrollIntoViewIfNeeded();
    await expect(contents).toBeInViewport();
    await expect(contents.locator('[aria-current="location"]')).toHaveText(MIDDLE.navLabel);
    const [contentsBox, textBox] = [await contents.boundingBox(), await page.locator('article').boundingBox()];
    expect(contentsBox!.x + contentsBox!.width).toBeLessThanOrEqual(textBox!.x);
    await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
    await expect(contents.locator('[aria-current="location"]')).toHaveText(SECTIONS[0]!.navLabel);
    await expect(contents.locator('[aria-current]')).toHaveCount(1);
  },
);

test("a section page's own contents go to its headings", async ({ page }) => {
  const section = sectionWithHeading();
  await page.goto(section.path);
  const contents = page.getByRole('navigation', { name: 'On this page' });
  const link = contents.getByRole('link', { name: section.headings[0]!, exact: true });
  const id = (await link.getAttribute('href'))!.slice(1);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`#${id}`)).toBeInViewport();
});

// Every page meets the bar at phone size: every rule in light, the colour rules in dark (nothing else changes with
// the scheme). At desktop size, one page of each template: the section pages share theirs. With the offline copy's
// worker, so that the save control is on the pages as readers see it.
test.describe('axe', () => {
  test.use({ serviceWorkers: 'allow' });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every page has no axe violations (${colorScheme})`, EVERY_SCREEN, async ({ page }, info) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme });
      const found: Record<string, string[]> = {};
      for (const path of info.project.name === 'phone' ? ALL_PATHS : TEMPLATE_PATHS) {
        await page.goto(path);
        const violations = await axeViolations(page, rulesFor(colorScheme));
        if (violations.length) found[path] = violations;
      }
      expect(found).toEqual({});
    });
  }
});

test(
  'beside each section heading of the whole guide, "Section page" and "Share" look like controls, on one row',
  EVERY_SCREEN,
  async ({ page }) => {
    await page.goto(PATHS.wholeGuide);
    await expect(page.locator('.guide-section share-link button').first()).toBeVisible();
    const rows = await page.locator('.guide-section > .heading-row:has(> h2)').evaluateAll((rows) =>
      rows.map((row) => {
        const page = getComputedStyle(document.body).backgroundColor;
        return [...row.querySelectorAll('a, button')].map((control) => {
          const style = getComputedStyle(control);
          return {
            name: control.textContent!.trim(),
            top: control.getBoundingClientRect().top,
            border: parseFloat(style.borderTopWidth),
            borderColour: style.borderTopColor,
            page,
          };
        });
      }),
    );
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      expect(row.map(({ name }) => name)).toEqual(['Section page', 'Share']);
      // One row, and a visible outline (3:1 against the page, as WCAG asks of a control's edges).
      expect(Math.abs(row[0]!.top - row[1]!.top)).toBeLessThan(1);
      for (const control of row) {
        expect(control.border).toBeGreaterThanOrEqual(1);
        expect(control.borderColour).not.toMatch(/^rgba\(.*, 0\)$|transparent/);
        expect(contrastRatio(control.borderColour, control.page)).toBeGreaterThanOrEqual(3);
      }
    }
  },
);
