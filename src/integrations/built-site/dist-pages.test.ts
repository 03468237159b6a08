import { describe, expect, it } from 'vitest';
import { parsePage, urlOfFile } from './dist-pages';

const html = `<!doctype html><html lang="en-GB"><head><title> A page </title>
<meta name="description" content="What it is.">
<meta http-equiv="content-security-policy" content="default-src 'self'">
<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://x.example/a/"></head>
<body><header><nav aria-label="Site"><a href="/">Home</a></nav></header>
<main id="main"><article><header><h1 id="top">A</h1></header><a name="legacy"></a></article></main>
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

  it('reads the meta facts', () => {
    expect(page).toMatchObject({ url: '/a/', lang: 'en-GB', title: 'A page', description: 'What it is.', h1Count: 1 });
    expect(page.csp).toBe("default-src 'self'");
    expect(page.isRedirect).toBe(false);
  });

  it('collects ids and legacy anchor names', () => {
    expect([...page.ids].sort()).toEqual(['legacy', 'main', 'top']);
  });

  it('finds page-level landmarks, not the header inside the article', () => {
    expect(page).toMatchObject({ mainCount: 1, hasBanner: true, hasContentInfo: true, navLabels: ['Site', ''] });
    const noBanner = parsePage('b.html', '<main><article><header>x</header></article></main>');
    expect(noBanner.hasBanner).toBe(false);
  });

  it('marks what loads with the page and what does not', () => {
    expect(page.links).toEqual([
      { href: '/', source: 'a[href]', loads: false },
      { href: '/_astro/a.css', source: 'link[href]', loads: true },
      { href: 'https://x.example/a/', source: 'link[href]', loads: false },
      { href: '/_astro/s.js', source: 'script[src]', loads: true },
    ]);
  });

  it('recognises redirect stubs', () => {
    expect(parsePage('old/index.html', '<meta http-equiv="refresh" content="0;url=/new/">').isRedirect).toBe(true);
  });

  it('collects inline code the CSP must allow, and what it would block', () => {
    const inline = parsePage(
      'c.html',
      '<script>a()</script><script type="application/ld+json">{}</script><script src="/x.js"></script>' +
        '<style>p{}</style><p style="color:red" onclick="b()">x</p>',
    );
    expect(inline).toMatchObject({
      inlineScripts: ['a()'],
      inlineStyles: ['p{}'],
      styleAttributes: 1,
      handlerAttributes: 1,
    });
  });
});
