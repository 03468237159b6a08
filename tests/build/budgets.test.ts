import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../support/built-pages';
import { brotliSize, pageLoad, withStaticImports, type PageLoad } from '../support/page-weight';
import { RESULT_LIMITS } from '../../src/consts';
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
    expect(w.load.js.filter((file) => file.startsWith('pagefind/'))).toEqual([]);
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
 * What the first search of a visit transfers, in the worst case, from an ordinary static host or CDN. The host model:
 * text files (JS, JSON, CSS) go out brotli-compressed, as every host compresses them; Pagefind's binary files
 * (`.pagefind`, `.pf_meta`, `.pf_index`, `.pf_fragment`, served as application/octet-stream, which hosts do not
 * compress) go out at their stored size, already gzipped by Pagefind. The search code and Pagefind's entry files,
 * WASM and metadata load once; a query may touch every index chunk; the dialog fetches one fragment per result it
 * shows, counted here as the largest ones; and a query of five words loads at most five lexicon shards, counted as
 * the five largest. The word list for "Did you mean" counts too, as one of the words may be a slip. The data is
 * everything but the guide's own code (the dialog's chunk and what it imports), which has a budget of its own.
 */
function firstSearchBytes(): { files: [string, number][]; code: number; data: number } {
  // Modules a page view has loaded already (the shared constants, say) cost the search nothing more.
  const plainPageJs = new Set(weights.flatMap((weight) => weight.load.js));
  const isText = (file: string) => /\.(js|json|css)$/.test(file);
  const bytes = (file: string): [string, number] => [file, isText(file) ? sizeOf(file) : read(file)!.length];
  // The dialog's chunk (src/client/search/dialog.ts) and what it imports: the code the first search runs.
  const dialog = [...files].find((file) => /^_astro\/dialog\.[\w-]+\.js$/.test(file))!;
  const searchCode = withStaticImports(dialog, read).filter((file) => !plainPageJs.has(file));
  const fixed = [...files].filter((file) =>
    /^pagefind\/(pagefind\.js|pagefind-entry\.json|vocabulary\.[0-9a-f]+\.json|[^/]+\.pf_meta|wasm\.en\.pagefind)$/.test(
      file,
    ),
  );
  const chunks = [...files].filter((file) => /^pagefind\/index\/.+\.pf_index$/.test(file));
  const fragments = [...files]
    .filter((file) => /^pagefind\/fragment\/.+\.pf_fragment$/.test(file))
    .map(bytes)
    .sort((a, b) => b[1] - a[1])
    .slice(0, RESULT_LIMITS.dialog);
  const code = searchCode.map(bytes);
  const data = [...[...fixed, ...chunks].map(bytes), ...fragments, ...largestShards(FIRST_QUERY_WORDS)];
  const sum = (list: [string, number][]) => list.reduce((total, [, size]) => total + size, 0);
  return { files: [...code, ...data], code: sum(code), data: sum(data) };
}

/** The words of the first query the budget allows for: five, each in a shard of its own. */
const FIRST_QUERY_WORDS = 5;

/** The `count` largest lexicon shards, brotli-compressed as hosts serve JSON. */
function largestShards(count: number): [string, number][] {
  return [...files]
    .filter((file) => /^pagefind\/lexicon\/[0-9a-f]+\/\d+\.json$/.test(file))
    .map((file): [string, number] => [file, sizeOf(file)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);
}

describe('the first search', () => {
  const { files: sent, code, data } = firstSearchBytes();
  const listing = sent.map(([name, size]) => `${size} ${name}`).join('\n');

  it("loads Pagefind's own files, its WASM and index among them, stored gzipped as Pagefind writes them", () => {
    for (const file of sent.map(([name]) => name).filter((name) => /\.(pagefind|pf_\w+)$/.test(name))) {
      expect([...read(file)!.subarray(0, 2)], file).toEqual([0x1f, 0x8b]);
    }
    expect(sent.some(([name]) => name.endsWith('.pf_index'))).toBe(true);
    expect(sent.some(([name]) => name.startsWith('_astro/dialog.'))).toBe(true);
  });

  it(`transfers at most ${BUDGET.firstSearch} bytes of search data from any static host`, () => {
    expect(data, listing).toBeLessThanOrEqual(BUDGET.firstSearch);
  });

  it(`runs at most ${BUDGET.searchCode} bytes of the guide's own search code`, () => {
    expect(code, listing).toBeLessThanOrEqual(BUDGET.searchCode);
  });

  it(`costs at most ${BUDGET.searchWord} bytes more for each further word (its lexicon shard)`, () => {
    const [largest] = largestShards(1);
    expect(largest![1]).toBeLessThanOrEqual(BUDGET.searchWord);
  });
});
