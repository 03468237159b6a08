/**
 * The search lexicon, built with the index: every word (and common two- or three-word phrase) of English that a
 * reader may type, each with how much it tells (rare words tell more than common ones), whether it is about health,
 * and the guide's own words it may stand for, each with a similarity weight. Its sources:
 * - word vectors (english.ts): words used in the same contexts as a guide's word (gym ~ workout);
 * - WordNet: synonyms, related forms, broader and narrower terms (slipped disk = herniated disk), weighted by how
 *   often the reader's word has that sense.
 * How much a word tells comes from how common it is in everyday speech (frequency.ts).
 * It widens a reader's word to the guide's words; it never replaces the words the reader typed. The work starts from
 * the guide's few hundred words and finds the readers' words that lead to them; what does not depend on the guide
 * (which words are English, their frequency, phrases, health words) was worked out once, in english.bin.
 */
import { informativeness as spokenInformativeness, type LexiconEntry } from '../../../search/lexicon.ts';
import { stem } from '../../../search/text.ts';
import { nearTargets } from './near.ts';
import { healthTest } from './health.ts';
import { PARTS_OF_SPEECH, type Pointer, type WordNet } from './wordnet.ts';
import type { English } from './english.ts';

/** What the guide holds: its words (lower-case), and the phrases its text has. */
export interface GuideVocabulary {
  /** Every word search finds in it: its text and its searchable metadata (titles, keywords, descriptions). */
  words: ReadonlySet<string>;
  /** The words of its text alone. */
  text: ReadonlySet<string>;
  /** Every run of two or three words in the text, lower-case, joined by spaces. */
  phrases: ReadonlySet<string>;
}

/** What the lexicon is built from. */
export interface LexiconSources {
  english: English;
  wordNet: WordNet;
  /** Words never mapped or mapped onto: they carry no meaning of their own. */
  stopWords: ReadonlySet<string>;
  /** Each word's frequency rank in everyday spoken English (frequency.ts). */
  ranks: ReadonlyMap<string, number>;
}

/** Vectors vouch for a WordNet sense from this cosine between the two words, fully from VOUCH_FULL. */
const VOUCH_FROM = 0.2;
const VOUCH_FULL = 0.6;
/** What the vectors' evidence counts for two words WordNet holds to be different kinds of one thing (see siblingTest). */
const SIBLING = 0.5;
/** Lowest cosine for a guide word to count as near in meaning from the vectors alone. */
export const MIN_COSINE = 0.5;
/** Weakest evidence kept: below it, a sense is too rare or a link too loose to widen a reader's word. */
const MIN_WEIGHT = 0.45;
/** Guide words telling less than this (get, find, good) are no target: widening to them says nothing. */
const TARGET_INFO = 3;
/** Most guide words a reader's word is widened to. */
const MAX_TARGETS = 6;
/** Readers' words compared by their vectors: the commonest this many (rarer words are terms, found as typed). */
const VECTOR_READERS = 40_000;
/** Senses of a guide's word walked from: those with at least this share of its use (the text means its usual senses). */
const GUIDE_SENSE = 0.05;
/** A sense with more links than this is too broad to walk two steps from. */
const MAX_LINKS = 40;

/** How much each kind of evidence says that a reader's word means a guide's word. */
const WEIGHT = {
  synonym: 0.9,
  related: 0.8,
  /** The guide's word is a broader term for the reader's (lumbago → backache). */
  broader: 0.7,
  /** Two steps broader. */
  broaderStill: 0.55,
  /** The guide's word is a narrower term (exercise → core exercises): a kind of what the reader asked about. */
  narrower: 0.6,
} as const;

/** WordNet's links by what they say: related forms (`+` derived, `\` pertains to, `<` participle, `&` similar, `^` see also, `=` attribute). */
const RELATED = new Set(['+', '\\', '<', '&', '^', '=']);
const BROADER = new Set(['@', '@i']);
const NARROWER = new Set(['~', '~i']);

/** How much a word tells on the build's own scale (1–9), from its place in the vectors: which guide words are targets. */
export function informativeness(rank: number | undefined): number {
  if (rank === undefined) return 9;
  // The commonest 200 words tell almost nothing; from there, each tenfold rarer word tells more, up to rank 100,000.
  const share = (Math.log(rank + 1) - Math.log(200)) / (Math.log(100_000) - Math.log(200));
  return Math.max(1, Math.min(9, Math.round(1 + 8 * share)));
}

