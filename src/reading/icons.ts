/**
 * The reading bar's icons: filled 24 × 24 paths drawn in the text colour (forced colours included). The play icon is
 * in every page (ReadingTools.astro); the others are made with the player on first press (listen.ts).
 */
export const PLAY_ICON = 'M8 5v14l11-7z';
export const PAUSE_ICON = 'M6 5h4v14H6zm8 0h4v14h-4z';
export const STOP_ICON = 'M6 6h12v12H6z';
/** A bar and a triangle pointing back: the start of the paragraph, or the one before. */
export const PREVIOUS_ICON = 'M6 6h2v12H6zm3.5 6 8.5 6V6z';
/** A triangle and a bar pointing on: the next paragraph. */
export const NEXT_ICON = 'M6 18l8.5-6L6 6zM16 6h2v12h-2z';
