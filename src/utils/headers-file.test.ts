import { describe, expect, it } from 'vitest';
import { headersForPath, headerValue, parseHeadersFile, replaceHeaderValue } from './headers-file';

const text = `# comment
/*
  Content-Security-Policy: frame-ancestors 'none'
  X-Content-Type-Options: nosniff

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;

describe('parseHeadersFile', () => {
  it('reads blocks of pattern and headers, skipping comments', () => {
    expect(parseHeadersFile(text)).toEqual([
      {
        pattern: '/*',
        headers: [
          ['Content-Security-Policy', "frame-ancestors 'none'"],
          ['X-Content-Type-Options', 'nosniff'],
        ],
      },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
    ]);
    expect(headerValue(parseHeadersFile(text), '/*', 'content-security-policy')).toBe("frame-ancestors 'none'");
  });

  it('rejects a header line outside any block', () => {
    expect(() => parseHeadersFile('  X-A: b')).toThrow(/neither/);
  });
});

describe('replaceHeaderValue', () => {
  it('replaces one header in one block and leaves the rest', () => {
    const changed = replaceHeaderValue(text, '/*', 'Content-Security-Policy', "default-src 'self'");
    expect(headerValue(parseHeadersFile(changed), '/*', 'Content-Security-Policy')).toBe("default-src 'self'");
    expect(changed.replace("default-src 'self'", "frame-ancestors 'none'")).toBe(text);
  });

  it('throws when the header is missing', () => {
    expect(() => replaceHeaderValue(text, '/_astro/*', 'Content-Security-Policy', 'x')).toThrow(/no "Content-Security-Policy"/);
  });
});

describe('headersForPath', () => {
  it('joins the headers of every block whose pattern matches the path', () => {
    const rules = parseHeadersFile(text);
    expect(headersForPath(rules, '/_astro/site.abc.css')).toEqual({
      'content-security-policy': "frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(headersForPath(rules, '/self-care/')).not.toHaveProperty('cache-control');
  });

  it('treats dots in patterns literally', () => {
    const rules = parseHeadersFile('/a.b\n  X: 1\n');
    expect(headersForPath(rules, '/a.b')).toEqual({ x: '1' });
    expect(headersForPath(rules, '/axb')).toEqual({});
  });
});
