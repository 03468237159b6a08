#!/usr/bin/env node
// Search benchmark (not a test): every reader query of both halves (tests/fixtures/search-queries/) through the real
// search page in Chromium, served as an ordinary static host would (tests/support/static-server.ts). Prints per half and kind how
// often the right section comes first and in the top three; the tuning half's misses (the frozen half's only with
// --show-frozen: nothing may be tuned on them); the bytes of a first search of five words and of each further word;
// and how long results take after the last keystroke on a phone-speed CPU (Chromium slowed fourfold).
// Usage: npm run build && npm run bench:search [-- --show-frozen]   (ASTRO_OUT_DIR: another build)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { HALVES, judge, rates } from '../support/search-quality.ts';
import { CHROMIUM_ARGS, systemChromium } from '../support/chromium.ts';
import { startStaticHost } from '../support/static-server.ts';

const root = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const showFrozen = process.argv.includes('--show-frozen');
/** A first query of five meaningful words, and a further one of five more, none of them in the guide's text. */
const FIRST_QUERY = 'lorry driver knackered spine aches';
const FURTHER_QUERY = 'lorry driver knackered spine aches gym jogging pillow wrecked rugby';
/** Chromium's CPU slowdown for the phone timing, and how many queries are timed. */
const CPU_SLOWDOWN = 4;
const TIMED_QUERIES = 40;

if (!existsSync(join(root, 'pagefind', 'pagefind.js'))) {
  console.error(`No search bundle in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

/** Every response body sent, in order: [path, bytes on the wire]. */
const sent = [];
const server = await startStaticHost(root, { onSend: (path, bytes) => sent.push([path, bytes]) });
const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percent = (share) => `${Math.round(100 * share)}%`.padStart(5);

/**
 * Runs in the page: types `text` into the search page's box as one last keystroke, and resolves with the results'
 * links, the status sentence and the milliseconds from the keystroke to the results on screen: the first time the
 * status is written after it (the search page rewrites it with every outcome, even an unchanged one).
 */
function searchOnPage(text) {
  const root = document.querySelector('search-page');
  const input = root.querySelector('input');
  const status = root.querySelector('[role=status]');
  return new Promise((done) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      observer.disconnect();
      done({
        ms: performance.now() - start,
        status: status.textContent ?? '',
        hrefs: [...root.querySelectorAll('ul a')].map((a) => a.getAttribute('href')),
      });
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

try {
  // Bytes: a fresh browser opens a section and searches from the header for five words, then for five more.
  const context = await browser.newContext();
  const bytesPage = await context.newPage();
  await bytesPage.goto(`${server.url}/self-care/`, { waitUntil: 'networkidle' });
  sent.splice(0);
  await bytesPage.keyboard.press('Control+k');
  await bytesPage.locator('#search-dialog-input').fill(FIRST_QUERY);
  await bytesPage.locator('dialog [role=status]').filter({ hasText: FIRST_QUERY }).waitFor();
  await bytesPage.waitForLoadState('networkidle');
  const firstSearch = sent.splice(0);
  await bytesPage.locator('#search-dialog-input').fill(FURTHER_QUERY);
  await bytesPage.locator('dialog [role=status]').filter({ hasText: FURTHER_QUERY }).waitFor();
  await bytesPage.waitForLoadState('networkidle');
  const further = sent.splice(0);
  await context.close();

  // Quality: every query of both halves, typed one after another on one search page.
  const page = await browser.newPage();
  await page.goto(`${server.url}/search/`);
  // The first search is typed, not run through page.evaluate: Chromium 156 drops its DevTools connection (the whole
  // browser "disconnects") when Pagefind compiles its WebAssembly while an evaluation waits on a promise. Once
  // Pagefind is loaded, evaluations are safe.
  await page.locator('search-page input').fill('massage');
  await page.locator('search-page [role=status]').filter({ hasText: '“massage”' }).waitFor();
  const results = {};
  for (const [half, queries] of Object.entries(HALVES)) {
    results[half] = [];
    for (const query of queries) {
      const { hrefs, status } = await page.evaluate(searchOnPage, query.query);
      const paths = hrefs.map((href) => new URL(href, server.url).pathname);
      const uncovered = /^This guide does not cover/.test(status) ? ['(said)'] : [];
      results[half].push({ query, paths, status, ...judge(query, { paths, uncovered }) });
    }
  }

  // Speed: the page's CPU slowed fourfold, as a mid-range phone; from the last keystroke to the results on screen.
  const client = await page.context().newCDPSession(page);
  await client.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const timed = [];
  for (const query of HALVES.tuning.slice(0, TIMED_QUERIES))
    timed.push((await page.evaluate(searchOnPage, query.query)).ms);
  await client.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  console.log(
    `Search benchmark: ${HALVES.tuning.length} tuning and ${HALVES.frozen.length} frozen reader queries on the search page\n`,
  );
  for (const [half, rows] of Object.entries(results)) {
    console.log(`${half} half           queries  right first  in top 3`);
    for (const [kind, { count, first, top3 }] of rates(rows))
      console.log(
        `  ${kind.padEnd(18)} ${String(count).padStart(5)}  ${percent(first).padStart(11)}  ${percent(top3).padStart(8)}`,
      );
    const all = rows.filter((row) => row.query.kind !== 'uncovered');
    console.log(
      `  ${'all but uncovered'.padEnd(18)} ${String(all.length).padStart(5)}  ${percent(all.filter((row) => row.first).length / all.length).padStart(11)}  ${percent(all.filter((row) => row.top3).length / all.length).padStart(8)}\n`,
    );
  }
  for (const [half, rows] of Object.entries(results)) {
    if (half === 'frozen' && !showFrozen) continue;
    const misses = rows.filter((row) => !row.first);
    console.log(`Misses of the ${half} half (first result, expected):`);
    for (const { query, paths } of misses)
      console.log(
        `  [${query.kind}] “${query.query}” → ${paths[0] ?? '(none)'}  (expected ${query.path ?? 'to be told it is not covered'})`,
      );
    console.log('');
  }
  const total = (list) => list.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(
    `First search of five words (“${FIRST_QUERY}”), from a section page: ${kb(total(firstSearch))} in ${firstSearch.length} files`,
  );
  for (const [path, bytes] of firstSearch) console.log(`  ${kb(bytes).padStart(9)}  ${path}`);
  const furtherWords = FURTHER_QUERY.split(' ').length - FIRST_QUERY.split(' ').length;
  console.log(`Five further words: ${kb(total(further))} (${kb(total(further) / furtherWords)} a word)`);
  console.log(
    `Results after the last keystroke, CPU slowed ${CPU_SLOWDOWN}×, ${timed.length} queries: median ${median(timed).toFixed(0)} ms, slowest ${Math.max(...timed).toFixed(0)} ms (the input waits 60 ms for typing to pause; that is included)`,
  );
  mkdirSync('bench-results', { recursive: true });
  const frozenRows = results.frozen.map(({ query, ...rest }) => ({
    kind: query.kind,
    ...rest,
    query: showFrozen ? query : undefined,
  }));
  writeFileSync(
    'bench-results/search.json',
    `${JSON.stringify({ rates: Object.fromEntries(Object.entries(results).map(([half, rows]) => [half, Object.fromEntries(rates(rows))])), tuning: results.tuning, frozen: frozenRows, firstSearch, further, timed }, null, 1)}\n`,
  );
  console.log('\nWrote bench-results/search.json');
} finally {
  await browser.close();
  await server.close();
}
