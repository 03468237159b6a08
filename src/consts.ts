/**
 * Facts about the site that several parts of it need, each defined here once: names, language, addresses and the
 * parameters in them. Pure constants, safe to import from build code and browser code alike.
 */

/** The guide's title, in the author's words: the home page's h1 and the name readers know it by. */
export const GUIDE_TITLE = 'Will Deep Tissue Massage Help Lower Back Pain?';

/** Short name of the site, after a page's own name in browser tabs and link previews. */
export const SITE_NAME = 'Back Pain Massage Guide';

/** One sentence about the whole guide, for the home page's meta description and preview. */
export const GUIDE_DESCRIPTION =
  'A plain-language guide to deep tissue massage for lower back pain: how it works, its benefits, how to prepare, self-care, exercise, diet and stress.';

/** Language of the text (the author writes American English), as BCP 47 and as Open Graph writes it. */
export const LANGUAGE = { tag: 'en-US', openGraph: 'en_US' } as const;

/** The section whose text is the home page; every other section has a page at `/<slug>/`. */
export const HOME_SECTION_ID = 'introduction';

/** Id of every page's h1: `#top` links to the start of a page, and search results for a page's title point there. */
export const TOP_ID = 'top';

/** Id of the main content, the skip link's target. */
export const MAIN_ID = 'main';

/**
 * The class `<html>` has on the search page while it has a query (set before the first paint from the address, then
 * by the page's script): the results take the screen and the topic index waits (global.css).
 */
export const HAS_QUERY_CLASS = 'has-query';

/** Id of the "Get urgent help" card's heading: search's health advice links to it on the home page. */
export const URGENT_HELP_ID = 'urgent-help';

/** Id of the list of sections on the home page and on the whole guide. */
export const CONTENTS_ID = 'contents';

/**
 * Most sections a section page's contents lists: a longer guide shows the ones around the reader and links to the
 * whole list, so pages (and builds) do not grow with the guide, and nobody scrolls past hundreds of links.
 */
export const PAGE_CONTENTS_LIMIT = 25;

/** The search file's name in the search bundle: fixed, so pages need not name it; revalidated, never cached long. */
export const SEARCH_FILE = 'guide.json';

/**
 * The folder the site is published under, with a slash at each end: `/` at the root of a domain, `/massage-guide/` on
 * a GitHub Pages project site. It is Astro's `base` (astro.config.mjs sets it from BASE_PATH or SITE_URL's path), which
 * Vite writes into every page and script it builds. Code that Vite does not build for the site (the steps after the
 * build, tests) reads `/` here: build steps take Astro's `config.base` and call sitePaths with it.
 */
export const BASE: string = (import.meta.env as ImportMetaEnv | undefined)?.BASE_URL ?? '/';

/**
 * Where each of the site's own pages and folders is inside the site, relative to BASE: also its path in the output
 * folder (`guide/` is `dist/guide/index.html`). Addresses are made from these with sitePaths.
 */
export const ROUTES = {
  home: '',
  /** The whole guide on one page, for reading start to end and printing. */
  wholeGuide: 'guide/',
  /** The search page; the header's search form submits here without JavaScript. */
  search: 'search/',
  /** The not-found page as hosts serve it. */
  notFound: '404.html',
  /** The search file and the lexicon's shards, written at build time from Pagefind's index. */
  searchBundle: 'search-index/',
  /** Link-preview images, one per page: `og/<slug>.png`. */
  previewImages: 'og/',
  /** The list of pages for search engines. */
  sitemap: 'sitemap.xml',
  /** The site's icon, in the browser tab. */
  favicon: 'favicon.svg',
  /** The web app manifest, for adding the guide to a phone's home screen. */
  webManifest: 'manifest.webmanifest',
  /** Home-screen icons, rendered from the favicon: `icons/<size>.png`. */
  icons: 'icons/',
  /** The service worker that keeps the guide for offline reading. */
  serviceWorker: 'sw.js',
  /** What the service worker shows for a page that is neither saved nor reachable. */
  offline: 'offline/',
} as const;

/** The site's addresses under the folder `base` (`/`, `/massage-guide/`): ROUTES as a browser requests them. */
export function sitePaths(base: string): { readonly [Name in keyof typeof ROUTES]: string } {
  return Object.fromEntries(Object.entries(ROUTES).map(([name, route]) => [name, base + route])) as {
    [Name in keyof typeof ROUTES]: string;
  };
}

/** Addresses of the site's own pages and folders, as this build publishes them (under BASE). */
export const PATHS = /* @__PURE__ */ sitePaths(BASE);

/** The title and one-sentence description of each page that is not a section: on the page and on its preview card. */
export const FIXED_PAGES = {
  wholeGuide: {
    /** Its name in navigation, wherever a link leads to it. */
    navLabel: 'Whole guide on one page',
    title: 'The whole guide on one page',
    description: 'Every section of the guide on one page, for reading start to end or printing.',
  },
  search: {
    title: 'Search the guide',
    description: 'Search the guide, or browse every topic from A to Z.',
    /** Its name in links to it (footer, offline page). */
    navLabel: 'Search and topics A to Z',
  },
  offline: {
    title: 'You are offline',
    description: 'This page is not saved on this device. The pages listed here are, and open without a connection.',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Find what you need in the guide’s contents.',
  },
} as const;

/**
 * The one Trusted Types policy pages may create (the CSP names it): it turns exactly the service worker's address
 * into a script URL, for `navigator.serviceWorker.register`. No other string can become a script URL or HTML.
 */
export const WORKER_URL_POLICY = 'offline-worker';

/** How the page's offline parts and the service worker (src/client/offline/) name what they share. */
export const OFFLINE = {
  /** Set on `<html>` by the registration (register.ts): `ready` or `none`, whether the worker is registered. */
  stateAttribute: 'data-offline',
  /** Dispatched on `document` once that is known. */
  stateEvent: 'guide:offline',
} as const;

/** Query parameter that carries the search on the search page (`/search/?q=…`). */
export const QUERY_PARAM = 'q';

/** Query parameter that carries the words to highlight on a page opened from a search result. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Most results each search view shows: each costs the reader a fragment of about 1 KB to download. */
export const RESULT_LIMITS = {
  /** The header's search dialog: what a phone shows without scrolling, and within the first-search byte budget. */
  dialog: 3,
  /** The search page: every result, on a guide this size. */
  page: 20,
} as const;

/** True for the not-found page's address, as built (`/404.html`) or as the dev server serves it (`/404/`, `/404`). */
export function isNotFoundPath(pathname: string): boolean {
  const page = PATHS.notFound.replace(/\.html$/, '');
  return [PATHS.notFound, page, `${page}/`].includes(pathname);
}
