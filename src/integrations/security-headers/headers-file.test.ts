import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headersForPath, headerValue, parseHeadersFile } from './headers-file';

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

describe('formatHeadersFile', () => {
  it('writes what parseHeadersFile reads back, with the comment on top', () => {
    const rules = parseHeadersFile(text);
    const written = formatHeadersFile(rules, 'Generated.\nDo not edit.');
    expect(written.split('\n').slice(0, 3)).toEqual(['# Generated.', '# Do not edit.', '/*']);
    expect(parseHeadersFile(written)).toEqual(rules);
  });
});

describe('headersForPath', () => {
  it('gathers the headers of every matching block, as hosts do', () => {
    const rules = parseHeadersFile(text);
    expect(headersForPath(rules, '/_astro/a.js')).toEqual({
      'content-security-policy': "frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(headersForPath(rules, '/self-care/')).not.toHaveProperty('cache-control');
  });
});
