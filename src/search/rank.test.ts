import { describe, expect, it } from 'vitest';
import { followedClosely, rankPages, type TermResult } from './rank.ts';
import type { Concept } from './understand.ts';

const concept = (text: string, weight = 1, alternatives = [{ term: text, similarity: 1 }]): Concept => ({
  text,
  weight,
  alternatives,
});
const result = (id: string, score: number, words: number[], matchedMetaFields: string[] = []): TermResult => ({
  id,
  score,
  words,
  matchedMetaFields,
});

describe('rankPages', () => {
  it('ranks the page answering the rarer concept first', () => {
    const ranked = rankPages(
      [concept('massage'), concept('mattress')],
      new Map([
        ['massage', [result('a', 1, [1]), result('b', 1, [1]), result('c', 1, [1])]],
        ['mattress', [result('c', 1, [9])]],
      ]),
      3,
    );
    expect(ranked.map(({ id }) => id)).toEqual(['c', 'a', 'b']);
    expect(ranked[0]!.answered).toBe(2);
  });

  it('counts a page whose title or keywords name the concept twice: its editors say it is about it', () => {
    const ranked = rankPages(
      [concept('posture')],
      new Map([['posture', [result('a', 1, [5]), result('b', 1, [5], ['keywords'])]]]),
      2,
    );
    expect(ranked.map(({ id }) => id)).toEqual(['b', 'a']);
  });

  it("weighs a page's answer by how sure the guide's word for the reader's is", () => {
    const gym = concept('gym', 1, [
      { term: 'exercise', similarity: 0.9 },
      { term: 'yoga', similarity: 0.5 },
    ]);
    const ranked = rankPages(
      [gym],
      new Map([
        ['exercise', [result('a', 1, [3])]],
        ['yoga', [result('b', 1, [3])]],
      ]),
      4,
    );
    expect(ranked.map(({ id }) => id)).toEqual(['a', 'b']);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score * 1.5);
  });

  it('counts two words the reader wrote side by side again where they stand side by side', () => {
    const ranked = rankPages(
      [concept('deep'), concept('breathing')],
      new Map([
        ['deep', [result('prepare', 1, [10]), result('stress', 1, [20])]],
        ['breathing', [result('prepare', 1, [4]), result('stress', 1, [21])]],
      ]),
      2,
    );
    expect(ranked.map(({ id }) => id)).toEqual(['stress', 'prepare']);
  });
});

describe('followedClosely', () => {
  it('finds the strongest pair of neighbouring places, as their similarities', () => {
    expect(
      followedClosely(
        [
          [4, 1],
          [10, 0.5],
        ],
        [
          [11, 1],
          [20, 1],
        ],
      ),
    ).toEqual([0.5, 1]);
    expect(
      followedClosely(
        [[4, 1]],
        [
          [3, 1],
          [6, 1],
        ],
      ),
    ).toBeUndefined();
  });
});
