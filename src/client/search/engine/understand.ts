/**
 * Understanding a query: its words and phrases become concepts, each with how much it tells and the guide's words
 * that may answer it, the word itself first when the guide has it (the lexicon widens, never replaces). A word that
 * neither the guide nor English knows is a slip, corrected to the guide's likeliest word; a real word the guide
 * does not cover is said to be so, never "corrected" into another.
 */
import type { LexiconEntry } from './lexicon';
import { isStopWord, isTimeWord, likeliestWord, queryWords } from './words';

/** One of the guide's words (or phrases) that may answer a concept, and how surely. */
export interface Alternative {
  term: string;
  /** 1 for the reader's own word (or its correction), the lexicon's weight (0–1) for a guide's word for it. */
  similarity: number;
}

/** One thing the reader asked about. */
export interface Concept {
  /** The reader's word or phrase, as typed (lower-case). */
  text: string;
  /** How much it tells, 0–1: rare words more than common ones, words of time less. */
  weight: number;
  alternatives: Alternative[];
  /** The word as corrected, when it was a slip. */
  correction?: string;
}

/** What the understanding of a query found. */
export interface Understanding {
  concepts: Concept[];
  /** Real words the guide does not cover (no word of the guide for them), as typed; `health` when one is about health. */
  uncovered: { words: string[]; health: boolean };
}

/** What understanding needs to know of the guide and of English. */
export interface Knowledge {
  /** Whether the guide has the word or phrase (or a form of it): in its text, or only in its metadata (keywords). */
  inGuide(term: string): Promise<'text' | 'metadata' | undefined>;
  /** What the lexicon knows of a word or phrase; undefined when it is not English as far as search knows. */
  entry(key: string): Promise<LexiconEntry | undefined>;
  /** The guide's words and how often it uses them, for corrections. */
  vocabulary(): Promise<ReadonlyMap<string, number>>;
}

/** Words telling less than this (really, take, lot) are searched as typed only: their neighbours in meaning are noise. */
const WIDEN_INFO = 4;
/** A guide's word this similar (or more) means the guide covers the reader's word. */
const COVERS = 0.7;
/** A word telling this little (common words: "get", "thing") is never reported as not covered. */
const TOPIC_INFO = 3;

/** How strongly a word's rarity in English sets its weight: as the square root (tuned: fully, rare words overruled). */
const INFO_POWER = 0.5;
/** How much a number counts. */
const NUMBER_WEIGHT = 0.2;
/** How much a word of time counts: less than a topic, whatever its frequency in English. */
const TIME_WEIGHT = 0.4;

/** A concept's weight from the lexicon's informativeness (1–9); words of time count TIME_WEIGHT. */
function weightOf(word: string, info: number): number {
  if (isTimeWord(word)) return TIME_WEIGHT;
  // Numbers ("9 to 5", "3am") seldom say what the reader wants to know.
  if (/\d/.test(word)) return NUMBER_WEIGHT;
  return (info / 9) ** INFO_POWER;
}

/** The forms a word may be an inflection of (rougher → rough, injuries → injury), commonest rules only. */
export function baseForms(word: string): string[] {
  const forms = new Set<string>();
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'],
    [/ied$/, 'y'],
    [/ier$/, 'y'],
    [/iest$/, 'y'],
    [/es$/, ''],
    [/s$/, ''],
    [/ed$/, ''],
    [/ed$/, 'e'],
    [/ing$/, ''],
    [/ing$/, 'e'],
    [/er$/, ''],
    [/er$/, 'e'],
    [/est$/, ''],
    [/ly$/, ''],
  ];
  for (const [ending, replacement] of rules) if (ending.test(word)) forms.add(word.replace(ending, replacement));
  // A doubled final consonant: "stopped" → "stop", "bigger" → "big".
  for (const form of [...forms]) if (/([b-df-hj-np-tv-z])\1$/.test(form)) forms.add(form.slice(0, -1));
  forms.delete(word);
  return [...forms].filter((form) => form.length >= 3);
}

