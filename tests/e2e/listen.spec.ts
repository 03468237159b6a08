/**
 * Listen: the page read aloud by the browser's speech synthesis, tested with a stand-in for it (support/speech-stub.ts)
 * whose utterances end when the test says so, in order, as a real voice's would, with the voice lists of the platforms
 * readers use (support/voice-lists.ts). What should be read is taken from the built page, never named here.
 */
import { expect, test, type Page } from '@playwright/test';
import { finishSentence, LOCAL_ENGLISH, spoken, stubSpeech, type Listing, type StubVoice } from './support/speech-stub';
import { PLATFORMS } from './support/voice-lists';
import { EVERY_SCREEN } from './support/screens';
import { axeViolations, COLOUR_RULES } from './support/axe';
import { scrollSettled } from './support/settle';
import { openTextSettings } from './support/text-settings';
import { LONGEST_SECTION_PATH, SECTION_PATHS } from './support/pages';
import { PATHS } from '../../src/consts';

/** A section page with a page after it. */
const PAGE = SECTION_PATHS[0]!;

const tools = (page: Page) => page.locator('reading-tools');
const listenButton = (page: Page) => tools(page).getByRole('button', { name: /^(Listen|Pause|Resume)$/ });
const status = (page: Page) => tools(page).getByRole('status');
const lastSaid = async (page: Page) => (await spoken(page)).at(-1);

/**
 * What the page should be read as, from the built page: the title, then each heading, paragraph and list item of the
 * article in order, as sentences, leaving out the interface (whatever does not print) and the urgent-help card. Each
 * entry is a block's sentences.
 */
function pageText(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    const segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: 'sentence' });
    const blocks = [...document.querySelectorAll('article :is(h1, h2, h3, h4, p, li)')].filter(
      (block) => !block.closest('nav, .no-print, .print-only, .urgent-care, [hidden]') && !block.querySelector('p'),
    );
    return blocks
      .map((block) =>
        [...segmenter.segment((block.textContent ?? '').replace(/\s+/g, ' ').trim())]
          .map(({ segment }) => segment.trim())
          .filter(Boolean),
      )
      .filter((sentences) => sentences.length > 0);
  });
}

/** The text of the sentence highlighted on the page, if any. */
function highlighted(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('listen');
    const range = highlight && ([...highlight][0] as Range | undefined);
    return range?.toString().replace(/\s+/g, ' ');
  });
}

/** Whether the highlighted sentence is on screen and not behind the reading bar stuck at the top. */
function highlightInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const range = [...CSS.highlights.get('listen')!][0] as Range;
    const box = range.getBoundingClientRect();
    const bar = document.querySelector('reading-tools')!.getBoundingClientRect();
    const covered = bar.top <= 1 ? bar.bottom : 0;
    return box.top >= covered - 1 && box.bottom <= innerHeight + 1;
  });
}

/**
 * Presses one of the tools' buttons once the page has stopped moving (Listen scrolls to each heading it reads, and the
 * tools slide up until they stick at the top), and waits for it to stop again: a press lands on a still button, as a
 * reader's tap would, never where the button was a frame ago.
 */
async function press(page: Page, name: 'Next paragraph' | 'Previous paragraph'): Promise<void> {
  await scrollSettled(page);
  await tools(page).getByRole('button', { name }).click();
  await scrollSettled(page);
}

/** Starts Listen and waits for the first sentence. */
async function listen(page: Page, path = PAGE, voices: StubVoice[] = LOCAL_ENGLISH, listing?: Listing) {
  await stubSpeech(page, voices, listing);
  await page.goto(path);
  await listenButton(page).click();
  await expect.poll(() => spoken(page)).toHaveLength(1);
}

/**
 * Records the behaviour of each `scrollBy` the page makes, from its first script on; with `instant`, the scrolls
 * also happen at once, so that a test reads the position without waiting for a smooth scroll. Returns the reader.
 */
async function recordScrolls(page: Page, { instant }: { instant: boolean }): Promise<() => Promise<string[]>> {
  await page.addInitScript((instant) => {
    const calls: string[] = [];
    (window as unknown as { __scrolls: string[] }).__scrolls = calls;
    const original = window.scrollBy.bind(window);
    window.scrollBy = ((options: ScrollToOptions) => {
      calls.push(String(options.behavior));
      original(instant ? { ...options, behavior: 'instant' } : options);
    }) as typeof window.scrollBy;
  }, instant);
  return () => page.evaluate(() => (window as unknown as { __scrolls: string[] }).__scrolls);
}

