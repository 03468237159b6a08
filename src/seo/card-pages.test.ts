import { describe, expect, it } from 'vitest';
import { FIXED_PAGES, GUIDE_DESCRIPTION, GUIDE_TITLE } from '../consts';
import { previewCards } from './card-pages';

const section = (id: string, order: number) => ({
  id,
  data: { order, title: `Title of ${id}`, navLabel: id, description: `About ${id}.` },
});

describe('previewCards', () => {
  const cards = previewCards([section('introduction', 1), section('benefits', 2), section('self-care', 3)]);

  it('gives the home page, each section page but the introduction (it is the home page), the whole guide and 404', () => {
    expect(cards.map(({ slug }) => slug)).toEqual(['index', 'benefits', 'self-care', 'guide', '404']);
  });

  it('says what each page is, numbering sections as their pages do (the introduction is page 1)', () => {
    expect(cards[0]).toEqual({
      slug: 'index',
      title: GUIDE_TITLE,
      description: GUIDE_DESCRIPTION,
      footnote: 'In 3 short sections, to read in any order',
    });
    expect(cards[2]).toEqual({
      slug: 'self-care',
      title: 'Title of self-care',
      description: 'About self-care.',
      footnote: `Page 3 of 3 · ${GUIDE_TITLE}`,
    });
    expect(cards[4]).toEqual({ slug: '404', ...FIXED_PAGES.notFound, footnote: GUIDE_TITLE });
  });
});
