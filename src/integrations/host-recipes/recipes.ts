/**
 * The host recipes: the same headers and redirects written for each host in the form it reads. Every recipe is made
 * from the `_headers` rules (src/integrations/security-headers/, from the one policy in policy.ts) and the former
 * addresses of sections, so no host's copy is ever kept by hand. Pure; ./index.ts writes the files.
 */
import type { HeaderRule } from '../security-headers/headers-file';

/** A former address and where it now lives, both under the base: `/massage-guide/old/` → `/massage-guide/new/`. */
export interface Redirect {
  from: string;
  to: string;
}

/** What every recipe is made from. */
export interface SiteRules {
  /** The `_headers` rules: the first is the catch-all for the whole site (`<base>*`); later ones add to it. */
  headers: readonly HeaderRule[];
  redirects: readonly Redirect[];
  /** The folder the site is published under, with a slash at each end. */
  base: string;
}

/** Files of the output folder that configure a host and are no page of the site. */
export const HOST_FILES = ['_headers', '_redirects', 'vercel.json', 'nginx.conf'] as const;

/** Each former address as readers may type it: with its final slash, and without. */
const addressesOf = ({ from, to }: Redirect) => [
  { from, to },
  { from: from.replace(/\/$/, ''), to },
];

/**
 * `_redirects` for Netlify and Cloudflare Pages: a 301 from each former address. Netlify serves a file that exists
 * at the address (the HTML fallback page) before a redirect unless the rule is forced (`301!`), a mark Cloudflare
 * refuses, so the rules are forced only for a build made on Netlify (`forced`).
 */
export function redirectsFile(rules: SiteRules, forced: boolean, comment: string): string {
  const status = forced ? '301!' : '301';
  const lines = rules.redirects.flatMap(addressesOf).map(({ from, to }) => `${from} ${to} ${status}`);
  return `${[...comment.split('\n').map((line) => `# ${line}`), ...lines].join('\n')}\n`;
}

/** A `_headers` pattern (`/a/*`, `/a/sw.js`) as a Vercel source (path-to-regexp: `/a/(.*)`). */
const vercelSource = (pattern: string) => pattern.replace(/\*$/, '(.*)');

/**
 * `vercel.json`: the same headers (Vercel, like `_headers`, applies every matching rule, later ones over earlier),
 * 301s from the former addresses, and addresses without a final slash sent on to it, as the site's links are written.
 */
export function vercelJson(rules: SiteRules): string {
  return `${JSON.stringify(
    {
      $schema: 'https://openapi.vercel.sh/vercel.json',
      trailingSlash: true,
      headers: rules.headers.map(({ pattern, headers }) => ({
        source: vercelSource(pattern),
        headers: headers.map(([key, value]) => ({ key, value })),
      })),
      redirects: rules.redirects.map(({ from, to }) => ({ source: from, destination: to, statusCode: 301 })),
    },
    null,
    2,
  )}\n`;
}

/** A header value inside nginx's double quotes. */
const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The `add_header` lines for `headers`, sent with every response (`always`: errors and redirects too). */
const addHeaders = (headers: HeaderRule['headers'], indent: string) =>
  headers.map(([name, value]) => `${indent}add_header ${name} ${quoted(value)} always;`);

/** The nginx location that matches a `_headers` pattern: a folder (`/a/*`) by prefix, a file exactly. */
const nginxLocation = (pattern: string) => (pattern.endsWith('/*') ? `^~ ${pattern.slice(0, -1)}` : `= ${pattern}`);

/**
 * An nginx server block serving the output folder under the base. nginx drops every inherited `add_header` in a
 * location that adds one of its own, so each location repeats the site-wide headers before its own.
 */
export function nginxServerBlock(rules: SiteRules, comment: string): string {
  const [site, ...specific] = rules.headers;
  if (!site || site.pattern !== `${rules.base}*`) throw new Error(`_headers must start with ${rules.base}*`);
  const { base } = rules;
  const everywhere = addHeaders(site.headers, '        ');
  const hostFiles = HOST_FILES.map((file) => file.replace(/\./g, '\\.')).join('|');
  const lines = [
    ...comment.split('\n').map((line) => `# ${line}`),
    'server {',
    '    listen 80;',
    '    server_name guide.example.org;',
    `    # The folder that holds the output folder's files at ${base}: for ${base === '/' ? 'the root, the output folder itself' : `this base, <root>${base}`}.`,
    '    root /var/www/guide;',
    '    charset utf-8;',
    // Redirects keep the host and port the reader used (a proxy in front may have another).
    '    absolute_redirect off;',
    // Text compresses; Pagefind's index and the images are stored compressed already.
    '    gzip on;',
    '    gzip_types text/css application/javascript application/json application/manifest+json image/svg+xml application/xml text/plain;',
    `    error_page 404 ${base}404.html;`,
    '',
    `    location ${base} {`,
    ...everywhere,
    '        try_files $uri $uri/ =404;',
    '    }',
    // Debian's mime.types does not know the web app manifest.
    `    location = ${base}manifest.webmanifest {`,
    ...everywhere,
    '        default_type application/manifest+json;',
    '    }',
    ...specific.flatMap(({ pattern, headers }) => [
      `    location ${nginxLocation(pattern)} {`,
      ...everywhere,
      ...addHeaders(headers, '        '),
      '    }',
    ]),
    ...rules.redirects.flatMap(addressesOf).map(({ from, to }) => `    location = ${from} { return 301 ${to}; }`),
    `    # The hosts' files in the output folder are not pages of the site.`,
    `    location ~ ^${base.replace(/\./g, '\\.')}(${hostFiles})$ { return 404; }`,
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
