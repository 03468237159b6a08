/**
 * The save control's actions and states (src/components/offline/SaveForOffline.astro), loaded by ./save-control.ts on
 * the first press, or at once where this device holds a saved copy (to show it). Saves the guide with progress and
 * says what was saved or why not; shows the saved state at a glance; removes the copy after asking once. Focus stays
 * on the status after an action, never on a button that appeared in the pressed one's place.
 */
import { SAVE_CONTROL_CLASSES as CLASSES } from './save-control-classes';
import type { SaveProgress, WorkerMessage } from '../../offline/manifest';
import {
  CONFIRM_REMOVE,
  failedText,
  justSavedText,
  persistText,
  progressText,
  REMOVED,
  SAVING,
  savedText,
  STOPPED,
} from './save-messages';

/** A save the worker has said nothing about for this long has stopped (the worker gives up a download after 20 s). */
const SILENCE_MS = 30_000;

/** Sends `message` to the active worker; `onReply` hears each answer, and nothing (undefined) after a long silence. */
function ask(message: WorkerMessage, onReply: (reply?: SaveProgress) => void): void {
  const { port1, port2 } = new MessageChannel();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(onReply, SILENCE_MS);
  };
  port1.onmessage = (event: MessageEvent<SaveProgress>) => {
    if (event.data.type === 'done') clearTimeout(timer);
    else wait();
    onReply(event.data);
  };
  wait();
  void navigator.serviceWorker.ready.then(({ active }) => active?.postMessage(message, [port2]));
}

/** An element made here: marked, so that the next state starts without it. */
function made<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') {
  const element = Object.assign(document.createElement(tag), { className, textContent: text });
  element.dataset.made = '';
  return element;
}

/** A button made here; `press` below tells its `action`. */
function button(action: 'remove' | 'keep' | 'confirm', label: string, className: string = CLASSES.outlined) {
  const element = Object.assign(made('button', className, label), { type: 'button' });
  element.dataset.action = action;
  return element;
}

/** The control's fixed parts, as SaveForOffline.astro writes them. */
function parts(control: HTMLElement) {
  const row = control.querySelector('div')!;
  return {
    heading: control.querySelector('h2')!,
    intro: control.querySelector('p')!,
    status: control.querySelector<HTMLElement>('[role=status]')!,
    row,
    save: row.querySelector('button')!,
    progress: row.querySelector('progress')!,
  };
}

/**
 * Shows the saved or the unsaved state with `said` in the status, which takes focus after an action. Saved: a
 * check and "Saved for offline reading" as the heading, whether the browser promised to keep it, and Remove as a
 * secondary action.
 */
function show(control: HTMLElement, saved: boolean, said: string, focus: boolean, persisted?: boolean): void {
  const { heading, intro, status, row, save, progress } = parts(control);
  for (const element of control.querySelectorAll('[data-made]')) element.remove();
  heading.replaceChildren(
    ...(saved
      ? [
          Object.assign(document.createElement('span'), {
            className: CLASSES.check,
            textContent: '✓ ',
            ariaHidden: 'true',
          }),
          'Saved for offline reading',
        ]
      : ['Read it offline']),
  );
  // Saved: framed in the accent colour, so that the state shows at a glance.
  control.classList.toggle(CLASSES.savedFrame, saved);
  control.classList.toggle(CLASSES.unsavedFrame, !saved);
  intro.hidden = saved;
  save.hidden = saved;
  progress.hidden = true;
  status.textContent = said;
  if (saved && persisted !== undefined) tellKept(control, persisted);
  if (saved) row.append(button('remove', 'Remove the saved copy', CLASSES.quiet));
  if (focus) status.focus();
}

/** Says, below the status of the saved state, whether the browser promised to keep the copy. */
function tellKept(control: HTMLElement, persisted: boolean): void {
  if (!control.classList.contains(CLASSES.savedFrame)) return;
  control.querySelector('[data-kept]')?.remove();
  const note = made('p', CLASSES.note, persistText(persisted));
  note.dataset.kept = '';
  parts(control).status.after(note);
}

const persisted = () => navigator.storage?.persisted?.().catch(() => false) ?? Promise.resolve(false);

/**
 * Shows the saved state once the worker has checked the copy whole (every file there), if it is saved; after an
 * action (`focus`), the unsaved state otherwise.
 */
function showChecked(control: HTMLElement, focus: boolean): void {
  ask({ type: 'status' }, (reply) => {
    if (reply?.type === 'done' && reply.saved)
      void persisted().then((kept) => show(control, true, savedText(reply), focus, kept));
    else if (focus) show(control, false, '', true);
  });
}

/** On arrival where this device holds a saved copy. */
export const arrive = (control: HTMLElement) => showChecked(control, false);

function save(control: HTMLElement): void {
  const { status, save, progress } = parts(control);
  status.textContent = SAVING;
  // Focus leaves the button before it goes: a second press lands on nothing.
  status.focus();
  save.hidden = true;
  progress.hidden = false;
  progress.removeAttribute('value');
  const count = made('span', CLASSES.count);
  progress.after(count);
  let done = 0;
  let total = 0;
  // The browser's promise to keep the copy is asked for with the reader's choice to save, and told with the result.
  // "Saved" never waits for it: Firefox answers only once the reader has answered its prompt, which may be never.
  let promised: boolean | undefined;
  const kept = (navigator.storage?.persist?.() ?? Promise.resolve(false))
    .catch(() => false)
    .then((answer) => (promised = answer));
  ask({ type: 'save' }, (reply) => {
    if (reply?.type === 'progress') {
      ({ done, total } = reply);
      progress.max = total;
      progress.value = done;
      count.textContent = progressText(done, total);
    } else if (reply?.saved) {
      show(control, true, justSavedText(reply), true, promised);
      if (promised === undefined) void kept.then((answer) => tellKept(control, answer));
    } else show(control, false, reply ? failedText(reply.failed, done, total, reply.room) : STOPPED, true);
  });
}

/** Asks once before removing: the safe answer comes first and takes focus. */
function confirmRemove(control: HTMLElement): void {
  const { row, status } = parts(control);
  for (const element of control.querySelectorAll('[data-made]')) element.remove();
  status.textContent = CONFIRM_REMOVE;
  const keep = button('keep', 'Keep it');
  row.append(keep, button('confirm', 'Yes, remove it'));
  keep.focus();
}

/** Handles a press on one of the control's buttons. */
export function press(control: HTMLElement, pressed: HTMLButtonElement): void {
  const action = pressed.dataset.action;
  if (!action) save(control);
  else if (action === 'remove') confirmRemove(control);
  else if (action === 'keep') showChecked(control, true);
  else if (action === 'confirm') {
    for (const element of control.querySelectorAll('[data-made]')) element.remove();
    parts(control).status.focus();
    ask({ type: 'remove' }, (reply) =>
      reply?.type === 'done' && reply.saved
        ? show(control, true, savedText(reply), true)
        : show(control, false, REMOVED, true),
    );
  }
}
