/**
 * The one pass over the built site: each page is read from disk once, parsed once, read by every step in turn (which
 * may change it), written once if changed, and taken by every step in turn; then each step finishes. Pages stream
 * through in file order, a few at a time, so no more than a few are ever held in memory. A page whose bytes did not
 * change since the last build is not parsed or read again: its notes come from the page cache.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { listFiles } from '../built-site/dist-files';
import { parsePage, urlOfFile } from '../built-site/dist-pages';
import { PageCache, pageKey } from './page-cache';
import type { PostBuildStep, SiteContext } from './step';

/** Pages read ahead of the one the steps are on. */
const READ_AHEAD = 4;

export interface PassOptions {
  /** The output folder. */
  root: string;
  logger: AstroIntegrationLogger;
  /** Where the page cache lives, and the version of the steps' code it must have been written by. */
  cache?: { dir: string; version: string };
}

/** What the pass did, for the build's log. */
export interface PassSummary {
  pages: number;
  /** Pages whose notes came from the cache. */
  cached: number;
  /** Pages the steps read again (new or changed since the last build), in file order. */
  redone: string[];
}

/** The build log's line for a pass: how many pages it took from the cache and which it read again (the first few). */
export function passLine({ pages, cached, redone }: PassSummary, seconds: string): string {
  const shown = redone.length > 5 ? [...redone.slice(0, 5), `and ${redone.length - 5} more`] : redone;
  const again = redone.length ? `, ${redone.length} read again (${shown.join(', ')})` : '';
  return `${pages} pages through the steps after the build in ${seconds} s: ${cached} unchanged${again}.`;
}

/** Runs `steps`, in this order, over the site in `root`. */
export async function runPass(steps: readonly PostBuildStep[], options: PassOptions): Promise<PassSummary> {
  const { root, logger } = options;
  const files = await listFiles(root);
  const pages = files.filter((file) => file.endsWith('.html'));
  const cache = options.cache ? await PageCache.open(options.cache.dir, options.cache.version) : undefined;
  const written = new Map<string, Uint8Array>();
  /** Folders made so far: a step writing a thousand files into one folder makes it once. */
  const folders = new Map<string, Promise<unknown>>();
  const site: SiteContext = {
    root,
    files: new Set(files),
    logger,
    written,
    async writeFile(path, bytes) {
      const folder = dirname(join(root, path));
      if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
      await folders.get(folder);
      await writeFile(join(root, path), bytes);
      written.set(path, bytes);
    },
  };

  let cached = 0;
  const redone = new Set<string>();
  /** A page read and made final: its bytes and every step's note. */
  const finalPage = async (file: string) => {
    const raw = await readFile(join(root, file));
    const key = pageKey(file, raw);
    const known = await cache?.get(key);
    if (known) {
      cached++;
      if (known.bytes) await writeFile(join(root, file), known.bytes);
      return { bytes: known.bytes ?? raw, notes: known.notes };
    }
    redone.add(file);
    const original = raw.toString('utf8');
    const facts = parsePage(file, original);
    let html = original;
    const notes: Record<string, unknown> = {};
    for (const step of steps) {
      if (!step.read) continue;
      const read = step.read({ file, html, facts });
      notes[step.name] = read.note;
      if (read.html !== undefined) html = read.html;
    }
    const bytes = html === original ? raw : Buffer.from(html);
    if (bytes !== raw) await writeFile(join(root, file), bytes);
    await cache?.put(key, notes, bytes === raw ? undefined : bytes);
    return { bytes, notes };
  };

  const ahead: ReturnType<typeof finalPage>[] = [];
  const readAhead = (index: number) => {
    if (index >= pages.length) return;
    const page = finalPage(pages[index]!);
    // Its failure is thrown when its turn comes; until then it is not unhandled.
    page.catch(() => {});
    ahead.push(page);
  };
  try {
    for (let index = 0; index < READ_AHEAD; index++) readAhead(index);
    for (let index = 0; index < pages.length; index++) {
      const { bytes, notes } = await ahead.shift()!;
      readAhead(index + READ_AHEAD);
      const file = pages[index]!;
      for (const step of steps) await step.take?.({ file, url: urlOfFile(file), bytes }, notes[step.name]);
    }
    for (const step of steps) await step.finish?.(site);
  } finally {
    await cache?.save();
  }
  return { pages: pages.length, cached, redone: pages.filter((page) => redone.has(page)) };
}
