/**
 * `npm run report` on the guide the site is built from, and on a section counted by hand (tests/fixtures/readability/:
 * the introduction as it was counted, six sentences): words, syllables, words of three syllables or more and words off
 * the Dale–Chall list were counted by reading the text, and the formulas worked out by hand from those counts. (By
 * hand "areas" has three syllables and "technique" two; the syllable package says two and three, so the totals agree.)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content/content-dir';
import type { Report } from '../../src/readability/report';
import { projectRoot } from '../support/isolated-build.mjs';

/** Runs `npm run report` (its script) on the guide in `content`; resolves with what it printed and where it wrote. */
function report(content: string): Promise<{ status: number | null; stdout: string; stderr: string; outDir: string }> {
  const outDir = mkdtempSync(join(tmpdir(), 'readability-'));
  const child = spawn(process.execPath, ['src/readability/cli.ts'], {
    env: { ...process.env, REPORT_DIR: outDir, CONTENT_DIR: content },
  });
  let [stdout, stderr] = ['', ''];
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('close', (status) => done({ status, stdout, stderr, outDir })));
}

// Both at once: each waits mostly on its own process.
const [guide, handCounted] = await Promise.all([
  report(contentDir),
  report(join(projectRoot, 'tests/fixtures/readability')),
]);
afterAll(() => [guide, handCounted].forEach(({ outDir }) => rmSync(outDir, { recursive: true, force: true })));

const HAND_COUNT = { sentences: 6, words: 127, syllables: 189, polysyllables: 11, difficultWords: 39 };

describe('npm run report', () => {
  it('runs on the guide, prints a table of its sections and the summary line, and writes JSON and HTML', () => {
    expect(guide.status, guide.stderr).toBe(0);
    expect(guide.stdout).toMatch(/^Section\s+Reading age\s+Flesch reading ease/m);
    expect(guide.stdout).toMatch(/Readability: hardest section "[^"]+", reading age \d+/);
    const written = JSON.parse(readFileSync(join(guide.outDir, 'readability.json'), 'utf8')) as Report;
    const files = readdirSync(join(contentDir, 'sections')).filter((name) => name.endsWith('.mdx'));
    expect(written.sections.map((section) => `${section.slug}.mdx`).sort()).toEqual(files.sort());
    expect(readFileSync(join(guide.outDir, 'readability.html'), 'utf8')).toContain('<h1>Readability report</h1>');
  });

  const introduction = () => {
    expect(handCounted.status, handCounted.stderr).toBe(0);
    const written = JSON.parse(readFileSync(join(handCounted.outDir, 'readability.json'), 'utf8')) as Report;
    return written.sections.find((section) => section.slug === 'introduction')!;
  };

  it('counts the introduction as a reader does by hand', () => {
    expect(introduction().counts).toEqual(HAND_COUNT);
  });

  it("gives the formulas' results worked out by hand from those counts", () => {
    const { formulas, readingAge } = introduction();
    // 206.835 − 1.015 × 127/6 − 84.6 × 189/127 = 59.45: the band 50–60 is grades 10–12, ages 15–17.
    expect(formulas.fleschReadingEase).toEqual({ value: 59.5, grade: [10, 12], age: [15, 17] });
    // 0.39 × 127/6 + 11.8 × 189/127 − 15.59 = 10.23.
    expect(formulas.fleschKincaid).toEqual({ value: 10.2, grade: [10.2, 10.2], age: [15.2, 15.2] });
    // 3.1291 + 1.043 × √(11 × 30/6) = 10.86.
    expect(formulas.smog).toEqual({ value: 10.9, grade: [10.9, 10.9], age: [15.9, 15.9] });
    // 0.1579 × 30.7 % difficult + 0.0496 × 127/6 + 3.6365 = 9.54: the band 9.0–9.9 is grades 13–15.
    expect(formulas.daleChall).toEqual({ value: 9.5, grade: [13, 15], age: [18, 20] });
    // Ages 16, 15.2, 15.9 and 19 (the middle of each range) average 16.5.
    expect(readingAge).toBe(17);
  });

  it('lists its one sentence over 25 words and its one passive', () => {
    const { longSentences, passive } = introduction();
    expect(longSentences).toEqual([
      {
        line: 13,
        words: 28,
        text: 'In this guide, we will look at the benefits of deep tissue massage for lower back pain, how it works or the potential risks associated with the treatment.',
      },
    ]);
    expect(passive.map(({ phrase, line }) => ({ phrase, line }))).toEqual([{ phrase: 'is used', line: 11 }]);
  });

  it('suggests plain words for its medical words and names the other long, unfamiliar ones', () => {
    const words = Object.fromEntries(introduction().hardWords.map((word) => [word.word, word]));
    expect(words.chronic).toMatchObject({ plain: 'long-lasting', source: 'plain-words' });
    expect(words.circulation).toMatchObject({ plain: 'blood flow', source: 'plain-words' });
    expect(words.alleviate).toMatchObject({ source: 'retext-simplify' });
    expect(words.alleviate!.plain).toContain('ease');
    expect(words.associated).toMatchObject({ source: 'dale-chall' });
    expect(words.associated!.plain).toBeUndefined();
  });

  it("shows the introduction's figures in the HTML report", () => {
    const html = readFileSync(join(handCounted.outDir, 'readability.html'), 'utf8');
    expect(html).toContain(
      '<a href="#introduction">Before you start</a></th><td>17</td><td>59.5</td><td>10.2</td><td>10.9</td><td>9.5</td><td>6</td><td>127</td><td>1</td><td>1</td>',
    );
  });
});
