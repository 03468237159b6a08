#!/usr/bin/env node
/**
 * `npm run bench:search` (not a test): search on the live guide, as readers meet it, in Chromium through the real search
 * page, served as an ordinary static host would (tests/support/static-server.ts).
 * - Quality: every reader query of both halves (tests/fixtures/search-queries/), per half and kind, the share whose
 *   right section comes first and in the top three (for a question the guide does not cover, the share told so), the
 *   covered questions told "not covered", and the median number of sections listed; the tuning half's misses (the
 *   frozen half's only with --show-frozen: nothing may be tuned on them).
 * - Bytes: what a first search of five words transfers from a section page, and each further word.
 * - Speed: the CPU slowed fourfold (a mid-range phone), long questions typed key by key; the time from the last
 *   keystroke to the results list's last change (excerpts and notes included), not to its first status.
 * Usage: npm run build && npm run bench:search [-- --show-frozen]   (ASTRO_OUT_DIR: another build)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { PATHS, SEARCH_FILE } from '../../src/consts.ts';
import type { SearchData } from '../../src/search/search-data.ts';
import { CHROMIUM_ARGS, systemChromium } from '../support/chromium.ts';
import { HALVES, judge, rates, summary, type Judged } from '../support/search-quality.ts';
import { startStaticHost } from '../support/static-server.ts';

const root = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const showFrozen = process.argv.includes('--show-frozen');
/** A first query of five meaningful words, and a further one of five more. */
const FIRST_QUERY = 'lorry driver knackered spine aches';
const FURTHER_QUERY = 'lorry driver knackered spine aches gym jogging pillow wrecked rugby';
/** Chromium's CPU slowdown for the phone timing, how many long questions are timed, and how fast they are typed. */
const CPU_SLOWDOWN = 4;
const TIMED_QUERIES = 40;
const KEY_DELAY_MS = 40;
/** The list has settled once it has not changed for this long. */
const SETTLED_MS = 800;

