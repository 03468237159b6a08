import { describe, expect, it } from 'vitest';
import { parseTestPage } from './built-pages';

const html = `<!doctype html><html lang="en-GB"><head><title> A page </title>
<meta name="description" content="What it is."></head>
<body><header><nav aria-label="Site"><a href="/">Home</a></nav></header>
<main id="main"><article><header><h1 id="top">A</h1></header></article></main>
<footer><nav>x</nav></footer></body></html>`;

describe('parseTestPage', () => {
  const page = parseTestPage('a/index.html', html);

  it("reads the build's facts and the page rules' facts", () => {
    expect(page).toMatchObject({ url: '/a/', lang: 'en-GB', title: 'A page', description: 'What it is.', h1Count: 1 });
    expect([...page.ids].sort()).toEqual(['main', 'top']);
  });

  it('finds page-level landmarks, not the header inside the article', () => {
    expect(page).toMatchObject({ mainCount: 1, hasBanner: true, hasContentInfo: true, navLabels: ['Site', ''] });
    expect(parseTestPage('b.html', '<main><article><header>x</header></article></main>').hasBanner).toBe(false);
  });

  it('counts the attributes the CSP blocks, and markup after the body', () => {
    const bad = parseTestPage('c.html', '<p style="color:red" onclick="b()">x</p></body></html><p>late</p>');
    expect(bad).toMatchObject({ styleAttributes: 1, handlerAttributes: 1, strayAfterBody: '<p>late</p>' });
  });
});
