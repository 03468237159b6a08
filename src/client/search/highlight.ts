/** Highlights, on a page opened from a search result, the words that matched; no DOM or style is injected. */
import { HIGHLIGHT_PARAM, MAIN_ID } from '../../consts.ts';
import { highlightWords } from '../../search/query.ts';

/** Name of the CSS highlight; styled by `::highlight(search-hit)` in src/styles/global.css. */
export const HIGHLIGHT_NAME = 'search-hit';

/** Most words highlighted on one page: enough for any section, and a very long page stays quick. */
export const MAX_HIGHLIGHTS = 200;

/**
 * Ranges of whole-word occurrences of `words` in the article. The words are the page's own words that matched (the
 * result's link names them), so whole words only: "stretch" never lights up "strength", nor "pain" "painkillers".
 */
function matchRanges(root: Element, words: readonly string[]): Range[] {
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node && ranges.length < MAX_HIGHLIGHTS; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(pattern)) {
      const range = new Range();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      ranges.push(range);
      if (ranges.length === MAX_HIGHLIGHTS) break;
    }
  }
  return ranges;
}

/** Class on `<html>` while the bar is shown: global.css keeps room below the page so it never covers the end. */
export const HIGHLIGHT_BAR_CLASS = 'has-highlight-bar';

/** Shows the "Clear highlights" bar (src/components/search/SiteSearch.astro); its button removes them and itself. */
function offerToClear(): void {
  const bar = document.getElementById('highlight-bar');
  if (!bar) return;
  bar.hidden = false;
  document.documentElement.classList.add(HIGHLIGHT_BAR_CLASS);
  bar.querySelector('button')!.addEventListener(
    'click',
    () => {
      CSS.highlights.delete(HIGHLIGHT_NAME);
      bar.hidden = true;
      document.documentElement.classList.remove(HIGHLIGHT_BAR_CLASS);
      // The button is gone: focus goes back to the text rather than being lost.
      document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
    },
    { once: true },
  );
}

/** Highlights the words named in `?highlight=`, then always drops the parameter so shared links stay clean. */
export function highlightFromUrl(): void {
  try {
    const words = highlightWords(location.search);
    const root = document.querySelector('[data-pagefind-body]');
    if (!root || !words.length || !('highlights' in CSS)) return;
    const ranges = matchRanges(root, words);
    // Added one by one: spreading thousands of ranges into one call overflows the stack.
    const highlight = new Highlight();
    for (const range of ranges) highlight.add(range);
    CSS.highlights.set(HIGHLIGHT_NAME, highlight);
    if (ranges.length) offerToClear();
    // Without a #heading to land on, bring the first matching passage into view if it is below the fold.
    const first = ranges[0];
    if (first && !location.hash && first.getBoundingClientRect().bottom > innerHeight) {
      first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    }
  } finally {
    const url = new URL(location.href);
    url.searchParams.delete(HIGHLIGHT_PARAM);
    history.replaceState(history.state, '', url);
  }
}
