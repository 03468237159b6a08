/**
 * Tailwind classes of the reading tools' controls, the ones in the page and the ones their scripts build on first
 * press (the text settings panel, Listen's player controls). global.css has Tailwind read this file, so these classes
 * exist even where no component uses them.
 */

/** Every button of the reading tools: a 44 px outlined button. */
export const TOOL_BUTTON =
  'inline-flex min-h-11 items-center gap-2 rounded-md border border-control bg-page px-3 font-semibold text-accent';

/** The text settings panel, below the tools. */
export const PANEL =
  'not-prose no-print my-4 max-w-(--measure) rounded-lg border border-line bg-surface p-4 accent-(--theme-accent)';

/** A fieldset's legend in the panel. */
export const LEGEND = 'font-semibold';

/** A row of choices in the panel. */
export const CHOICES = 'flex flex-wrap gap-x-6';

/** A radio button or checkbox with its label: the whole label is a 44 px target. */
export const CHOICE = 'inline-flex min-h-11 items-center gap-2';

/** The speed list: as tall as the buttons. */
export const SELECT = 'min-h-11 rounded-md border border-control bg-page px-2 text-ink-strong';
