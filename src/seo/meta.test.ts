import { describe, expect, it } from 'vitest';
import { isNotFoundPath } from '../consts';
import { canonicalPath, jsonForScript, ogImagePath, ogImageSlug, structuredData, type PageFacts } from './meta';

describe('ogImageSlug and ogImagePath', () => {
  it('names the home page index, a section by its slug and the not-found page 404', () => {
    expect(ogImageSlug('/')).toBe('index');
    expect(ogImageSlug('/self-care/')).toBe('self-care');
    expect(ogImagePath('/guide/')).toBe('/og/guide.png');
    for (const path of ['/404.html', '/404/', '/404']) expect(ogImagePath(path)).toBe('/og/404.png');
  });
});

describe('isNotFoundPath and canonicalPath', () => {
  it('recognises the not-found page and gives it its real file address', () => {
    expect(isNotFoundPath('/404/')).toBe(true);
    expect(isNotFoundPath('/4040/')).toBe(false);
    expect(canonicalPath('/404/')).toBe('/404.html');
    expect(canonicalPath('/overview/')).toBe('/overview/');
  });
});

describe('structuredData', () => {
  const site = new URL('https://guide.example');
  const page: PageFacts = {
    title: 'Self-Care Tips',
    description: 'What you can do at home.',
    path: '/self-care/',
    trail: [
      { name: 'Guide', path: '/' },
      { name: 'Self-care', path: '/self-care/' },
    ],
    lastReviewed: new Date('2026-11-24T00:00:00Z'),
    medical: true,
    image: 'https://guide.example/og/self-care.png',
  };
  const webPage = structuredData(page, site, 'Back Pain Massage Guide');
  const breadcrumbs = webPage['breadcrumb'];

  it('describes a health page with absolute URLs, review dates and what it is about', () => {
    expect(webPage).toMatchObject({
      '@type': 'MedicalWebPage',
      url: 'https://guide.example/self-care/',
      headline: 'Self-Care Tips',
      dateModified: '2026-11-24',
      lastReviewed: '2026-11-24',
      image: 'https://guide.example/og/self-care.png',
    });
    expect(webPage['about']).toEqual(
      expect.arrayContaining([expect.objectContaining({ '@type': 'MedicalCondition' })]),
    );
  });

  it('numbers the breadcrumb trail from 1 with absolute item URLs', () => {
    expect(breadcrumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Guide', item: 'https://guide.example/' },
        { '@type': 'ListItem', position: 2, name: 'Self-care', item: 'https://guide.example/self-care/' },
      ],
    });
  });

  it('makes a plain WebPage without dates or medical topics for other pages', () => {
    const plain = structuredData({ ...page, medical: false, lastReviewed: undefined }, site, 'Guide');
    expect(plain['@type']).toBe('WebPage');
    expect(plain).not.toHaveProperty('about');
    expect(plain).not.toHaveProperty('dateModified');
  });
});

describe('jsonForScript', () => {
  it('keeps text from closing the script element, and still parses to the same data', () => {
    const data = { headline: 'Tips </script><script>alert(1)</script>' };
    const json = jsonForScript(data);
    expect(json).not.toContain('</');
    expect(JSON.parse(json)).toEqual(data);
  });
});
