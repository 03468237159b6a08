/** The search page: searches as the reader types and keeps `?q=` in the address for bookmarks and sharing. */
import { HAS_QUERY_CLASS, RESULT_LIMITS } from '../../consts.ts';
import { queryFromSearch, searchPageUrl } from '../../search/query.ts';
import { bindSearch } from './controller.ts';
import { preloadSearch } from './live.ts';

/** Connects the server-rendered form, status line and list inside `root`, then runs what is typed or the address's query. */
export function mountSearchPage(root: HTMLElement): void {
  const input = root.querySelector('input')!;
  const { run } = bindSearch({
    input,
    list: root.querySelector('ul')!,
    status: root.querySelector('[role=status]')!,
    limit: RESULT_LIMITS.page,
    place: 'page',
    onQuery: (query) => {
      // With a query the results take the screen; an empty box shows the topic index again (global.css).
      document.documentElement.classList.toggle(HAS_QUERY_CLASS, !!query);
      const address = searchPageUrl(query) + location.hash;
      if (address !== location.pathname + location.search + location.hash)
        history.replaceState(history.state, '', address);
    },
  });
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  input.addEventListener('focus', () => preloadSearch(), { once: true });
  // What the reader typed while this code loaded (a slow phone) is their latest query: it wins over the address's.
  input.value ||= queryFromSearch(location.search);
  void run(input.value);
}
