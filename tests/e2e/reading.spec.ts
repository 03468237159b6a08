import { expect, test, type Page } from '@playwright/test';
import { ALL_PATHS, SECTIONS, SECTION_PATHS } from './support/pages';
import { axeViolations } from './support/axe';
import { contrastRatio } from './support/colours';

/** Pages of the guide, as the pager and the contents count them: one per section, the introduction first. */
const PAGES = SECTIONS.length;

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
  await page.goto('/');
  await page.getByRole('link', { name: /^Start reading/ }).click();
  await expect(page).toHaveURL(/\/overview\/$/);
  await expect(page.locator('h1')).toHaveText('Overview of Deep Tissue Massage and Lower Back Pain');

  const pager = page.getByRole('navigation', { name: 'Previous and next pages' });
  await expect(pager).toContainText(`Page 2 of ${PAGES}`);
  await pager.getByRole('link', { name: /Next.*Benefits/ }).click();
  await expect(page).toHaveURL(/\/benefits\/$/);
  await expect(page.locator('h1')).toHaveText('Benefits of Deep Tissue Massage for Lower Back Pain');
  await expect(pager).toContainText(`Page 3 of ${PAGES}`);

  await pager.getByRole('link', { name: /Previous.*Overview/ }).click();
  await expect(page).toHaveURL(/\/overview\/$/);

  const contents = await openGuideContents(page);
  await contents.getByRole('link', { name: 'Introduction' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('h1')).toHaveText('Will Deep Tissue Massage Help Lower Back Pain?');
});

test('every section page marks itself, and only itself, in the guide contents', async ({ page }) => {
  for (const [index, path] of SECTION_PATHS.entries()) {
    await page.goto(path);
    const contents = await openGuideContents(page);
    await expect(contents.locator('summary')).toContainText(`page ${index + 2} of ${PAGES}`);
    const current = contents.locator('[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', path);
    const hrefs = await contents.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/', ...SECTION_PATHS]);
  }
});

test('the guide contents fold away on phones and stand open beside the text on wide screens', async ({
  page,
}, info) => {
  await page.goto('/benefits/');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  const text = page.locator('article');
  const [contentsBox, textBox] = [await contents.boundingBox(), await text.boundingBox()];
  if (info.project.name === 'phone') {
    await expect(contents.getByRole('link').first()).toBeHidden();
    expect(contentsBox!.y + contentsBox!.height).toBeLessThanOrEqual(textBox!.y);
  } else {
    await expect(contents.getByRole('link', { name: 'Conclusion' })).toBeVisible();
    expect(contentsBox!.x + contentsBox!.width).toBeLessThanOrEqual(textBox!.x);
    // It stays in view as the reader scrolls down the text.
    await page.locator('a[rel="next"]').scrollIntoViewIfNeeded();
    await expect(contents.locator('[aria-current="page"]')).toBeInViewport();
  }
});

test('the home contents are whole-card links to every section page in order', async ({ page }) => {
  await page.goto('/');
  const cards = page.getByRole('region', { name: 'Contents' }).getByRole('listitem').getByRole('link');
  const hrefs = await cards.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual([...SECTION_PATHS]);
  // The description is part of the link, so the whole card is the target.
  await expect(cards.first()).toContainText('Overview of Deep Tissue Massage');
  await expect(cards.first()).toContainText(/\w+ \w+ \w+/);
  const card = await cards.first().boundingBox();
  expect(card!.height).toBeGreaterThan(60);
});

test('the first and last sections link only forwards and backwards', async ({ page }) => {
  await page.goto(SECTION_PATHS.at(-1)!);
  const pager = page.getByRole('navigation', { name: 'Previous and next pages' });
  await expect(pager.getByRole('link')).toHaveCount(1);
  await expect(pager.getByRole('link')).toHaveAttribute('rel', 'prev');
  await expect(pager).toContainText(`Page ${PAGES} of ${PAGES}`);
  await page.goto(SECTION_PATHS[0]!);
  await expect(pager.getByRole('link', { name: /Previous.*Introduction/ })).toHaveAttribute('href', '/');
});

