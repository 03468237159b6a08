/**
 * `npm run report`: writes reports/readability.json and reports/readability.html (not part of the site) and prints
 * the summary table. Runs on Node's own TypeScript support, so every import here names its file with `.ts`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentDir } from '../content/content-dir.ts';
import { reportHtml, SUMMARY_HEADINGS, summaryCells } from './report-html.ts';
import { readabilityReport, summaryLine } from './report.ts';

const outDir = process.env.REPORT_DIR ?? 'reports';
const report = await readabilityReport(contentDir);
await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, 'readability.json'), `${JSON.stringify(report, null, 2)}\n`);
await writeFile(join(outDir, 'readability.html'), reportHtml(report, new Date()));

const rows = [SUMMARY_HEADINGS, ...report.sections.map(summaryCells)];
const widths = SUMMARY_HEADINGS.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
console.log(`\n${summaryLine(report)}`);
console.log(`Wrote ${join(outDir, 'readability.html')} and ${join(outDir, 'readability.json')}.`);
