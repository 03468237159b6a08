import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { workerScript } from '../worker-script';

/**
 * Prints one line after each build: the section hardest to read and its reading age (`npm run report` has the
 * details). The figures are computed in a worker thread while the pages build, so the build barely waits for them;
 * readability only informs, so nothing here can fail the build. The worker's TypeScript is bundled first (packages
 * stay imports), as Node strips types only outside node_modules, where the tests build copies of the site.
 */
export default function readability(): AstroIntegration {
  let summary: Promise<string> | undefined;
  return {
    name: 'guide:readability',
    hooks: {
      'astro:build:start': () => {
        summary = summaryInWorker();
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

async function summaryInWorker(): Promise<string> {
  const { file: script } = await workerScript(new URL('./summary-worker.ts', import.meta.url), 'readability');
  return new Promise((resolve, reject) => {
    const worker = new Worker(script);
    worker.unref();
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker stopped (exit code ${code})`)));
  });
}
