/**
 * What WordNet and the word vectors say about words, worked out one word at a time, so that it can be kept
 * (./word-store.ts) and worked out again only for words the guide did not have before:
 * - a guide word's (or phrase's) evidence: the readers' words and phrases that may stand for it, each with a weight;
 * - a word's dictionary forms (its lemmas in every part of speech);
 * - which readers' words name a health matter (the same for every guide).
 * Each depends on the word alone, never on the rest of the guide: ./lexicon.ts puts a guide's lexicon together from
 * them. The evidence comes from:
 * - WordNet, walked outwards from each sense of the guide's word: synonyms, related forms, broader and narrower terms
 *   (slipped disk = herniated disk), weighted by how often the reader's word has that sense;
 * - word vectors (english.ts): the commonest readers' words used in the same contexts (gym ~ workout).
 */
import { stem } from '../../../search/text.ts';
import type { English } from './english.ts';
import { bodyPartTest, healthTest } from './health.ts';
import { nearKernel } from './near.ts';
import { PARTS_OF_SPEECH, type Pointer, type WordNet } from './wordnet.ts';

/** What evidence is worked out from. */
export interface EvidenceSources {
  english: English;
  wordNet: WordNet;
}

/**
 * The readers' words and phrases that may stand for one guide word or phrase, in alphabetical order: each with its
 * weight (45–95) and its dictionary forms other than itself (search asks whether a reader's word is a form of the
 * guide's own).
 */
export type Evidence = readonly EvidenceEntry[];
export type EvidenceEntry = readonly [reader: string, weight: number, ...forms: string[]];

/** Vectors vouch for a WordNet sense from this cosine between the two words, fully from VOUCH_FULL. */
const VOUCH_FROM = 0.2;
const VOUCH_FULL = 0.6;
/** What the vectors' evidence counts for two words WordNet holds to be different kinds of one thing (see siblingTest). */
const SIBLING = 0.5;
/** Lowest cosine for a guide word to count as near in meaning from the vectors alone. */
export const MIN_COSINE = 0.5;
/** Weakest evidence kept: below it, a sense is too rare or a link too loose to widen a reader's word. */
const MIN_WEIGHT = 0.45;
/** Readers' words compared by their vectors: the commonest this many (rarer words are terms, found as typed). */
const VECTOR_READERS = 40_000;
/** Readers' vectors read at a time, as the guide's words are compared with them. */
const VECTOR_CHUNK = 4096;
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

/** A word's dictionary forms in every part of speech, itself included when WordNet lists it (see formsOf, knows). */
export function lemmasOf(wordNet: WordNet, word: string): string[] {
  const lemmas = new Set<string>();
  for (const pos of PARTS_OF_SPEECH) for (const lemma of wordNet.lemmas(word, pos)) lemmas.add(lemma);
  return [...lemmas];
}

/** The readers' words and phrases (of `english`) that name a health matter: nouns, not words that describe one. */
export function healthNames(sources: EvidenceSources): string[] {
  const namesHealth = healthTest(sources.wordNet, { nounsOnly: true });
  return [...sources.english.health].filter((reader) => namesHealth(reader)).sort();
}

/** The evidence for each of `targets` (guide words and phrases). */
export function evidenceFor(targets: readonly string[], sources: EvidenceSources): Map<string, Evidence> {
  const { english, wordNet } = sources;
  const isReader = new Set([...english.words, ...english.phrases]);
  const vectors = vectorCache(english);
  const lemmaSets = new Map<string, Set<string>>();
  const lemmaSet = (word: string) => {
    let set = lemmaSets.get(word);
    if (!set) lemmaSets.set(word, (set = new Set([word, ...lemmasOf(wordNet, word)])));
    return set;
  };
  const sameLemma = (a: string, b: string) => {
    const forms = lemmaSet(b);
    for (const form of lemmaSet(a)) if (forms.has(form)) return true;
    return false;
  };
  /** Per target, per reader, the weights of each piece of evidence. */
  const found = new Map<string, Map<string, number[]>>(targets.map((target) => [target, new Map()]));
  const add = (reader: string, target: string, weight: number) => {
    if (weight < MIN_WEIGHT || reader === target || !isReader.has(reader)) return;
    // A form of the reader's own word (stretch, stretches) is found by the index's stemming already.
    if (sameLemma(reader, target) || stem(reader) === stem(target)) return;
    const readers = found.get(target)!;
    const weights = readers.get(reader);
    if (weights) weights.push(weight);
    else readers.set(reader, [weight]);
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
      Math.max(0, (vectors.cosine(reader, target) - VOUCH_FROM) / (VOUCH_FULL - VOUCH_FROM)),
    );
    add(reader, target, kind * Math.max(Math.sqrt(sense.share), agreement));
  };
  const walk = (pointer: Pointer, target: string) => {
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
  };

  // WordNet, walked outwards from each sense of each target.
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

  // Vectors: the commonest readers' words against each target word, a chunk of readers at a time.
  const targetWords = targets.filter((word) => english.rows.has(word));
  if (targetWords.length) {
    const near = nearKernel(vectors.rows(targetWords), english.dims, MIN_COSINE);
    const siblings = siblingTest(wordNet);
    const bodyPart = bodyPartTest(wordNet);
    const common = Math.min(VECTOR_READERS, english.words.length);
    for (let first = 0; first < common; first += VECTOR_CHUNK) {
      near(english.vectors(first, Math.min(common, first + VECTOR_CHUNK))).forEach((pairs, row) => {
        const reader = english.words[first + row]!;
        for (const [target, cosine] of pairs) {
          const word = targetWords[target]!;
          // Texts name body parts beside what ails them (a sore neck), but only a body part means a body part.
          if (bodyPart(word) && !bodyPart(reader)) continue;
          // Words used alike may be alternatives rather than the same thing: a leg is not a neck, winter is not cold.
          add(reader, word, siblings(reader, word) ? cosine * SIBLING : cosine);
        }
      });
    }
  }

  const evidence = new Map<string, Evidence>();
  for (const [target, readers] of found) {
    const entries = [...readers].map(([reader, weights]): EvidenceEntry => {
      // The strongest evidence, and a little more for each other source that agrees.
      const sorted = [...weights].sort((a, b) => b - a);
      const weight = Math.round(Math.min(0.95, sorted[0]! + 0.05 * (sorted.length - 1)) * 100);
      return [reader, weight, ...[...lemmaSet(reader)].filter((form) => form !== reader)];
    });
    evidence.set(
      target,
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  }
  return evidence;
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

/** Words' vectors, each read from english.bin once when first asked for. */
function vectorCache(english: English) {
  const read = new Map<number, Float32Array>();
  const vector = (row: number) => {
    let found = read.get(row);
    if (!found) read.set(row, (found = english.vectors(row, row + 1)));
    return found;
  };
  return {
    /** The cosine of two words' vectors; 0 when either (or a phrase) has none. */
    cosine(a: string, b: string): number {
      const [x, y] = [english.rows.get(a), english.rows.get(b)];
      if (x === undefined || y === undefined) return 0;
      const [u, v] = [vector(x), vector(y)];
      let sum = 0;
      for (let d = 0; d < english.dims; d++) sum += u[d]! * v[d]!;
      return sum;
    },
    /** The vectors of `words`, one row each. */
    rows(words: readonly string[]): Float32Array {
      const out = new Float32Array(words.length * english.dims);
      words.forEach((word, index) => out.set(vector(english.rows.get(word)!), index * english.dims));
      return out;
    },
  };
}
