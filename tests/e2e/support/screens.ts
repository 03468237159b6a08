/**
 * Which browser tests run at both screen sizes. Most readers are on phones, so every test runs on the phone; a test
 * runs on the desktop as well only where the width can change its outcome (layout, reflow, targets, contents beside
 * the text, the header that differs by width, axe on each template), and says so with a tag. Behaviour that is the
 * same at any width (offline, CSP, privacy, search ranking, speech), and tests that set their own viewport, run once.
 */

/** The tag for a test whose outcome depends on the screen's width: `test(title, EVERY_SCREEN, body)`. */
export const EVERY_SCREEN = { tag: '@every-screen' } as const;

/** What the desktop project runs: the tagged tests (Playwright greps titles with their tags). */
export const DESKTOP_GREP = new RegExp(EVERY_SCREEN.tag);
