import { PATHS } from '../../src/consts';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ALL_PATHS, SECTION_PATHS } from './support/pages';
import { EVERY_SCREEN } from './support/screens';

// With the offline copy's worker, so that the save control is on the pages as readers see it.
test.use({ serviceWorkers: 'allow' });

/** The NHS's touch target, above WCAG 2.2's 24 px floor. */
const TARGET = 44;

/** The longest word of the page's title: a query that finds something. */
const titleWord = (page: Page) =>
  page
    .locator('h1')
    .innerText()
    .then((title) => title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!);

/**
 * Every visible control on the page with its size, except links inside sentences (WCAG 2.5.8 exempts inline links,
 * and padding them would break the lines of text).
 */
async function controlSizes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea')]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[hidden]'))
      // Off screen until focused (the skip link; measured on its own below).
      .filter((el) => el.getBoundingClientRect().right > 0)
      .filter((el) => {
        const sentence = el.closest('p, li, blockquote, dd');
        return !sentence || el.closest('nav') || sentence.textContent!.trim() === el.textContent!.trim();
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        return { control: `${el.tagName.toLowerCase()} "${name}"`, width: box.width, height: box.height };
      }),
  );
}

test(`every control on every page is at least ${TARGET} px in both directions`, EVERY_SCREEN, async ({ page }) => {
  test.setTimeout(120_000);
  const small: Record<string, { control: string; width: number; height: number }[]> = {};
  for (const path of ALL_PATHS) {
    await page.goto(path);
    // Scripts have run: the header's search button (the search page has its own box instead) is in place.
    if (path === PATHS.search) await expect(page.locator('search-page [data-no-script]')).toBeHidden();
    else await expect(page.locator('site-search > button')).toBeVisible();
    // Open whatever folds, so that what is inside is measured too.
    await page
      .locator('details')
      .evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
    const sizes = await controlSizes(page);
    // The header and footer alone hold more than this: fewer means the measurement missed them.
    expect(sizes.length, path).toBeGreaterThan(3);
    const under = sizes.filter(({ width, height }) => width < TARGET - 0.5 || height < TARGET - 0.5);
    if (under.length) small[path] = under;
  }
  expect(small).toEqual({});
});

test(`the search dialog's controls and results are at least ${TARGET} px`, EVERY_SCREEN, async ({ page }) => {
  await page.goto(SECTION_PATHS[0]!);
  await page.locator('site-search > button').click();
  // A word of the page's own title: results come.
  await page
    .getByRole('dialog')
    .getByRole('searchbox')
    .fill(await titleWord(page));
  await expect(
    page.getByRole('dialog').getByRole('region', { name: 'Results' }).getByRole('link').first(),
  ).toBeVisible();
  const inDialog = await page
    .getByRole('dialog')
    .evaluate((dialog) =>
      [...dialog.querySelectorAll<HTMLElement>('a[href], button, input')]
        .filter((el) => el.checkVisibility())
        .map((el) => ({ width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height })),
    );
  expect(inDialog.length).toBeGreaterThanOrEqual(4);
  expect(inDialog.filter(({ width, height }) => width < TARGET - 0.5 || height < TARGET - 0.5)).toEqual([]);
});

test(
  'the skip link appears clear of the header, and main gets no box after it is used',
  EVERY_SCREEN,
  async ({ page }) => {
    await page.goto(SECTION_PATHS[0]!);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    const box = (await skip.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(TARGET);
    // Its own background and padding, so it reads as a button over whatever is behind it.
    const style = await skip.evaluate((a) => [getComputedStyle(a).backgroundColor, getComputedStyle(a).paddingLeft]);
    expect(style[0]).not.toBe('rgba(0, 0, 0, 0)');
    expect(parseFloat(style[1]!)).toBeGreaterThanOrEqual(12);
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    expect(await page.locator('main').evaluate((main) => getComputedStyle(main).outlineStyle)).toBe('none');
  },
);

/**
 * Whether the control's outline is drawn: in a screenshot of it, each of its edges (away from the rounded corners)
 * has pixels that differ from its inside. Decoded in a blank page, which has no CSP.
 */
async function edgesDrawn(control: Locator, blank: Page): Promise<boolean> {
  const png = (await control.screenshot({ animations: 'disabled', caret: 'hide' })).toString('base64');
  const cssWidth = (await control.boundingBox())!.width;
  return blank.evaluate(
    async ([data, cssWidth]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixel = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
      const differs = (a: number[], b: number[]) => a.some((value, i) => Math.abs(value - b[i]!) > 60);
      const [w, h] = [image.width, image.height];
      // Screenshots are in device pixels: phones have two or three per CSS pixel.
      const px = (css: number) => Math.round(css * (w / cssWidth));
      // Inside: 6 CSS px below the top edge, at a quarter of the width, where no text is.
      const inside = pixel(Math.floor(w / 4), px(6));
      // Each side's outermost 3 CSS px: the screenshot is rounded out to whole pixels, so some page may show.
      const band = (at: (offset: number) => [number, number]) =>
        Array.from({ length: px(3) }, (_, offset) => pixel(...at(offset)));
      const edges = [
        band((o) => [Math.floor(w / 4), o]),
        band((o) => [Math.floor((3 * w) / 4), h - 1 - o]),
        band((o) => [o, Math.floor(h / 2)]),
        band((o) => [w - 1 - o, Math.floor(h / 2)]),
      ];
      return edges.every((points) => points.some((edge) => differs(edge, inside)));
    },
    [png, cssWidth] as const,
  );
}

test('in forced colours (Windows high contrast) every button keeps its outline', async ({ page, context }) => {
  const blank = await context.newPage();
  await page.emulateMedia({ forcedColors: 'active' });

  const controls: [string, string, (page: Page) => Locator][] = [
    ['/', 'Start reading', (p) => p.getByRole('link', { name: /^Start reading/ })],
    ['/search/', 'Search (search page)', (p) => p.locator('search-page').getByRole('button', { name: 'Search' })],
    [SECTION_PATHS[0]!, 'Search (header)', (p) => p.locator('site-search > button')],
    [SECTION_PATHS[0]!, 'Share', (p) => p.locator('share-link button').first()],
  ];
  for (const [path, name, find] of controls) {
    await page.goto(path);
    const control = find(page);
    await expect(control).toBeVisible();
    expect(await edgesDrawn(control, blank), `${name} on ${path}`).toBe(true);
  }

  // "Copy link to this text" appears once the reader selects words.
  await page.goto(SECTION_PATHS[0]!);
  await page.locator('article p').first().selectText();
  const copy = page.getByRole('button', { name: 'Copy link to this text' });
  await expect(copy).toBeVisible();
  expect(await edgesDrawn(copy, blank), 'Copy link to this text').toBe(true);

  // The check can fail: without its transparent border, "Start reading" is bare text in forced colours.
  await page.goto('/');
  const start = page.getByRole('link', { name: /^Start reading/ });
  await start.evaluate((link) => link.style.setProperty('border', 'none'));
  expect(await edgesDrawn(start, blank)).toBe(false);
});
