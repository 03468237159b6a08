#!/usr/bin/env node
// The W3C Nu HTML Checker over every page of the built site, on demand (not part of `npm test`, which validates every
// page with html-validate and needs no Java). It parses HTML as browsers do, so it sees what html-validate cannot:
// worth a run after changing templates. Runs a pinned vnu-jar through npx, so neither it nor Java is a dependency
// of the project: vnu-jar uses the `java` on the PATH (Debian: apt-get install default-jre-headless) or downloads a
// Java runtime of its own on first use.
// Usage: npm run build && npm run validate:nu     (ASTRO_OUT_DIR picks another build)
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** The Nu HTML Checker release to run; npx fetches it once into npm's cache. */
const VNU = 'vnu-jar@26.9.27';
const root = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

// Every page but the redirect stubs at former addresses, which are only a refresh.
const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .filter((file) => !/<meta http-equiv="refresh"/i.test(readFileSync(join(root, file), 'utf8')))
  .map((file) => join(root, file));

let report;
try {
  ({ stderr: report } = await promisify(execFile)(
    'npx',
    ['--yes', '--package', VNU, 'vnu', '--errors-only', '--format', 'json', ...pages],
    { maxBuffer: 64 * 1024 * 1024 },
  ));
} catch (error) {
  // vnu exits with 1 when it found errors, and writes its report to stderr either way.
  report = error.stderr;
  if (!report?.trim().startsWith('{')) throw error;
}
const { messages } = JSON.parse(report || '{"messages":[]}');
for (const { url, lastLine, message } of messages)
  console.log(`${url.replace(`file:${root}/`, '')}:${lastLine ?? '?'}: ${message}`);
console.log(`Nu HTML Checker: ${messages.length} errors in ${pages.length} pages.`);
process.exitCode = messages.length ? 1 : 0;