test.describe('Listen on the platforms readers use', () => {
  for (const platform of PLATFORMS) {
    test(`${platform.name}: Listen is offered and reads with the right voice, in the right language`, async ({
      page,
    }) => {
      await listen(page, PAGE, platform.voices, platform.listing);
      await expect(listenButton(page)).toHaveText('Pause');
      const [first] = await page.evaluate(() => window.__speechLog.spoken);
      expect(first).toMatchObject({ voice: platform.expected.voice, lang: platform.expected.lang });
      // Every sentence after it too.
      await finishSentence(page);
      await expect.poll(() => spoken(page)).toHaveLength(2);
      expect((await page.evaluate(() => window.__speechLog.spoken))[1]).toMatchObject(platform.expected);
    });
  }

  test('where the device has only network voices, Listen says it cannot read, and why, and sends nothing', async ({
    page,
  }) => {
    await stubSpeech(page, [
      { name: 'Online English', lang: 'en-US', localService: false, default: true },
      { name: 'Device French', lang: 'fr-FR', localService: true },
    ]);
    await page.goto(PAGE);
    await listenButton(page).click();
    const note = tools(page).locator('.listen-note');
    await expect(note).toBeVisible();
    await expect(note).toContainText('no English voice of its own');
    await expect(note).toContainText('text-to-speech settings');
    await expect(status(page)).toHaveText(await note.innerText());
    await expect(listenButton(page)).toHaveText('Listen');
    expect(await spoken(page)).toEqual([]);
    // A voice added meanwhile reads at the next press.
    await page.evaluate(() => window.__setVoices([{ name: 'Device English', lang: 'en_GB', localService: true }]));
    await listenButton(page).click();
    await expect.poll(() => page.evaluate(() => window.__speechLog.spoken[0]?.voice)).toBe('Device English');
    await expect(note).toBeHidden();
  });

  test('not where there is no speech synthesis', async ({ page }) => {
    await stubSpeech(page, 'none');
    await page.goto(PAGE);
    await expect(tools(page).getByRole('button', { name: 'Text size' })).toBeVisible();
    await expect(tools(page).getByRole('button', { name: 'Listen' })).toBeHidden();
  });
});

test('reads the title, the headings and every sentence in reading order, and nothing of the interface', async ({
  page,
}) => {
  await listen(page);
  const expected = (await pageText(page)).flat();
  expect(expected.length).toBeGreaterThan(3);
  for (let i = 1; i < expected.length; i++) {
    await finishSentence(page);
    await expect.poll(() => spoken(page)).toHaveLength(i + 1);
  }
  expect(await spoken(page)).toEqual(expected);
  expect(expected[0]).toBe(await page.locator('h1').innerText());
  // The last sentence ends the reading: the controls fold back into Listen.
  await finishSentence(page);
  await expect(status(page)).toHaveText('Finished reading.');
  await expect(listenButton(page)).toHaveText('Listen');
  await expect(tools(page).getByRole('button', { name: 'Stop' })).toBeHidden();
  expect(await highlighted(page)).toBeUndefined();
});

test('highlights the sentence being read, and says the state to screen readers', async ({ page }) => {
  await listen(page);
  await expect(status(page)).toHaveText('Reading aloud.');
  await expect(listenButton(page)).toHaveText('Pause');
  await finishSentence(page);
  const [, second] = (await pageText(page)).flat();
  await expect.poll(() => highlighted(page)).toBe(second);
  // The highlight is the CSS Custom Highlight API's: no markup is added to the text.
  await expect(page.locator('article mark')).toHaveCount(0);
});

test('pauses and resumes at the sentence it was reading', async ({ page }) => {
  await listen(page);
  const [title, second] = (await pageText(page)).flat();
  await finishSentence(page);
  await expect.poll(() => spoken(page)).toHaveLength(2);
  await listenButton(page).click();
  await expect(listenButton(page)).toHaveText('Resume');
  await expect(status(page)).toHaveText('Paused.');
  expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
  await listenButton(page).click();
  await expect(status(page)).toHaveText('Reading aloud.');
  await expect.poll(() => spoken(page)).toEqual([title, second, second]);
});

test('skips forward and back a paragraph', async ({ page }) => {
  await listen(page, LONGEST_SECTION_PATH);
  const blocks = await pageText(page);
  // A paragraph of more than one sentence, to step back to its start from its middle.
  const long = blocks.findIndex((block, index) => index > 0 && block.length > 1);
  expect(long).toBeGreaterThan(0);
  for (let i = 0; i < long; i++) await press(page, 'Next paragraph');
  await expect.poll(() => lastSaid(page)).toBe(blocks[long]![0]);
  await finishSentence(page);
  await expect.poll(() => lastSaid(page)).toBe(blocks[long]![1]);
  // In the middle of a paragraph, Previous starts it again; at its start, it goes to the one before.
  await press(page, 'Previous paragraph');
  await expect.poll(() => lastSaid(page)).toBe(blocks[long]![0]);
  await press(page, 'Previous paragraph');
  await expect.poll(() => lastSaid(page)).toBe(blocks[long - 1]![0]);
  await press(page, 'Next paragraph');
  await press(page, 'Next paragraph');
  await expect.poll(() => lastSaid(page)).toBe(blocks[long + 1]![0]);
  await expect.poll(() => highlighted(page)).toBe(blocks[long + 1]![0]);
});

