#!/usr/bin/env node
// Search benchmark (not a test): serves the built site as a production host would (static-host.mjs), drives Chromium
// and prints the bytes of the first search, the cold time to first results, the median warm time over the reader
// queries of tests/e2e/search-queries.json and the hit rate on them.
// Usage: npm run build && npm run bench:search   (ASTRO_OUT_DIR picks another build; CHROMIUM_PATH another browser)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import QUERIES from '../e2e/search-queries.json' with { type: 'json' };
import { startStaticHost } from './static-host.mjs';

const root = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const PAGE = '/self-care/';
const FIRST_QUERY = 'stress';

if (!existsSync(join(root, 'pagefind', 'pagefind.js'))) {
  console.error(`No search bundle in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

/** Every response body sent, in order: [path, bytes on the wire]. */
const sent = [];
const server = await startStaticHost(root, { onSend: (path, bytes) => sent.push([path, bytes]) });
const origin = server.origin;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (entries) => entries.reduce((sum, [, bytes]) => sum + bytes, 0);
const isSearch = ([path]) => path.startsWith('/pagefind/') || path.includes('search-ui');

/** Types a query into the open dialog and resolves with the ms until its results (or "No results") show. */
async function timeQuery(page, query) {
  return page.evaluate(async (text) => {
    const input = document.querySelector('#search-dialog-input');
    const status = document.querySelector('dialog [role=status]');
    const start = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((done) => {
      const check = () => (status.textContent.includes(`“${text}”`) ? done() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - start;
  }, query);
}

/** One cold search in a fresh browser context (empty cache): page view, then shortcut, query and first results. */
async function coldRun() {
  const context = await browser.newContext();
  const page = await context.newPage();
  sent.splice(0);
  await page.goto(origin + PAGE, { waitUntil: 'networkidle' });
  const plain = sent.splice(0);
  const start = Date.now();
  await page.keyboard.press('Control+k');
  await page.locator('#search-dialog-input').fill(FIRST_QUERY);
  await page.locator('dialog ul a').first().waitFor();
  const cold = Date.now() - start;
  await page.waitForLoadState('networkidle');
  return { context, page, plain, cold, first: sent.splice(0) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const COLD_RUNS = 5;

try {
  const runs = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const run = await coldRun();
    runs.push(run);
    if (i > 0) await run.context.close();
  }
  const { page, plain, first } = runs[0];
  const plainJs = plain.filter(([path]) => path.endsWith('.js'));
  const colds = runs.map((run) => run.cold);

  const warm = [];
  let hits = 0;
  for (const { query, path, heading } of QUERIES) {
    warm.push(await timeQuery(page, query));
    const href = await page.evaluate(() => document.querySelector('dialog ul a')?.getAttribute('href') ?? null);
    const url = new URL(href ?? '/none', origin);
    if (url.pathname === path && url.hash === (heading ? `#${heading}` : '')) hits++;
    else console.log(`  miss: "${query}" → ${href} (expected ${path}${heading ? `#${heading}` : ''})`);
  }
  warm.sort((a, b) => a - b);

  console.log(`Search benchmark on ${PAGE} (brotli-serving local host, Chromium, no throttling)`);
  console.log(
    `  plain page view: ${kb(total(plain))} in ${plain.length} files; JS ${kb(total(plainJs))}; search files: ${plain.filter(isSearch).length}`,
  );
  console.log(`  first search ("${FIRST_QUERY}"): ${kb(total(first))} in ${first.length} files`);
  for (const [path, bytes] of first) console.log(`    ${kb(bytes).padStart(9)}  ${path}`);
  console.log(
    `  cold time to first results (shortcut, type, results shown), median of ${COLD_RUNS} fresh contexts: ${median(colds)} ms (all: ${colds.join(', ')} ms)`,
  );
  console.log(
    `  warm time, median of ${warm.length} queries (includes the 120 ms typing debounce): ${median(warm).toFixed(0)} ms`,
  );
  console.log(`  warm times: ${warm.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  console.log(
    `  hit rate (first result is the expected section and heading): ${hits}/${QUERIES.length} = ${((100 * hits) / QUERIES.length).toFixed(0)}%`,
  );
} finally {
  await browser.close();
  server.close();
}