if (!existsSync(join(root, PATHS.searchBundle, SEARCH_FILE))) {
  console.error(`No search file in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

/** Every response body sent, in order: [path, bytes on the wire]. */
const sent: [string, number][] = [];
const server = await startStaticHost(root, { onSend: (path, bytes) => sent.push([path, bytes]) });
const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const percent = (share: number) => `${Math.round(100 * share)}%`.padStart(5);

/**
 * Runs in the page: searches for `text` on the search page, resolving with what it shows once the status has been
 * written for this search and nothing has changed for `settled` ms.
 */
function searchOnPage([text, settled]: [string, number]): Promise<{ hrefs: string[]; status: string }> {
  const root = document.querySelector('search-page')!;
  const input = root.querySelector('input')!;
  const status = root.querySelector('[role=status]')!;
  return new Promise((done) => {
    let timer = 0;
    let answered = false;
    const finish = () => {
      observer.disconnect();
      done({
        hrefs: [...root.querySelectorAll('ul a')].map((a) => a.getAttribute('href')!),
        status: status.textContent ?? '',
      });
    };
    const observer = new MutationObserver((records) => {
      // The controller rewrites the status with every outcome, even an unchanged one.
      answered ||= records.some((record) => status === record.target || status.contains(record.target));
      clearTimeout(timer);
      if (answered) timer = window.setTimeout(finish, settled);
    });
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Types `text` key by key into the search page's box and says how long after the last key the list last changed. */
async function timeTyping(page: Page, text: string): Promise<number> {
  await page.evaluate(() => {
    const root = document.querySelector('search-page')!;
    const box = root.querySelector('input')!;
    box.value = '';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    const marks = ((window as unknown as { marks: { key: number; change: number } }).marks = { key: 0, change: 0 });
    box.addEventListener('keydown', () => (marks.key = performance.now()));
    new MutationObserver(() => (marks.change = performance.now())).observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await page.locator('search-page input').pressSequentially(text, { delay: KEY_DELAY_MS, timeout: 0 });
  // Settled: no change for a while.
  let last = -1;
  for (;;) {
    await page.waitForTimeout(SETTLED_MS);
    const { change } = await page.evaluate(() => (window as unknown as { marks: { change: number } }).marks);
    if (change === last) break;
    last = change;
  }
  const { key, change } = await page.evaluate(
    () => (window as unknown as { marks: { key: number; change: number } }).marks,
  );
  return Math.max(0, change - key);
}

try {
  // Bytes: a fresh browser opens a section and searches from the header for five words, then for five more.
  // No service worker: its installation would fetch the site's shell meanwhile, which is not the search's cost.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const bytesPage = await context.newPage();
  const { pages } = JSON.parse(readFileSync(join(root, PATHS.searchBundle, SEARCH_FILE), 'utf8')) as SearchData;
  await bytesPage.goto(`${server.url}${pages.at(-1)!.url}`, { waitUntil: 'networkidle' });
  sent.splice(0);
  await bytesPage.keyboard.press('Control+k');
  await bytesPage.locator('#search-dialog-input').fill(FIRST_QUERY);
  await bytesPage.locator('dialog [role=status]').filter({ hasText: /./ }).waitFor();
  await bytesPage.waitForLoadState('networkidle');
  const firstSearch = sent.splice(0);
  await bytesPage.locator('#search-dialog-input').fill(FURTHER_QUERY);
  await bytesPage.waitForTimeout(500);
  await bytesPage.waitForLoadState('networkidle');
  const further = sent.splice(0);
  await context.close();

  // Quality: every query of both halves on one search page.
  const page = await browser.newPage();
  await page.goto(`${server.url}${PATHS.search}`);
  const results: Record<string, (Judged & { status: string; paths: string[] })[]> = {};
  for (const [half, queries] of Object.entries(HALVES)) {
    results[half] = [];
    for (const query of queries) {
      const { hrefs, status } = await page.evaluate(searchOnPage, [query.query, 150] as [string, number]);
      const paths = hrefs.map((href) => new URL(href, server.url).pathname);
      const notCovered = /^This guide does not (cover|answer)/.test(status);
      results[half]!.push({ ...judge(query, { paths, notCovered }), status, paths });
    }
  }

  console.log(
    `Search on the live guide: ${HALVES.tuning.length} tuning and ${HALVES.frozen.length} frozen reader queries\n`,
  );
  for (const [half, rows] of Object.entries(results)) {
    console.log(`${half} half           queries  right first  in top 3`);
    for (const [kind, { count, first, top3 }] of rates(rows))
      console.log(
        `  ${kind.padEnd(18)} ${String(count).padStart(5)}  ${percent(first).padStart(11)}  ${percent(top3).padStart(8)}`,
      );
    const { falselyNotCovered, medianListed } = summary(rows);
    console.log(
      `  covered questions told "not covered": ${falselyNotCovered}; median sections listed: ${medianListed}\n`,
    );
  }
  for (const [half, rows] of Object.entries(results)) {
    if (half === 'frozen' && !showFrozen) continue;
    console.log(`Misses of the ${half} half (first result, expected):`);
    for (const { query, paths, status } of rows.filter((row) => !row.first))
      console.log(
        `  [${query.kind}] “${query.query}” → ${paths[0] ?? status}  (expected ${query.path ?? 'to be told it is not covered'})`,
      );
    console.log('');
  }
  // Speed: the CPU slowed fourfold; the longest questions and situations of the tuning half, typed.
  const client = await page.context().newCDPSession(page);
  await client.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const long = HALVES.tuning
    .filter(({ kind }) => kind === 'question' || kind === 'situation')
    .sort((a, b) => b.query.length - a.query.length)
    .slice(0, TIMED_QUERIES);
  const timed: number[] = [];
  for (const { query } of long) timed.push(await timeTyping(page, query));
  await client.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  const total = (list: [string, number][]) => list.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(
    `First search of five words (“${FIRST_QUERY}”), from a section page: ${kb(total(firstSearch))} in ${firstSearch.length} files`,
  );
  for (const [path, bytes] of firstSearch) console.log(`  ${kb(bytes).padStart(9)}  ${path}`);
  const furtherWords = FURTHER_QUERY.split(' ').length - FIRST_QUERY.split(' ').length;
  console.log(`Five further words: ${kb(total(further))} (${kb(total(further) / furtherWords)} a word)`);
  console.log(
    `From the last keystroke to the list's last change, CPU slowed ${CPU_SLOWDOWN}×, ${timed.length} long questions typed: median ${median(timed).toFixed(0)} ms, p90 ${[...timed].sort((a, b) => a - b)[Math.floor(timed.length * 0.9)]!.toFixed(0)} ms, slowest ${Math.max(...timed).toFixed(0)} ms (the box waits 60 ms for typing to pause; that is included)`,
  );
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/search.json',
    `${JSON.stringify(
      {
        rates: Object.fromEntries(
          Object.entries(results).map(([half, rows]) => [half, Object.fromEntries(rates(rows))]),
        ),
        summary: Object.fromEntries(Object.entries(results).map(([half, rows]) => [half, summary(rows)])),
        firstSearch,
        further,
        timed,
      },
      null,
      1,
    )}\n`,
  );
  console.log('\nWrote bench-results/search.json');
} finally {
  await browser.close();
  await server.close();
}
