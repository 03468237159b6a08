import { describe, expect, it } from 'vitest';
import { TINY_PAGES } from '../../tests/support/tiny-guide.ts';
import { indexGuide, phraseOccurrences, phraseTerms } from './guide-index.ts';
import { stem } from './text.ts';

const index = indexGuide(TINY_PAGES, { kettle: 75 });
const passageTexts = (page: number) =>
  index.pagePassages[page]!.map((passage) => {
    const { start, end } = index.passages[passage]!;
    return index.words[page]!.slice(start, end).join(' ');
  });

describe('the guide index', () => {
  it('cuts each page into its title, headings and sentences, each heading owning what follows it', () => {
    expect(passageTexts(1)).toEqual([
      'Descaling a Kettle.',
      'Hard water leaves limescale inside a kettle.',
      'Soak it in white vinegar overnight.',
      'Rinse well',
      'Safety First',
      'Unplug the kettle before cleaning it.',
      'Never put the base in water.',
    ]);
    const unplug = index.passages[index.pagePassages[1]![5]!]!;
    expect(TINY_PAGES[1]!.anchors[unplug.heading!]!.id).toBe('safety-first');
  });

  it('holds every term where it stands, forms of a word under one stem', () => {
    expect(index.postings.get(stem('kettles'))!.map(({ page }) => page)).toEqual([0, 0, 0, 1, 1, 1, 2]);
    expect(index.passageAt[1]![6]).toBe(index.pagePassages[1]![1]);
  });

  it('holds a written compound as its parts and as one word, and finds phrases side by side only', () => {
    expect(index.postings.has(stem('selfcare'))).toBe(true);
    expect(phraseOccurrences(index, phraseTerms('self care'))).toEqual([{ page: 2, at: 0 }]);
    expect(phraseOccurrences(index, phraseTerms('white vinegar'))).toEqual([{ page: 1, at: 13 }]);
    expect(phraseOccurrences(index, phraseTerms('vinegar white'))).toEqual([]);
  });

  it("counts the pages of each term, titles, descriptions and keywords included, and knows the guide's words", () => {
    expect(index.pageFrequency.get(stem('kettle'))).toBe(3);
    expect(index.pageFrequency.get(stem('decalcify'))).toBe(1);
    expect(index.keywordTerms[1]!.has(stem('decalcify'))).toBe(true);
    expect(index.vocabulary.get('water')).toBe(4);
    expect(index.info.get('kettle')).toBe(75);
  });
});
