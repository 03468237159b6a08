/**
 * The build's lexicon thread (see ./lexicon-thread.ts): reads English and WordNet as soon as it starts, while the site
 * builds, then answers each vocabulary it is sent with the lexicon's files.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lexiconMaker } from './lexicon-files.ts';
import type { LexiconRequest, LexiconReply } from './lexicon-thread.ts';

const make = lexiconMaker((workerData as { englishFile: string }).englishFile);
parentPort!.postMessage({ ready: true } satisfies LexiconReply);

parentPort!.on('message', ({ words, text, phrases }: LexiconRequest) => {
  try {
    const { files, index, info, widened } = make({
      words: new Set(words),
      text: new Set(text),
      phrases: new Set(phrases),
    });
    const list = [...files];
    parentPort!.postMessage(
      { lexicon: { files: list, index, info: [...info], widened } } satisfies LexiconReply,
      list.map(([, bytes]) => bytes.buffer as ArrayBuffer),
    );
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).stack ?? String(error) } satisfies LexiconReply);
  }
});
