/**
 * The cross-engine suite (`npm run test:engines`, after `npm run build`): what readers do, in the three engines their
 * browsers run (drivers.ts), on the built site: search from the search page, a shared sentence link opening at the
 * sentence, Listen offered and reading with a phone's voice list, the text size applied before the first paint, and
 * the guide saved, then read and searched offline. `ENGINES=webkit,firefox` runs some of them. What is expected is
 * read from the built pages, never named here.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../../src/consts';
import { distDir } from '../support/dist';
import { LONGEST_SECTION_PATH, SECTION_PATHS } from '../e2e/support/pages';
import { speechStubScript } from '../e2e/support/speech-stub';
import { PLATFORMS } from '../e2e/support/voice-lists';
import { launch, type Browser, type EngineName } from './drivers';
import { startEnginesHost, type EnginesHost } from './host';

const ENGINES = (process.env.ENGINES ?? 'chromium,webkit,firefox').split(',') as EngineName[];

/** The voice list Listen is shown with: Chrome on Android's, the hardest to read. */
const PHONE = PLATFORMS[0]!;

/** A built page's HTML. */
const built = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');

/** A page's title, as built. */
const titleOf = (path: string) => /<h1 id="top">([^<]+)<\/h1>/.exec(built(path))![1]!.trim();

/** A word of one section's title found in no other section's title, and that section: a search that must find it. */
function distinctiveWord(): { word: string; path: string } {
  const titles = SECTION_PATHS.map((path) => ({
    path,
    words:
      titleOf(path)
        .toLowerCase()
        .match(/[a-z]{6,}/g) ?? ([] as string[]),
  }));
  for (const { path, words } of titles)
    for (const word of words)
      if (titles.every((other) => other.path === path || !other.words.includes(word))) return { word, path };
  throw new Error('no section title has a word of its own');
}

/** The first words of a plain paragraph far down the longest section: a sentence link must scroll to them. */
function sentenceFarDown(): string {
  const paragraphs = [...built(LONGEST_SECTION_PATH).matchAll(/<p>([^<&]{60,})<\/p>/g)].map(([, text]) => text!);
  return paragraphs.at(-1)!.split(/\s+/).slice(0, 8).join(' ');
}

