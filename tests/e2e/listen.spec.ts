/**
 * Listen: the page read aloud by the browser's speech synthesis, tested with a stand-in for it (support/speech-stub.ts)
 * whose utterances end when the test says so, in order, as a real voice's would.
 */
import { expect, test, type Page } from '@playwright/test';
import { finishSentence, LOCAL_ENGLISH, spoken, stubSpeech } from './support/speech-stub';
import { EVERY_SCREEN } from './support/screens';
import { axeViolations } from './support/axe';
import { scrollSettled } from './support/settle';
import { openTextSettings } from './support/text-settings';

const PAGE = '/manual-therapy/';

/** The page's text as Listen should say it: the title, then every sentence and heading, from the section's file. */
const MANUAL_THERAPY = [
  'How Manual Therapy Techniques Can Help Lower Back Pain?',
  'Low back pain is one of the most common types of chronic pain.',
  'While there is no one-size-fits-all solution for low back pain relief, manual therapy techniques can be an effective way to reduce discomfort and improve mobility.',
  'Manual therapy is a type of physical therapy that involves the use of hands instead of instruments or machines to manipulate soft tissue and joint structures.',
  'Manual therapists use a variety of techniques, such as massage, stretching, mobilization, and joint manipulation, to improve flexibility, increase range of motion, and reduce pain.',
  'Massage can help reduce pain and tension in the muscles of the lower back by increasing blood flow and decreasing inflammation.',
  'Can Massage Cure Back Pain?',
  'While massage therapy cannot cure back pain, it can be an effective way to alleviate symptoms and provide relief.',
  'Back pain can have many causes, including muscle tension, injury, or chronic conditions such as arthritis or scoliosis.',
  'Massage therapy can help alleviate back pain by increasing blood flow to the affected area, reducing muscle tension, and promoting relaxation.',
  'Massage can also help improve range of motion and flexibility, which can help reduce the risk of future injury.',
  'Stretching exercises can help improve flexibility and range of motion by lengthening muscles and restoring normal joint range of motion.',
  'Mobilization techniques can help improve joint mobility by stretching tight ligaments and fascia.',
  'Joint manipulation, or manipulation of the vertebrae, can help restore alignment and decrease nerve irritation.',
  'These techniques can be used both independently and in combination to achieve the desired relief from pain.',
  'They can also be used in combination with other therapies, such as exercise and heat or cold therapy.',
  'It is important to consult a physical therapist for an individualized treatment plan for the best possible results.',
  'Manual therapy techniques provide a safe and effective means for reducing pain and improving mobility for those suffering from low back pain.',
  'With the help of a qualified physical therapist, these treatments can provide relief and improved quality of life.',
];

const tools = (page: Page) => page.locator('reading-tools');
const listenButton = (page: Page) => tools(page).getByRole('button', { name: /^(Listen|Pause|Resume)$/ });
const status = (page: Page) => tools(page).getByRole('status');

/** The text of the sentence highlighted on the page, if any. */
function highlighted(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('listen');
    const range = highlight && ([...highlight][0] as Range | undefined);
    return range?.toString().replace(/\s+/g, ' ');
  });
}

/**
 * Presses one of the tools' buttons, then waits for the page to stop moving (Listen may scroll, and the tools slide up
 * until they stick at the top), so that the next press lands on a still button, as a reader's tap would.
 */
async function press(page: Page, name: 'Next paragraph' | 'Back one paragraph'): Promise<void> {
  await tools(page).getByRole('button', { name }).click();
  await scrollSettled(page);
}

