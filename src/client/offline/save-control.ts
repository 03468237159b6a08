/**
 * `<save-for-offline>` (src/components/offline/SaveForOffline.astro): shown while the page learns whether the offline
 * worker is registered (src/client/offline/register.ts says so on `<html>`); removed where it is not (private windows,
 * older browsers). It shows the saved state on arrival, and its actions load on the first press (./save-actions.ts).
 */
import { OFFLINE } from '../../consts';
import type { SavedCopy } from './offline-manifest';

class SaveForOffline extends HTMLElement {
  connectedCallback() {
    const state = () => document.documentElement.getAttribute(OFFLINE.stateAttribute);
    if (state()) void this.start(state() === 'ready');
    else document.addEventListener(OFFLINE.stateEvent, () => void this.start(state() === 'ready'), { once: true });
  }

  async start(ready: boolean): Promise<void> {
    if (!ready) return this.remove();
    const [save, remove] = this.querySelectorAll('button');
    const mark = await caches.match(OFFLINE.savedMark);
    if (mark) {
      const copy = (await mark.json()) as SavedCopy;
      this.querySelector('[role=status]')!.textContent =
        `Saved on this device: ${copy.sections} sections and search, ${copy.size}.`;
      save!.hidden = true;
      remove!.hidden = false;
    }
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (button) void import('./save-actions').then((actions) => actions.press(this, button === save));
    });
  }
}

customElements.define('save-for-offline', SaveForOffline);
