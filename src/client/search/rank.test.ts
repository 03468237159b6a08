import { describe, expect, it } from 'vitest';
import { followedClosely, rankPages, type ConceptAnswer, type PageAnswer } from './rank';

const answer = (score: number, positions: number[] = [], declared = false): PageAnswer => ({
  score,
  positions,
  declared,
});
const concept = (pages: Record<string, PageAnswer>, followsPrevious = true, weight = 1): ConceptAnswer => ({
  pages: new Map(Object.entries(pages)),
  weight,
  followsPrevious,
});
const order = (answers: ConceptAnswer[]) => rankPages(answers, 10).map((page) => page.id);

describe('rankPages', () => {
  it('puts the page answering every concept above pages answering one strongly', () => {
    const answers = [concept({ a: answer(9), b: answer(2) }, false), concept({ b: answer(2), c: answer(8) })];
    expect(order(answers)[0]).toBe('b');
  });

  it('counts a rare concept for more than one every page has', () => {
    const everywhere = Object.fromEntries([...'abcdefghij'].map((id) => [id, answer(1)]));
    const answers = [concept({ ...everywhere, a: answer(5) }, false), concept({ b: answer(1) })];
    expect(order(answers)[0]).toBe('b');
  });

  it('prefers a page about the concept (its title or keywords) to one that mentions it', () => {
    expect(order([concept({ a: answer(3), b: answer(2, [], true) }, false)])).toEqual(['b', 'a']);
  });

  it('counts concepts written side by side again where the page has them side by side', () => {
    const answers = [
      concept({ a: answer(1, [4]), b: answer(1, [40]) }, false),
      concept({ a: answer(1, [90]), b: answer(1, [42]) }),
    ];
    expect(order(answers)).toEqual(['b', 'a']);
    // Not for a concept added beside another rather than written there.
    const added = [answers[0]!, { ...answers[1]!, followsPrevious: false }];
    expect(rankPages(added, 10)[0]!.score).toBe(rankPages(added, 10)[1]!.score);
  });

  it('lets a word of time count for less than a topic', () => {
    const answers = [concept({ a: answer(1) }, false, 0.5), concept({ b: answer(1) }, true)];
    expect(order(answers)).toEqual(['b', 'a']);
  });

  it('ranks nothing for concepts nothing answers', () => {
    expect(rankPages([concept({}, false)], 10)).toEqual([]);
  });
});

describe('followedClosely', () => {
  it('finds the second word within three words after the first', () => {
    expect(followedClosely([10, 50], [53])).toBe(true);
    expect(followedClosely([10], [9, 14])).toBe(false);
    expect(followedClosely([], [1])).toBe(false);
  });
});
