/**
 * Tailwind classes of the reading tools' controls, the ones in the page and the ones their scripts build on first
 * press (the text settings panel, Listen's player controls). global.css has Tailwind read this file, so these classes
 * exist even where no component uses them.
 */

/**
 * Every button of the reading tools: an outlined button of 44 px at the standard size, at least as wide as tall when
 * it shows only its icon (global.css: one short class rather than a dozen utilities, as it is in every page).
 */
export const TOOL_BUTTON = 'tool-button';

/** A control's icon (an inline SVG, filled in the text colour; global.css). */
export const ICON = 'tool-icon';

/** A control's words: shown beside the icon where the bar has room (global.css hides them visually elsewhere). */
export const LABEL = 'tool-label';

/** The text settings panel, inside the tools, below their row: it keeps to its button, in the bar too. */
export const PANEL =
  'not-prose basis-full max-w-(--measure) rounded-lg border border-line bg-surface p-4 text-base font-normal';

/** A fieldset's legend in the panel. */
export const LEGEND = 'font-semibold';

/** A row of choices in the panel. */
export const CHOICES = 'flex flex-wrap gap-x-6';

/** A radio button or checkbox with its label: the whole label is a 44 px target; the words wrap beside the box. */
export const CHOICE = 'flex min-h-11 items-center gap-3';

/** The speed list and its label: as tall as the buttons. */
export const SELECT = 'min-h-[2.75em] rounded-md border border-control bg-page px-[0.5em] text-ink-strong';
export const SELECT_LABEL = 'inline-flex min-h-[2.75em] items-center gap-[0.5em] font-semibold';
