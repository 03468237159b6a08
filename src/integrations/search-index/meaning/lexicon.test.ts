import { describe, expect, it } from 'vitest';
import { informativeness as spokenInformativeness } from '../../../search/lexicon.ts';
import { stopWords } from '../../../search/text.ts';
import { readEnglish } from './english.ts';
import { spokenRanks } from './frequency.ts';
import { buildLexicon, informativeness, lexiconEntries, lexiconTargets, type GuideVocabulary } from './lexicon.ts';
import { completeStore, storeFacts } from './word-facts.ts';
import { emptyStore, parseStore, storeText } from './word-store.ts';

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
const guide: GuideVocabulary = { words: new Set([...words, 'backache']), text: words, phrases };
const english = readEnglish();
const sources = { english, stopWords: stopWords(), ranks: spokenRanks() };
// Every fact looked up afresh, into an empty store.
const store = emptyStore('test');
const targetsOf = (vocabulary: GuideVocabulary) => (lemmas: (word: string) => readonly string[]) =>
  lexiconTargets(vocabulary, sources, lemmas);
const lookedUp = completeStore(store, guide, english, targetsOf(guide));
const lexicon = lexiconEntries(buildLexicon(guide, sources, storeFacts(store)));
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

  it('widens to a body part only a word that names one', () => {
    // Texts name the part beside what ails it ("a sore neck"); a reader who is sore has not said where.
    expect(targets('sore')).not.toContain('neck');
    expect(targets('belly')).toContain('abdomen');
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

describe("the lexicon's word store", () => {
  it('gives the same lexicon read back from its file as when the words were looked up', () => {
    const readBack = parseStore(storeText(store))!;
    expect(lexiconEntries(buildLexicon(guide, sources, storeFacts(readBack)))).toEqual(lexicon);
  });

  it('looks up only the words it does not know yet', () => {
    expect(lookedUp.health).toBe(true);
    expect(lookedUp.targets).toEqual(expect.arrayContaining(['mattress', 'sciatica']));
    const grown = parseStore(storeText(store))!;
    const more: GuideVocabulary = {
      words: new Set([...guide.words, 'treadmill']),
      text: new Set([...guide.text, 'treadmill']),
      phrases: guide.phrases,
    };
    expect(completeStore(grown, more, english, targetsOf(more))).toEqual({
      words: ['treadmill'],
      targets: ['treadmill'],
      health: false,
    });
    expect(completeStore(grown, more, english, targetsOf(more))).toEqual({ words: [], targets: [], health: false });
  });
});
