/**
 * Understanding a query: its words and phrases become concepts, each with how much it tells and the guide's terms it
 * may mean, each with a probability (the translation model: how likely the reader's word means the guide's). The
 * reader's own word means itself when the guide has it; the lexicon widens a word the guide lacks to the guide's words
 * for it; two words the guide writes as one (self care) and a compound typed as one word (backpain) are read as the
 * guide writes them; a string that neither the guide nor English knows is read as a slip of the keyboard.
 */
import { phraseOccurrences, phraseTerms, type GuideIndex } from './guide-index.ts';
import type { LexiconEntry } from './lexicon.ts';
import type { Parameters } from './parameters.ts';
import { likeliestWord } from './slips.ts';
import { dictionaryForms, isStopWord, stem, termsOf, tokens } from './text.ts';

/** One reading of a concept: the guide's terms (one, or a phrase), the guide's words shown for it, and how probable. */
export interface Alternative {
  /** Stems, in order: a phrase when there are several. */
  terms: string[];
  /** The guide's word or phrase as written ("strenuous activities"); the reader's own word when it is theirs. */
  shown: string;
  /** How similar in meaning the lexicon holds it to the reader's word, 0–1 (1 for the reader's own word). */
  similarity: number;
  /** How much a match of it counts in ranking, 0–1: the similarity as the model weighs it (parameters.ts). */
  probability: number;
  /** Whether it is the reader's own word (or its correction, or the guide's way of writing it), not a widening. */
  own: boolean;
}

/** One thing the reader asked about. */
export interface Concept {
  /** The reader's word or phrase, lower-case, as typed. */
  text: string;
  /** How much it tells, from its informativeness (0–99) and whether it is a stop word: 0–1. */
  weight: number;
  /** Informativeness (lexicon.ts), 0–99. */
  info: number;
  alternatives: Alternative[];
  /** The guide's word it was corrected to, when it was a slip. */
  correction?: string;
  /** The dictionary form it was read as, when the lexicon lacks the word itself: never named, its own use unknown. */
  base?: string;
  /** Whether it is a stop word (a word of the maintained list). */
  stop: boolean;
  /** Whether it has a digit: numbers seldom say what a reader wants to know. */
  number: boolean;
  /** Whether English knows it (the lexicon lists it): a real word, never taken for a slip. */
  dictionary: boolean;
  /** Whether it names a condition, symptom, body part, treatment or medicine (the lexicon says so). */
  health: boolean;
}

/** What understanding needs of English: the lexicon's entry for a word or phrase, undefined when it has none. */
export type LexiconLookup = (key: string) => Promise<LexiconEntry | undefined>;

/** Informativeness of a string English does not know (a name, a slip): rare. */
const UNKNOWN_INFO = 99;

/** The concepts of `query`. */
export async function understand(
  query: string,
  index: GuideIndex,
  lookup: LexiconLookup,
  parameters: Parameters,
): Promise<Concept[]> {
  const all = tokens(query);
  const entries = new Map<string, Promise<LexiconEntry | undefined>>();
  const entry = (key: string) => {
    let found = entries.get(key);
    if (!found) entries.set(key, (found = lookup(key)));
    return found;
  };
  const has = (term: string) => index.pageFrequency.has(term);
  const weightOf = (info: number, stop: boolean) =>
    (Math.max(info, 1) / 99) ** parameters.infoPower * (stop ? parameters.stopWeight : 1);
  /** The guide's words the lexicon gives for an entry, as alternatives (those too improbable to help left out). */
  const translations = (found: LexiconEntry | undefined): Alternative[] =>
    (found?.targets ?? [])
      .map(([shown, weight]) => ({
        terms: phraseTerms(shown),
        shown,
        similarity: weight / 100,
        probability:
          (weight / 100) ** parameters.similarityPower *
          ((index.info.get(shown) ?? 99) / 99) ** parameters.targetInfoPower,
        own: false,
      }))
      .filter(({ terms, probability }) => terms.length && probability >= parameters.minProbability);
  const concept = (text: string, info: number, found: LexiconEntry | undefined, alternatives: Alternative[]) => ({
    text,
    weight: weightOf(info, false),
    info,
    alternatives,
    stop: false,
    number: /\d/.test(text),
    dictionary: !!found?.dictionary || alternatives.some((alternative) => alternative.own),
    health: !!found?.health,
  });

  const concepts: Concept[] = [];
  for (let at = 0; at < all.length; at++) {
    const phrase = await phraseAt(all, at, index, entry, translations, concept);
    if (phrase) {
      concepts.push(phrase.concept);
      at += phrase.length - 1;
      continue;
    }
    const word = all[at]!;
    const stop = isStopWord(word);
    const own = await entry(word);
    const { parts, joined } = termsOf(word);
    const ownTerms = joined && has(joined) ? [joined] : parts;
    const inGuide = ownTerms.every(has);
    // A word the text lacks (or only the editors' keywords have) is widened to the text's words for it.
    const widened = !stop && !ownTerms.every((term) => index.postings.has(term));
    // A string English does not know: a compound typed as one word (backpain, wholegrains), a slip of the guide's
    // words, or else an inflected form the lexicon keeps only as its dictionary form (migraines).
    const unknown = widened && !own && !/\d/.test(word) && word.length >= 4;
    const split = unknown ? splitCompound(word, index) : undefined;
    const correction = unknown && !split ? likeliestWord(word, index.vocabulary) : undefined;
    const base = unknown && !split && !correction ? await baseEntry(word, entry) : undefined;
    const found = own ?? base?.entry;
    const info = found?.info ?? (stop ? 0 : UNKNOWN_INFO);
    const alternatives: Alternative[] = [];
    if (inGuide) alternatives.push({ terms: ownTerms, shown: word, similarity: 1, probability: 1, own: true });
    if (widened && info >= parameters.widenInfo) alternatives.push(...translations(found));
    if (split)
      alternatives.push({ terms: split.map(stem), shown: split.join(' '), similarity: 1, probability: 1, own: true });
    if (correction) {
      alternatives.push({ terms: [stem(correction)], shown: correction, similarity: 1, probability: 1, own: true });
      concepts.push({ ...concept(word, info, found, alternatives), correction });
      continue;
    }
    concepts.push({
      ...concept(word, info, found, alternatives),
      weight: weightOf(info, stop),
      stop,
      ...(base && { base: base.form }),
    });
  }
  return concepts;
}

