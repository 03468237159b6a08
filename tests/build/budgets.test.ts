import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../support/built-pages';
import { brotliSize, pageLoad, withStaticImports, type PageLoad } from '../support/page-weight';
import { PATHS, SEARCH_FILE } from '../../src/consts';
import { BUDGET, budgetFor, WHOLE_GUIDE_BUDGET as WHOLE_GUIDE } from '../support/budgets';
import { distDir } from '../support/dist';

if (!existsSync(join(distDir, 'index.html')))
  throw new Error(`${distDir} has no built site: run \`npm run build\` first`);
const { files, pages } = await readBuiltSite(distDir);
const read = (file: string) => (files.has(file) ? readFileSync(join(distDir, file)) : undefined);
const sizeOf = (file: string) => brotliSize(read(file) ?? '');
const sum = (list: readonly string[]) => list.reduce((total, file) => total + sizeOf(file), 0);

/** Brotli bytes per page, for the table printed after the tests. */
interface Weights {
  url: string;
  html: number;
  firstPaint: number;
  script: number;
  pageView: number;
  load: PageLoad;
}

const weights: Weights[] = [];
for (const page of pages.filter((candidate) => !candidate.isRedirect)) {
  const html = readFileSync(join(distDir, page.file), 'utf8');
  const load = await pageLoad(page.url, html, read);
  const htmlBytes = brotliSize(html);
  const inlineScript = page.inlineScripts.length ? brotliSize(page.inlineScripts.join('\n')) : 0;
  weights.push({
    url: page.url,
    html: htmlBytes,
    firstPaint: htmlBytes + sum(load.blockingCss),
    script: inlineScript + sum(load.js),
    pageView: htmlBytes + sum([...new Set([...load.css, ...load.js, ...load.other])]),
    load,
  });
}

afterAll(() => {
  const row = (cells: (string | number)[]) =>
    cells.map((cell, i) => String(cell)[i ? 'padStart' : 'padEnd'](i ? 11 : 32)).join('');
  const lines = [row(['page (brotli bytes)', 'HTML', 'HTML+CSS', 'JS', 'page view'])];
  for (const w of weights) lines.push(row([w.url, w.html, w.firstPaint, w.script, w.pageView]));
  const max = (key: 'html' | 'firstPaint' | 'script' | 'pageView') => Math.max(...weights.map((w) => w[key]));
  lines.push(row(['max', max('html'), max('firstPaint'), max('script'), max('pageView')]));
  const others = weights.filter((w) => w.url !== WHOLE_GUIDE.url);
  const maxOf = (key: 'html' | 'firstPaint' | 'script' | 'pageView') => Math.max(...others.map((w) => w[key]));
  lines.push(
    row([`max without ${WHOLE_GUIDE.url}`, maxOf('html'), maxOf('firstPaint'), maxOf('script'), maxOf('pageView')]),
  );
  lines.push(row(['budget', '', BUDGET.firstPaint, BUDGET.script, BUDGET.pageView]));
  lines.push(row([`budget ${WHOLE_GUIDE.url}`, '', WHOLE_GUIDE.firstPaint, BUDGET.script, WHOLE_GUIDE.pageView]));
  console.log(lines.join('\n'));
});

describe.each(weights.map((w) => [w.url, w, budgetFor(w.url)] as const))('page %s', (_url, w, budget) => {
  it(`HTML + render-blocking CSS within budget (${budget.firstPaint} bytes brotli)`, () => {
    expect(
      w.load.blockingCss.every((file) => files.has(file)),
      'every stylesheet exists',
    ).toBe(true);
    expect(w.firstPaint).toBeLessThanOrEqual(budget.firstPaint);
  });

  it(`everything a plain page view loads within budget (${budget.pageView} bytes brotli)`, () => {
    const missing = [...w.load.css, ...w.load.js, ...w.load.other].filter((file) => !files.has(file));
    expect(missing, 'files the page loads that are not in the build').toEqual([]);
    expect(w.pageView).toBeLessThanOrEqual(budget.pageView);
  });

  it(`JavaScript on a plain page view ≤ ${budget.script} bytes brotli, and no search code`, () => {
    expect(w.load.js.filter((file) => file.startsWith(PATHS.searchBundle.slice(1)))).toEqual([]);
    expect(w.script).toBeLessThanOrEqual(budget.script);
  });
});

