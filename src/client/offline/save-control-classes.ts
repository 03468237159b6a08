/**
 * Classes of what the save control's script changes and makes (./save-actions.ts): kept apart in this file, which
 * Tailwind reads for classes (src/styles/global.css), so that the stylesheet has each of them.
 */
export const SAVE_CONTROL_CLASSES = {
  /** The control's frame: the accent colour once saved, so that the state shows at a glance. */
  savedFrame: 'border-accent',
  unsavedFrame: 'border-line',
  /** The check before "Saved for offline reading". */
  check: 'text-accent',
  /** Whether the browser promised to keep the copy; the count of files beside the progress bar. */
  note: 'mt-2 mb-0 text-sm text-muted',
  count: 'text-sm text-muted',
  /** Secondary buttons: outlined (Keep it, Yes, remove it), or quiet and underlined (Remove the saved copy). */
  outlined: 'min-h-11 rounded-md border border-control px-4 font-semibold text-accent',
  quiet: 'min-h-11 font-semibold text-accent underline underline-offset-4',
} as const;
