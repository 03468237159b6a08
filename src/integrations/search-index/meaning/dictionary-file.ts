/**
 * A sorted dictionary file read where it is looked at, never whole: lines found by binary search on their first field
 * (WordNet's index files are sorted by byte value) or read at a byte offset (its data files), through positioned reads
 * of small blocks, the last few hundred of which are kept: its memory stays under a megabyte whatever it looks up.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Bytes read at a time: a few dozen lines of an index file, a few of a data file. */
const BLOCK = 4096;
/** Blocks kept, the most recently used: the upper steps of every binary search stay, the rest comes and goes. */
const KEPT_BLOCKS = 256;
/** Bytes read at a time for a line at an offset: most of WordNet's data lines are shorter. */
const LINE_READ = 1024;
const NEWLINE = 10;
const SPACE = 32;

export class DictionaryFile {
  readonly #fd: number;
  readonly #size: number;
  readonly #blocks = new Map<number, Buffer>();
  readonly #scratch = Buffer.allocUnsafe(LINE_READ);
  #bytesRead = 0;

  constructor(path: string) {
    this.#fd = openSync(path, 'r');
    this.#size = fstatSync(this.#fd).size;
  }

  /**
   * The line starting at byte `offset` (without its newline), as latin1 text (WordNet's files are ASCII), read on its
   * own: a data file's lines are each read once, so they are not kept.
   */
  lineAt(offset: number): string {
    const parts: Buffer[] = [];
    for (let at = offset; at < this.#size; at += LINE_READ) {
      const length = Math.min(LINE_READ, this.#size - at);
      readSync(this.#fd, this.#scratch, 0, length, at);
      this.#bytesRead += length;
      const end = this.#scratch.subarray(0, length).indexOf(NEWLINE);
      parts.push(Buffer.from(this.#scratch.subarray(0, end === -1 ? length : end)));
      if (end !== -1) break;
    }
    return Buffer.concat(parts).toString('latin1');
  }

  /** The lines whose first field starts with `prefix`, in file order. */
  linesStartingWith(prefix: string): string[] {
    const lines: string[] = [];
    for (let at = this.#lowerBound(prefix); at < this.#size;) {
      const end = this.#indexOf(NEWLINE, at);
      const line = this.#text(at, end);
      if (!line.startsWith(prefix)) break;
      lines.push(line);
      at = end + 1;
    }
    return lines;
  }

  /** The line whose first field is `key`, if there is one. */
  find(key: string): string | undefined {
    const at = this.#lowerBound(key);
    if (at >= this.#size) return undefined;
    const line = this.lineAt(at);
    return line.startsWith(`${key} `) ? line : undefined;
  }

  /** Bytes of the file read so far. */
  get bytesRead(): number {
    return this.#bytesRead;
  }

  close(): void {
    closeSync(this.#fd);
    this.#blocks.clear();
  }

  /**
   * The offset of the first line whose first field is not below `key` in byte order (the file's size if none is):
   * a binary search over byte offsets, each step probing the first line that starts in the upper half.
   */
  #lowerBound(key: string): number {
    // Invariants: `low` starts a line and every line before it sorts below `key`; `high` starts a line (or is the
    // end) that does not.
    let low = 0;
    let high = this.#size;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      let probe = middle === low ? low : this.#indexOf(NEWLINE, middle - 1) + 1;
      // No line starts in the upper half: probe the first line of the range.
      if (probe >= high) probe = low;
      if (this.#firstField(probe) < key) low = Math.min(this.#size, this.#indexOf(NEWLINE, probe) + 1);
      else high = probe;
    }
    return low;
  }

  #firstField(offset: number): string {
    const lineEnd = this.#indexOf(NEWLINE, offset);
    const space = this.#indexOf(SPACE, offset, lineEnd);
    return this.#text(offset, Math.min(space, lineEnd));
  }

  /** The offset of the first `byte` at or after `from` (before `limit`), else `limit` (the file's size by default). */
  #indexOf(byte: number, from: number, limit = this.#size): number {
    for (let at = from; at < limit;) {
      const block = Math.floor(at / BLOCK);
      const bytes = this.#block(block);
      const found = bytes.indexOf(byte, at - block * BLOCK);
      if (found !== -1 && block * BLOCK + found < limit) return block * BLOCK + found;
      if (found !== -1) return limit;
      at = (block + 1) * BLOCK;
    }
    return limit;
  }

  #text(from: number, to: number): string {
    const first = Math.floor(from / BLOCK);
    const last = Math.floor(Math.max(from, to - 1) / BLOCK);
    if (first === last) return this.#block(first).toString('latin1', from - first * BLOCK, to - first * BLOCK);
    const parts: Buffer[] = [];
    for (let block = first; block <= last; block++) {
      const bytes = this.#block(block);
      parts.push(bytes.subarray(Math.max(0, from - block * BLOCK), Math.min(bytes.length, to - block * BLOCK)));
    }
    return Buffer.concat(parts).toString('latin1');
  }

  #block(index: number): Buffer {
    let bytes = this.#blocks.get(index);
    if (bytes) {
      // Most recently used last.
      this.#blocks.delete(index);
    } else {
      bytes = Buffer.allocUnsafe(Math.min(BLOCK, this.#size - index * BLOCK));
      readSync(this.#fd, bytes, 0, bytes.length, index * BLOCK);
      this.#bytesRead += bytes.length;
      if (this.#blocks.size >= KEPT_BLOCKS) this.#blocks.delete(this.#blocks.keys().next().value!);
    }
    this.#blocks.set(index, bytes);
    return bytes;
  }
}