/** Resolves once `check` is true in the page, or fails after `ms`, saying what it last saw. */
async function until<T, A extends unknown[] = []>(
  browser: Browser,
  check: (...args: A) => T | Promise<T>,
  ms = 30_000,
  ...args: A
): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  let last: T | undefined;
  for (;;) {
    last = await browser.evaluate(check, ...args).catch(() => undefined);
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`${browser.engine}: not within ${ms} ms: ${String(check)}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

let host: EnginesHost;

beforeAll(async () => {
  host = await startEnginesHost(distDir, speechStubScript(PHONE.voices, PHONE.listing));
});

afterAll(async () => {
  await host?.close();
});

describe.each(ENGINES)('%s', (engine) => {
  let browser: Browser;
  const at = (path: string) => `${host.url}${path}`;

  beforeAll(async () => {
    // Each engine starts without the worker, whatever the engine before it installed.
    host.allowServiceWorker(false);
    browser = await launch(engine);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  // What the page showed when a test failed: test-results/engines/<engine>-<test>.png.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail' || !browser) return;
    mkdirSync('test-results/engines', { recursive: true });
    const name = `${engine}-${task.name.replace(/\W+/g, '-').slice(0, 60)}.png`;
    writeFileSync(join('test-results/engines', name), await browser.screenshot().catch(() => Buffer.alloc(0)));
  });

  // No service worker stands between these pages and the host: the host refuses it until the offline test.
  it('applies the text size kept on the device before anything of the page is painted', async () => {
    await browser.load(at('/__engines/blank'));
    await browser.evaluate(() => localStorage.setItem('text-settings', 'larger'));
    await browser.navigate(at(`${SECTION_PATHS[0]}?engines-hold`));
    // The page has arrived up to its <body>: no content to paint yet, and the setting is already on <html>.
    const early = await until(browser, () =>
      location.search.includes('engines-hold') && document.readyState === 'loading'
        ? { text: document.documentElement.dataset.text, body: document.body !== null }
        : undefined,
    );
    expect(early).toEqual({ text: 'larger', body: false });
    host.release();
    await until(browser, () => document.readyState === 'complete');
    expect(await browser.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
    await browser.evaluate(() => localStorage.removeItem('text-settings'));
  });

  it(`offers Listen with ${PHONE.name}'s voice list, and reads with its voice and language`, async () => {
    await browser.load(at(`${SECTION_PATHS[0]}?engines-stub`));
    await until(browser, () => {
      const listen = document.querySelector<HTMLElement>('reading-tools [data-tool=listen]');
      return !!listen && listen.checkVisibility() && customElements.get('reading-tools') !== undefined;
    });
    await browser.click('reading-tools [data-tool=listen]');
    const first = await until(browser, () => window.__speechLog.spoken[0]);
    expect(first).toMatchObject({ text: titleOf(SECTION_PATHS[0]!), ...PHONE.expected });
    expect(await browser.evaluate(() => document.querySelector('reading-tools')!.hasAttribute('data-playing'))).toBe(
      true,
    );
  });

  it('opens a shared sentence link at the sentence', async () => {
    const words = sentenceFarDown();
    await browser.load(at(`${LONGEST_SECTION_PATH}#:~:text=${encodeURIComponent(words)}`));
    const shown = await until(
      browser,
      (wanted) => {
        const paragraph = [...document.querySelectorAll('article p')].find((p) =>
          p.textContent!.replace(/\s+/g, ' ').includes(wanted),
        );
        const box = paragraph?.getBoundingClientRect();
        return box && scrollY > 0 && box.top < innerHeight && box.bottom > 0 ? { top: box.top, scrollY } : undefined;
      },
      15_000,
      words,
    );
    expect(shown.scrollY).toBeGreaterThan(0);
  });

  it('searches from the search page', async () => {
    const { word, path } = distinctiveWord();
    await browser.load(at(PATHS.search));
    await until(browser, () => customElements.get('search-page') !== undefined);
    await browser.type('#search-page-q', word);
    const links = await until(
      browser,
      () => {
        const found = [...document.querySelectorAll<HTMLAnchorElement>('search-page ul a')].map((a) => a.pathname);
        return found.length ? found : undefined;
      },
      60_000,
    );
    expect(links).toContain(path);
  });

  it('saves the guide, then reads and searches it offline', async () => {
    const { word, path } = distinctiveWord();
    host.allowServiceWorker(true);
    await browser.load(at(PATHS.home));
    await until(browser, () => customElements.get('save-for-offline') !== undefined);
    await browser.click('save-for-offline button');
    const saved = await until(
      browser,
      () => {
        const heading = document.querySelector('save-for-offline h2')!.textContent!;
        const status = document.querySelector('save-for-offline [role=status]')!.textContent!;
        return heading.includes('Saved') ? status : undefined;
      },
      110_000,
    ).catch(async (error: Error) => {
      const status = await browser.evaluate(() => document.querySelector('save-for-offline')!.textContent);
      throw new Error(`${error.message}\nThe control said: ${status?.replace(/\s+/g, ' ')}`);
    });
    expect(saved).toMatch(/^Saved: /);
    expect(await browser.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    host.setOffline(true);
    try {
      await browser.load(at(LONGEST_SECTION_PATH));
      expect(await browser.evaluate(() => document.querySelector('h1')!.textContent!.trim())).toBe(
        titleOf(LONGEST_SECTION_PATH),
      );
      await browser.load(at(`${PATHS.search}?q=${word}`));
      const links = await until(
        browser,
        () => {
          const found = [...document.querySelectorAll<HTMLAnchorElement>('search-page ul a')].map((a) => a.pathname);
          return found.length ? found : undefined;
        },
        60_000,
      );
      expect(links).toContain(path);
    } finally {
      host.setOffline(false);
    }
  }, 240_000);
});
