/** Wires a search box to a result list: debounced searching as the reader types, arrow keys, Enter. */
import { normaliseQuery } from '../../search/query.ts';
import { LIVE_SOURCES } from './live.ts';
import { runSearch, type Outcome } from '../../search/search.ts';
import { moveFocus, renderOutcome, type SearchPlace } from './render.ts';

/** Pause after the last keystroke before searching: short enough that results show within 150 ms on a slow phone. */
const DEBOUNCE_MS = 60;

export interface SearchParts {
  input: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
  /** Most results to show. */
  limit: number;
  /** Called with each query as it is searched (the search page mirrors it in the address). */
  onQuery?: (query: string) => void;
  /** The dialog (Enter opens the first result) or the search page (Enter only searches). */
  place: SearchPlace;
}

/**
 * Offline, only the pages kept on this device can open (src/client/offline/worker.ts): the others are left out. The
 * browser may say it is online on a network that reaches nothing; then every result stays, as the host may answer.
 */
async function onThisDevice(outcome: Outcome): Promise<Outcome> {
  if (navigator.onLine || !('caches' in globalThis)) return outcome;
  const kept = await Promise.all(
    outcome.hits.map(async (hit) => !!(await caches.match(new URL(hit.href, location.href).pathname))),
  );
  const hits = outcome.hits.filter((_, index) => kept[index]);
  return { ...outcome, hits, total: outcome.total - (outcome.hits.length - hits.length) };
}

/** Connects the parts; returns `run` to search for a query straight away. */
export function bindSearch({ input, list, status, limit, onQuery, place }: SearchParts): {
  run: (query: string) => Promise<void>;
} {
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function run(raw: string): Promise<void> {
    const query = normaliseQuery(raw);
    const ticket = ++latest;
    clearTimeout(timer);
    onQuery?.(query);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      if (status.nextElementSibling?.classList.contains('health-advice')) status.nextElementSibling.remove();
      return;
    }
    try {
      const outcome = await onThisDevice(await runSearch(query, limit, LIVE_SOURCES));
      // A slower, older search must not overwrite the results of a newer one.
      if (ticket === latest) renderOutcome(list, status, outcome, place);
    } catch (error) {
      if (ticket === latest)
        status.textContent = 'Search could not load (offline?). The search page lists every topic.';
      throw error;
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && moveFocus(list, input, 'ArrowDown')) event.preventDefault();
    if (event.key === 'Enter') {
      event.preventDefault();
      // Search what is typed now; in the dialog, then open the first result.
      void run(input.value).then(() => {
        if (place === 'dialog') list.querySelector('a')?.click();
      });
    }
  });
  list.addEventListener('keydown', (event) => {
    if (moveFocus(list, input, event.key)) event.preventDefault();
    else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) input.focus();
  });
  return { run };
}
