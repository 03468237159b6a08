import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { PATHS, WORKER_URL_POLICY } from '../../src/consts';
import { parsePolicy } from '../../src/integrations/security-headers/csp';
import { readBuiltSite } from '../support/built-pages';
import { headerValue, parseHeadersFile } from '../../src/integrations/security-headers/headers-file';
import { elementSources, hashSource } from '../support/csp';
import { pageProblems } from '../support/page-rules';
import { distDir } from '../support/dist';

if (!existsSync(join(distDir, 'index.html')))
  throw new Error(`${distDir} has no built site: run \`npm run build\` first`);
const { files, pages } = await readBuiltSite(distDir);
const realPages = pages.filter((page) => !page.isRedirect);

describe.each(realPages.map((page) => [page.url, page] as const))('page %s', (_url, page) => {
  it('has lang, title, meta description, one h1, header, labelled nav, main and footer', () => {
    expect(pageProblems(page)).toEqual([]);
  });

  // The W3C Nu HTML Checker, which needs Java, runs on demand: `npm run validate:nu` (tests/bench/nu-html-check.mjs).
  it('is valid HTML (html-validate, .htmlvalidate.json)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const report = await validator.validateFile(join(distDir, page.file));
    const messages = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(messages).toEqual([]);
  });

  it('runs no inline code the CSP does not hash, lists no hash it does not use, and has no style or handler attributes', () => {
    const scriptSources = elementSources(page.csp, 'script');
    const styleSources = elementSources(page.csp, 'style');
    expect(page.inlineScripts.map(hashSource).filter((hash) => !scriptSources.includes(hash))).toEqual([]);
    expect(page.inlineStyles.map(hashSource).filter((hash) => !styleSources.includes(hash))).toEqual([]);
    const usedHashes = new Set([...page.inlineScripts, ...page.inlineStyles].map(hashSource));
    const listed = [...scriptSources, ...styleSources].filter((source) => source.startsWith("'sha256-"));
    expect(
      listed.filter((hash) => !usedHashes.has(hash)),
      'hashes of inline code the page does not have',
    ).toEqual([]);
    expect(page.styleAttributes, 'style="…" attributes (blocked by the CSP)').toBe(0);
    expect(page.handlerAttributes, 'on…="…" attributes (blocked by the CSP)').toBe(0);
  });
});

describe('Content-Security-Policy', () => {
  const policies = new Set(realPages.map((page) => page.csp));

  it('is strict: same origin only, no inline code but hashed pieces, no plugins, no WebAssembly', () => {
    for (const policy of policies) {
      const directives = new Map(parsePolicy(policy).map(({ name, sources }) => [name, sources]));
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'none'"]);
      expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
      expect(directives.get('trusted-types')).toEqual([WORKER_URL_POLICY]);
      expect(directives.get('form-action')).toEqual(["'self'"]);
      expect(directives.get('script-src')).not.toContain("'wasm-unsafe-eval'");
      for (const name of ['script-src', 'style-src']) {
        const sources = directives.get(name) ?? [];
        expect(
          sources.filter((source) => !/^'(self|sha256-[A-Za-z0-9+/=]+)'$/.test(source)),
          name,
        ).toEqual([]);
      }
    }
  });

  it('is sent by _headers with every directive of the pages, plus frame-ancestors', () => {
    const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
    const header = parsePolicy(headerValue(rules, '/*', 'Content-Security-Policy') ?? '');
    const headerSources = new Map(header.map(({ name, sources }) => [name, sources]));
    expect(headerSources.get('frame-ancestors')).toEqual(["'none'"]);
    for (const policy of policies) {
      for (const { name, sources } of parsePolicy(policy)) {
        expect(
          sources.filter((source) => !headerSources.get(name)?.includes(source)),
          `${name} sources missing`,
        ).toEqual([]);
      }
    }
    // And nothing beyond them: each header source comes from some page.
    const pageSources = new Set(
      [...policies].flatMap((policy) =>
        parsePolicy(policy).flatMap(({ name, sources }) => sources.map((source) => `${name} ${source}`)),
      ),
    );
    const extra = header
      .filter(({ name }) => name !== 'frame-ancestors')
      .flatMap(({ name, sources }) => sources.map((source) => `${name} ${source}`));
    expect(extra.filter((entry) => !pageSources.has(entry))).toEqual([]);
    const pageDirectives = new Set([...policies].flatMap((policy) => parsePolicy(policy).map(({ name }) => name)));
    expect(header.map(({ name }) => name).filter((name) => !pageDirectives.has(name))).toEqual(['frame-ancestors']);
  });
});

describe('_headers', () => {
  const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

  it('sends the other security headers on every response', () => {
    expect(headerValue(rules, '/*', 'X-Content-Type-Options')).toBe('nosniff');
    expect(headerValue(rules, '/*', 'Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headerValue(rules, '/*', 'Permissions-Policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it('caches only content-hashed files for a year, in rules that do not overlap', () => {
    const immutable = rules.filter(({ headers }) => headers.some(([, value]) => value.includes('immutable')));
    const bundle = PATHS.searchBundle;
    expect(immutable.map(({ pattern }) => pattern)).toEqual(['/_astro/*', `${bundle}lexicon/*`]);
    // The search file keeps a fixed name, so it is revalidated: a new deploy reaches returning readers.
    expect(rules.filter(({ pattern }) => pattern === `${bundle}*`)).toEqual([]);
    // Files with fixed names must not fall under a long cache: a new deploy would not reach returning readers.
    const longCached = [...files].filter((file) => file.startsWith('_astro/'));
    expect(longCached.filter((file) => !/[._-][A-Za-z0-9_-]{7,}\.[a-z_]+$/.test(file))).toEqual([]);
    // The lexicon's shards carry the hash in their folder's name instead.
    const shards = [...files].filter((file) => file.startsWith(`${bundle.slice(1)}lexicon/`));
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.filter((file) => !/\/lexicon\/[0-9a-f]{10}\/\d+\.json$/.test(file))).toEqual([]);
  });
});
