/**
 * The save control's actions (src/components/offline/SaveForOffline.astro), loaded on its first press by
 * ./register.ts: asks the service worker to download the whole guide, shows progress, confirms what was saved, and
 * removes the saved copy again.
 */
import type { PageMessage, SaveProgress, SaveStatus } from './offline-manifest';

/** Sends `message` to the active worker; `onReply` hears each answer on the message's own channel. */
async function ask<T>(message: PageMessage, onReply: (reply: T) => void): Promise<void> {
  const { active } = await navigator.serviceWorker.ready;
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<T>) => onReply(event.data);
  active?.postMessage(message, [channel.port2]);
}

/** Saves the guide (`saving`) or removes the saved copy, reporting in the control. */
export function press(control: HTMLElement, saving: boolean): void {
  const [save, remove] = control.querySelectorAll('button');
  const progress = control.querySelector('progress')!;
  const status = control.querySelector('[role=status]')!;
  const show = (state: SaveStatus, said: string) => {
    status.textContent = said;
    save!.hidden = state.saved;
    remove!.hidden = !state.saved;
    progress.hidden = true;
    save!.disabled = false;
    // The pressed button may just have gone: focus moves to the one that took its place.
    (state.saved ? remove : save)!.focus();
  };
  if (!saving) {
    void ask<SaveStatus>({ type: 'remove' }, (state) => show(state, 'The saved copy is removed from this device.'));
    return;
  }
  save!.disabled = true;
  progress.hidden = false;
  progress.value = 0;
  status.textContent = 'Saving the guide…';
  void ask<SaveProgress>({ type: 'save' }, (reply) => {
    if (reply.type === 'progress') {
      progress.max = reply.total;
      progress.value = reply.done;
    } else
      show(
        reply,
        reply.saved
          ? `Saved: ${reply.sections} sections and search, ${reply.size}. The guide and its search now work without a connection.`
          : 'Some files could not be downloaded (is the connection lost?). Try again when you are online.',
      );
  });
}