describe('web fonts', () => {
  it('none are shipped, declared or preloaded: the site uses the system font stack', () => {
    expect([...files].filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file))).toEqual([]);
    const css = [...files].filter((file) => file.endsWith('.css')).map((file) => read(file)!.toString('utf8'));
    expect(css.filter((text) => /@font-face/i.test(text))).toEqual([]);
    const inlineCss = pages.flatMap((page) => page.inlineStyles);
    expect(inlineCss.filter((text) => /@font-face/i.test(text))).toEqual([]);
  });
});

/**
 * What the first search of a visit transfers, in the worst case, from an ordinary static host or CDN that compresses
 * text types only (JavaScript and JSON go out brotli-compressed; nothing else is compressed, and nothing else is
 * needed): the guide's search code (the dialog's chunk and what it imports), the search file, and the lexicon shards
 * of a query of five words, counted as the five largest.
 */
function firstSearchBytes(): { files: [string, number][]; code: number; total: number } {
  // Modules a page view has loaded already (the shared constants, say) cost the search nothing more.
  const plainPageJs = new Set(weights.flatMap((weight) => weight.load.js));
  const bytes = (file: string): [string, number] => [file, sizeOf(file)];
  // The dialog's chunk (src/client/search/dialog.ts) and what it imports: the code the first search runs.
  const dialog = [...files].find((file) => /^_astro\/dialog\.[\w-]+\.js$/.test(file))!;
  const code = withStaticImports(dialog, read)
    .filter((file) => !plainPageJs.has(file))
    .map(bytes);
  const data = [bytes(`${BUNDLE}${SEARCH_FILE}`), ...largestShards(FIRST_QUERY_WORDS)];
  const sum = (list: [string, number][]) => list.reduce((total, [, size]) => total + size, 0);
  return { files: [...code, ...data], code: sum(code), total: sum(code) + sum(data) };
}

/** The search bundle's folder in the built site. */
const BUNDLE = PATHS.searchBundle.slice(1);

/** The words of the first query the budget allows for: five, each in a shard of its own. */
const FIRST_QUERY_WORDS = 5;

/** The `count` largest lexicon shards, brotli-compressed as hosts serve JSON. */
function largestShards(count: number): [string, number][] {
  return [...files]
    .filter((file) => file.startsWith(`${BUNDLE}lexicon/`))
    .map((file): [string, number] => [file, sizeOf(file)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);
}

describe('the first search', () => {
  const { files: sent, code, total } = firstSearchBytes();
  const listing = sent.map(([name, size]) => `${size} ${name}`).join('\n');

  it('runs on the guide\'s own code and search file, never Pagefind\'s WebAssembly', () => {
    expect(sent.some(([name]) => name.startsWith('_astro/dialog.'))).toBe(true);
    expect([...files].filter((file) => /\.(wasm|pagefind|pf_\w+)$/.test(file))).toEqual([]);
  });

  it(`transfers at most ${BUDGET.firstSearch} bytes, search code and data, from a host that compresses text only`, () => {
    expect(total, listing).toBeLessThanOrEqual(BUDGET.firstSearch);
  });

  it(`runs at most ${BUDGET.searchCode} bytes of the guide's own search code`, () => {
    expect(code, listing).toBeLessThanOrEqual(BUDGET.searchCode);
  });

  it(`costs at most ${BUDGET.searchWord} bytes more for each further word (its lexicon shard)`, () => {
    const [largest] = largestShards(1);
    expect(largest![1]).toBeLessThanOrEqual(BUDGET.searchWord);
  });
});
