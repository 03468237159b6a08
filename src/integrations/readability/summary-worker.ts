/** Runs in a worker thread during the build: the readability summary line, sent to the build when ready. */
import { parentPort } from 'node:worker_threads';
import { contentDir } from '../../content/content-dir.ts';
import { readabilityReport, summaryLine } from '../../readability/report.ts';

parentPort!.postMessage(summaryLine(await readabilityReport(contentDir, { details: false })));
