/**
 * What the steps after the build made of each page last time, by the digest of the page as Astro wrote it: a rebuild
 * reads a page whose bytes did not change only to hash it, and takes its notes (and its final bytes, if a step
 * changed it) from here. Kept in Astro's cache folder; a change to the steps' code (`version`) starts it afresh.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAside } from '../write-aside';

/** One page's record: each step's note, and whether a step changed the page (its final bytes are then kept too). */
export interface CachedPage {
  notes: Record<string, unknown>;
  changed: boolean;
}

interface CacheFile {
  version: string;
  pages: Record<string, CachedPage>;
}

const INDEX = 'pages.json';

/** The key of a page: the SHA-256 of its bytes as Astro wrote it, with its path (the notes name it). */
export function pageKey(file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(file).update('\0').update(bytes).digest('hex');
}

export class PageCache {
  readonly #dir: string;
  readonly #version: string;
  readonly #previous: Record<string, CachedPage>;
  readonly #next: Record<string, CachedPage> = {};

  private constructor(dir: string, version: string, previous: Record<string, CachedPage>) {
    this.#dir = dir;
    this.#version = version;
    this.#previous = previous;
  }

  /** The cache in `dir` if it was written by the same `version` of the steps, else an empty one. */
  static async open(dir: string, version: string): Promise<PageCache> {
    const saved = await readFile(join(dir, INDEX), 'utf8')
      .then((text) => JSON.parse(text) as CacheFile)
      .catch(() => undefined);
    return new PageCache(dir, version, saved?.version === version ? saved.pages : {});
  }

  /** The page's record from the last build, with its final bytes when a step changed it. */
  async get(key: string): Promise<(CachedPage & { bytes?: Uint8Array }) | undefined> {
    const page = this.#previous[key];
    if (!page) return undefined;
    const bytes = page.changed ? await readFile(join(this.#dir, `${key}.html`)).catch(() => undefined) : undefined;
    if (page.changed && !bytes) return undefined;
    this.#next[key] = page;
    return { ...page, bytes };
  }

  /** Records a page read in this build; `bytes` are its final bytes when a step changed it. */
  async put(key: string, notes: Record<string, unknown>, bytes?: Uint8Array): Promise<void> {
    if (bytes) {
      await mkdir(this.#dir, { recursive: true });
      await writeFile(join(this.#dir, `${key}.html`), bytes);
    }
    this.#next[key] = { notes, changed: !!bytes };
  }

  /** Writes the records of this build's pages; those of pages gone since are dropped with their bytes. */
  async save(): Promise<void> {
    await mkdir(this.#dir, { recursive: true });
    const gone = Object.keys(this.#previous).filter((key) => !(key in this.#next) && this.#previous[key]!.changed);
    await Promise.all(gone.map((key) => rm(join(this.#dir, `${key}.html`), { force: true })));
    const file: CacheFile = { version: this.#version, pages: this.#next };
    // Written aside and renamed: a build stopped halfway leaves the last complete index.
    await writeAside(join(this.#dir, INDEX), JSON.stringify(file));
  }
}