/** Understands `query`, asking `knowledge` what the guide and English hold. */
export async function understand(query: string, knowledge: Knowledge): Promise<Understanding> {
  const all = queryWords(query);
  const meaningful = all.filter((word) => !isStopWord(word));
  const typed = meaningful.length ? all.map((word) => (isStopWord(word) ? '' : word)) : all;
  const concepts: Concept[] = [];
  const uncovered: string[] = [];
  let health = false;
  for (let index = 0; index < typed.length; index++) {
    const word = typed[index]!;
    if (!word) continue;
    // A phrase of two or three words the lexicon maps, or two words the guide writes as one (self care → selfcare).
    const phrase = await phraseAt(all, index, knowledge);
    if (phrase) {
      concepts.push(phrase.concept);
      index += phrase.length - 1;
      continue;
    }
    const [has, entry] = await Promise.all([knowledge.inGuide(word), knowledge.entry(word)]);
    const info = entry?.info ?? 7;
    // A word the guide's text has is searched as typed; one it lacks, as the guide's words for it too. A word only
    // keywords have (backache) is searched as typed, which says where, and as the text's words, which say how well.
    const alternatives: Alternative[] = has ? [{ term: word, similarity: 1 }] : [];
    if (has !== 'text' && info >= WIDEN_INFO)
      for (const [term, weight] of entry?.targets ?? []) alternatives.push({ term, similarity: weight / 100 });
    if (!has && !entry?.dictionary && !(await isInflection(word, knowledge))) {
      // Neither the guide nor English knows it: a slip of the keyboard, most likely.
      const correction =
        /\d/.test(word) || word.length < 3 ? undefined : likeliestWord(word, await knowledge.vocabulary());
      if (correction) {
        concepts.push({
          text: word,
          weight: weightOf(word, info),
          alternatives: [{ term: correction, similarity: 1 }],
          correction,
        });
        continue;
      }
    }
    const covered = has || alternatives.some(({ similarity }) => similarity >= COVERS);
    // Only a real word is said to be not covered: of a string no dictionary knows, search says only what it found.
    if (!covered && entry?.dictionary && entry.info >= TOPIC_INFO) {
      uncovered.push(word);
      health ||= entry?.health ?? false;
    }
    if (alternatives.length) concepts.push({ text: word, weight: weightOf(word, info), alternatives });
  }
  return { concepts, uncovered: { words: uncovered, health } };
}

/** Whether a word is an inflection of a word English has (rougher, of rough): then it is no slip. */
async function isInflection(word: string, knowledge: Knowledge): Promise<boolean> {
  for (const base of baseForms(word)) if ((await knowledge.entry(base))?.dictionary) return true;
  return false;
}

/** The phrase that starts at `index`, if any: the longest of three or two words that the lexicon or guide knows. */
async function phraseAt(
  all: readonly string[],
  index: number,
  knowledge: Knowledge,
): Promise<{ concept: Concept; length: number } | undefined> {
  for (const length of [3, 2]) {
    const parts = all.slice(index, index + length);
    if (parts.length < length || isStopWord(parts[0]!) || isStopWord(parts.at(-1)!)) continue;
    const text = parts.join(' ');
    const entry = await knowledge.entry(text);
    if (entry?.targets.length) {
      const has = await knowledge.inGuide(text);
      const alternatives: Alternative[] = has ? [{ term: text, similarity: 1 }] : [];
      if (has !== 'text')
        for (const [term, weight] of entry.targets) alternatives.push({ term, similarity: weight / 100 });
      return { concept: { text, weight: weightOf(text, entry.info), alternatives }, length };
    }
    const joined = parts.join('');
    if (length === 2 && !/\d/.test(joined) && (await knowledge.inGuide(joined))) {
      // "self care" where the guide writes "self-care" (indexed as selfcare): either form may be the guide's.
      const concept = {
        text,
        weight: weightOf(text, 7),
        alternatives: [
          { term: joined, similarity: 1 },
          { term: text, similarity: 1 },
        ],
      };
      return { concept, length };
    }
  }
  return undefined;
}
