import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ALL_PATHS, SECTION_PATHS } from './support/pages';

test('a reader goes home → section → next → previous → home', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^Start reading/ }).click();
  await expect(page).toHaveURL(/\/overview\/$/);
  await expect(page.locator('h1')).toHaveText('Overview of Deep Tissue Massage and Lower Back Pain');

  await page
    .getByRole('navigation', { name: 'Previous and next sections' })
    .getByRole('link', { name: /Next.*Benefits/ })
    .click();
  await expect(page).toHaveURL(/\/benefits\/$/);
  await expect(page.locator('h1')).toHaveText('Benefits of Deep Tissue Massage for Lower Back Pain');

  await page.getByRole('link', { name: /Previous.*Overview/ }).click();
  await expect(page).toHaveURL(/\/overview\/$/);

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Guide' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('h1')).toHaveText('Will Deep Tissue Massage Help Lower Back Pain?');
});

test('the home contents list links every section page in order', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page.locator('#contents ~ ol a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual([...SECTION_PATHS]);
});

test('the first and last sections link only forwards and backwards', async ({ page }) => {
  await page.goto('/conclusion/');
  const pager = page.getByRole('navigation', { name: 'Previous and next sections' });
  await expect(pager.getByRole('link')).toHaveCount(1);
  await expect(pager.getByRole('link')).toHaveAttribute('rel', 'prev');
  await page.goto('/overview/');
  await expect(pager.getByRole('link', { name: /Previous.*Introduction/ })).toHaveAttribute('href', '/');
});

test('the whole guide holds every section in order, each heading linkable', async ({ page }) => {
  await page.goto('/guide/');
  const ids = await page.locator('article h2').evaluateAll((headings) => headings.map((h) => h.id));
  expect(ids).toEqual(['introduction', ...SECTION_PATHS.map((path) => path.slice(1, -1))]);
  await expect(page.locator('article h3#can-massage-cure-back-pain')).toHaveText('Can Massage Cure Back Pain?');
  await page.goto('/guide/#self-care');
  await expect(page.locator('#self-care')).toBeInViewport();
});

test('a section page lists its headings and the date it was reviewed', async ({ page }) => {
  await page.goto('/manual-therapy/');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await contents.getByRole('link', { name: 'Can Massage Cure Back Pain?' }).click();
  await expect(page).toHaveURL(/#can-massage-cure-back-pain$/);
  await expect(page.locator('#can-massage-cure-back-pain')).toBeInViewport();
  await expect(page.locator('time[datetime]')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of ALL_PATHS) {
    test(`${path} has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
}

test('printing shows the text without site chrome, with link targets', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/');
  await expect(page.locator('article p').first()).toBeVisible();
  for (const chrome of [
    'body > header',
    'body > footer',
    'a[href="#main"]',
    'a[rel="next"], a:has-text("Start reading")',
  ]) {
    await expect(page.locator(chrome)).toBeHidden();
  }
  const after = await page
    .locator('#contents ~ ol a')
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('(/overview/)');
});
