// Builds the site from another content folder without disturbing other builds of this project.
//
// Astro keeps per-build state in the project: `.astro/content-modules.mjs` lists the content files, and when the
// output folder lies outside the working directory the prerender chunks go to `.astro/.prerender/`, one for all builds.
// Two builds with different content in one project overwrite each other's files there. So each isolated build
// runs in its own copy of the site's sources, under node_modules/.cache (inside the project, so the copy still
// resolves this project's packages), with its output, cache and `.astro` folder inside that copy.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** The project root. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** What a build needs from the project, besides packages and content. */
const SITE_SOURCES = ['src', 'astro.config.mjs', 'tailwind.config.ts', 'tsconfig.json', 'package.json'];

/**
 * A fresh copy of the site's sources to build in, under node_modules/.cache/site-builds.
 * @param {string} prefix names the folder, for people looking at it
 * @returns {string} the copy's root folder
 */
export function makeBuildRoot(prefix) {
  const parent = join(projectRoot, 'node_modules/.cache/site-builds');
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, `${prefix}-`));
  for (const name of SITE_SOURCES) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  return root;
}

/**
 * The environment without the variables Vitest copies from its own `import.meta.env` (BASE_URL, MODE, DEV, PROD,
 * SSR): Astro reads `import.meta.env` from the environment at render time, so a build started from a test would
 * otherwise write its pages for Vitest's base (`/`) whatever BASE_PATH says.
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
function withoutViteEnv(env) {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = env;
  return rest;
}

/**
 * @typedef {object} BuildResult
 * @property {number} exitCode
 * @property {string} output stdout and stderr together, without colour codes
 * @property {string} outDir the build's output folder
 * @property {number} milliseconds wall-clock time of the build
 * @property {number | null} peakKilobytes the build process's peak resident memory (maximum RSS) in KiB, if known
 */

/**
 * Runs `astro build` in `root` (from makeBuildRoot) with the given content folder; output goes to `root`/dist.
 * Peak memory comes from GNU time (/usr/bin/time -v) when installed, else from polling Linux's /proc high-water mark.
 * @param {string} contentDir folder holding `sections/*.mdx`
 * @param {string} root
 * @param {string} [astro] the Astro to run (another project's, for the benchmark's Starlight comparison)
 * @param {Record<string, string>} [env] more environment variables for the build (SITE_URL, BASE_PATH, TZ, a profiler)
 * @returns {Promise<BuildResult>}
 */
export function buildIn(contentDir, root, astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs'), env = {}) {
  const outDir = join(root, 'dist');
  const gnuTime = existsSync('/usr/bin/time');
  const [command, ...args] = [...(gnuTime ? ['/usr/bin/time', '-v'] : []), process.execPath, astro, 'build'];
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: root,
      env: {
        ...withoutViteEnv(process.env),
        CONTENT_DIR: resolve(contentDir),
        ASTRO_OUT_DIR: outDir,
        ASTRO_CACHE_DIR: join(root, '.cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let polledPeak = null;
    const poll = gnuTime ? undefined : setInterval(() => (polledPeak = highWaterMark(child.pid) ?? polledPeak), 100);
    child.stdout.on('data', (chunk) => (output += chunk.toString()));
    child.stderr.on('data', (chunk) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(poll);
      const milliseconds = performance.now() - started;
      const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      done({
        exitCode: code ?? 1,
        output: stripVTControlCharacters(output),
        outDir,
        milliseconds,
        peakKilobytes: peak ? Number(peak[1]) : polledPeak,
      });
    });
  });
}

/** Peak resident memory so far of process `pid` in KiB (Linux VmHWM), or null where /proc is not available. */
function highWaterMark(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
