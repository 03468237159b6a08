import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry, encodeShard, shardOf, shardReader, type LexiconEntry } from './lexicon.ts';

const gym: LexiconEntry = {
  info: 6,
  health: false,
  dictionary: true,
  targets: [
    ['exercise', 90],
    ['workout', 63],
  ],
};

describe('lexicon shards', () => {
  it('put a phrase in the shard of its first word, the same shard every time', () => {
    expect(shardOf('slipped disc', 512)).toBe(shardOf('slipped', 512));
    expect(shardOf('gym', 512)).toBe(shardOf('gym', 512));
    expect(new Set(['gym', 'sleep', 'pillow', 'stress', 'back', 'cost'].map((word) => shardOf(word, 512))).size).toBe(
      6,
    );
  });

  it('encode an entry compactly and decode it as it was', () => {
    expect(encodeEntry(gym)).toEqual([6, 2, 'exercise', 90, 'workout', 63]);
    expect(decodeEntry(encodeEntry(gym))).toEqual(gym);
    const bruise = { info: 7, health: true, dictionary: true, targets: [] };
    expect(decodeEntry(encodeEntry(bruise))).toEqual(bruise);
  });

  it('list the dictionary words without targets by how much they tell, and leave out the others', () => {
    const shard = encodeShard([
      ['gym', gym],
      ['cost', { info: 3, health: false, dictionary: true, targets: [] }],
      ['rugby', { info: 4, health: false, dictionary: true, targets: [] }],
      ['pregnancy', { info: 6, health: true, dictionary: true, targets: [] }],
      ['bruising', { info: 7, health: true, dictionary: true, targets: [] }],
      ['nhs', { info: 7, health: false, dictionary: false, targets: [] }],
    ]);
    expect(shard).toEqual({
      e: { gym: [6, 2, 'exercise', 90, 'workout', 63] },
      '3': 'cost',
      '4': 'rugby',
      '6': 'pregnancy',
      '7': 'bruising',
      h: 'bruising,pregnancy',
    });
    const read = shardReader(JSON.parse(JSON.stringify(shard)));
    expect(read('gym')).toEqual(gym);
    expect(read('pregnancy')).toEqual({ info: 6, health: true, dictionary: true, targets: [] });
    expect(read('cost')).toEqual({ info: 3, health: false, dictionary: true, targets: [] });
    expect(read('nhs')).toBeUndefined();
    expect(read('massage')).toBeUndefined();
  });
});
