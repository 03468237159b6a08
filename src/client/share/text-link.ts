/**
 * Loaded once a reader selects words of the text (text-link-bar.ts): shows "Copy link to this text" while a selection
 * lasts, and turns the selection into a text-fragment URL for this page.
 */
import { deliver, mode, pageLink } from './deliver';
import { textFragmentUrl, type TextQuote } from '../../share/text-fragment.ts';

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

/** Shows the bar while words of `scope` are selected; its button copies (or shares) a link to them. */
export function offer(bar: HTMLElement, scope: Element): void {
  if (mode === 'none') return;
  const selected = () => {
    const selection = getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
    return range && !range.collapsed && scope.contains(range.commonAncestorContainer) && range.toString().trim()
      ? range
      : undefined;
  };
  // The last selection, and whether the bar is being pressed: a tap may clear the selection before the click.
  let kept: Range | undefined;
  let pressing = false;
  const update = () => {
    const range = selected();
    if (range) kept = range.cloneRange();
    if (!pressing) bar.hidden = !range;
  };
  document.addEventListener('selectionchange', update);
  update();
  // Pressing the button must not clear the selection it is about to link to.
  bar.addEventListener('pointerdown', () => (pressing = true));
  bar.addEventListener('mousedown', (event) => event.preventDefault());
  const copy = async () => {
    const range = selected() ?? kept;
    pressing = false;
    const url = range && linkToRange(range, pageLink(location));
    if (url) await deliver(url, 'Link to the selected text copied');
    bar.hidden = !selected();
  };
  bar.querySelector('button')!.addEventListener('click', () => void copy());
}
