import { describe, expect, it } from 'vitest';
import { analyse, blocksOf, formulasOf } from './analyse';

const section = (body: string) => `---\ntitle: "A test"\norder: 1\n---\n${body}\n`;

describe('blocksOf', () => {
  it('gives paragraphs, list items, table cells and headings with their lines; no frontmatter or comments', () => {
    const blocks = blocksOf(
      section(
        '## A heading\n\nOne paragraph {/* a note */} here.\n\n- An item.\n- Another *item*.\n\n| A | B |\n| - | - |\n| cell | two |',
      ),
    );
    expect(blocks.map(({ text, heading }) => [text, heading])).toEqual([
      ['A heading', true],
      ['One paragraph  here.', false],
      ['An item.', false],
      ['Another item.', false],
      ['A', false],
      ['B', false],
      ['cell', false],
      ['two', false],
    ]);
    expect(blocks[0]!.line).toBe(5);
    expect(blocks[2]!.line).toBe(9);
  });
});

describe('analyse', () => {
  it('counts sentences, words and syllables of the text but not of headings', async () => {
    const { counts } = await analyse(section('## Massage therapy heading\n\nThe dog ran. It was a beautiful dog.'));
    // beau-ti-ful: three syllables, and on the familiar list.
    expect(counts).toEqual({ sentences: 2, words: 8, syllables: 10, polysyllables: 1, difficultWords: 0 });
  });

  it('lists sentences over 25 words with their line', async () => {
    const long = `${'one two three four five '.repeat(5)}six.`;
    const { longSentences } = await analyse(section(`Short one.\n\n${long}`));
    expect(longSentences).toEqual([{ line: 7, text: long, words: 26 }]);
  });

  it('finds the passive voice with irregular and regular participles, adverbs between', async () => {
    const { passive } = await analyse(
      section('The work was done. It is often used by many. Pain is caused by stress. We used it.'),
    );
    expect(passive.map((item) => item.phrase)).toEqual(['was done', 'is often used', 'is caused']);
  });

  it('suggests plain words for medical words and wordy phrases, and names other long unfamiliar words', async () => {
    const { hardWords } = await analyse(
      section('Adhesions and inflammation respond. You should utilize numerous techniques for circulation.'),
    );
    const byWord = Object.fromEntries(hardWords.map((word) => [word.word, word]));
    expect(byWord.adhesions).toMatchObject({ source: 'plain-words', count: 1 });
    expect(byWord.inflammation!.plain).toBe('swelling, redness and soreness');
    expect(byWord.utilize).toMatchObject({ source: 'retext-simplify', plain: 'use' });
    expect(byWord.techniques).toMatchObject({ source: 'dale-chall' });
    expect(hardWords.at(-1)!.source).toBe('dale-chall');
  });

  it('leaves out what retext-simplify would only drop: wordiness, not hard words', async () => {
    const { hardWords } = await analyse(section('It is a type of massage, overall very good.'));
    expect(hardWords.map((word) => word.word)).toEqual(['overall']);
    expect(hardWords[0]!.source).toBe('dale-chall');
  });

  it('without details, computes the figures only', async () => {
    const text = section('The work was done. Adhesions and inflammation respond.');
    const light = await analyse(text, { details: false });
    const full = await analyse(text);
    expect(light.counts).toEqual(full.counts);
    expect(light.formulas).toEqual(full.formulas);
    expect([light.passive, light.hardWords, light.longSentences]).toEqual([[], [], []]);
  });
});

describe('formulasOf', () => {
  it('maps each formula onto a US grade and a reading age', () => {
    const easy = formulasOf({ sentences: 10, words: 80, syllables: 95, polysyllables: 1, difficultWords: 2 });
    expect(easy.fleschReadingEase.grade).toEqual([5, 5]);
    expect(easy.fleschReadingEase.age).toEqual([10, 10]);
    expect(easy.daleChall.grade).toEqual([0, 4]);
    const hard = formulasOf({ sentences: 2, words: 80, syllables: 160, polysyllables: 30, difficultWords: 50 });
    expect(hard.fleschReadingEase.grade).toEqual([17, 17]);
    expect(hard.daleChall.grade).toEqual([16, 16]);
    expect(hard.smog.age[0]).toBeCloseTo(hard.smog.value + 5);
  });

  it('places every Flesch band', () => {
    const grades = [85, 75, 65, 55, 40].map((target) => {
      // Words per sentence fixed at 10; syllables chosen to land on the score.
      const syllables = Math.round(((206.835 - 10.15 - target) / 84.6) * 100);
      return formulasOf({ sentences: 10, words: 100, syllables, polysyllables: 0, difficultWords: 0 }).fleschReadingEase
        .grade;
    });
    expect(grades).toEqual([
      [6, 6],
      [7, 7],
      [8, 9],
      [10, 12],
      [13, 16],
    ]);
  });
});
