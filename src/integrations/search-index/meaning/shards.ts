/** The lexicon as the browser loads it: shard files in a folder named after their content. */
import { createHash } from 'node:crypto';
import { encodeShard, shardOf, type LexiconEntry, type LexiconIndex } from '../../../search/lexicon.ts';

/** The folder of the lexicon's shards inside the search bundle. */
export const LEXICON_FOLDER = 'lexicon/';

/** Shards are sized for about this many bytes of JSON each (about 300 bytes once a host compresses them). */
const SHARD_BYTES = 500;

/** The lexicon's shard files (by path in the search bundle) and the entry that names them. */
export interface LexiconFiles {
  files: Map<string, Uint8Array>;
  index: LexiconIndex;
  /** How much each of the guide's words tells (0–99), for the search file. */
  info: Map<string, number>;
  /** Number of readers' words and phrases the lexicon widens to the guide's words. */
  widened: number;
}

/** The lexicon's shard files, in a folder named after their content, and the entry that names them. */
export function lexiconShards(
  lexicon: ReadonlyMap<string, LexiconEntry>,
  guideWords: Iterable<string> = [],
): LexiconFiles {
  const widened = [...lexicon.values()].filter((entry) => entry.targets.length).length;
  const size = [...lexicon]
    .filter(([, entry]) => entry.targets.length)
    .reduce((sum, [key, entry]) => sum + key.length + 12 * entry.targets.length, 0);
  const shards = 2 ** Math.max(0, Math.ceil(Math.log2(size / SHARD_BYTES)));
  const grouped = Array.from({ length: shards }, (): [string, LexiconEntry][] => []);
  for (const [key, entry] of lexicon) grouped[shardOf(key, shards)]!.push([key, entry]);
  const contents = grouped.map((entries) => new TextEncoder().encode(JSON.stringify(encodeShard(entries))));
  const hash = createHash('sha256');
  for (const content of contents) hash.update(content);
  const path = `${LEXICON_FOLDER}${hash.digest('hex').slice(0, 10)}/`;
  const info = new Map<string, number>();
  for (const word of guideWords) {
    const entry = lexicon.get(word);
    if (entry) info.set(word, entry.info);
  }
  return {
    files: new Map(contents.map((content, shard) => [`${path}${shard}.json`, content])),
    index: { path, shards },
    info,
    widened,
  };
}
