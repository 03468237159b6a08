/**
 * The lexicon in a worker thread, started when the build starts: reading English and WordNet (most of the lexicon's
 * work that does not depend on the guide) happens while Astro renders the pages, and the lexicon itself while the
 * main thread goes on with the pass. The worker's TypeScript is bundled first (packages stay imports), as Node strips
 * types only outside node_modules, where the tests build copies of the site.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { workerScript } from '../../worker-script.ts';
import { ENGLISH_FILE } from './english.ts';
import type { GuideVocabulary } from './lexicon.ts';
import type { LexiconFiles } from './shards.ts';

/** A vocabulary as the thread receives it. */
export interface LexiconRequest {
  words: string[];
  text: string[];
  phrases: string[];
}

/** What the thread says: that its sources are read, a lexicon's files, or why it failed. */
export type LexiconReply =
  | { ready: true }
  | {
      lexicon: {
        files: [string, Uint8Array][];
        index: LexiconFiles['index'];
        info: [string, number][];
        widened: number;
      };
    }
  | { error: string };

/** A running lexicon thread. */
export interface LexiconThread {
  /** The lexicon's files for a guide's vocabulary. */
  make(guide: GuideVocabulary): Promise<LexiconFiles>;
  /** Ends the thread. */
  stop(): Promise<void>;
}

/** Starts the thread; it reads its sources at once. */
export function startLexiconThread(): LexiconThread {
  const worker = workerScript(new URL('./lexicon-worker.ts', import.meta.url), 'lexicon').then(({ file: script }) => {
    const thread = new Worker(script, { workerData: { englishFile: fileURLToPath(ENGLISH_FILE) } });
    thread.unref();
    return thread;
  });
  // Until the lexicon is asked for, a failure is only remembered.
  worker.catch(() => undefined);
  return {
    async make(guide) {
      const thread = await worker;
      const request: LexiconRequest = { words: [...guide.words], text: [...guide.text], phrases: [...guide.phrases] };
      return new Promise<LexiconFiles>((resolve, reject) => {
        const onMessage = (reply: LexiconReply) => {
          if ('ready' in reply) return;
          thread.off('message', onMessage).off('error', reject).off('exit', onExit);
          if ('error' in reply) reject(new Error(`The lexicon could not be built: ${reply.error}`));
          else resolve({ ...reply.lexicon, files: new Map(reply.lexicon.files), info: new Map(reply.lexicon.info) });
        };
        const onExit = (code: number) => reject(new Error(`The lexicon's thread stopped (exit code ${code}).`));
        thread.on('message', onMessage).once('error', reject).once('exit', onExit);
        thread.postMessage(request);
      });
    },
    async stop() {
      await (await worker.catch(() => undefined))?.terminate();
    },
  };
}