test('reads at the speed chosen, remembered on this device without a cookie', async ({ page, context }) => {
  await listen(page);
  const [title] = (await pageText(page)).flat();
  await tools(page).getByLabel('Speed').selectOption('1.5');
  await expect
    .poll(() => page.evaluate(() => window.__speechLog.spoken.at(-1)))
    .toMatchObject({ text: title, rate: 1.5, voice: LOCAL_ENGLISH[0]!.name });
  expect(await page.evaluate(() => localStorage.getItem('listen-rate'))).toBe('1.5');
  expect(await context.cookies()).toEqual([]);

  await page.goto(SECTION_PATHS[1]!);
  await listenButton(page).click();
  await expect(tools(page).getByLabel('Speed')).toHaveValue('1.5');
  await expect.poll(() => page.evaluate(() => window.__speechLog.spoken.at(-1)?.rate)).toBe(1.5);
});

test('stops when asked, and focus stays on the Listen button', async ({ page }) => {
  await listen(page);
  await tools(page).getByRole('button', { name: 'Stop' }).click();
  await expect(status(page)).toHaveText('Stopped reading.');
  await expect(listenButton(page)).toHaveText('Listen');
  await expect(listenButton(page)).toBeFocused();
  await expect(tools(page).getByRole('button', { name: 'Next paragraph' })).toBeHidden();
  expect(await highlighted(page)).toBeUndefined();
});

test('stops when the reader starts a search', EVERY_SCREEN, async ({ page }, info) => {
  await listen(page);
  if (info.project.name === 'desktop') await page.keyboard.press('Control+k');
  else await page.locator('site-search').getByRole('button').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(status(page)).toHaveText('Stopped reading for your search.');
  expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
});

test('stops when the reader leaves the page', async ({ page }) => {
  const cancelledOn = () => page.evaluate(() => sessionStorage.getItem('speech-cancelled-on'));
  await listen(page);
  expect(await cancelledOn()).toBeNull();
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`${SECTION_PATHS[1]}$`));
  expect(await cancelledOn()).toBe(PAGE);
});

test(
  'keeps the sentence in view while the reader follows, and not once they scroll away',
  EVERY_SCREEN,
  async ({ page }) => {
    const scrolled = await recordScrolls(page, { instant: true });
    const scrolls = async () => (await scrolled()).length;
    await listen(page, LONGEST_SECTION_PATH);
    // Down the page (its sixth paragraph): the sentence is brought into view, below the tools that stay at the top.
    for (let i = 0; i < 5; i++) await press(page, 'Next paragraph');
    await expect.poll(() => highlighted(page)).toMatch(/\w/);
    await expect.poll(() => highlightInView(page)).toBe(true);
    // Sentence after sentence, the page follows.
    for (let i = 0; i < 6; i++) await finishSentence(page);
    await expect.poll(() => highlightInView(page)).toBe(true);
    // The reader scrolls back to the top to read something else: the reading goes on, the page stays put.
    await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
    const before = await scrolls();
    const said = (await spoken(page)).length;
    for (let i = 0; i < 4; i++) await finishSentence(page);
    await expect.poll(async () => (await spoken(page)).length).toBe(said + 4);
    expect(await scrolls()).toBe(before);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  },
);

test(
  'follows the reading from the title on at the largest text size and wider spacing',
  EVERY_SCREEN,
  async ({ page }) => {
    await recordScrolls(page, { instant: true });
    await page.addInitScript(() => localStorage.setItem('text-settings', 'larger spaced'));
    await listen(page, LONGEST_SECTION_PATH);
    // The title is read where it stands, above the tools; every sentence after it is brought into view in turn.
    await expect.poll(() => highlightInView(page)).toBe(true);
    const sentences = (await pageText(page)).flat().length;
    for (let i = 1; i < Math.min(12, sentences); i++) {
      await finishSentence(page);
      await expect.poll(() => spoken(page)).toHaveLength(i + 1);
      await expect.poll(() => highlightInView(page), `sentence ${i + 1}`).toBe(true);
    }
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  },
);

test('scrolls smoothly, or at once when the reader asks for reduced motion', async ({ page }) => {
  const behaviours = await recordScrolls(page, { instant: false });
  await listen(page, LONGEST_SECTION_PATH);
  for (let i = 0; i < 8; i++) await press(page, 'Next paragraph');
  await expect.poll(behaviours).toContain('smooth');
  expect(await behaviours()).not.toContain('instant');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
  await press(page, 'Previous paragraph');
  await expect.poll(behaviours).toContain('instant');
});

