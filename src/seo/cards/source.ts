/**
 * Where the card route (src/pages/og/[slug].png.ts) gets its card: from the build's card studio
 * (src/integrations/preview-cards/), which paints the cards in a worker thread beside the rest of the build and keeps
 * them in a cache keyed by content; without one (the dev server), from a painter in this thread.
 */
import { cardFonts } from './inter';
import type { CardText } from './layout';
import { CardPainter } from './paint';

/** A card for the studio's worker to paint into `file` (./worker.ts). */
export interface CardJob {
  id: number;
  text: CardText;
  siteName: string;
  file: string;
}

/** The worker's answer: the card is in its file, or why not. */
export interface CardJobDone {
  id: number;
  error?: string;
}

/** What the card route asks for. */
export interface CardSource {
  /** The card for `text` under `siteName`, as PNG bytes. */
  card(text: CardText, siteName: string): Promise<Uint8Array>;
}

/** The studio of this process, shared between the integration that starts it and the card route, bundled apart. */
export const CARD_STUDIO = Symbol.for('guide.preview-cards.studio');
export type WithCardStudio = typeof globalThis & { [CARD_STUDIO]?: CardSource };

let painter: Promise<CardPainter> | undefined;

/** The cards' source: the build's studio, or a painter in this thread. */
export function cardSource(): CardSource {
  return (
    (globalThis as WithCardStudio)[CARD_STUDIO] ?? {
      async card(text, siteName) {
        painter ??= cardFonts().then((fonts) => new CardPainter(fonts));
        return (await painter).paint(text, siteName);
      },
    }
  );
}
