import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DictionaryFile } from './dictionary-file.ts';

const folder = mkdtempSync(join(tmpdir(), 'dictionary-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A sorted file of a few thousand lines (several blocks), after a licence header indented as WordNet's is. */
const keys = Array.from({ length: 3000 }, (_, index) => `word${String(index).padStart(5, '0')}`);
const lines = [
  '  1 This software and database is being provided',
  '  2 to you, the LICENSEE',
  ...keys.map((key, index) => `${key} n ${index}${' x'.repeat(index % 7)}`),
];
const path = join(folder, 'index.test');
writeFileSync(path, `${lines.join('\n')}\n`);

describe('DictionaryFile', () => {
  it('finds any line of a sorted file by its first field, reading only a few blocks', () => {
    const file = new DictionaryFile(path);
    for (const index of [0, 1, 499, 1500, 2998, 2999]) expect(file.find(keys[index]!)).toBe(lines[index + 2]);
    // Smaller than the first, between two, larger than the last, a prefix of a key.
    for (const missing of ['a', 'word00001a', 'zzz', 'word0']) expect(file.find(missing)).toBeUndefined();
    expect(file.bytesRead).toBeLessThan(20 * 4096);
    file.close();
  });

  it('lists the lines whose first field starts with a prefix, in order', () => {
    const file = new DictionaryFile(path);
    expect(file.linesStartingWith('word0012')).toEqual(lines.slice(122, 132));
    expect(file.linesStartingWith('nothing')).toEqual([]);
    file.close();
  });

  it('reads the line at an offset, however long, to the end of the file', () => {
    const long = `first ${'y'.repeat(5000)}`;
    const data = join(folder, 'data.test');
    writeFileSync(data, `${long}\nsecond line\nlast without newline`);
    const file = new DictionaryFile(data);
    expect(file.lineAt(0)).toBe(long);
    expect(file.lineAt(long.length + 1)).toBe('second line');
    expect(file.lineAt(long.length + 13)).toBe('last without newline');
    file.close();
  });
});
