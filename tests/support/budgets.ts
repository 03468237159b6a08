/**
 * The site's byte budgets, in one place for every test that checks them. Bytes after brotli at its highest quality
 * (see brotliSize in page-weight.ts), as hosts serve text; 1 KB = 1,000 bytes.
 */
import { PATHS } from '../../src/consts';

export const BUDGET = {
  /** HTML plus render-blocking CSS: what must arrive before the first paint. */
  firstPaint: 10_000,
  /** Everything a plain page view loads; search is lazy and not part of it. */
  pageView: 14_000,
  /** JavaScript on a plain page view, inline and external. */
  script: 3_000,
  /**
   * What the first search of a visit (a query of five words) transfers, on a host that compresses text only: the
   * guide's search code, the search file and the lexicon's shards (see its test).
   */
  firstSearch: 80_000,
  /** The guide's own search code the first search runs: the dialog's chunk and what it imports. */
  searchCode: 20_000,
  /** What each further new word of a query may add: its lexicon shard. */
  searchWord: 4_000,
} as const;

/**
 * The whole guide on one page carries all twelve sections: its article text alone is about 5.5 KB brotli, so with
 * the site stylesheet it cannot fit the page budgets above. It gets its own, still tight, budgets; every other page
 * keeps the strict ones. Its page view also carries the "Save this guide for offline reading" control (0.6 KB with
 * its script), which only it and the home page have: 17 KB rather than the 16 KB it had before. Listen, Text size,
 * the contents beside the text and a link to each section's page added 1.2 KB to its page view; one module for the
 * text's tools, chunks without the preload helper's import and the print rules in a print-only stylesheet won back
 * 0.8 KB of it (and more on every other page), hence 14.3 KB and 17.5 KB.
 */
export const WHOLE_GUIDE_BUDGET = { url: PATHS.wholeGuide, firstPaint: 14_300, pageView: 17_500 } as const;

/** The budgets a page at `url` must keep. */
export function budgetFor(url: string): { firstPaint: number; pageView: number; script: number } {
  return url === WHOLE_GUIDE_BUDGET.url
    ? { ...BUDGET, firstPaint: WHOLE_GUIDE_BUDGET.firstPaint, pageView: WHOLE_GUIDE_BUDGET.pageView }
    : BUDGET;
}