/** Builds the lexicon for a guide. */
export function buildLexicon(guide: GuideVocabulary, sources: LexiconSources): Map<string, LexiconEntry> {
  const { english, wordNet, stopWords, ranks } = sources;
  const namesHealth = healthTest(wordNet, { nounsOnly: true });
  const isContent = (word: string) => word.length >= 3 && !stopWords.has(word) && !/\d/.test(word);
  const isReader = new Set([...english.words, ...english.phrases]);

  // The guide's content words, each under its dictionary forms too (WordNet's "stretch" is the guide's "stretching").
  const guideByForm = new Map<string, string>();
  const telling = (word: string) => isContent(word) && informativeness(english.rows.get(word)) >= TARGET_INFO;
  for (const word of [...guide.words].filter(telling).sort()) {
    for (const form of [word, ...formsOf(wordNet, word)]) if (!guideByForm.has(form)) guideByForm.set(form, word);
  }
  const lemmasOf = new Map<string, Set<string>>();
  const lemmaSet = (word: string) => {
    let set = lemmasOf.get(word);
    if (!set) lemmasOf.set(word, (set = new Set([word, ...formsOf(wordNet, word)])));
    return set;
  };
  const sameLemma = (a: string, b: string) => {
    const forms = lemmaSet(b);
    for (const form of lemmaSet(a)) if (forms.has(form)) return true;
    return false;
  };
  const evidence = new Map<string, Map<string, number[]>>();
  const add = (reader: string, target: string, weight: number) => {
    if (weight < MIN_WEIGHT || reader === target || !isReader.has(reader)) return;
    // A form of the reader's own word (stretch, stretches) is found by the index's stemming already.
    if (sameLemma(reader, target) || stem(reader) === stem(target)) return;
    let targets = evidence.get(reader);
    if (!targets) evidence.set(reader, (targets = new Map()));
    const weights = targets.get(target);
    if (weights) weights.push(weight);
    else targets.set(target, [weight]);
  };
  /**
   * A reader's word's evidence from one of its senses: the kind of link, times how surely the reader means that
   * sense: how often the word has it in WordNet's sample of text, or, when the two words are also used alike (their
   * vectors agree), as much as that says. WordNet's sample is old and narrow ("unwind" is mostly unrolling there);
   * the vectors, from today's news, vouch for the sense ("unwind" ~ "relax").
   */
  const addSense = (reader: string, offset: number, target: string, kind: number) => {
    if (!isReader.has(reader)) return;
    const sense = wordNet.senseShares(reader).find((candidate) => candidate.offset === offset);
    if (!sense) return;
    const agreement = Math.min(
      1,
      Math.max(0, (cosine(english, reader, target) - VOUCH_FROM) / (VOUCH_FULL - VOUCH_FROM)),
    );
    add(reader, target, kind * Math.max(Math.sqrt(sense.share), agreement));
  };

  // WordNet, walked outwards from each sense of each of the guide's words and phrases.
  const targets = new Set([...guideByForm.values(), ...[...guide.phrases].filter((phrase) => wordNet.knows(phrase))]);
  for (const target of targets) {
    for (const pos of PARTS_OF_SPEECH) {
      for (const lemma of wordNet.lemmas(target, pos)) {
        const walked = wordNet.senseShares(lemma).filter((sense) => sense.pos === pos && sense.share >= GUIDE_SENSE);
        for (const { offset } of walked) {
          const synset = wordNet.synset(offset, pos);
          for (const word of synset.words) addSense(word, offset, target, WEIGHT.synonym);
          for (const pointer of synset.pointers) walk(pointer, target);
        }
      }
    }
  }
  function walk(pointer: Pointer, target: string): void {
    const linked = wordNet.synset(pointer.offset, pointer.pos);
    const kind = RELATED.has(pointer.symbol)
      ? WEIGHT.related
      : NARROWER.has(pointer.symbol)
        ? WEIGHT.broader
        : BROADER.has(pointer.symbol)
          ? WEIGHT.narrower
          : undefined;
    if (kind === undefined) return;
    for (const word of linked.words) addSense(word, linked.offset, target, kind);
    // Two steps down from the guide's word: a kind of a kind of it (not below the broadest words, with hundreds).
    if (NARROWER.has(pointer.symbol) && linked.pointers.length <= MAX_LINKS)
      for (const next of linked.pointers.filter((further) => NARROWER.has(further.symbol)))
        for (const word of wordNet.synset(next.offset, next.pos).words)
          addSense(word, next.offset, target, WEIGHT.broaderStill);
  }

  // Vectors: the commonest readers' words against each of the guide's content words.
  const targetWords = [...new Set(guideByForm.values())].filter((word) => english.rows.has(word));
  const common = english.words.slice(0, VECTOR_READERS);
  const near = nearTargets(
    english.vectors.subarray(0, common.length * english.dims),
    rowsOf(english, targetWords),
    english.dims,
    MIN_COSINE,
  );
  const siblings = siblingTest(wordNet);
  common.forEach((reader, row) => {
    for (const [target, cosine] of near[row]!) {
      const word = targetWords[target]!;
      // Words used alike may be alternatives rather than the same thing: a leg is not a neck, winter is not cold.
      add(reader, word, siblings(reader, word) ? cosine * SIBLING : cosine);
    }
  });

  const lexicon = new Map<string, LexiconEntry>();
  // Search looks for the words of the guide's text as typed, never as other words: they need no targets. A word only a
  // section's keywords have (backache) keeps them: the keywords say where, the text's words for it say how well.
  const inText = new Set([...guide.text].flatMap((word) => [word, ...formsOf(wordNet, word)]));
  const textStems = new Set([...guide.text].map(stem));
  const own = (reader: string) =>
    inText.has(reader) ||
    guide.phrases.has(reader) ||
    (!reader.includes(' ') && textStems.has(stem(reader))) ||
    formsOf(wordNet, reader).some((form) => inText.has(form));
  for (const reader of isReader) {
    // Most readers' words have no evidence at all: whether they are the guide's own is asked only of the others.
    const targets = evidence.get(reader);
    const found = [...(!targets || own(reader) ? [] : targets)]
      .map(([target, weights]): [string, number] => {
        // The strongest evidence, and a little more for each other source that agrees.
        const sorted = [...weights].sort((a, b) => b - a);
        return [target, Math.round(Math.min(0.95, sorted[0]! + 0.05 * (sorted.length - 1)) * 100)];
      })
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_TARGETS);
    lexicon.set(reader, {
      info: Math.max(...reader.split(' ').map((word) => spokenInformativeness(ranks.get(word)))),
      health: english.health.has(reader) && namesHealth(reader),
      dictionary: !english.undictionaried.has(reader),
      targets: found,
    });
  }
  return lexicon;
}

