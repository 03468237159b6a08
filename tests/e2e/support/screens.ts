/**
 * Which browser tests run at both screen sizes. Most readers are on phones, so every test runs on the phone; a test
 * runs on the desktop as well only where the screen can change its outcome: layout, reflow, targets, contents beside
 * the text, axe (whose colour and overlap checks depend on the layout), and the header that differs by width.
 * Behaviour that is the same at any width (offline, CSP, privacy, search ranking, speech) runs once.
 */

/** Spec files about layout: every test in them runs at both sizes. */
export const LAYOUT_SPECS = [
  'care-card',
  'controls',
  'keyboard',
  'layout-stability',
  'no-js',
  'reading',
  'reflow',
  'text-settings',
] as const;

/** The tag for one test elsewhere whose outcome depends on the screen: `test(title, EVERY_SCREEN, body)`. */
export const EVERY_SCREEN = { tag: '@every-screen' } as const;

/** What the desktop project runs: the layout specs and the tagged tests (Playwright greps file and title). */
export const DESKTOP_GREP = [new RegExp(`\\b(${LAYOUT_SPECS.join('|')})\\.spec\\.ts`), new RegExp(EVERY_SCREEN.tag)];
