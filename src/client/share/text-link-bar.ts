/**
 * `<text-link-bar>` (src/components/share/ShareTools.astro): "Copy link to this text" for a selection in the text.
 * The text-fragment code loads only once a selection appears, to keep a plain page view light.
 */
import { deliver, mode, pageLink } from './deliver';

class TextLinkBar extends HTMLElement {
  connectedCallback() {
    const scope = document.querySelector('[data-text-links]');
    if (!scope || mode === 'none') return;
    const selected = () => {
      const selection = getSelection();
      const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
      return range && !range.collapsed && scope.contains(range.commonAncestorContainer) && range.toString().trim()
        ? range
        : undefined;
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
      if (range && !linker) void import('./text-link').then((module) => (linker = module));
    });
    // Pressing the button must not clear the selection it is about to link to.
    this.addEventListener('pointerdown', () => (pressing = true));
    this.addEventListener('mousedown', (event) => event.preventDefault());
    this.querySelector('button')!.addEventListener('click', async () => {
      const range = selected() ?? kept;
      pressing = false;
      linker ??= await import('./text-link');
      const url = range && linker.linkToRange(range, pageLink(location));
      if (url) await deliver(url, 'Link to the selected text copied');
      this.hidden = !selected();
    });
  }
}

customElements.define('text-link-bar', TextLinkBar);
