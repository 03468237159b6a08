/**
 * The site's security and caching headers, defined once. astro.config.mjs gives the page policy to Astro, which
 * writes it with its script and style hashes into every page's CSP `<meta>`; the build then writes `dist/_headers`
 * from the same definition (src/integrations/security-headers/index.ts).
 */
import type { AstroUserConfig } from 'astro';
import { LEXICON_FOLDER } from '../search-index/meaning/shards';
import { WORKER_URL_POLICY, sitePaths } from '../../consts';

/** A CSP directive's sources by directive name, e.g. `{ 'default-src': ["'self'"] }`. */
export type Directives = Readonly<Record<string, readonly string[]>>;

/** Directives every page carries besides `script-src`/`style-src`. Nothing may come from another origin. */
export const PAGE_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  // Inline `data:` images: the SVG icons in the stylesheet.
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  // No page needs a <base>; none may set one.
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  // The service worker that keeps the guide for offline reading (/sw.js).
  'worker-src': ["'self'"],
  // Trusted Types: no script may write HTML or script URLs from strings; one policy, once, may name the worker's URL.
  'require-trusted-types-for': ["'script'"],
  'trusted-types': [WORKER_URL_POLICY],
};

/**
 * Script sources besides Astro's hashes: our own files only (search compiles no WebAssembly). The pages' inline scripts
 * are allowed by their hashes (./inline-scripts.ts): Astro hashes only the scripts it bundles.
 */
export const SCRIPT_SOURCES = ["'self'"] as const;

/** Style sources besides Astro's hashes: our own stylesheets. */
export const STYLE_SOURCES = ["'self'"] as const;

/** Directives that only work in an HTTP header: browsers ignore them in a `<meta>`. */
export const HEADER_ONLY_DIRECTIVES: Directives = {
  'frame-ancestors': ["'none'"],
};

/** Browser features the guide never uses, all switched off (only names Chromium recognises: it warns about others). */
const UNUSED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** Headers every response carries, besides the Content-Security-Policy. */
export const RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': UNUSED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** A year: what content-hashed files may be cached for, as a new build gives them new names. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Cache rules by URL pattern, given the folder Astro writes its bundled files to (its `build.assets`, `_astro`) and
 * the folder the site is published under (`base`, `/` or `/massage-guide/`). Only folders whose files carry a content
 * hash in their names are cached for long; the search file keeps a fixed name, so it keeps the host's default of
 * revalidating. The patterns must not overlap, as hosts join repeated headers.
 */
export function cacheRules(assetsFolder: string, base = '/'): { pattern: string; cacheControl: string }[] {
  const paths = sitePaths(base);
  return [
    // The service worker names the build's files: browsers must always ask for the newest.
    { pattern: paths.serviceWorker, cacheControl: 'no-cache' },
    { pattern: `${base}${assetsFolder}/*`, cacheControl: IMMUTABLE },
    // The lexicon's shards live in a folder named after their content (src/integrations/search-index/meaning/shards.ts).
    { pattern: `${paths.searchBundle}${LEXICON_FOLDER}*`, cacheControl: IMMUTABLE },
  ];
}

type CspConfig = Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>;
/** A directive as Astro's `security.csp.directives` takes it: `"default-src 'self'"`. */
export type AstroCspDirective = NonNullable<CspConfig['directives']>[number];

/** Directives in the form Astro's `security.csp.directives` takes. */
export function directiveStrings(directives: Directives): AstroCspDirective[] {
  return Object.entries(directives).map(([name, sources]) => [name, ...sources].join(' ') as AstroCspDirective);
}
