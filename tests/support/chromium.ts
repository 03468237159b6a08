/**
 * The browser the tests and benchmarks drive: Debian's Chromium when the machine has one (CI, dev boxes), otherwise
 * Playwright's own; started without the background services this machine's closed network refuses.
 */
import { execSync } from 'node:child_process';

/** The first of `commands` on the PATH, if any. */
function onPath(...commands: string[]): string | undefined {
  for (const command of commands) {
    try {
      const found = execSync(`command -v ${command}`, { encoding: 'utf8', shell: '/bin/sh' }).trim();
      if (found) return found;
    } catch {
      // Not installed: try the next.
    }
  }
  return undefined;
}

/** Chromium's path: CHROMIUM_PATH, else `chromium` on the PATH, else undefined (Playwright's own browser). */
export function systemChromium(): string | undefined {
  return process.env.CHROMIUM_PATH || onPath('chromium');
}

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH, else Debian's `chromium-headless-shell` (Chromium's own
 * headless build, the one Playwright runs headless by default: the same Blink without the desktop browser around it,
 * about half the CPU per page), else `chromium`. Benchmarks and the cross-engine suite keep the full browser.
 */
export function testChromium(): string | undefined {
  return process.env.CHROMIUM_PATH || onPath('chromium-headless-shell', 'chromium');
}

/** Chromium's flags: no sandbox (root in a container), no GPU, and none of the calls home it would otherwise make. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
