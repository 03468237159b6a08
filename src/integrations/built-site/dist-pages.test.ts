import { describe, expect, it } from 'vitest';
import { parsePage, urlOfFile } from './dist-pages';

const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title> A page </title>
<meta name="description" content="What it is.">
<meta http-equiv="content-security-policy" content="default-src 'self'">
<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://x.example/a/"></head>
<body><header><nav aria-label="Site"><a href="/">Home</a></nav></header>
<main id="main"><article data-pagefind-body><header><h1 id="top">A</h1></header><a name="legacy"></a>
<a href="/b/?q=1&amp;r=2">B</a></article></main><template id="parts"><p id="later"><a href="/c/">C</a></p></template>
<footer><nav>x</nav></footer><script type="module" src="/_astro/s.js"></script></body></html>`;

describe('urlOfFile', () => {
  it('gives directory-style addresses for index files and keeps other names', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('a/b/index.html')).toBe('/a/b/');
    expect(urlOfFile('404.html')).toBe('/404.html');
    expect(urlOfFile('overview/index.html')).toBe('/overview/');
    expect(urlOfFile('_astro/a.js')).toBe('/_astro/a.js');
  });
});

describe('parsePage', () => {
  const page = parsePage('a/index.html', html);

  it('reads the CSP <meta>, where it is, and where the charset ends', () => {
    expect(page).toMatchObject({ url: '/a/', csp: "default-src 'self'", isRedirect: false, isSection: true });
    const [start, end] = page.cspRange!;
    expect(html.slice(start, end)).toBe(`<meta http-equiv="content-security-policy" content="default-src 'self'">`);
    expect(html.slice(0, page.charsetEnd)).toMatch(/<meta charset="utf-8">$/);
  });

  it('collects ids and legacy anchor names, not those a template holds', () => {
    expect([...page.ids].sort()).toEqual(['legacy', 'main', 'parts', 'top']);
  });

  it('lists every URL in document order, marking what loads with the page and what does not', () => {
    expect(page.links).toEqual([
      { href: '/_astro/a.css', source: 'link[href]', loads: true },
      { href: 'https://x.example/a/', source: 'link[href]', loads: false },
      { href: '/', source: 'a[href]', loads: false },
      { href: '/b/?q=1&r=2', source: 'a[href]', loads: false },
      { href: '/c/', source: 'a[href]', loads: false },
      { href: '/_astro/s.js', source: 'script[src]', loads: true },
    ]);
  });

  it('recognises redirect stubs and pages outside search', () => {
    const stub = parsePage('old/index.html', '<meta http-equiv="Refresh" content="0;url=/new/">');
    expect(stub).toMatchObject({ isRedirect: true, redirectTo: '/new/', isSection: false, csp: '' });
    expect([stub.cspRange, stub.charsetEnd]).toEqual([undefined, undefined]);
  });

  it('collects inline code the CSP must allow, but not data blocks', () => {
    const inline = parsePage(
      'c.html',
      '<script>a()</script><script type="application/ld+json">{}</script><script src="/x.js"></script>' +
        '<style>p{}</style><script type="module">b(1 < 2 && "&amp;")</script>',
    );
    expect(inline).toMatchObject({ inlineScripts: ['a()', 'b(1 < 2 && "&amp;")'], inlineStyles: ['p{}'] });
  });
});
