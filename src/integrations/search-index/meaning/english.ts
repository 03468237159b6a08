/**
 * The English that search knows at build time, in `english.bin` (written by `make-english.ts`, see there for its
 * sources): the words readers may type, most frequent first, with their GloVe vectors (trained on Wikipedia and
 * newswire, public domain under the PDDL), WordNet's common two- and three-word phrases, and which of all these name
 * a condition, symptom, injury, body part, treatment or medicine.
 *
 * The file: "ENG1"; then five uint32: the word count, the dimensions, and the counts of phrases, health words and
 * undictionaried words; then four texts, each a uint32 byte length and UTF-8 lines: the words, the phrases, the
 * health words and phrases, and the words no dictionary form of which WordNet lists (names, typos, abbreviations); then
 * one signed byte per dimension per word, each vector scaled so that its largest component is ±127 (cosines need
 * only directions, so the scale is not kept).
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** Where the file lives, beside this module. */
export const ENGLISH_FILE = new URL('./english.bin', import.meta.url);

const MAGIC = 'ENG1';

/**
 * What `english.bin` holds: its words and phrases, and each word's vector (unit length again) read when asked for, so
 * that the 6 MB of vectors are never held whole.
 */
export interface English {
  /** The words, most frequent first: a word's place here is its frequency rank among them. */
  words: readonly string[];
  /** Row of each word. */
  rows: ReadonlyMap<string, number>;
  dims: number;
  /** Two- and three-word phrases, words separated by one space. */
  phrases: readonly string[];
  /** The words and phrases about health. */
  health: ReadonlySet<string>;
  /** Words WordNet does not list, in any form: names, abbreviations, common typos of the web (excercise). */
  undictionaried: ReadonlySet<string>;
  /** The unit vectors of rows `from` to `to` (not included), one after another: `(to - from) × dims` floats. */
  vectors(from: number, to: number): Float32Array;
}

/** What `english.bin` is written from. */
export interface EnglishSource {
  words: readonly string[];
  dims: number;
  /** `words.length × dims` floats. */
  vectors: Float32Array;
  phrases: readonly string[];
  health: readonly string[];
  undictionaried: readonly string[];
}

/** Encodes `english.bin` (see above). */
export function encodeEnglish({ words, dims, vectors, phrases, health, undictionaried }: EnglishSource): Uint8Array {
  const texts = [words, phrases, health, undictionaried].map((lines) => new TextEncoder().encode(lines.join('\n')));
  const header = new DataView(new ArrayBuffer(24));
  for (let i = 0; i < 4; i++) header.setUint8(i, MAGIC.charCodeAt(i));
  [words.length, dims, phrases.length, health.length, undictionaried.length].forEach((count, i) =>
    header.setUint32(4 + 4 * i, count, true),
  );
  const bytes = new Int8Array(words.length * dims);
  for (let row = 0; row < words.length; row++) {
    let largest = 0;
    for (let d = 0; d < dims; d++) largest = Math.max(largest, Math.abs(vectors[row * dims + d]!));
    for (let d = 0; d < dims; d++)
      bytes[row * dims + d] = Math.round((vectors[row * dims + d]! / (largest || 1)) * 127);
  }
  const parts: Uint8Array[] = [new Uint8Array(header.buffer)];
  for (const text of texts) {
    const length = new DataView(new ArrayBuffer(4));
    length.setUint32(0, text.length, true);
    parts.push(new Uint8Array(length.buffer), text);
  }
  parts.push(new Uint8Array(bytes.buffer));
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
}

/** Reads `length` bytes at `offset` of the file. */
type ReadBytes = (offset: number, length: number) => Uint8Array;

/** English from a reader of its file's bytes: the words and phrases now, the vectors as they are asked for. */
function englishOf(read: ReadBytes): English {
  const head = read(0, 24);
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const magic = String.fromCharCode(...head.subarray(0, 4));
  if (magic !== MAGIC) throw new Error(`Not an English words file (it starts with "${magic}", not "${MAGIC}").`);
  const [wordCount, dims, phraseCount, healthCount, undictionariedCount] = [0, 1, 2, 3, 4].map((i) =>
    view.getUint32(4 + 4 * i, true),
  ) as [number, number, number, number, number];
  let at = 24;
  const lines = (count: number) => {
    const lengthBytes = read(at, 4);
    const length = new DataView(lengthBytes.buffer, lengthBytes.byteOffset, 4).getUint32(0, true);
    const text = new TextDecoder().decode(read(at + 4, length));
    at += 4 + length;
    const found = count ? text.split('\n') : [];
    if (found.length !== count) throw new Error(`The English words file lists ${found.length} lines, not ${count}.`);
    return found;
  };
  const words = lines(wordCount);
  const phrases = lines(phraseCount);
  const health = lines(healthCount);
  const undictionaried = lines(undictionariedCount);
  const vectorsAt = at;
  return {
    words,
    rows: new Map(words.map((word, row) => [word, row])),
    dims,
    phrases,
    health: new Set(health),
    undictionaried: new Set(undictionaried),
    vectors(from, to) {
      const count = Math.max(0, Math.min(to, wordCount) - from);
      const raw = read(vectorsAt + from * dims, count * dims);
      const bytes = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
      const vectors = new Float32Array(count * dims);
      for (let row = 0; row < count; row++) {
        let length = 0;
        for (let d = 0; d < dims; d++) length += bytes[row * dims + d]! ** 2;
        const scale = 1 / (Math.sqrt(length) || 1);
        for (let d = 0; d < dims; d++) vectors[row * dims + d] = bytes[row * dims + d]! * scale;
      }
      return vectors;
    },
  };
}

/** Decodes `english.bin` held in memory. */
export function decodeEnglish(file: Uint8Array): English {
  return englishOf((offset, length) => file.subarray(offset, offset + length));
}

/**
 * The English words shipped with the project, read from the file: its words and phrases (about 1 MB) at once, each
 * vector only when asked for.
 */
export function readEnglish(file: URL | string = ENGLISH_FILE): English {
  return englishOf((offset, length) => {
    const bytes = Buffer.alloc(length);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, bytes, 0, length, offset);
    } finally {
      closeSync(fd);
    }
    return bytes;
  });
}
