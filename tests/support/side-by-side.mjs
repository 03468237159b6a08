#!/usr/bin/env node
// Runs independent steps of `npm test` at the same time (lint, type check, unit tests and the build, which each leave
// a core idle on their own), printing each step's output whole when it ends, and fails if any of them fails.
//   node tests/support/side-by-side.mjs "npm run lint" "astro check" "npm run test:unit"
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: side-by-side.mjs "command" ["command" …]');
  process.exit(2);
}

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

const results = await Promise.all(
  commands.map(
    (command) =>
      new Promise((resolve) => {
        // Colour stays on when the terminal has it, though the output goes through a pipe.
        const child = spawn(command, {
          shell: true,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
        });
        const output = [];
        child.stdout.on('data', (chunk) => output.push(chunk));
        child.stderr.on('data', (chunk) => output.push(chunk));
        child.on('close', (code, signal) => {
          const ok = code === 0;
          process.stdout.write(
            `\n── ${command} ── ${ok ? 'passed' : `failed (${signal ?? `exit ${code}`})`} in ${seconds()} s\n`,
          );
          process.stdout.write(Buffer.concat(output));
          resolve({ command, ok });
        });
      }),
  ),
);

const failed = results.filter(({ ok }) => !ok).map(({ command }) => command);
if (failed.length) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
