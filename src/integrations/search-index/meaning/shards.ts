/** The lexicon as the browser loads it: shard files in a folder named after their content. */
import { createHash } from 'node:crypto';
import { encodeShard, shardOf, type LexiconIndex } from '../../../search/lexicon.ts';
import type { Lexicon } from './lexicon.ts';

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

/** What an earlier build wrote of its lexicon, for reusing its shards: its widened readers and each shard's JSON. */
export interface EarlierShards {
  widened: ReadonlyMap<string, readonly (readonly [string, number])[]>;
  shards: readonly string[];
}

/**
 * The lexicon's shard files, in a folder named after their content, and the entry that names them. Each shard's
 * entries are made only as it is written. With the `earlier` shards of the same code and data, a shard none of whose
 * readers' guide words changed is taken as it was; `reused` counts those.
 */
export function lexiconShards(
  lexicon: Lexicon,
  guideWords: Iterable<string> = [],
  earlier?: EarlierShards,
): LexiconFiles & { reused: number } {
  const size = [...lexicon.widened].reduce((sum, [key, targets]) => sum + key.length + 12 * targets.length, 0);
  const shards = 2 ** Math.max(0, Math.ceil(Math.log2(size / SHARD_BYTES)));
  const grouped = Array.from({ length: shards }, (): string[] => []);
  for (const reader of lexicon.readers) grouped[shardOf(reader, shards)]!.push(reader);

  // The shards of readers whose guide words changed (all of them when the number of shards did).
  const same = (a?: readonly (readonly [string, number])[], b?: readonly (readonly [string, number])[]) =>
    a?.length === b?.length && (a ?? []).every(([word, weight], at) => word === b![at]![0] && weight === b![at]![1]);
  const reusable = earlier?.shards.length === shards ? earlier : undefined;
  const changed = new Set<number>();
  if (reusable)
    for (const key of new Set([...lexicon.widened.keys(), ...reusable.widened.keys()]))
      if (!same(lexicon.widened.get(key), reusable.widened.get(key))) changed.add(shardOf(key, shards));

  const encoder = new TextEncoder();
  const contents = grouped.map((readers, shard) =>
    encoder.encode(
      reusable && !changed.has(shard)
        ? reusable.shards[shard]!
        : JSON.stringify(encodeShard(readers.map((reader) => [reader, lexicon.entry(reader)] as const))),
    ),
  );
  const hash = createHash('sha256');
  for (const content of contents) hash.update(content);
  const path = `${LEXICON_FOLDER}${hash.digest('hex').slice(0, 10)}/`;
  const info = new Map<string, number>();
  for (const word of guideWords) if (lexicon.has(word)) info.set(word, lexicon.entry(word).info);
  return {
    files: new Map(contents.map((content, shard) => [`${path}${shard}.json`, content])),
    index: { path, shards },
    info,
    widened: lexicon.widened.size,
    reused: reusable ? shards - changed.size : 0,
  };
}
