/**
 * Everything search does in the browser, in one lazily loaded module: the dialog, the search page and the
 * highlighting on a page opened from a result. One module means one chunk and no preload helper on plain pages.
 */
export { openSearch, warmUp } from './dialog';
export { mountSearchPage } from './page';
export { highlightFromUrl } from './highlight';
