/**
 * The preview cards' worker thread (see src/integrations/preview-cards/studio.ts): paints each card it is sent and writes it to the cache file it
 * is given, written aside and renamed, so that a build stopped halfway never leaves a broken image behind.
 */
import { parentPort } from 'node:worker_threads';
import { writeAside } from '../../integrations/write-aside';
import { cardFonts } from './inter';
import { CardPainter } from './paint';
import type { CardJob, CardJobDone } from './source';

const painter = cardFonts().then((fonts) => new CardPainter(fonts));

parentPort!.on('message', ({ id, text, siteName, file }: CardJob) => {
  void (async () => {
    try {
      const png = (await painter).paint(text, siteName);
      await writeAside(file, png);
      parentPort!.postMessage({ id } satisfies CardJobDone);
    } catch (error) {
      parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) } satisfies CardJobDone);
    }
  })();
});
