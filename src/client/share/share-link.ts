/**
 * `<share-link>` beside each heading (src/components/share/HeadingShare.astro): where this browser can share or copy,
 * swaps the plain link to the heading for the "Share" button. The link's `aria-labelledby` names the words of its
 * label and the heading; the page title's label (`…-page-link`) shares the page itself, without a fragment.
 */
import { deliver, mode, pageLink } from './deliver';

class ShareLink extends HTMLElement {
  connectedCallback() {
    if (mode === 'none') return;
    const link = this.querySelector('a')!;
    const [labelId, headingId] = link.getAttribute('aria-labelledby')!.split(' ') as [string, string];
    const fragment = labelId.endsWith('-page-link') ? '' : headingId;
    const subject = document.getElementById(headingId)?.textContent?.trim() ?? document.title;
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-labelledby', `${labelId.replace(/-link$/, '')} ${headingId}`);
    const icon = document.createElement('span');
    icon.className = 'icon icon-share';
    const label = new Text('Share');
    button.append(icon, label);
    // A copy is confirmed on the button itself, where the reader is looking ("Copied" fits its width: nothing moves).
    let restore: ReturnType<typeof setTimeout> | undefined;
    const share = async () => {
      if (!(await deliver(pageLink(location, fragment), `Link to “${subject}” copied`, false))) return;
      label.data = 'Copied';
      clearTimeout(restore);
      restore = setTimeout(() => (label.data = 'Share'), 3000);
    };
    button.addEventListener('click', () => void share());
    link.replaceWith(button);
  }
}

customElements.define('share-link', ShareLink);
