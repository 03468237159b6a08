import { describe, expect, it } from 'vitest';
import { bestSegment, buildExcerpt, highlightTerms, locate, pageWords, sameWord, wordCore } from './excerpt';

const text =
  'Use heat packs or topical ointments. Incorporate gentle stretches into your daily routine. Stretching will help.';
const all = pageWords(text);

describe('sameWord', () => {
  it('accepts the same word and words of the same stem', () => {
    expect(sameWord('stretches', 'stretching')).toBe(true);
    expect(sameWord('clothing', 'clothes')).toBe(true);
    expect(sameWord('referrals', 'referral')).toBe(true);
  });

  it('rejects prefix matches of very short terms and unrelated words', () => {
    expect(sameWord('diet', 'd')).toBe(false);
    expect(sameWord('strength', 'stretching')).toBe(false);
    expect(sameWord('stress', 'stretching')).toBe(false);
  });
});

describe('locate', () => {
  it('finds where each concept is answered, phrases word by word, punctuation ignored', () => {
    expect(locate(all, [[['stretching']], [['heat', 'packs']], [['sleep']]])).toEqual([[8, 13], [1, 2], []]);
  });

  it('stays linear on a very long page', () => {
    const long = pageWords(`${'Gentle stretches help the lower back. '.repeat(100_000)}`);
    const [positions] = locate(long, [[['stretching']]]);
    expect(positions).toHaveLength(100_000);
    expect(buildExcerpt(long, positions!, 0, long.length).filter((part) => part.marked).length).toBeGreaterThan(0);
    expect(bestSegment([{ start: 0, headingWords: 0 }], [positions!], [1])).toBe(0);
  });
});

describe('bestSegment', () => {
  const segments = [
    { start: 0, headingWords: 2 },
    { start: 10, headingWords: 3 },
  ];

  it('prefers the part answering more concepts, then more mentions, then the earlier part', () => {
    expect(bestSegment(segments, [[1, 12], [13]], [1, 1])).toBe(1);
    expect(bestSegment(segments, [[1, 2, 12]], [1])).toBe(0);
    expect(bestSegment(segments, [[1, 12]], [1])).toBe(0);
  });
});

describe('buildExcerpt', () => {
  it('marks the answering words without their punctuation, with … where text was cut', () => {
    const parts = buildExcerpt(all, [8, 13], 0, all.length, 6);
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['stretches']);
    expect(parts[0]!.text.startsWith('… ')).toBe(true);
    expect(parts.at(-1)!.text.endsWith(' …')).toBe(true);
  });

  it('starts after a heading when told, so the title is not repeated', () => {
    const joined = buildExcerpt(all, [8], 6, all.length)
      .map((part) => part.text)
      .join('');
    expect(joined.startsWith('… Incorporate')).toBe(true);
  });
});

describe('wordCore and highlightTerms', () => {
  it('split punctuation off a word', () => {
    expect(wordCore('“stress.”')).toEqual(['“', 'stress', '.”']);
    expect(wordCore('omega-3,')).toEqual(['', 'omega-3', ',']);
  });

  it('give the distinct marked words, lower-case', () => {
    expect(highlightTerms(all, [8, 13, 13])).toEqual(['stretches', 'stretching']);
  });
});
