/** Copy-link and share buttons, and "Copy link to this text" for a selection. Reading never needs this script.
 * The text-fragment code loads only when a selection appears, to keep a plain page view light. */

// The system share sheet is for phones and tablets; on a desktop, copying the link is what readers expect.
const canShare = 'share' in navigator && matchMedia('(pointer: coarse)').matches;
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
    if (canShare && label) label.textContent = label.textContent!.replace('Copy link to', 'Share');
    const fragment = this.dataset.fragment;
    this.querySelector('button')?.addEventListener('click', () => deliver(pageUrl() + (fragment ? `#${fragment}` : ''), this.dataset.done ?? 'Link copied'));
    this.hidden = false;
  }
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
    let linker: typeof import('./text-link') | undefined;
    // The last selection, and whether the bar is being pressed: a tap may clear the selection before the click.
    let kept: Range | undefined;
    let pressing = false;
    document.addEventListener('selectionchange', () => {
      const range = selected();
      if (range) kept = range.cloneRange();
      if (!pressing) this.hidden = !range;
      // Loaded ahead of the click, so the copy still happens inside the click (Safari demands that).
      if (range && !linker) import('./text-link').then((module) => (linker = module));
    });
    // Pressing the button must not clear the selection it is about to link to.
    this.addEventListener('pointerdown', () => (pressing = true));
    this.addEventListener('mousedown', (event) => event.preventDefault());
    this.querySelector('button')?.addEventListener('click', async () => {
      const range = selected() ?? kept;
      pressing = false;
      linker ??= await import('./text-link');
      const url = range && linker.linkToRange(range, pageUrl());
      if (url) deliver(url, 'Link to the selected text copied');
      this.hidden = !selected();
    });
  }
}

customElements.define('share-link', ShareLink);
customElements.define('text-link-bar', TextLinkBar);
