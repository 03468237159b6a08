/** The search dialog, built on first use so that pages carry none of it until a reader wants to search. */
import { DIALOG_RESULT_LIMIT } from '../utils/search-params';
import { searchPageUrl } from '../utils/search-query';
import { bindSearch } from './search-controller';
import { loadPagefind } from './search-engine';
import { element } from './search-render';

/** Builds the dialog: a labelled search box, a status line read to screen readers, the results and a hint. */
function build(): { dialog: HTMLDialogElement; input: HTMLInputElement } {
  const dialog = element('dialog', 'm-auto mt-[8vh] w-[min(40rem,calc(100%-2rem))] max-h-[84vh] rounded-xl border border-slate-300 bg-white p-0 text-slate-800 shadow-xl backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200');
  dialog.setAttribute('aria-labelledby', 'search-dialog-label');
  const top = element('div', 'flex items-center justify-between gap-4 px-4 pt-4');
  const label = element('label', 'font-semibold', 'Search the guide');
  label.id = 'search-dialog-label';
  label.htmlFor = 'search-dialog-input';
  const close = element('button', 'rounded-md px-2 py-1 text-sm text-slate-700 underline underline-offset-4 dark:text-slate-300', 'Close');
  close.type = 'button';
  close.addEventListener('click', () => dialog.close());
  top.append(label, close);
  const input = element('input', 'mx-4 mt-2 block w-[calc(100%-2rem)] rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-400 dark:bg-slate-950 dark:text-slate-100');
  Object.assign(input, { id: 'search-dialog-input', type: 'search', autocomplete: 'off', spellcheck: false, enterKeyHint: 'go' });
  input.setAttribute('aria-describedby', 'search-dialog-hint');
  // A search box would take the first Escape to clear itself; here Escape always closes, as readers expect.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  const status = element('p', 'mx-4 mt-3 text-sm text-slate-700 empty:hidden dark:text-slate-300');
  status.setAttribute('role', 'status');
  const list = element('ul', 'mx-4 mt-3 max-h-[52vh] list-none space-y-2 overflow-y-auto p-0 empty:hidden');
  list.setAttribute('aria-label', 'Results');
  const hint = element('p', 'border-t border-slate-200 px-4 py-3 mt-4 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400', '↓ ↑ move through results, Enter opens, Esc closes. ');
  hint.id = 'search-dialog-hint';
  const more = element('a', 'text-teal-800 underline underline-offset-4 dark:text-teal-300', 'Search page and topic index');
  more.href = searchPageUrl('');
  hint.append(more);
  dialog.append(top, input, status, list, hint);
  document.body.append(dialog);
  bindSearch({ input, list, status, limit: DIALOG_RESULT_LIMIT, enterOpensFirst: true, onQuery: (query) => (more.href = searchPageUrl(query)) });
  return { dialog, input };
}

let parts: ReturnType<typeof build> | undefined;

/** Opens the dialog and focuses its search box, searching for `typed` if keys came first; closing returns focus to `opener`. */
export function openSearch(opener: HTMLElement, typed = ''): void {
  parts ??= build();
  warmUp();
  const { dialog, input } = parts;
  if (!dialog.open) {
    dialog.addEventListener('close', () => opener.focus(), { once: true });
    dialog.showModal();
  }
  if (!typed) return input.select();
  input.focus();
  input.value = typed;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Starts loading Pagefind when the reader shows intent, so the first results come sooner. */
export function warmUp(): void {
  void loadPagefind();
}