test('the whole guide has its own contents, every section in order, and a way back to the top', async ({ page }) => {
  await page.goto('/guide/');
  const ids = await page.locator('article section > .heading-row h2').evaluateAll((hs) => hs.map((h) => h.id));
  expect(ids).toEqual(SECTIONS.map(({ slug }) => slug));
  await expect(page.locator('article h3#can-massage-cure-back-pain')).toHaveText('Can Massage Cure Back Pain?');

  const contents = await openGuideContents(page);
  await expect(contents.locator('summary')).toContainText(`(${PAGES} sections)`);
  await expect(contents.getByRole('link')).toHaveCount(PAGES);
  await contents.getByRole('link', { name: 'Self-care tips' }).click();
  await expect(page).toHaveURL(/#self-care$/);
  await expect(page.locator('#self-care')).toBeInViewport();

  const backToTop = page.locator('section:has(#self-care)').getByRole('link', { name: 'Back to top' });
  await backToTop.click();
  await expect(page).toHaveURL(/#top$/);
  await expect(page.locator('h1')).toBeInViewport();
  expect(await page.getByRole('link', { name: 'Back to top' }).count()).toBe(PAGES);
});

test("the whole guide's section headings read as headings, with their own page's link beside them", async ({
  page,
}) => {
  await page.goto('/guide/');
  const heading = page.getByRole('heading', { level: 2, name: 'Self-Care Tips for Lower Back Pain', exact: false });
  await expect(heading).toHaveId('self-care');
  await expect(heading.getByRole('link')).toHaveCount(0);
  // Set like any section's heading, not like a link.
  expect(await heading.evaluate((h) => getComputedStyle(h).color)).toBe(
    await page
      .locator('article h3')
      .first()
      .evaluate((h) => getComputedStyle(h).color),
  );
  const pageLink = page.getByRole('link', { name: /^Section page: Self-Care Tips/ });
  await expect(pageLink).toHaveText('Section page');
  const [headingBox, linkBox] = [await heading.boundingBox(), await pageLink.boundingBox()];
  // Beside the heading on wide screens; below it where the heading takes the row.
  expect(linkBox!.y).toBeLessThan(headingBox!.y + headingBox!.height + 50);
  expect(linkBox!.height).toBeGreaterThanOrEqual(44);
  await pageLink.click();
  await expect(page).toHaveURL(/\/self-care\/$/);
});

test("the contents: beside the whole guide's text on wide screens, marking the section in view; folded on phones, with a chevron that turns", async ({
  page,
}, info) => {
  if (info.project.name === 'phone') {
    for (const path of ['/self-care/', '/guide/']) {
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
  await page.goto('/guide/');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await page.locator('#manual-therapy').scrollIntoViewIfNeeded();
  await expect(contents).toBeInViewport();
  await expect(contents.locator('[aria-current="location"]')).toHaveText('Manual therapy');
  const [contentsBox, textBox] = [await contents.boundingBox(), await page.locator('article').boundingBox()];
  expect(contentsBox!.x + contentsBox!.width).toBeLessThanOrEqual(textBox!.x);
  await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
  await expect(contents.locator('[aria-current="location"]')).toHaveText('Introduction');
  await expect(contents.locator('[aria-current]')).toHaveCount(1);
});

test('section pages say when they were last reviewed and when the next review is due', async ({ page }) => {
  await page.goto('/manual-therapy/');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await contents.getByRole('link', { name: 'Can Massage Cure Back Pain?' }).click();
  await expect(page).toHaveURL(/#can-massage-cure-back-pain$/);
  await expect(page.locator('#can-massage-cure-back-pain')).toBeInViewport();

  const dates = page.locator('dl.review-dates');
  await expect(dates.locator('dt')).toHaveText(['Page last reviewed:', 'Next review due:']);
  const [last, next] = await dates
    .locator('time')
    .evaluateAll((times) => times.map((time) => new Date(time.getAttribute('datetime')!).getTime()));
  expect(next).toBeGreaterThan(last!);
  await expect(dates.locator('dd').first()).toHaveText(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
});

test('the pages declare American English, as the text is written, and previews say so too', async ({ page }) => {
  await page.goto('/benefits/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_US');
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of ALL_PATHS) {
    test(`${path} has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('beside each section heading of the whole guide, "Section page" and "Share" look like controls, on one row', async ({
  page,
}) => {
  await page.goto('/guide/');
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
});
