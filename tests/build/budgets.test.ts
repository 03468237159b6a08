// Byte budgets over the built site (tests/support/budgets.ts): what the template adds to each page, weighed without
// the author's words, so that an editor's longer guide never fails them; the guide's search code; the search data,
// which grows with the guide's text. The table printed after the tests shows both weights of each page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content/content-dir';
import { PATHS, SEARCH_FILE } from '../../src/consts';
import { brotliSize, withStaticImports } from '../support/page-weight';
import { BUDGET, pageBudget, textBudget } from '../support/budgets';
import { distDir } from '../support/dist';
import { authorWords, siteWeights } from '../support/template-weight';

if (!existsSync(join(distDir, 'index.html')))
  throw new Error(`${distDir} has no built site: run \`npm run build\` first`);
const words = authorWords(join(contentDir, 'sections'));
/** The guide's text in bytes, which the search data's budgets grow with. */
const textBytes = Buffer.byteLength(words.text);
const { files, pages, weights } = await siteWeights(distDir, words);
const read = (file: string) => (files.has(file) ? readFileSync(join(distDir, file)) : undefined);
const sizeOf = (file: string) => brotliSize(read(file) ?? '');

afterAll(() => {
  const row = (cells: (string | number)[]) =>
    cells.map((cell, i) => String(cell)[i ? 'padStart' : 'padEnd'](i ? 10 : 32)).join('');
  const lines = [
    "brotli bytes; template: without the author's words; budget: for the guide's entries the page lists",
    row(['page', 'HTML', 'template', 'first paint', 'budget', 'JS', 'page view', 'budget']),
  ];
  for (const w of weights) {
    const budget = pageBudget(w.entries);
    lines.push(
      row([w.url, w.html, w.templateHtml, w.firstPaint, budget.firstPaint, w.script, w.pageView, budget.pageView]),
    );
  }
  console.log(lines.join('\n'));
});

describe.each(weights.map((w) => [w.url, w, pageBudget(w.entries)] as const))('page %s', (_url, w, budget) => {
  it(`the template's HTML + render-blocking CSS within budget (${budget.firstPaint} bytes brotli)`, () => {
    expect(
      w.load.blockingCss.every((file) => files.has(file)),
      'every stylesheet exists',
    ).toBe(true);
    expect(w.firstPaint).toBeLessThanOrEqual(budget.firstPaint);
  });

  it(`everything a plain view of the template loads within budget (${budget.pageView} bytes brotli)`, () => {
    const missing = [...w.load.css, ...w.load.js, ...w.load.other].filter((file) => !files.has(file));
    expect(missing, 'files the page loads that are not in the build').toEqual([]);
    expect(w.pageView).toBeLessThanOrEqual(budget.pageView);
  });

  it(`JavaScript on a plain page view ≤ ${budget.script} bytes brotli, and no search code`, () => {
    expect(w.load.js.filter((file) => file.startsWith(BUNDLE))).toEqual([]);
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

/** The search bundle's folder in the built site. */
const BUNDLE = PATHS.searchBundle.slice(1);

/**
 * What the first search of a visit transfers, in the worst case, from an ordinary static host or CDN that compresses
 * text types only (JavaScript and JSON go out brotli-compressed; the search needs nothing else): the guide's search
 * code (the dialog's chunk and what it imports), which is the template's, and the search data, which is the guide's
 * text indexed and grows with it: the search file and the lexicon's shards of a query of five words, counted as the
 * five largest.
 */
function firstSearchBytes(): { files: [string, number][]; code: number; data: number } {
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
  return { files: [...code, ...data], code: sum(code), data: sum(data) };
}

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
  const { files: sent, code, data } = firstSearchBytes();
  const listing = sent.map(([name, size]) => `${size} ${name}`).join('\n');
  const dataBudget = textBudget(BUDGET.searchData, textBytes);
  const wordBudget = textBudget(BUDGET.searchWord, textBytes);

  it("runs on the guide's own code and search file, never Pagefind's WebAssembly", () => {
    expect(sent.some(([name]) => name.startsWith('_astro/dialog.'))).toBe(true);
    expect([...files].filter((file) => /\.(wasm|pagefind|pf_\w+)$/.test(file))).toEqual([]);
  });

  it(`runs at most ${BUDGET.searchCode} bytes of the guide's own search code`, () => {
    expect(code, listing).toBeLessThanOrEqual(BUDGET.searchCode);
  });

  it(`transfers at most ${dataBudget} bytes of the guide's search data (for ${textBytes} bytes of text)`, () => {
    expect(data, listing).toBeLessThanOrEqual(dataBudget);
  });

  it(`costs at most ${wordBudget} bytes more for each further word (its lexicon shard)`, () => {
    const [largest] = largestShards(1);
    expect(largest![1]).toBeLessThanOrEqual(wordBudget);
  });
});
