/**
 * `<share-link>` beside each heading (src/components/share/HeadingShare.astro): where this browser can share or copy,
 * swaps the plain link to the heading for the "Share" button.
 */
import { deliver, mode, pageLink } from './deliver';

class ShareLink extends HTMLElement {
  connectedCallback() {
    if (mode === 'none') return;
    const link = this.querySelector('a')!;
    const button = this.querySelector('button')!;
    const fragment = this.dataset.fragment ?? '';
    // The heading this control shares is the one its name points at.
    const headingId = button.getAttribute('aria-labelledby')!.split(' ').at(-1)!;
    const subject = document.getElementById(headingId)?.textContent?.trim() ?? document.title;
    button.addEventListener('click', () => void deliver(pageLink(location, fragment), `Link to “${subject}” copied`));
    link.hidden = true;
    button.hidden = false;
  }
}

customElements.define('share-link', ShareLink);