/** The entry of the likeliest dictionary form of a word the lexicon lacks (it keeps rarer words only in that form). */
async function baseEntry(
  word: string,
  entry: LexiconLookup,
): Promise<{ form: string; entry: LexiconEntry } | undefined> {
  for (const form of dictionaryForms(word)) {
    const found = await entry(form);
    if (found?.dictionary) return { form, entry: found };
  }
  return undefined;
}

/**
 * The phrase that starts at `at`, if any: the longest run of three or two words, not starting with a stop word, that
 * the guide writes as one word (self care → selfcare), or that the lexicon maps to the guide's words and the guide does
 * not have as such (slipped disc, wear and tear, seize up).
 */
async function phraseAt(
  all: readonly string[],
  at: number,
  index: GuideIndex,
  entry: LexiconLookup,
  translations: (found: LexiconEntry | undefined) => Alternative[],
  concept: (text: string, info: number, found: LexiconEntry | undefined, alternatives: Alternative[]) => Concept,
): Promise<{ concept: Concept; length: number } | undefined> {
  for (const length of [3, 2]) {
    const run = all.slice(at, at + length);
    if (run.length < length || isStopWord(run[0]!)) continue;
    const text = run.join(' ');
    const terms = phraseTerms(text);
    const joined = stem(run.join(''));
    if (length === 2 && !isStopWord(run[1]!) && !/\d/.test(text) && index.pageFrequency.has(joined)) {
      const infos = await Promise.all(run.map(async (word) => (await entry(word))?.info ?? UNKNOWN_INFO));
      const alternatives = [
        { terms: [joined], shown: text, similarity: 1, probability: 1, own: true },
        { terms, shown: text, similarity: 1, probability: 1, own: true },
      ];
      return { concept: concept(text, Math.max(...infos), undefined, alternatives), length };
    }
    const found = await entry(text);
    if (!found?.targets.length || phraseOccurrences(index, terms).length) continue;
    const alternatives = translations(found);
    if (alternatives.length) return { concept: concept(text, found.info, found, alternatives), length };
  }
  return undefined;
}

/**
 * A word that is two or three of the guide's words run together (backpain → back pain, hotwaterbottle → hot water
 * bottle), each part a word or a form of a word the guide has: two parts preferred, the longer first part first.
 */
export function splitCompound(word: string, index: GuideIndex): string[] | undefined {
  const isGuideWord = (part: string) => part.length >= 3 && !isStopWord(part) && index.pageFrequency.has(stem(part));
  // Where a string may be cut, every part three letters or more: the longest first part first.
  const cuts = (text: string) => Array.from({ length: Math.max(0, text.length - 5) }, (_, at) => text.length - 3 - at);
  for (const cut of cuts(word))
    if (isGuideWord(word.slice(0, cut)) && isGuideWord(word.slice(cut))) return [word.slice(0, cut), word.slice(cut)];
  for (const cut of cuts(word)) {
    if (!isGuideWord(word.slice(0, cut))) continue;
    const rest = word.slice(cut);
    const second = cuts(rest).find((at) => isGuideWord(rest.slice(0, at)) && isGuideWord(rest.slice(at)));
    if (second) return [word.slice(0, cut), rest.slice(0, second), rest.slice(second)];
  }
  return undefined;
}
