/**
 * The search lexicon, built with the index: every word (and common two- or three-word phrase) of English that a
 * reader may type, each with how much it tells (rare words tell more than common ones), whether it is about health,
 * and the guide's own words it may stand for, each with a similarity weight. It is put together here from what
 * WordNet and the word vectors say about each of the guide's words (./evidence.ts, worked out once per word and kept:
 * ./word-store.ts), so that a guide whose words did not change, or changed by a few, costs no lookups or few.
 * How much a word tells comes from how common it is in everyday speech (frequency.ts).
 * It widens a reader's word to the guide's words; it never replaces the words the reader typed. What does not depend
 * on the guide (which words are English, their frequency, phrases, health words) was worked out once, in english.bin.
 */
import { informativeness as spokenInformativeness, type LexiconEntry } from '../../../search/lexicon.ts';
import { stem } from '../../../search/text.ts';
import type { English } from './english.ts';
import type { Evidence } from './evidence.ts';

/** What the guide holds: its words (lower-case), and the phrases its text has. */
export interface GuideVocabulary {
  /** Every word search finds in it: its text and its searchable metadata (titles, keywords, descriptions). */
  words: ReadonlySet<string>;
  /** The words of its text alone. */
  text: ReadonlySet<string>;
  /** Every run of two or three words in the text, lower-case, joined by spaces. */
  phrases: ReadonlySet<string>;
}

/** What the lexicon knows of words from WordNet and the vectors (./evidence.ts). */
export interface WordFacts {
  /** A guide word's or phrase's dictionary forms in every part of speech, itself included when WordNet lists it. */
  lemmas(word: string): readonly string[];
  /** A guide word's or phrase's evidence: the readers' words that may stand for it, with their forms. */
  evidence(target: string): Evidence;
  /** Whether a reader's word or phrase names a health matter. */
  namesHealth(reader: string): boolean;
}

/** What the lexicon is built from. */
export interface LexiconSources {
  /** English's words and phrases (its vectors are not read here). */
  english: English;
  /** Words never mapped or mapped onto: they carry no meaning of their own. */
  stopWords: ReadonlySet<string>;
  /** Each word's frequency rank in everyday spoken English (frequency.ts). */
  ranks: ReadonlyMap<string, number>;
}

/** Guide words telling less than this (get, find, good) are no target: widening to them says nothing. */
const TARGET_INFO = 3;
/** Most guide words a reader's word is widened to. */
const MAX_TARGETS = 6;

/** How much a word tells on the build's own scale (1–9), from its place in the vectors: which guide words are targets. */
export function informativeness(rank: number | undefined): number {
  if (rank === undefined) return 9;
  // The commonest 200 words tell almost nothing; from there, each tenfold rarer word tells more, up to rank 100,000.
  const share = (Math.log(rank + 1) - Math.log(200)) / (Math.log(100_000) - Math.log(200));
  return Math.max(1, Math.min(9, Math.round(1 + 8 * share)));
}

/**
 * The guide's words and phrases that readers' words may be widened to: its telling content words (each standing for
 * its dictionary forms too, the first in alphabetical order claiming a form), and the phrases of its text that WordNet
 * knows. `lemmas` says what WordNet lists of a word.
 */
export function lexiconTargets(
  guide: GuideVocabulary,
  { english, stopWords }: Pick<LexiconSources, 'english' | 'stopWords'>,
  lemmas: (word: string) => readonly string[],
): string[] {
  const isContent = (word: string) => word.length >= 3 && !stopWords.has(word) && !/\d/.test(word);
  const telling = (word: string) => isContent(word) && informativeness(english.rows.get(word)) >= TARGET_INFO;
  // The guide's content words, each under its dictionary forms too (WordNet's "stretch" is the guide's "stretching").
  const guideByForm = new Map<string, string>();
  for (const word of [...guide.words].filter(telling).sort()) {
    for (const form of [word, ...formsOf(lemmas, word)]) if (!guideByForm.has(form)) guideByForm.set(form, word);
  }
  return [...new Set([...guideByForm.values(), ...[...guide.phrases].filter((phrase) => lemmas(phrase).length > 0)])];
}

/**
 * A guide's lexicon: every reader's word and phrase, the guide words some of them stand for, and each one's entry, made
 * when asked for (there are tens of thousands; the shards are written a few hundred at a time).
 */
export interface Lexicon {
  /** Every reader's word and phrase. */
  readers: readonly string[];
  /** The readers' words and phrases widened to the guide's words, with those words and weights, strongest first. */
  widened: ReadonlyMap<string, readonly (readonly [string, number])[]>;
  /** Whether a word or phrase is one of `readers`. */
  has(word: string): boolean;
  /** The entry of one of `readers`. */
  entry(reader: string): LexiconEntry;
}

/** Builds the lexicon for a guide, from what `facts` says of its words. */
export function buildLexicon(guide: GuideVocabulary, sources: LexiconSources, facts: WordFacts): Lexicon {
  const { english, ranks } = sources;
  const lemmas = (word: string) => facts.lemmas(word);

  // Each reader's word's evidence, from each of the guide's words it may stand for, and its dictionary forms.
  const evidence = new Map<string, [string, number][]>();
  const readerForms = new Map<string, readonly string[]>();
  for (const target of lexiconTargets(guide, sources, lemmas))
    for (const [reader, weight, ...forms] of facts.evidence(target)) {
      const targets = evidence.get(reader);
      if (targets) targets.push([target, weight]);
      else evidence.set(reader, [[target, weight]]);
      readerForms.set(reader, forms);
    }

  // Search looks for the words of the guide's text as typed, never as other words: they need no targets. A word only a
  // section's keywords have (backache) keeps them: the keywords say where, the text's words for it say how well.
  const inText = new Set([...guide.text].flatMap((word) => [word, ...formsOf(lemmas, word)]));
  const textStems = new Set([...guide.text].map(stem));
  const own = (reader: string) =>
    inText.has(reader) ||
    guide.phrases.has(reader) ||
    (!reader.includes(' ') && textStems.has(stem(reader))) ||
    readerForms.get(reader)!.some((form) => inText.has(form));
  const phrases = new Set(english.phrases);
  const widened = new Map<string, [string, number][]>();
  // Most readers' words have no evidence at all (evidence only names readers' words): whether they are the guide's own
  // is asked only of the others.
  for (const [reader, targets] of evidence)
    if (!own(reader))
      widened.set(reader, targets.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_TARGETS));

  const none: [string, number][] = [];
  const infoOf = (word: string) => spokenInformativeness(ranks.get(word));
  return {
    readers: [...new Set([...english.words, ...phrases])],
    widened,
    has: (word) => english.rows.has(word) || phrases.has(word),
    entry: (reader) => ({
      info: reader.includes(' ') ? Math.max(...reader.split(' ').map(infoOf)) : infoOf(reader),
      health: english.health.has(reader) && facts.namesHealth(reader),
      dictionary: !english.undictionaried.has(reader),
      targets: widened.get(reader) ?? none,
    }),
  };
}

/** Every entry of a lexicon, by reader's word or phrase. */
export function lexiconEntries(lexicon: Lexicon): Map<string, LexiconEntry> {
  return new Map(lexicon.readers.map((reader) => [reader, lexicon.entry(reader)]));
}

/** The dictionary forms of a word in every part of speech (without the word itself). */
function formsOf(lemmas: (word: string) => readonly string[], word: string): string[] {
  return lemmas(word).filter((lemma) => lemma !== word);
}
