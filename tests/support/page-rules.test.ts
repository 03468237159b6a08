import { describe, expect, it } from 'vitest';
import { parseTestPage } from './built-pages';
import { pageProblems } from './page-rules';

const good = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'">
<title>T</title><meta name="description" content="D"></head><body>
<header><nav aria-label="Site"></nav></header><main><h1>T</h1></main><footer><nav aria-label="Footer"></nav></footer></body></html>`;

describe('pageProblems', () => {
  it('passes a page with every landmark and meta tag', () => {
    expect(pageProblems(parseTestPage('index.html', good))).toEqual([]);
  });

  it('names each missing piece', () => {
    const bare =
      '<!doctype html><html><body><h1>a</h1><h1>b</h1><nav></nav><nav aria-label="X"></nav><nav aria-label="X"></nav></body></html>';
    expect(pageProblems(parseTestPage('index.html', bare))).toEqual([
      '<html> has no lang attribute',
      'the page has no <title>',
      'the page has no meta description',
      'the page has 2 <h1> elements instead of exactly one',
      'the page has 0 <main> elements instead of exactly one',
      'the page has no page-level <header>',
      'the page has no page-level <footer>',
      '1 <nav> element(s) lack an aria-label',
      'several <nav> elements share the label "X"',
      'the page has no Content-Security-Policy <meta>',
    ]);
  });

  it('rejects markup after </body> or </html>, which validators stop at and browsers move', () => {
    for (const tail of ['</body></html><script type="module" src="/a.js"></script>', '</body><p>late</p></html>']) {
      const page = parseTestPage('index.html', good.replace('</body></html>', tail));
      expect(pageProblems(page)).toEqual([expect.stringMatching(/^markup after <\/body>: <(script|p)/)]);
    }
    expect(pageProblems(parseTestPage('index.html', good.replace('</body></html>', '</body>\n</html>\n')))).toEqual([]);
  });

  it('wants the CSP <meta> first, right after the charset, so it governs everything after it', () => {
    const late = good.replace(
      `<meta http-equiv="content-security-policy" content="default-src 'self'">\n<title>T</title>`,
      `<title>T</title><meta http-equiv="content-security-policy" content="default-src 'self'">`,
    );
    expect(pageProblems(parseTestPage('index.html', late))).toEqual([
      'the CSP <meta> is not the first element after <meta charset>',
    ]);
  });

  it('exempts redirect stubs', () => {
    expect(pageProblems(parseTestPage('old/index.html', '<meta http-equiv="refresh" content="0;url=/">'))).toEqual([]);
  });
});
