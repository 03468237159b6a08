/**
 * `<share-link>` beside each heading (src/components/share/HeadingShare.astro): where this browser can share or copy,
 * swaps the plain link to the heading for the "Share" button.
 */
import { deliver, mode, pageLink } from './deliver';

class ShareLink extends HTMLElement {
  connectedCallback() {
    if (mode === 'none') return;
    const link = this.querySelector('a')!;
    const fragment = this.dataset.fragment ?? '';
    // The heading this control shares is the one the link's name points at.
    const headingId = link.getAttribute('aria-labelledby')!.split(' ').at(-1)!;
    const subject = document.getElementById(headingId)?.textContent?.trim() ?? document.title;
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-labelledby', `${this.dataset.label} ${headingId}`);
    const icon = document.createElement('span');
    icon.className = 'icon icon-share';
    button.append(icon, 'Share');
    button.addEventListener('click', () => void deliver(pageLink(location, fragment), `Link to “${subject}” copied`));
    link.replaceWith(button);
  }
}

customElements.define('share-link', ShareLink);
