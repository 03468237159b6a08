/** The search dialog: its markup waits in a template (src/components/search/SiteSearch.astro) until first use. */
import { RESULT_LIMITS } from '../../consts.ts';
import { bindSearch } from './controller.ts';
import { preloadSearch } from './live.ts';
import { searchPageUrl } from '../../search/query.ts';

/** The dialog's parts, from its template, wired once. */
function build(): { dialog: HTMLDialogElement; input: HTMLInputElement } {
  const template = document.querySelector<HTMLTemplateElement>('#search-dialog-template')!;
  const dialog = (template.content.cloneNode(true) as DocumentFragment).querySelector('dialog')!;
  const input = dialog.querySelector('input')!;
  const pageLink = dialog.querySelector<HTMLAnchorElement>('[data-search-page]')!;
  dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
  // A search box would take the first Escape to clear itself; here Escape always closes, as readers expect.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  document.body.append(dialog);
  bindSearch({
    input,
    list: dialog.querySelector('ul')!,
    status: dialog.querySelector('[role=status]')!,
    limit: RESULT_LIMITS.dialog,
    place: 'dialog',
    onQuery: (query) => (pageLink.href = searchPageUrl(query)),
  });
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
  preloadSearch();
}
