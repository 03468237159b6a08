/**
 * The guide's public address, from the two environment variables a build reads: SITE_URL (where readers find it,
 * e.g. `https://example.org/guides/back-pain/`) and BASE_PATH (the folder it is published under, when SITE_URL does
 * not say). Pure: astro.config.mjs gives the result to Astro as `site` and `base`, and ./index.ts stops a build for
 * publishing that has only the placeholder.
 */
import { AstroError } from 'astro/errors';

/** The address a build uses when none is given: the `.example` domain, reserved so that it can never be anyone's. */
export const PLACEHOLDER_SITE = 'https://deep-tissue-massage-guide.example';

/** What Astro is given: the site's origin, and the folder under it with a slash at each end (`/` at the root). */
export interface SiteAddress {
  site: string;
  base: string;
  /** True when the build fell back on PLACEHOLDER_SITE. */
  placeholder: boolean;
}

/** The environment variables this module reads. */
export interface AddressEnv {
  SITE_URL?: string | undefined;
  BASE_PATH?: string | undefined;
}

/** Where to set the variables, for every message that asks for them. */
const WHERE =
  'Set it where the build runs: `SITE_URL=https://example.org/guides/back-pain/ npm run build`, or in the environment ' +
  'variables of the host (Netlify, Cloudflare Pages, Vercel); the GitHub Pages workflow sets it itself. See docs/deploy.md.';

/** A folder's segments may hold letters, digits and `-._~`, so that the base needs no escaping in any address or file. */
const SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

/**
 * `path` as a base: a slash at each end (`massage-guide` → `/massage-guide/`), `/` for an empty one. Throws for a
 * folder name that would need escaping or that climbs (`..`).
 */
export function normaliseBase(path: string, variable: string): string {
  const segments = path.trim().split('/').filter(Boolean);
  const bad = segments.find((segment) => !SEGMENT.test(segment));
  if (bad !== undefined)
    throw new AstroError(
      `${variable} "${path}" is not a folder the guide can be published under: "${bad}" is not allowed.`,
      'Use folder names of letters, digits, `-`, `_`, `.` and `~`, e.g. `/massage-guide/` or `/guides/back-pain/`.',
    );
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/** The error that stops a build for publishing without SITE_URL: what is missing, why it matters, where to set it. */
export function missingSiteUrl(): AstroError {
  return new AstroError(
    'SITE_URL is not set. A build for publishing (`npm run build`) needs the guide’s public address: without it every canonical link, link preview and sitemap entry would point at the placeholder ' +
      `${PLACEHOLDER_SITE}.`,
    `${WHERE} For a preview on this machine, \`npm start\` or \`npx astro build\` use the placeholder.`,
  );
}

/**
 * The site and base for `env`. A SITE_URL with a path publishes the guide under that path; BASE_PATH, if also set,
 * must name the same folder. Without SITE_URL the address is PLACEHOLDER_SITE (a build for publishing then stops,
 * ./index.ts). Throws, saying what to write, for a value that is not an address or a folder.
 */
export function siteAddress(env: AddressEnv): SiteAddress {
  const given = env.SITE_URL?.trim();
  const basePath = env.BASE_PATH?.trim() ? normaliseBase(env.BASE_PATH, 'BASE_PATH') : undefined;
  if (!given) return { site: PLACEHOLDER_SITE, base: basePath ?? '/', placeholder: true };
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new AstroError(`SITE_URL "${given}" is not an address.`, `Write it in full, with https://. ${WHERE}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new AstroError(`SITE_URL "${given}" is not a web address.`, `Write it in full, with https://. ${WHERE}`);
  if (url.search || url.hash || url.username || url.password)
    throw new AstroError(
      `SITE_URL "${given}" has a ${url.search ? 'query' : url.hash ? 'fragment' : 'user name or password'} in it.`,
      'Give only the address the guide is published at, e.g. `https://example.org/guides/back-pain/`.',
    );
  const sitePath = normaliseBase(decodeURIComponent(url.pathname), 'The path of SITE_URL');
  if (basePath && sitePath !== '/' && basePath !== sitePath)
    throw new AstroError(
      `SITE_URL "${given}" is under ${sitePath}, but BASE_PATH is ${basePath}.`,
      'Set one of them: SITE_URL with the whole address (its path is the base), or SITE_URL at the domain and BASE_PATH for the folder.',
    );
  return { site: url.origin, base: sitePath !== '/' ? sitePath : (basePath ?? '/'), placeholder: false };
}

/**
 * The error for an environment variable BASE_URL that names another folder than the base, or undefined. Astro reads
 * `import.meta.env.BASE_URL` from the environment while it renders pages, so such a variable would put its folder in
 * every address of the pages, not the base (the link check would then fail on every page, without saying why).
 */
export function strayBaseUrl(env: Readonly<Record<string, string | undefined>>, base: string): AstroError | undefined {
  const stray = env['BASE_URL'];
  if (stray === undefined || stray === base) return undefined;
  return new AstroError(
    `The environment has BASE_URL=${stray}, which Astro would write into the pages instead of the base ${base}.`,
    'Unset BASE_URL where the build runs (`env -u BASE_URL npm run build`); the folder is set with BASE_PATH or SITE_URL.',
  );
}

/** Hosts' own build environments, by the variable each sets: a build there is published. */
const HOST_BUILDS = { NETLIFY: 'true', CF_PAGES: '1', VERCEL: '1' } as const;

/**
 * Whether a build is for publishing: one run as `npm run build` (the build command every recipe in docs/deploy.md
 * uses), or any build on Netlify, Cloudflare Pages or Vercel. `npm start`, `npx astro build` and the tests' builds
 * are previews.
 */
export function isPublishingBuild(env: Readonly<Record<string, string | undefined>>): boolean {
  return (
    env['npm_lifecycle_event'] === 'build' ||
    Object.entries(HOST_BUILDS).some(([variable, value]) => env[variable] === value)
  );
}