/** Starts Listen and waits for the first sentence. */
async function listen(page: Page, path = PAGE): Promise<void> {
  await stubSpeech(page);
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

test.describe('Listen is offered', () => {
  test('where the device has a local English voice, once the browser has listed its voices', async ({ page }) => {
    await stubSpeech(page);
    await page.goto(PAGE);
    await expect(listenButton(page)).toHaveText('Listen');
    await expect(listenButton(page)).toBeVisible();
    await expect(tools(page).getByRole('button', { name: 'Text size' })).toBeVisible();
  });

  test('not where the only English voice is a network one, which would send the text away', async ({ page }) => {
    await stubSpeech(page, [
      { name: 'Online English', lang: 'en-US', localService: false, default: true },
      { name: 'Device French', lang: 'fr-FR', localService: true },
    ]);
    await page.goto(PAGE);
    // Once the browser lists its voices, the page has heard that they changed.
    await page.waitForFunction(() => speechSynthesis.getVoices().length > 0);
    await expect(tools(page).getByRole('button', { name: 'Text size' })).toBeVisible();
    await expect(tools(page).getByRole('button', { name: 'Listen' })).toBeHidden();
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
  for (let i = 1; i < MANUAL_THERAPY.length; i++) {
    await finishSentence(page);
    await expect.poll(() => spoken(page)).toHaveLength(i + 1);
  }
  expect(await spoken(page)).toEqual(MANUAL_THERAPY);
  // The last sentence ends the reading: the controls fold back into Listen.
  await finishSentence(page);
  await expect(status(page)).toHaveText('Finished reading.');
  await expect(listenButton(page)).toHaveText('Listen');
  await expect(tools(page).getByRole('button', { name: /^Stop/ })).toBeHidden();
  expect(await highlighted(page)).toBeUndefined();
});

test('highlights the sentence being read, and says the state to screen readers', async ({ page }) => {
  await listen(page);
  await expect(status(page)).toHaveText('Reading aloud.');
  await expect(listenButton(page)).toHaveText('Pause');
  await finishSentence(page);
  await expect.poll(() => highlighted(page)).toBe(MANUAL_THERAPY[1]);
  // The highlight is the CSS Custom Highlight API's: no markup is added to the text.
  await expect(page.locator('article mark')).toHaveCount(0);
});

test('pauses and resumes at the sentence it was reading', async ({ page }) => {
  await listen(page);
  await finishSentence(page);
  await expect.poll(() => spoken(page)).toHaveLength(2);
  await listenButton(page).click();
  await expect(listenButton(page)).toHaveText('Resume');
  await expect(status(page)).toHaveText('Paused.');
  expect(await page.evaluate(() => speechSynthesis.speaking)).toBe(false);
  await listenButton(page).click();
  await expect(status(page)).toHaveText('Reading aloud.');
  await expect.poll(() => spoken(page)).toEqual([MANUAL_THERAPY[0], MANUAL_THERAPY[1], MANUAL_THERAPY[1]]);
});

test('skips forward and back a paragraph', async ({ page }) => {
  await listen(page);
  await press(page, 'Next paragraph');
  await expect.poll(async () => (await spoken(page)).at(-1)).toBe(MANUAL_THERAPY[1]);
  await finishSentence(page);
  await expect.poll(async () => (await spoken(page)).at(-1)).toBe(MANUAL_THERAPY[2]);
  // In the middle of a paragraph, Back starts it again; at its start, Back goes to the one before.
  await press(page, 'Back one paragraph');
  await expect.poll(async () => (await spoken(page)).at(-1)).toBe(MANUAL_THERAPY[1]);
  await press(page, 'Back one paragraph');
  await expect.poll(async () => (await spoken(page)).at(-1)).toBe(MANUAL_THERAPY[0]);
  await press(page, 'Next paragraph');
  await press(page, 'Next paragraph');
  await expect.poll(async () => (await spoken(page)).at(-1)).toBe(MANUAL_THERAPY[4]);
  await expect.poll(() => highlighted(page)).toBe(MANUAL_THERAPY[4]);
});

test('reads at the speed chosen, remembered on this device without a cookie', async ({ page, context }) => {
  await listen(page);
  await tools(page).getByLabel('Speed').selectOption('1.5');
  await expect
    .poll(() => page.evaluate(() => window.__speechLog.spoken.at(-1)))
    .toMatchObject({ text: MANUAL_THERAPY[0], rate: 1.5, voice: LOCAL_ENGLISH[0]!.name });
  expect(await page.evaluate(() => localStorage.getItem('listen-rate'))).toBe('1.5');
  expect(await context.cookies()).toEqual([]);

  await page.goto('/benefits/');
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
  await expect(page).toHaveURL(/\/exercise-and-physical-therapy\/$/);
  expect(await cancelledOn()).toBe(PAGE);
});

test(
  'keeps the sentence in view while the reader follows, and not once they scroll away',
  EVERY_SCREEN,
  async ({ page }) => {
    const scrolled = await recordScrolls(page, { instant: true });
    const scrolls = async () => (await scrolled()).length;
    await listen(page, '/benefits/');
    // Down the page (its sixth paragraph): the sentence is brought into view, below the tools that stay at the top.
    for (let i = 0; i < 5; i++) await press(page, 'Next paragraph');
    await expect.poll(() => highlighted(page)).toMatch(/\w/);
    const inView = () =>
      page.evaluate(() => {
        const range = [...CSS.highlights.get('listen')!][0] as Range;
        const box = range.getBoundingClientRect();
        const tools = document.querySelector('reading-tools')!.getBoundingClientRect();
        return box.top >= tools.bottom && box.bottom <= innerHeight;
      });
    await expect.poll(inView).toBe(true);
    // Sentence after sentence, the page follows.
    for (let i = 0; i < 6; i++) await finishSentence(page);
    await expect.poll(inView).toBe(true);
    // The reader scrolls back to the top to read something else: the reading goes on, the page stays put.
    await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
    const before = await scrolls();
    for (let i = 0; i < 4; i++) await finishSentence(page);
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(10);
    expect(await scrolls()).toBe(before);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  },
);

test('scrolls smoothly, or at once when the reader asks for reduced motion', async ({ page }) => {
  const behaviours = await recordScrolls(page, { instant: false });
  await listen(page, '/benefits/');
  for (let i = 0; i < 8; i++) await press(page, 'Next paragraph');
  await expect.poll(behaviours).toContain('smooth');
  expect(await behaviours()).not.toContain('instant');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
  await press(page, 'Back one paragraph');
  await expect.poll(behaviours).toContain('instant');
});

test('the whole guide reads on from one section into the next', EVERY_SCREEN, async ({ page }) => {
  await listen(page, '/guide/');
  // The page's title, then the first section (the introduction): its heading and text.
  expect(await spoken(page)).toEqual(['Will Deep Tissue Massage Help Lower Back Pain?']);
  await finishSentence(page);
  await expect.poll(async () => (await spoken(page)).at(-1)).toBe('Introduction');
  // The introduction's three paragraphs, then the next section's heading: no stop between sections.
  for (let i = 0; i < 4; i++) await press(page, 'Next paragraph');
  await expect
    .poll(async () => (await spoken(page)).at(-1))
    .toBe('Overview of Deep Tissue Massage and Lower Back Pain');
  await finishSentence(page);
  await expect
    .poll(async () => (await spoken(page)).at(-1))
    .toMatch(/^Deep tissue massage is a type of therapeutic massage/);
  await expect(status(page)).toHaveText('Reading aloud.');
  // What the reader hears is what the contents beside the text say they are in.
  if ((page.viewportSize()?.width ?? 0) >= 1024)
    await expect(page.getByRole('navigation', { name: 'Contents' }).locator('[aria-current]')).toHaveText('Overview');
});

test(
  'its controls are 44 px targets, and it stays out of the way without scripts',
  EVERY_SCREEN,
  async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGE);
    await expect(tools(page)).toBeHidden();
    await context.close();
  },
);

test(
  'every control of the reading tools is at least 44 px tall and wide enough to hit',
  EVERY_SCREEN,
  async ({ page }) => {
    await listen(page);
    const boxes = await tools(page)
      .locator('button:visible, select:visible')
      .evaluateAll((controls) => controls.map((control) => control.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes).toHaveLength(6);
    for (const box of boxes) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
  },
);

for (const mode of ['light', 'dark', 'forced colours'] as const) {
  test(`a page being read aloud has no axe violations (${mode})`, EVERY_SCREEN, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia(
      mode === 'forced colours' ? { forcedColors: 'active' } : { colorScheme: mode === 'dark' ? 'dark' : 'light' },
    );
    await listen(page);
    await finishSentence(page);
    await openTextSettings(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}
