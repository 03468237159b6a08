#!/usr/bin/env node
// Lighthouse scores (not a CI gate: timings are noisy) for the home page and a section page of the built site.
// Serves the build like a production host: brotli, the headers of _headers (CSP, caching), 404 page. Lighthouse runs
// with its defaults: mobile emulation and simulated throttling. Chromium comes from CHROME_PATH (default Debian's).
// Usage: npm run build && npm run lighthouse     (ASTRO_OUT_DIR picks another build; LIGHTHOUSE_PAGES=/,/overview/)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startStaticHost } from './static-host.mjs';

const root = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const pages = (process.env.LIGHTHOUSE_PAGES ?? '/,/manual-therapy/').split(',');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

const server = await startStaticHost(root);
const origin = server.origin;

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const rows = [];
let failedAudits = [];
try {
  for (const page of pages) {
    const { lhr } = await lighthouse(`${origin}${page}`, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
    rows.push([page, ...scores.map(String)]);
    // Anything that cost points, so a score below 100 says why.
    failedAudits = failedAudits.concat(
      CATEGORIES.flatMap((id) =>
        lhr.categories[id].auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map(
            (ref) =>
              `${page} ${id}: ${lhr.audits[ref.id].title} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`,
          ),
      ),
    );
  }
} finally {
  chrome.kill();
  server.close();
}

const header = ['page', ...CATEGORIES];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log(
  [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n'),
);
if (failedAudits.length) console.log(`\nAudits below full marks (a category can still round to 100):\n  ${failedAudits.join('\n  ')}`);
