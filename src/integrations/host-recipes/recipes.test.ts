/**
 * Each host recipe, read by the host's own parser where one is published (Netlify's for `_headers` and `_redirects`,
 * Vercel's for `vercel.json`), must send for every kind of address exactly the headers the policy asks for: the test
 * fails when a recipe and src/integrations/security-headers/policy.ts disagree. (nginx is read by nginx itself in
 * tests/build/base-path.test.ts.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTransformedRoutes, isHandler, type Route, type RouteWithSrc } from '@vercel/routing-utils';
import { parseAllHeaders } from 'netlify-headers-parser';
import { parseAllRedirects } from 'netlify-redirect-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { headerRules } from '../security-headers';
import { formatHeadersFile } from '../security-headers/headers-file';
import { HEADER_ONLY_DIRECTIVES, RESPONSE_HEADERS, cacheRules } from '../security-headers/policy';
import { nginxServerBlock, redirectsFile, vercelJson, type SiteRules } from './recipes';

const folder = mkdtempSync(join(tmpdir(), 'recipes-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const PAGE_POLICY = "default-src 'self'; script-src 'self' 'sha256-a='";

/** The rules of a site under `base` with one former address, as the build makes them. */
const siteRules = (base: string): SiteRules => ({
  headers: headerRules([PAGE_POLICY], '_astro', base),
  redirects: [{ from: `${base}old-name/`, to: `${base}new-name/` }],
  base,
});

/** What the policy says a response for `path` carries, header names in lower case. */
function policyHeaders(path: string, base: string): Record<string, string> {
  const wanted: Record<string, string> = {
    'content-security-policy': `${PAGE_POLICY}; ${Object.entries(HEADER_ONLY_DIRECTIVES)
      .map(([name, sources]) => [name, ...sources].join(' '))
      .join('; ')}`,
  };
  for (const [name, value] of Object.entries(RESPONSE_HEADERS)) wanted[name.toLowerCase()] = value;
  for (const { pattern, cacheControl } of cacheRules('_astro', base))
    if (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern)
      wanted['cache-control'] = cacheControl;
  return wanted;
}

/** One address of each kind the policy treats differently. */
const samples = (base: string) => [
  base,
  `${base}self-care/`,
  `${base}404.html`,
  `${base}sw.js`,
  `${base}_astro/page.abc123.js`,
  `${base}pagefind/pagefind-entry.json`,
  `${base}pagefind/index/en_1.pf_index`,
  `${base}pagefind/fragment/en_2.pf_fragment`,
  `${base}pagefind/lexicon/a1b2/7.json`,
  `${base}manifest.webmanifest`,
];

/** Vercel's routes that match a path (not its phase markers). */
const sources = (routes: Route[] | null): RouteWithSrc[] =>
  (routes ?? []).flatMap((route) => (isHandler(route) ? [] : [route]));

const lowerKeys = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

for (const base of ['/', '/massage-guide/']) {
  describe(`the host recipes for a site under ${base}`, () => {
    const rules = siteRules(base);

    it("send the policy's headers through Netlify's and Cloudflare's _headers, as Netlify's own parser reads it", async () => {
      const file = join(folder, `headers${base.length}`);
      writeFileSync(file, formatHeadersFile(rules.headers, 'test'));
      const { headers, errors } = await parseAllHeaders({
        headersFiles: [file] as never[],
        netlifyConfigPath: undefined,
      });
      expect(errors).toEqual([]);
      for (const path of samples(base)) {
        const sent: Record<string, string> = {};
        for (const rule of headers) if (rule.forRegExp?.test(path)) Object.assign(sent, lowerKeys(rule.values));
        expect(sent, path).toEqual(policyHeaders(path, base));
      }
    });

    it("send the policy's headers through vercel.json, as Vercel's own router reads it", () => {
      const config = JSON.parse(vercelJson(rules)) as Parameters<typeof getTransformedRoutes>[0];
      const { routes, error } = getTransformedRoutes(config);
      expect(error).toBeNull();
      for (const path of samples(base)) {
        const sent: Record<string, string> = {};
        for (const route of sources(routes))
          if (route.continue && route.headers && new RegExp(route.src).test(path))
            Object.assign(sent, lowerKeys(route.headers));
        expect(sent, path).toEqual(policyHeaders(path, base));
      }
      const redirect = sources(routes).find(
        (route) => route.status === 301 && new RegExp(route.src).test(`${base}old-name/`),
      );
      expect(redirect?.headers).toEqual({ Location: `${base}new-name/` });
    });

    it('redirect former addresses with a 301, as Netlify reads _redirects, forced past the fallback page there', async () => {
      for (const forced of [false, true]) {
        const file = join(folder, `redirects${base.length}${forced}`);
        writeFileSync(file, redirectsFile(rules, forced, 'test'));
        const { redirects, errors } = await parseAllRedirects({
          redirectsFiles: [file],
          configRedirects: [],
          minimal: false,
        });
        expect(errors).toEqual([]);
        expect(redirects).toEqual([
          expect.objectContaining({ from: `${base}old-name/`, to: `${base}new-name/`, status: 301, force: forced }),
          expect.objectContaining({ from: `${base}old-name`, to: `${base}new-name/`, status: 301, force: forced }),
        ]);
      }
    });

    it("keep Cloudflare's rules for _redirects: three fields, a status it takes, no force mark", () => {
      const lines = redirectsFile(rules, false, 'test')
        .split('\n')
        .filter((line) => line && !line.startsWith('#'));
      for (const line of lines) expect(line).toMatch(/^\/\S* \/\S* 301$/);
    });

    it('give nginx the site-wide headers in every location that adds its own', () => {
      const block = nginxServerBlock(rules, 'test');
      const locations = block.split('\n    location ').slice(1);
      expect(locations.length).toBeGreaterThan(rules.headers.length);
      for (const location of locations.filter((text) => text.includes('add_header')))
        for (const name of Object.keys(RESPONSE_HEADERS)) expect(location).toContain(`add_header ${name} `);
      expect(block).toContain(`location = ${base}old-name/ { return 301 ${base}new-name/; }`);
      expect(block).toContain(`error_page 404 ${base}404.html;`);
    });
  });
}
