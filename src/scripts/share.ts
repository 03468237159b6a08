/** Copy-link and share buttons, and "Copy link to this text" for a selection. Reading never needs this script. */
import { textFragmentUrl, type TextQuote } from '../utils/text-fragment';

const canShare = 'share' in navigator;
const canDeliver = canShare || !!navigator.clipboard;
let clearStatus: ReturnType<typeof setTimeout> | undefined;

/** Confirms in the page's aria-live region, which also shows the message briefly as a toast. */
function announce(message: string) {
  const status = document.getElementById('share-status');
  if (!status) return;
  status.textContent = message;
  clearTimeout(clearStatus);
  clearStatus = setTimeout(() => (status.textContent = ''), 5000);
}

/** Opens the share sheet where there is one, otherwise copies `url` and says so. */
async function deliver(url: string, done: string) {
  try {
    if (canShare) return await navigator.share({ title: document.title, url });
    await navigator.clipboard.writeText(url);
    announce(done);
  } catch (error) {
    if ((error as Error).name !== 'AbortError') announce('Could not copy the link. Copy it from the address bar instead.');
  }
}

const pageUrl = () => location.origin + location.pathname;

class ShareLink extends HTMLElement {
  connectedCallback() {
    if (!canDeliver) return;
    const label = this.querySelector('[data-label]');
    if (canShare && label) label.textContent = this.dataset.shareLabel ?? label.textContent;
    const fragment = this.dataset.fragment;
    this.querySelector('button')?.addEventListener('click', () => deliver(pageUrl() + (fragment ? `#${fragment}` : ''), this.dataset.done ?? 'Link copied'));
    this.hidden = false;
  }
}

/** The visible page text around `range`; hidden text is skipped as browsers skip it when matching. */
function quoteOf(range: Range): TextQuote {
  const parts = ['', '', ''];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.checkVisibility?.() === false) continue;
    const { data } = node;
    const start = node === range.startContainer ? range.startOffset : range.comparePoint(node, 0) < 0 ? data.length : 0;
    const end = Math.max(start, node === range.endContainer ? range.endOffset : range.comparePoint(node, data.length) > 0 ? 0 : data.length);
    parts[0] += data.slice(0, start);
    parts[1] += data.slice(start, end);
    parts[2] += data.slice(end);
    // Separate text nodes (often block boundaries) by a space, in the part where the node ends.
    parts[end < data.length ? 2 : start < data.length ? 1 : 0] += ' ';
  }
  return { before: parts[0]!, selected: parts[1]!, after: parts[2]! };
}

class TextLinkBar extends HTMLElement {
  connectedCallback() {
    const scope = document.querySelector('[data-text-links]');
    if (!scope || !canDeliver) return;
    const selected = () => {
      const selection = getSelection();
      const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
      return range && !range.collapsed && scope.contains(range.commonAncestorContainer) && range.toString().trim() ? range : undefined;
    };
    document.addEventListener('selectionchange', () => (this.hidden = !selected()));
    // Pressing the button must not clear the selection it is about to link to.
    this.addEventListener('mousedown', (event) => event.preventDefault());
    this.querySelector('button')?.addEventListener('click', () => {
      const range = selected();
      const url = range && textFragmentUrl(pageUrl(), quoteOf(range));
      if (url) deliver(url, 'Link to the selected text copied');
    });
  }
}

customElements.define('share-link', ShareLink);
customElements.define('text-link-bar', TextLinkBar);
