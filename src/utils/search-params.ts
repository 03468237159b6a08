/** Addresses and URL parameters of search, shared by the header's tiny script and the search code. */

/** Path of the search page; the header form submits here without JavaScript. */
export const SEARCH_PATH = '/search/';
/** Query parameter that carries the search on /search/. */
export const QUERY_PARAM = 'q';
/** Query parameter that carries the words to highlight on a page opened from a result. */
export const HIGHLIGHT_PARAM = 'highlight';
/** Results the search dialog shows, and so the fragments (one per result, ~1 KB each) a first search fetches. */
export const DIALOG_RESULT_LIMIT = 5;
/** Results the search page lists: all of them on a guide this size. */
export const PAGE_RESULT_LIMIT = 20;
