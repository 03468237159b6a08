/**
 * `<text-link-bar>` (src/components/share/TextLinkBar.astro): "Copy link to this text" for a selection in the text.
 * All it does on a plain page view is wait for the first selection of the text's words; then text-link.ts loads and
 * takes over (the bar, the copy), well before the reader can press the bar's button.
 */
class TextLinkBar extends HTMLElement {
  connectedCallback() {
    const scope = document.querySelector('[data-text-links]');
    if (!scope) return;
    const watch = () => {
      const selection = getSelection();
      if (!selection || selection.isCollapsed || !scope.contains(selection.anchorNode)) return;
      document.removeEventListener('selectionchange', watch);
      void import('./text-link').then((linker) => linker.offer(this, scope));
    };
    document.addEventListener('selectionchange', watch);
  }
}

customElements.define('text-link-bar', TextLinkBar);