/**
 * Whether two words are, in their main senses as nouns, different kinds of the same thing (their senses share a
 * broader term: leg and neck are both body parts) or different parts of one whole, and not the same thing. Word
 * vectors place such words close together, as texts use them alike, but a reader asking about one does not mean the
 * other.
 */
function siblingTest(wordNet: WordNet): (a: string, b: string) => boolean {
  const main = (word: string) =>
    wordNet
      .senseShares(word)
      .filter(({ pos, share }) => pos === 'noun' && share >= 0.2)
      .map(({ offset }) => wordNet.synset(offset, 'noun'));
  const above = (offset: number) =>
    wordNet
      .synset(offset, 'noun')
      .pointers.filter((pointer) => BROADER.has(pointer.symbol) || pointer.symbol === '#p')
      .map((pointer) => pointer.offset);
  return (a, b) => {
    const [first, second] = [main(a), main(b)];
    if (!first.length || !second.length) return false;
    if (first.some((sense) => second.some((other) => other.offset === sense.offset))) return false;
    const broader = new Set(first.flatMap((sense) => above(sense.offset)));
    return second.some((sense) => above(sense.offset).some((offset) => broader.has(offset)));
  };
}

/** The cosine of two words' vectors; 0 when either (or a phrase) has none. */
function cosine({ rows, vectors, dims }: English, a: string, b: string): number {
  const [x, y] = [rows.get(a), rows.get(b)];
  if (x === undefined || y === undefined) return 0;
  let sum = 0;
  for (let d = 0; d < dims; d++) sum += vectors[x * dims + d]! * vectors[y * dims + d]!;
  return sum;
}

/** The dictionary forms of a word in every part of speech (without the word itself). */
function formsOf(wordNet: WordNet, word: string): string[] {
  const forms = new Set<string>();
  for (const pos of PARTS_OF_SPEECH)
    for (const lemma of wordNet.lemmas(word, pos)) if (lemma !== word) forms.add(lemma);
  return [...forms];
}

/** The vectors of `words`, one row each. */
function rowsOf({ rows, vectors, dims }: English, words: readonly string[]): Float32Array {
  const out = new Float32Array(words.length * dims);
  words.forEach((word, index) => {
    const row = rows.get(word)!;
    out.set(vectors.subarray(row * dims, (row + 1) * dims), index * dims);
  });
  return out;
}
