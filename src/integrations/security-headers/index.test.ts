import { describe, expect, it } from 'vitest';
import { parsePage } from '../built-site/dist-pages';
import { headerPolicy } from './csp';
import { parseHeadersFile, headerValue } from './headers-file';
import { headerRules, withTrimmedPolicy } from './index';
import { CACHE_RULES, HEADER_ONLY_DIRECTIVES, RESPONSE_HEADERS } from './policy';

const page = (head: string) => `<!doctype html><html><head>${head}</head><body><script>a()</script></body></html>`;

describe('withTrimmedPolicy', () => {
  it("moves the CSP <meta> right after the charset and keeps only the hashes of the page's inline code", () => {
    const policy =
      "default-src 'self'; script-src 'self' 'sha256-unused=' 'sha256-/LDBRzqVGTwOijP2fxM7i5ikInUV6zy7L7L4Mc/LcDc='";
    const html = page(
      `<meta charset="utf-8"><title>T</title><meta http-equiv="content-security-policy" content="${policy}">`,
    );
    const { html: trimmed, policy: kept } = withTrimmedPolicy(html, parsePage('index.html', html));
    expect(kept).not.toContain('sha256-unused=');
    expect(trimmed).toMatch(
      /<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'[^"]*"><title>T<\/title><\/head>/,
    );
    expect(trimmed.match(/content-security-policy/g)).toHaveLength(1);
  });

  it('works when the CSP comes before the charset too, and escapes the attribute', () => {
    const html = page(`<meta http-equiv="content-security-policy" content="default-src 'self'"><meta charset="utf-8">`);
    expect(withTrimmedPolicy(html, parsePage('a.html', html)).html).toContain(
      '<meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src \'self\'">',
    );
  });

  it('refuses a page without a CSP or a charset, rather than publish it unprotected', () => {
    const html = page('<meta charset="utf-8">');
    expect(() => withTrimmedPolicy(html, parsePage('a.html', html))).toThrow(/a\.html: no CSP <meta>/);
  });
});

describe('headerRules', () => {
  it('sends the joined page policy with frame-ancestors, the security headers, and the cache rules', () => {
    const rules = headerRules([
      "default-src 'self'; script-src 'self' 'sha256-a='",
      "default-src 'self'; script-src 'self' 'sha256-b='",
    ]);
    expect(headerValue(rules, '/*', 'Content-Security-Policy')).toBe(
      headerPolicy(["default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='"], HEADER_ONLY_DIRECTIVES),
    );
    expect(headerValue(rules, '/*', 'Content-Security-Policy')).toContain("frame-ancestors 'none'");
    for (const [name, value] of Object.entries(RESPONSE_HEADERS)) expect(headerValue(rules, '/*', name)).toBe(value);
    expect(rules.slice(1).map(({ pattern }) => pattern)).toEqual(CACHE_RULES.map(({ pattern }) => pattern));
    expect(parseHeadersFile('/*\n  X: y\n')).toHaveLength(1);
  });
});
