import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeEnglish, encodeEnglish, ENGLISH_FILE, readEnglish } from './english.ts';

describe('english.bin', () => {
  it('round-trips words, phrases, health and undictionaried words, and vectors as directions', () => {
    const vectors = new Float32Array([0.6, 0.8, 0, 0, -3, 4, 0, 0]);
    const file = encodeEnglish({
      words: ['back', 'pain'],
      dims: 4,
      vectors,
      phrases: ['back pain'],
      health: ['pain', 'back pain'],
      undictionaried: [],
    });
    const english = decodeEnglish(file);
    expect(english.words).toEqual(['back', 'pain']);
    expect(english.rows.get('pain')).toBe(1);
    expect(english.phrases).toEqual(['back pain']);
    expect([...english.health]).toEqual(['pain', 'back pain']);
    expect(english.undictionaried.size).toBe(0);
    // Unit length again, in the same direction, to within a byte's precision.
    expect([...english.vectors(0, 2)].map((value) => Math.round(value * 100) / 100)).toEqual([
      0.6, 0.8, 0, 0, -0.6, 0.8, 0, 0,
    ]);
    // A row at a time, as the lexicon reads them.
    expect([...english.vectors(1, 2)].map((value) => Math.round(value * 100) / 100)).toEqual([-0.6, 0.8, 0, 0]);
  });

  it('refuses a file of another kind', () => {
    expect(() => decodeEnglish(new TextEncoder().encode('GLV1 and more'))).toThrow(/Not an English words file/);
  });

  it("ships tens of thousands of readers' words, most frequent first, with health words among them", () => {
    const english = readEnglish();
    // Vectors are read from the file as asked for, the same as decoded from it whole.
    const whole = decodeEnglish(readFileSync(ENGLISH_FILE));
    expect(english.vectors(1000, 1003)).toEqual(whole.vectors(1000, 1003));
    expect(english.words.length).toBeGreaterThan(50_000);
    expect(english.words.slice(0, 3)).toEqual(['the', 'of', 'to']);
    expect(english.rows.get('massage')).toBeLessThan(english.rows.get('masseuse')!);
    expect(english.phrases).toContain('slipped disc');
    expect(english.phrases).not.toContain('aaron burr');
    for (const word of ['sciatica', 'pregnancy', 'bruise', 'spine']) expect(english.health.has(word), word).toBe(true);
    for (const word of ['cost', 'mattress', 'gym']) expect(english.health.has(word), word).toBe(false);
  });
});
