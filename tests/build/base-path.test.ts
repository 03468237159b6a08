/**
 * The site built under a base path (tests/support/subpath-build.ts: the real guide with one former address, under
 * /massage-guide/), checked in its files, and served by a real nginx with the server block the build wrote. Every
 * check here fails when any part of the build writes an address from the domain's root instead of the base.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, SEARCH_FILE } from '../../src/consts';
import { parsePage, urlOfFile } from '../../src/integrations/built-site/dist-pages';
import { HOST_FILES } from '../../src/integrations/host-recipes/recipes';
import { headersForPath, parseHeadersFile } from '../../src/integrations/security-headers/headers-file';
import type { OfflineManifest } from '../../src/offline/manifest';
import { startNginx, type Nginx } from '../support/nginx';
import { BASE_UNDER_TEST as BASE, ORIGIN_UNDER_TEST, subpathSite, type SubpathSite } from '../support/subpath-build';

let site: SubpathSite;
const files = () => readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).sort();
const read = (file: string) => readFileSync(join(site.dir, file), 'utf8');

beforeAll(async () => {
  site = await subpathSite();
}, 240_000);

/** The site's own top-level names (folders and files) and its pages' slugs: an address starting with one is the site's. */
const ownNames = () => [
  ...new Set([
    ...Object.values(ROUTES).flatMap((route) => (route ? [route.split('/')[0]!.replace(/\..*$/, '')] : [])),
    ...readdirSync(site.dir).map((name) => name.replace(/\..*$/, '')),
  ]),
];

describe(`the site built under ${BASE}`, () => {
  it('writes every link and asset of every page under the base', () => {
    const outside: string[] = [];
    for (const file of files().filter((name) => name.endsWith('.html'))) {
      const page = parsePage(file, read(file));
      for (const { href } of page.links) {
        const url = new URL(href, `${ORIGIN_UNDER_TEST}${BASE}${urlOfFile(file).slice(1)}`);
        if (url.origin === ORIGIN_UNDER_TEST && !url.pathname.startsWith(BASE)) outside.push(`${file}: ${href}`);
      }
      if (page.redirectTo && !page.redirectTo.startsWith(BASE)) outside.push(`${file}: ${page.redirectTo}`);
    }
    expect(outside).toEqual([]);
  });

  it("names no address of its own from the domain's root in its scripts, styles, worker or data files", () => {
    const root = new RegExp(`["'\`(=]\\/(?:${ownNames().join('|')})\\b`);
    const found = files()
      .filter((name) => /\.(js|css|json|webmanifest|xml|txt)$/.test(name) && !name.startsWith(ROUTES.searchBundle))
      .filter((name) => root.test(read(name)))
      .map((name) => `${name}: ${root.exec(read(name))![0]}`);
    expect(found).toEqual([]);
  });

  it('gives canonical links, previews, structured data, the sitemap and robots.txt the whole address', () => {
    const whole = `${ORIGIN_UNDER_TEST}${BASE}`;
    const home = read('index.html');
    for (const pattern of [
      /<link rel="canonical" href="([^"]+)"/,
      /property="og:url" content="([^"]+)"/,
      /property="og:image" content="([^"]+)"/,
    ])
      expect(pattern.exec(home)?.[1]).toMatch(new RegExp(`^${whole}`));
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(home)![1]!) as {
      url: string;
      isPartOf: { url: string };
    };
    expect([jsonLd.url, jsonLd.isPartOf.url]).toEqual([whole, whole]);
    const locations = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(locations.length).toBeGreaterThan(1);
    expect(locations.filter((location) => !location.startsWith(whole))).toEqual([]);
    expect(read('robots.txt')).toContain(`Sitemap: ${whole}sitemap.xml`);
  });

  it('installs the web app and keeps the worker inside the base: scope, start, icons, every file it keeps', () => {
    const manifest = JSON.parse(read(ROUTES.webManifest)) as {
      scope: string;
      start_url: string;
      icons: { src: string }[];
    };
    expect([manifest.scope, manifest.start_url]).toEqual([BASE, BASE]);
    expect(manifest.icons.filter(({ src }) => !src.startsWith(BASE))).toEqual([]);
    const worker = read(ROUTES.serviceWorker);
    const manifestFile = files().find((name) => /^sw-[0-9a-f]+\.json$/.test(name))!;
    expect(worker).toContain(`"${BASE}${manifestFile}"`);
    const offline = JSON.parse(read(manifestFile)) as OfflineManifest;
    const addresses = [
      ...Object.keys(offline.files),
      ...Object.entries(offline.redirects).flat(),
      ...offline.shell,
      ...offline.search,
      offline.onUse,
      offline.offlinePage,
    ];
    expect(addresses.filter((address) => !address.startsWith(BASE))).toEqual([]);
    // The former address the build was given, besides any the guide's own sections keep.
    expect(offline.redirects).toMatchObject({ [site.former.from]: site.former.to });
    // Search results link to the pages under the base.
    const search = JSON.parse(read(`${ROUTES.searchBundle}${SEARCH_FILE}`)) as { pages: { url: string }[] };
    expect(search.pages.length).toBeGreaterThan(0);
    expect(search.pages.filter(({ url }) => !url.startsWith(BASE))).toEqual([]);
  });

  it('writes every host recipe for the base: headers, real redirects for the former address', () => {
    const rules = parseHeadersFile(read('_headers'));
    expect(rules.filter(({ pattern }) => !pattern.startsWith(BASE))).toEqual([]);
    expect(read('_redirects')).toContain(`${site.former.from} ${site.former.to} 301`);
    const vercel = JSON.parse(read('vercel.json')) as {
      headers: { source: string }[];
      redirects: { source: string }[];
    };
    expect([...vercel.headers, ...vercel.redirects].filter(({ source }) => !source.startsWith(BASE))).toEqual([]);
    // The fallback for hosts without redirects: a page at the former address that sends readers on.
    expect(parsePage('x.html', read(`${site.former.from.slice(BASE.length)}index.html`)).redirectTo).toBe(
      site.former.to,
    );
  });
});

