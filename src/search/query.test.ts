import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  highlightWords,
  normaliseQuery,
  queryFromSearch,
  resultHref,
  searchPageUrl,
} from './query.ts';

describe('query in the URL', () => {
  it('reads q from a search string, decoding + and percent escapes', () => {
    expect(queryFromSearch('?q=omega+3')).toBe('omega 3');
    expect(queryFromSearch('?q=self%2Dcare&x=1')).toBe('self-care');
    expect(queryFromSearch('?q=%E2%80%9Cstress%E2%80%9D')).toBe('“stress”');
  });

  it('gives an empty query when q is missing or blank', () => {
    expect(queryFromSearch('')).toBe('');
    expect(queryFromSearch('?highlight=x')).toBe('');
    expect(queryFromSearch('?q=%20%20')).toBe('');
  });

  it('collapses whitespace and caps the length', () => {
    expect(normaliseQuery('  what \n to\twear ')).toBe('what to wear');
    expect(normaliseQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('keeps markup as plain text through a round trip', () => {
    for (const query of ['<img src=x onerror=alert(1)>', '"><script>', 'a&b=c#d']) {
      const url = new URL(searchPageUrl(query), 'https://example.org');
      expect(url.pathname).toBe('/search/');
      expect(queryFromSearch(url.search)).toBe(query);
      expect(url.hash).toBe('');
    }
  });

  it('points an empty query at the bare search page', () => {
    expect(searchPageUrl('   ')).toBe('/search/');
    expect(searchPageUrl('omega 3')).toBe('/search/?q=omega+3');
  });
});

describe('result links', () => {
  it('adds the words to highlight before the heading fragment', () => {
    expect(resultHref('/manual-therapy/#can-massage-cure-back-pain', ['Cure', 'massage', 'cure'])).toBe(
      '/manual-therapy/?highlight=cure+massage#can-massage-cure-back-pain',
    );
  });

  it('leaves links without words or fragment clean', () => {
    expect(resultHref('/self-care/', [])).toBe('/self-care/');
    expect(resultHref('/self-care/?old=1', ['rest'])).toBe('/self-care/?highlight=rest');
  });

  it('reads the words back on the landing page, dropping one-letter ones and duplicates', () => {
    expect(highlightWords('?highlight=stretches+stretching+d+stretches')).toEqual(['stretches', 'stretching']);
    expect(highlightWords('?q=x')).toEqual([]);
    expect(highlightWords('?highlight=%3Cimg%20src%3Dx%3E')).toEqual(['img', 'src']);
  });
});
