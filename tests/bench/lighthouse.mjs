#!/usr/bin/env node
// Lighthouse scores (not a CI gate: timings are noisy) for the home page and a section page of the built site.
// Serves the build like a production host (tests/support/static-server.ts: compression, the headers of _headers, 404 page) and runs
// a pinned Lighthouse through npx, so Lighthouse and its ~200 packages are not dependencies of the project.
// Lighthouse runs with its defaults: mobile emulation and simulated throttling. Chromium comes from CHROME_PATH
// (default Debian's /usr/bin/chromium).
// Usage: npm run build && npm run lighthouse     (ASTRO_OUT_DIR picks another build; LIGHTHOUSE_PAGES=/,/overview/)
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startStaticHost } from '../support/static-server.ts';

/** The Lighthouse release docs/performance.md's figures come from; npx fetches it once into npm's cache. */
const LIGHTHOUSE = 'lighthouse@12.8.2';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const root = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const pages = (process.env.LIGHTHOUSE_PAGES ?? '/,/manual-therapy/').split(',');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

const server = await startStaticHost(root);
const rows = [];
const failedAudits = [];
try {
  for (const page of pages) {
    const { stdout } = await promisify(execFile)(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        `${server.url}${page}`,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        `--only-categories=${CATEGORIES.join(',')}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
    );
    const lhr = JSON.parse(stdout);
    rows.push([page, ...CATEGORIES.map((id) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)))]);
    // Anything that cost points, so a score below 100 says why.
    for (const id of CATEGORIES) {
      for (const ref of lhr.categories[id].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && (audit?.score ?? 1) < 1)
          failedAudits.push(`${page} ${id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
      }
    }
  }
} finally {
  server.close();
}

const header = ['page', ...CATEGORIES];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log(
  [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n'),
);
console.log(`(${LIGHTHOUSE}, mobile, simulated throttling)`);
if (failedAudits.length)
  console.log(`\nAudits below full marks (a category can still round to 100):\n  ${failedAudits.join('\n  ')}`);
