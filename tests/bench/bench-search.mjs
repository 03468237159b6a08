#!/usr/bin/env node
// Search benchmark (not a test): runs every query of tests/fixtures/search-queries.json through the real search page
// in Chromium, served as an ordinary static host would (tests/support/static-server.ts), and prints per kind of query how often the
// right section comes first, how often it is in the top three and how often the right heading comes first; the
// queries that miss; the bytes of the first search; cold and warm times, the warm ones beside Pagefind's own.
// Usage: npm run build && npm run bench:search   (ASTRO_OUT_DIR picks another build; CHROMIUM_PATH another browser)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import QUERIES from '../fixtures/search-queries.json' with { type: 'json' };
import { startStaticHost } from '../support/static-server.ts';

const root = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const TARGETS = { exact: 1, question: 0.95, lay: 0.95, misspelling: 1 };
const COLD_RUNS = 5;

if (!existsSync(join(root, 'pagefind', 'pagefind.js'))) {
  console.error(`No search bundle in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

/** Every response body sent, in order: [path, bytes on the wire]. */
const sent = [];
const server = await startStaticHost(root, { onSend: (path, bytes) => sent.push([path, bytes]) });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percent = (part, whole) => `${Math.round((100 * part) / whole)}%`.padStart(5);

/** Runs in the page: types `text` into the search page's box; resolves with the results and the ms they took. */
function searchOnPage(text) {
  const root = document.querySelector('search-page');
  const input = root.querySelector('input');
  const status = root.querySelector('[role=status]');
  const start = performance.now();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise((done) => {
    const check = () => {
      const said = status.textContent ?? '';
      // The status names the query once its results are shown (normalised as the page shows it).
      if (said.includes('for “') && said.includes(`“${text.replace(/\s+/g, ' ').trim()}”`)) {
        done({
          ms: performance.now() - start,
          hrefs: [...root.querySelectorAll('ul a')].map((a) => a.getAttribute('href')),
        });
      } else requestAnimationFrame(check);
    };
    check();
  });
}

/** Runs in the page: Pagefind's own time for the same text, one plain search, its results' data included. */
async function pagefindAlone(text) {
  const pagefind = await import('/pagefind/pagefind.js');
  const start = performance.now();
  const { results } = await pagefind.search(text);
  await Promise.all(results.slice(0, 5).map((result) => result.data()));
  return performance.now() - start;
}

try {
  // Cold: a fresh browser (empty cache) opens a section, then searches from the header.
  const colds = [];
  let firstSearch = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/self-care/`, { waitUntil: 'networkidle' });
    sent.splice(0);
    const start = Date.now();
    await page.keyboard.press('Control+k');
    await page.locator('#search-dialog-input').fill('stress');
    await page.locator('dialog ul a').first().waitFor();
    colds.push(Date.now() - start);
    await page.waitForLoadState('networkidle');
    if (run === 0) firstSearch = sent.splice(0);
    await context.close();
  }

  // Warm: every query on one search page, as a reader typing one after another.
  const page = await browser.newPage();
  await page.goto(`${server.url}/search/`);
  await page.evaluate(searchOnPage, 'massage');
  const rows = [];
  for (const entry of QUERIES) {
    const { ms, hrefs } = await page.evaluate(searchOnPage, entry.query);
    const urls = hrefs.map((href) => new URL(href, server.url));
    const first = urls[0];
    rows.push({
      ...entry,
      ms,
      own: await page.evaluate(pagefindAlone, entry.query),
      first: first ? `${first.pathname}${first.hash}` : '(none)',
      sectionFirst: first?.pathname === entry.path,
      inTop3: urls.slice(0, 3).some((url) => url.pathname === entry.path),
      headingFirst: first?.pathname === entry.path && first.hash === (entry.heading ? `#${entry.heading}` : ''),
    });
  }

  console.log(
    `Search benchmark: ${QUERIES.length} queries on the search page (Chromium, ordinary static host, no throttling)\n`,
  );
  console.log('kind          queries  section first  in top 3  heading first  target');
  const kinds = [...new Set(rows.map((row) => row.kind))];
  let allMet = true;
  for (const kind of kinds) {
    const of = rows.filter((row) => row.kind === kind);
    const first = of.filter((row) => row.sectionFirst).length;
    const met = first / of.length >= TARGETS[kind];
    allMet &&= met;
    console.log(
      `${kind.padEnd(13)} ${String(of.length).padStart(7)}  ${percent(first, of.length).padStart(13)}  ${percent(of.filter((row) => row.inTop3).length, of.length).padStart(8)}  ${percent(of.filter((row) => row.headingFirst).length, of.length).padStart(13)}  ${`${TARGETS[kind] * 100}%`.padStart(6)} ${met ? 'met' : 'MISSED'}`,
    );
  }
  const misses = rows.filter((row) => !row.headingFirst);
  if (misses.length) {
    console.log('\nMisses (first result, expected):');
    for (const row of misses)
      console.log(
        `  [${row.kind}] “${row.query}” → ${row.first}  (expected ${row.path}${row.heading ? `#${row.heading}` : ''})`,
      );
  }
  const overhead = rows.map((row) => row.ms - 120 - row.own);
  console.log(
    `\nFirst search ("stress", from a section page): ${kb(firstSearch.reduce((sum, [, bytes]) => sum + bytes, 0))} in ${firstSearch.length} files`,
  );
  for (const [path, bytes] of firstSearch) console.log(`  ${kb(bytes).padStart(9)}  ${path}`);
  console.log(
    `Cold, shortcut to first results, median of ${COLD_RUNS} fresh browsers: ${median(colds)} ms (${colds.join(', ')})`,
  );
  console.log(
    `Warm, median over the queries: ${median(rows.map((row) => row.ms)).toFixed(0)} ms with the 120 ms typing pause; Pagefind alone ${median(rows.map((row) => row.own)).toFixed(1)} ms; the pipeline's own time beyond both, median ${median(overhead).toFixed(1)} ms, slowest ${Math.max(...overhead).toFixed(1)} ms`,
  );
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/search.json', `${JSON.stringify({ rows, colds, firstSearch }, null, 1)}\n`);
  console.log('\nWrote bench-results/search.json');
  if (!allMet) process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
