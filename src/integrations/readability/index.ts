import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { contentDirNow } from '../../content/content-dir';
import { reportOf, sectionFiles, summaryLine, type SectionReport } from '../../readability/report';
import { sourceDigest } from '../source-digest';
import { workerScript } from '../worker-script';
import { writeAside } from '../write-aside';

/** The worker that analyses sections, beside this module. */
const ANALYST = new URL('./summary-worker.ts', import.meta.url);

/** Where each section's figures are kept between builds, by its file's name and bytes and the analysis's code. */
const CACHE_FILE = fileURLToPath(new URL('../../../node_modules/.cache/readability/sections.json', import.meta.url));

/**
 * Prints one line after each build: the section hardest to read and its reading age (`npm run report` has the
 * details). The figures of a section whose file changed are worked out in a worker thread while the pages build, so
 * the build barely waits for them, and kept, so that an unchanged section is never analysed again (the line says how
 * many were); readability only informs, so nothing here can fail the build. The worker's TypeScript is bundled first
 * (packages stay imports), as Node strips types only outside node_modules, where the tests build copies of the site.
 */
export default function readability(): AstroIntegration {
  let summary: Promise<string> | undefined;
  return {
    name: 'guide:readability',
    hooks: {
      'astro:build:start': () => {
        summary = summarise().then(
          ({ line, analysed, sections }) => `${line} ${analysed} of ${sections} sections analysed, the rest kept.`,
        );
        // Until the build is done, a failure is only remembered.
        summary.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        try {
          logger.info(await summary!);
        } catch (error) {
          logger.warn(`No readability summary: ${(error as Error).message}. Try npm run report.`);
        }
      },
    },
  };
}

/**
 * The summary line: each section's figures from the cache (`cacheFile`), or from the worker for sections that changed;
 * `analysed` counts those.
 */
export async function summarise(cacheFile = CACHE_FILE): Promise<{ line: string; analysed: number; sections: number }> {
  const [files, version] = await Promise.all([sectionFiles(contentDirNow()), sourceDigest([ANALYST])]);
  const keyed = await Promise.all(
    files.map(async (file) => ({
      file,
      key: createHash('sha256')
        .update(version)
        .update(basename(file))
        .update('\0')
        .update(await readFile(file))
        .digest('base64url'),
    })),
  );
  const cached = await readFile(cacheFile, 'utf8')
    .then((text) => JSON.parse(text) as Record<string, Omit<SectionReport, 'file'>>)
    .catch(() => ({}) as Record<string, Omit<SectionReport, 'file'>>);
  const missing = keyed.filter(({ key }) => !cached[key]);
  const analysed = missing.length ? await analyseInWorker(missing.map(({ file }) => file)) : [];
  const sections = keyed.map(
    ({ file, key }) => analysed.find((section) => section.file === file) ?? { ...cached[key]!, file },
  );
  const kept = Object.fromEntries(keyed.map(({ key }, at) => [key, { ...sections[at]!, file: undefined }]));
  await writeAside(cacheFile, JSON.stringify(kept));
  return { line: summaryLine(reportOf(sections)), analysed: missing.length, sections: sections.length };
}

async function analyseInWorker(files: string[]): Promise<SectionReport[]> {
  const { file: script } = await workerScript(ANALYST, 'readability');
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { files } });
    worker.unref();
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker stopped (exit code ${code})`)));
  });
}
