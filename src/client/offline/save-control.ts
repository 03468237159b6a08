/**
 * `<save-for-offline>` (src/components/offline/SaveForOffline.astro): shown while the page learns whether the offline
 * worker is registered (src/client/offline/register.ts says so on `<html>`); removed where it is not (private windows,
 * older browsers). Its actions (./save-actions.ts) load on the first press, or at once where this device holds a saved
 * copy, to show it: that code, like the copy, is then on the device.
 */
import { OFFLINE } from '../../consts';
import { savedMark } from '../../offline/manifest';

class SaveForOffline extends HTMLElement {
  connectedCallback() {
    const state = () => document.documentElement.getAttribute(OFFLINE.stateAttribute);
    if (state()) void this.start(state() === 'ready');
    else document.addEventListener(OFFLINE.stateEvent, () => void this.start(state() === 'ready'), { once: true });
  }

  async start(ready: boolean): Promise<void> {
    if (!ready) return this.remove();
    const actions = () => import('./save-actions');
    // The mark is written only once the worker has checked every file; the worker checks again before "Saved" shows.
    if (await caches.match(savedMark())) void actions().then((module) => module.arrive(this));
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (button) void actions().then((module) => module.press(this, button));
    });
  }
}

customElements.define('save-for-offline', SaveForOffline);