test('the whole guide reads on from one section into the next', EVERY_SCREEN, async ({ page }) => {
  await listen(page, PATHS.wholeGuide);
  const blocks = await pageText(page);
  const headings = await page.locator('article .guide-section h2').allInnerTexts();
  // The page's title, then the first section: its heading and text; the urgent-help card is not read.
  expect(await spoken(page)).toEqual([await page.locator('h1').innerText()]);
  await finishSentence(page);
  await expect.poll(() => lastSaid(page)).toBe(headings[0]);
  // Through the first section's paragraphs to the next section's heading: no stop between sections.
  const nextHeading = blocks.findIndex(([first]) => first === headings[1]);
  // Each press waits for the paragraph it moves to: a press made while the last one is still taking effect is not a
  // reader's press.
  for (let i = 2; i <= nextHeading; i++) {
    await press(page, 'Next paragraph');
    await expect.poll(() => lastSaid(page)).toBe(blocks[i]![0]);
  }
  expect(blocks[nextHeading]![0]).toBe(headings[1]);
  await finishSentence(page);
  await expect.poll(() => lastSaid(page)).toBe(blocks[nextHeading + 1]![0]);
  await expect(status(page)).toHaveText('Reading aloud.');
  // What the reader hears is what the contents beside the text say they are in.
  if ((page.viewportSize()?.width ?? 0) >= 1024) {
    const current = page.getByRole('navigation', { name: 'Contents' }).locator('[aria-current]');
    await expect(current).toHaveAttribute(
      'href',
      `#${await page.locator('article .guide-section h2').nth(1).getAttribute('id')}`,
    );
  }
});

// Without scripts the reading tools stay hidden: text-settings.spec.ts checks that, with settings stored.

/** The reading bar's controls: each box, and its accessible name. */
async function barControls(page: Page) {
  return tools(page)
    .locator('button:visible, select:visible')
    .evaluateAll((controls) =>
      controls.map((control) => ({
        name: control.tagName === 'SELECT' ? 'Speed' : (control.textContent ?? '').trim(),
        box: control.getBoundingClientRect().toJSON() as DOMRect,
      })),
    );
}

test(
  'the reading bar is one row on a 390 px phone at the standard size, Text size apart at its end',
  EVERY_SCREEN,
  async ({ page }) => {
    await listen(page);
    const controls = await barControls(page);
    expect(controls.map(({ name }) => name)).toEqual([
      'Pause',
      'Previous paragraph',
      'Next paragraph',
      'Speed',
      'Stop',
      'AaText size',
    ]);
    for (const { box } of controls) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
      // One row.
      expect(Math.abs(box.top - controls[0]!.box.top)).toBeLessThan(1);
    }
    // Text size stands apart from the playback controls: a wider gap than between them.
    const [stop, text] = [controls.at(-2)!.box, controls.at(-1)!.box];
    const gap = controls[1]!.box.left - controls[0]!.box.right;
    expect(text.left - stop.right).toBeGreaterThan(gap * 2);
  },
);

for (const [width, height, share] of [
  [390, 844, 0.2],
  [320, 640, 0.25],
] as const) {
  test(`at the largest text size the reading bar takes at most ${share * 100} % of a ${width} × ${height} screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.addInitScript(() => localStorage.setItem('text-settings', 'larger spaced'));
    await listen(page, LONGEST_SECTION_PATH);
    // Down the page, where the bar stands stuck at the top.
    for (let i = 0; i < 3; i++) await press(page, 'Next paragraph');
    const bar = await tools(page).boundingBox();
    expect(bar!.y).toBe(0);
    expect(bar!.height).toBeLessThanOrEqual(height * share);
    for (const { box } of await barControls(page)) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.right).toBeLessThanOrEqual(width);
    }
  });
}

for (const mode of ['light', 'dark', 'forced colours'] as const) {
  test(
    `a page being read aloud at the largest size has no axe violations, and a bar of one fifth (${mode})`,
    EVERY_SCREEN,
    async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia(
        mode === 'forced colours' ? { forcedColors: 'active' } : { colorScheme: mode === 'dark' ? 'dark' : 'light' },
      );
      await page.addInitScript(() => localStorage.setItem('text-settings', 'larger spaced'));
      await listen(page, LONGEST_SECTION_PATH);
      await press(page, 'Next paragraph');
      const bar = await tools(page).boundingBox();
      expect(bar!.height).toBeLessThanOrEqual(page.viewportSize()!.height * 0.2);
      await openTextSettings(page);
      // Only colours change with the scheme: the other rules run once, in light.
      expect(await axeViolations(page, { rules: mode === 'light' ? undefined : COLOUR_RULES })).toEqual([]);
    },
  );
}
