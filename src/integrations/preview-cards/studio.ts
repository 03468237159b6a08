/**
 * The build's card studio: a worker thread that paints preview cards (src/seo/cards/worker.ts) into a cache keyed by
 * everything that shapes the picture, so that an unchanged card is never painted again. Started as the build starts,
 * with the cards the build will ask for, so that they are painted beside Vite and page rendering; the card route then
 * only waits for its card and reads it. The worker starts only when a card is not in the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardText } from '../../seo/cards/layout';
import { sourceDigest } from '../source-digest';
import { workerScript } from '../worker-script';
import {
  CARD_STUDIO,
  type CardJob,
  type CardJobDone,
  type CardSource,
  type WithCardStudio,
} from '../../seo/cards/source';

/** Where the cards of earlier builds wait. */
export const CARD_CACHE_DIR = join(process.cwd(), 'node_modules/.cache/og-images');

/** The painter's script, beside this module. */
const PAINTER = new URL('../../seo/cards/worker.ts', import.meta.url);

/** A running studio: the card source of this build, until `stop`. */
export interface CardStudio extends CardSource {
  /** Starts painting these cards, if they are not in the cache. */
  prepare(texts: readonly CardText[], siteName: string): void;
  /** How many cards the worker painted, how many came from the cache, and whether the worker started at all. */
  counts(): { painted: number; cached: number; painter: boolean };
  stop(): Promise<void>;
}

/** Starts the build's studio and makes it this process's card source. */
export function startCardStudio(cacheDir = CARD_CACHE_DIR): CardStudio {
  // Everything that shapes the picture: the painter's code and the packages (and their fonts) it draws with.
  const version = sourceDigest([PAINTER]);
  version.catch(() => undefined);
  let started: Promise<Worker> | undefined;
  const painter = () => {
    started ??= workerScript(PAINTER, 'preview-cards').then(({ file }) => {
      const worker = new Worker(file);
      worker.unref();
      listen(worker);
      return worker;
    });
    return started;
  };
  const jobs = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let painted = 0;
  let cached = 0;
  const ready = new Map<string, Promise<string>>();
  const specOf = (text: CardText, siteName: string) =>
    JSON.stringify({ title: text.title, description: text.description, footnote: text.footnote, siteName });

  /** The card's file in the cache, once it is there. */
  const cardFile = (text: CardText, siteName: string): Promise<string> => {
    const spec = specOf(text, siteName);
    let file = ready.get(spec);
    if (file) return file;
    file = (async () => {
      const path = join(
        cacheDir,
        `${createHash('sha256')
          .update(await version)
          .update(spec)
          .digest('hex')}.png`,
      );
      if (existsSync(path)) {
        cached++;
        return path;
      }
      await mkdir(cacheDir, { recursive: true });
      const worker = await painter();
      const id = nextId++;
      await new Promise<void>((resolve, reject) => {
        jobs.set(id, { resolve, reject });
        worker.postMessage({ id, text, siteName, file: path } satisfies CardJob);
      });
      painted++;
      return path;
    })();
    ready.set(spec, file);
    return file;
  };

  function listen(worker: Worker): void {
    worker.on('message', ({ id, error }: CardJobDone) => {
      const job = jobs.get(id);
      jobs.delete(id);
      if (error) job?.reject(new Error(`A preview card could not be painted: ${error}`));
      else job?.resolve();
    });
    // A worker that dies takes its cards with it: each waiting page fails with the reason.
    const fail = (error: Error) => {
      for (const job of jobs.values()) job.reject(error);
      jobs.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The preview cards' worker stopped (exit code ${code}).`)));
  }

  const studio: CardStudio = {
    async card(text, siteName) {
      return new Uint8Array(await readFile(await cardFile(text, siteName)));
    },
    prepare(texts, siteName) {
      // A card that fails here is painted again when its page asks for it, and fails the build then.
      for (const text of texts) cardFile(text, siteName).catch(() => ready.delete(specOf(text, siteName)));
    },
    counts: () => ({ painted, cached, painter: started !== undefined }),
    async stop() {
      if ((globalThis as WithCardStudio)[CARD_STUDIO] === studio) Reflect.deleteProperty(globalThis, CARD_STUDIO);
      await (await started?.catch(() => undefined))?.terminate();
    },
  };
  (globalThis as WithCardStudio)[CARD_STUDIO] = studio;
  return studio;
}
