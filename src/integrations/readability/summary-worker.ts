/** Runs in a worker thread during the build: the figures of the section files it is given, sent back when ready. */
import { parentPort, workerData } from 'node:worker_threads';
import { sectionReport } from '../../readability/report.ts';

const { files } = workerData as { files: string[] };
parentPort!.postMessage(await Promise.all(files.map((file) => sectionReport(file, { details: false }))));
