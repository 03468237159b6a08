/**
 * `<site-search>` in the header (src/components/search/SiteSearch.astro): swaps the plain form for a button that opens
 * the search dialog, on a click or the shortcut (Ctrl/⌘+K, or /). The dialog's code loads on intent (pointer, focus,
 * touch), so plain page views carry only this file. A page opened from a result highlights the words that matched.
 */
import { HIGHLIGHT_PARAM } from '../../consts.ts';
import { isSearchShortcut, isTypedCharacter } from './shortcuts.ts';

/** The dialog's code: loaded on intent, and only then. */
const dialog = () => import('./dialog');

class SiteSearch extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('button[type=button]')!;
    // Keys typed while the dialog's code is still loading go into its box instead of being lost.
    let typedWhileLoading: string[] | undefined;
    const open = () => {
      if (typedWhileLoading) return;
      typedWhileLoading = [];
      void dialog().then(({ openSearch }) => {
        openSearch(button, typedWhileLoading!.join(''));
        typedWhileLoading = undefined;
      });
    };
    this.querySelector('form')!.hidden = true;
    this.querySelector<HTMLElement>('[data-no-script]')!.hidden = true;
    button.hidden = false;
    if (/Mac|iPhone|iPad/.test(navigator.userAgent)) button.querySelector('kbd')!.textContent = '⌘ K';
    const warm = () => void dialog().then(({ warmUp }) => warmUp());
    for (const intent of ['pointerenter', 'focus', 'touchstart'])
      button.addEventListener(intent, warm, { once: true, passive: true });
    button.addEventListener('click', open);
    document.addEventListener('keydown', (event) => {
      if (typedWhileLoading && isTypedCharacter(event)) {
        event.preventDefault();
        typedWhileLoading.push(event.key);
        return;
      }
      const target = event.target as HTMLElement;
      const inTextField = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      if (isSearchShortcut(event, inTextField)) {
        event.preventDefault();
        open();
      }
    });
  }
}

customElements.define('site-search', SiteSearch);

// A page opened from a search result highlights the words that matched; that code loads only then.
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import('./highlight').then(({ highlightFromUrl }) => highlightFromUrl());
}
