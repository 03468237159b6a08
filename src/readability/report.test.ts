import { describe, expect, it } from 'vitest';
import type { Readability } from './analyse';
import { hardestSection, summaryLine, type Report, type SectionReport } from './report';
import { reportHtml, summaryCells } from './report-html';

const formula = (value: number, age: number) => ({
  value,
  grade: [age - 5, age - 5] as const,
  age: [age, age] as const,
});
const section = (slug: string, readingAge: number, ease: number, extra: Partial<Readability> = {}): SectionReport => ({
  slug,
  navLabel: `Section <${slug}>`,
  file: `content/sections/${slug}.mdx`,
  order: 1,
  counts: { sentences: 2, words: 20, syllables: 30, polysyllables: 2, difficultWords: 5 },
  formulas: {
    fleschReadingEase: formula(ease, readingAge),
    fleschKincaid: formula(8, readingAge),
    smog: formula(9, readingAge),
    daleChall: formula(7, readingAge),
  },
  readingAge,
  longSentences: [],
  passive: [],
  hardWords: [],
  ...extra,
});
const report = (...sections: SectionReport[]): Report => ({ target: { from: 9, to: 11 }, sections });

describe('hardestSection and summaryLine', () => {
  it('names the section with the highest reading age, the lower reading ease on a tie', () => {
    const r = report(section('a', 14, 60), section('b', 16, 50), section('c', 16, 40));
    expect(hardestSection(r)!.slug).toBe('c');
    expect(summaryLine(r)).toBe(
      'Readability: hardest section "Section <c>", reading age 16 (US grade 11); the NHS aims for 9 to 11. Details: npm run report.',
    );
  });

  it('says so when there is nothing to read', () => {
    expect(summaryLine(report())).toBe('Readability: no sections to read.');
  });
});

describe('reportHtml', () => {
  it('escapes the text it shows and lists every section', () => {
    const html = reportHtml(
      report(
        section('a', 14, 60, {
          longSentences: [{ line: 3, text: 'A <b>long</b> one & more', words: 30 }],
          passive: [{ line: 4, text: 'It was done.', phrase: 'was done' }],
          hardWords: [
            { word: 'adhesions', count: 2, plain: 'scar "bands"', source: 'plain-words' },
            { word: 'therapist', count: 3, source: 'dale-chall' },
          ],
        }),
        section('b', 12, 70),
      ),
      new Date('2026-01-02T00:00:00Z'),
    );
    expect(html).toContain('Section &lt;a&gt;');
    expect(html).toContain('A &lt;b&gt;long&lt;/b&gt; one &amp; more');
    expect(html).toContain('scar &quot;bands&quot;');
    expect(html).toContain('therapist (3)');
    expect(html).toContain('Generated 2026-01-02');
    expect(html).toContain('<section id="b">');
    expect(html).not.toContain('<b>long');
  });

  it('gives each section a summary row', () => {
    expect(summaryCells(section('a', 14, 60))).toEqual([
      'Section <a>',
      '14',
      '60',
      '8',
      '9',
      '7',
      '2',
      '20',
      '0',
      '0',
      '0',
    ]);
  });
});
