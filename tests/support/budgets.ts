/**
 * The site's byte budgets, in one place for every test that checks them. Bytes after brotli at its highest quality
 * (see brotliSize in page-weight.ts), as hosts serve text; 1 KB = 1,000 bytes.
 *
 * They limit what the template adds, never the author's words: a page is weighed without the guide's text
 * (tests/support/template-weight.ts), and a page that lists the guide's entries (its headings, the contents, the home
 * page's cards, the topic index) may add a little for each. So a longer guide never fails a budget, and a heavier
 * template (markup, interface text, CSS, scripts) still does. Search data is the guide's text indexed: its budgets
 * grow with the text.
 */

export const BUDGET = {
  /**
   * The template's HTML plus render-blocking CSS: what the template puts before the first paint. The heaviest page is the
   * whole guide (the table `npx vitest run --project build tests/build/budgets.test.ts` prints shows each page).
   */
  firstPaint: 8_500,
  /**
   * What a plain page view of the template loads (HTML, CSS, scripts, icons); search is lazy and not part of it. It
   * includes, like `script`, Vite's module-preload helper (0.76 KB brotli), which every page's scripts import for their lazy
   * chunks: the build once rewrote the bundler's output to leave it out, and that machinery was removed.
   */
  pageView: 12_500,
  /**
   * What each entry of the guide a page lists may add to the two above: its heading row and share control, its
   * contents entry, its card. Measured 2–19 bytes each (guides of 2, 12 and 60 sections); the topic index's lines
   * cost least.
   */
  perEntry: 20,
  /** JavaScript on a plain page view, inline and external: all of it the template's, Vite's preload helper included. */
  script: 3_900,
  /** The guide's own search code the first search runs: the dialog's chunk and what it imports (10.5 KB today). */
  searchCode: 12_000,
  /**
   * The guide's search data a first search of five words loads: the search file (the guide's text, its headings and
   * keywords: about 0.4 byte brotli a byte of text) and five lexicon shards (about 0.9 KB each at most). The shards
   * cost about 1 KB each however short the guide (a five-section guide: 5.2 KB of them for 5.5 KB of text), hence the base.
   */
  searchData: { base: 7_000, perTextByte: 0.5 },
  /** What each further new word of a query may add: its lexicon shard, which grows with the guide's vocabulary. */
  searchWord: { base: 2_000, perTextByte: 0.08 },
} as const;

/** The first-paint and page-view budgets of a page that lists `entries` of the guide's entries. */
export function pageBudget(entries: number): { firstPaint: number; pageView: number; script: number } {
  return {
    firstPaint: BUDGET.firstPaint + BUDGET.perEntry * entries,
    pageView: BUDGET.pageView + BUDGET.perEntry * entries,
    script: BUDGET.script,
  };
}

/** A budget that grows with the guide's text: `base` plus a share of each of its `textBytes`. */
export function textBudget(budget: { base: number; perTextByte: number }, textBytes: number): number {
  return Math.round(budget.base + budget.perTextByte * textBytes);
}