describe(`the site under ${BASE} served by nginx with the server block the build wrote`, () => {
  let nginx: Nginx;
  beforeAll(async () => {
    site ??= await subpathSite();
    nginx = await startNginx(site.dir, BASE);
  }, 240_000);
  afterAll(() => nginx?.stop());

  const get = (path: string) => fetch(`${nginx.url}${path}`, { redirect: 'manual' });
  const headersOf = (response: Response) =>
    Object.fromEntries([...response.headers].map(([name, value]) => [name.toLowerCase(), value]));

  it('sends every header of _headers with every kind of file, errors included', async () => {
    const rules = parseHeadersFile(read('_headers'));
    const samples = [
      BASE,
      site.former.to,
      `${BASE}${ROUTES.serviceWorker}`,
      `${BASE}${ROUTES.webManifest}`,
      `${BASE}${ROUTES.searchBundle}${SEARCH_FILE}`,
      `${BASE}no-such-page/`,
      `${BASE}_astro/${readdirSync(join(site.dir, '_astro'))[0]!}`,
      (() => {
        const lexicon = `${ROUTES.searchBundle}lexicon/`;
        const folder = `${lexicon}${readdirSync(join(site.dir, lexicon))[0]!}/`;
        return `${BASE}${folder}${readdirSync(join(site.dir, folder))[0]!}`;
      })(),
    ];
    for (const path of samples) {
      const sent = headersOf(await get(path));
      const wanted = headersForPath(rules, path);
      expect(Object.keys(wanted).length, path).toBeGreaterThan(4);
      for (const [name, value] of Object.entries(wanted)) expect(sent[name], `${path}: ${name}`).toBe(value);
    }
  });

  it('serves the pages, the 404 page for unknown addresses, and never the host files', async () => {
    expect((await get(site.former.to)).status).toBe(200);
    const missing = await get(`${BASE}no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(read(ROUTES.notFound));
    for (const file of HOST_FILES) expect((await get(`${BASE}${file}`)).status, file).toBe(404);
    expect((await get(`${BASE}${ROUTES.webManifest}`)).headers.get('content-type')).toBe('application/manifest+json');
  });

  it('answers former addresses with a 301 to the section, with or without the final slash', async () => {
    for (const from of [site.former.from, site.former.from.slice(0, -1)]) {
      const response = await get(from);
      expect(response.status, from).toBe(301);
      expect(response.headers.get('location'), from).toBe(site.former.to);
    }
  });

  it('never lets the worker be cached, and caches hashed files for a year', async () => {
    expect((await get(`${BASE}${ROUTES.serviceWorker}`)).headers.get('cache-control')).toBe('no-cache');
    const script = readdirSync(join(site.dir, '_astro'))[0]!;
    expect((await get(`${BASE}_astro/${script}`)).headers.get('cache-control')).toMatch(/max-age=31536000/);
    expect((await get(BASE)).headers.get('cache-control')).toBeNull();
  });
});
