/**
 * The browser the tests and benchmarks drive: Debian's Chromium when the machine has one (CI, dev boxes), otherwise
 * Playwright's own; started without the background services this machine's closed network refuses.
 */
import { execSync } from 'node:child_process';

/** Chromium's path: CHROMIUM_PATH, else `chromium` on the PATH, else undefined (Playwright's own browser). */
export function systemChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/sh' }).trim() || undefined;
  } catch {
    return undefined;
  }
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
