#!/usr/bin/env node
// Lighthouse scores (not a CI gate: timings are noisy) for the home page and a section page of the built site.
// Serves the build like a production host: brotli, the headers of _headers (CSP, caching), 404 page. Lighthouse runs
// with its defaults: mobile emulation and simulated throttling. Chromium comes from CHROME_PATH (default Debian's).
// Usage: npm run build && npm run lighthouse     (ASTRO_OUT_DIR picks another build; LIGHTHOUSE_PAGES=/,/overview/)
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const pages = (process.env.LIGHTHOUSE_PAGES ?? '/,/manual-therapy/').split(',');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.xml',
  '.pagefind',
  '.pf_meta',
  '.pf_index',
  '.pf_fragment',
]);

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

/** The rules of dist/_headers as [pattern, headers] pairs; `*` matches anything. */
function readHeaderRules() {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line))
      rules.push([
        new RegExp(
          `^${line
            .trim()
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')}$`,
        ),
        [],
      ]);
    else
      rules.at(-1)?.[1].push(
        line
          .trim()
          .split(/:\s*(.*)/s)
          .slice(0, 2),
      );
  }
  return rules;
}
const headerRules = readHeaderRules();

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) return void response.writeHead(403).end();
  if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
  let status = 200;
  let body = await readFile(file).catch(() => null);
  if (!body) {
    status = 404;
    file = join(root, '404.html');
    body = await readFile(file);
  }
  const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
  for (const [pattern, list] of headerRules)
    if (pattern.test(path)) for (const [name, value] of list) headers[name] = value;
  if (COMPRESSIBLE.has(extname(file)) && /\bbr\b/.test(request.headers['accept-encoding'] ?? '')) {
    body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    headers['content-encoding'] = 'br';
    headers.vary = 'accept-encoding';
  }
  response.writeHead(status, headers).end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

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
