/** Loaded only once a reader selects text: turns the selection into a text-fragment URL for this page. */
import { textFragmentUrl, type TextQuote } from './text-fragment';

/** The visible page text around `range`; hidden text is skipped as browsers skip it when matching. */
function quoteOf(range: Range): TextQuote {
  const parts = ['', '', ''];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.checkVisibility?.() === false) continue;
    const { data } = node;
    const start = node === range.startContainer ? range.startOffset : range.comparePoint(node, 0) < 0 ? data.length : 0;
    const end = Math.max(
      start,
      node === range.endContainer ? range.endOffset : range.comparePoint(node, data.length) > 0 ? 0 : data.length,
    );
    parts[0] += data.slice(0, start);
    parts[1] += data.slice(start, end);
    parts[2] += data.slice(end);
    // Separate text nodes (often block boundaries) by a space, in the part where the node ends.
    parts[end < data.length ? 2 : start < data.length ? 1 : 0] += ' ';
  }
  return { before: parts[0]!, selected: parts[1]!, after: parts[2]! };
}

/** This page's URL with a text fragment that makes browsers scroll to and highlight `range`. */
export function linkToRange(range: Range, pageUrl: string): string | undefined {
  return textFragmentUrl(pageUrl, quoteOf(range));
}
