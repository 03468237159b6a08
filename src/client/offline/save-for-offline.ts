/**
 * `<save-for-offline>` on the home page and the whole guide (src/components/offline/SaveForOffline.astro): asks the
 * service worker to download the whole guide, shows its progress, confirms what was saved and offers to remove it.
 */
import { kilobytes, type PageMessage, type SaveProgress, type SaveStatus } from './offline-manifest';
import { registration } from './worker-registration';

/** Sends `message` to the active worker and calls `onReply` with each answer on its own channel. */
async function ask<T>(message: PageMessage, onReply: (reply: T) => void): Promise<void> {
  const { active } = await navigator.serviceWorker.ready;
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<T>) => onReply(event.data);
  active?.postMessage(message, [channel.port2]);
}

/** "12 sections and search, 180 KB". */
const what = ({ sections, bytes }: SaveStatus) => `${sections} sections and search, ${kilobytes(bytes)}`;

class SaveForOffline extends HTMLElement {
  connectedCallback() {
    // Private windows and older browsers keep no service workers: the guide works as it always did, without this.
    void registration.then((registered) => (this.hidden = !registered));
    if (!navigator.serviceWorker) return;
    const [save, remove] = this.querySelectorAll('button');
    const progress = this.querySelector('progress')!;
    const status = this.querySelector('[role=status]')!;
    const show = (state: SaveStatus, said: string, moveFocus = false) => {
      status.textContent = said;
      save!.hidden = state.saved;
      remove!.hidden = !state.saved;
      progress.hidden = true;
      // The pressed button may just have gone: focus moves to the one that took its place.
      if (moveFocus) (state.saved ? remove : save)!.focus();
    };
    void ask<SaveStatus>({ type: 'status' }, (state) => {
      if (state.saved) show(state, `Saved on this device: ${what(state)}.`);
    });
    save!.addEventListener('click', () => {
      save!.disabled = true;
      progress.hidden = false;
      progress.value = 0;
      status.textContent = 'Saving the guide…';
      void ask<SaveProgress>({ type: 'save' }, (reply) => {
        if (reply.type === 'progress') {
          progress.max = reply.total;
          progress.value = reply.done;
          return;
        }
        save!.disabled = false;
        show(
          reply,
          reply.saved
            ? `Saved: ${what(reply)}. The guide and its search now work without a connection.`
            : 'Some files could not be downloaded (is the connection lost?). Try again when you are online.',
          true,
        );
      });
    });
    remove!.addEventListener('click', () => {
      void ask<SaveStatus>({ type: 'remove' }, (state) =>
        show(state, 'The saved copy is removed from this device.', true),
      );
    });
  }
}

customElements.define('save-for-offline', SaveForOffline);
