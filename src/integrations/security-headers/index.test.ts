import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeSites, runStep, siteWith } from '../../../tests/support/built-site';
import { parsePage } from '../built-site/dist-pages';
import { headerRules, securityHeaders, withTrimmedPolicy } from './index';

afterEach(removeSites);

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
  it('sends the joined page policy with frame-ancestors and the security headers everywhere, and caches hashed files', () => {
    const rules = headerRules(
      ["default-src 'self'; script-src 'self' 'sha256-a='", "default-src 'self'; script-src 'self' 'sha256-b='"],
      'assets',
    );
    const immutable = 'public, max-age=31536000, immutable';
    expect(rules).toEqual([
      {
        pattern: '/*',
        headers: [
          [
            'Content-Security-Policy',
            "default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; frame-ancestors 'none'",
          ],
          ['X-Content-Type-Options', 'nosniff'],
          ['Referrer-Policy', 'strict-origin-when-cross-origin'],
          [
            'Permissions-Policy',
            'accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), encrypted-media=(), ' +
              'fullscreen=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), interest-cohort=(), ' +
              'local-fonts=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), ' +
              'publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()',
          ],
          ['Cross-Origin-Opener-Policy', 'same-origin'],
          ['X-Frame-Options', 'DENY'],
        ],
      },
      // The service worker must always be asked for anew; only content-hashed files are cached for long.
      { pattern: '/sw.js', headers: [['Cache-Control', 'no-cache']] },
      { pattern: '/assets/*', headers: [['Cache-Control', immutable]] },
      { pattern: '/search-index/lexicon/*', headers: [['Cache-Control', immutable]] },
    ]);
  });

  it('puts every pattern under the folder the site is published in', () => {
    const rules = headerRules(["default-src 'self'"], '_astro', '/massage-guide/');
    expect(rules.map(({ pattern }) => pattern)).toEqual([
      '/massage-guide/*',
      '/massage-guide/sw.js',
      '/massage-guide/_astro/*',
      '/massage-guide/search-index/lexicon/*',
    ]);
  });
});

describe('the security headers step', () => {
  it("trims each page's CSP, puts it first in the head, and writes _headers", async () => {
    const root = siteWith({
      'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-unused='"></head><body><p>Home</p></body></html>`,
      'old/index.html': '<!doctype html><meta http-equiv="refresh" content="0;url=/">',
    });
    expect(await runStep(securityHeaders({ assetsFolder: 'bundled' }), root)).toEqual([
      'Trimmed the CSP of 1 pages and wrote _headers.',
    ]);
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toContain(
      `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'"><title>`,
    );
    const headers = readFileSync(join(root, '_headers'), 'utf8');
    expect(headers).toMatch(
      /^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self'; frame-ancestors 'none'$/m,
    );
    expect(headers).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
    expect(headers).toMatch(/^\/bundled\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  });
});
