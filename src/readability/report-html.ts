/** The readability report as one self-contained HTML page for editors (no scripts, no other files). */
import { LONG_SENTENCE_WORDS, type Formula } from './analyse.ts';
import type { Report, SectionReport } from './report.ts';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!);

/** "13" or "13–16". */
const range = ([from, to]: readonly [number, number]) => (from === to ? `${from}` : `${from}–${to}`);

/** The formulas in the report's order, with their names and what their figure is. */
export const FORMULAS = [
  { key: 'fleschReadingEase', name: 'Flesch reading ease', figure: 'score (higher is easier)' },
  { key: 'fleschKincaid', name: 'Flesch–Kincaid', figure: 'US grade' },
  { key: 'smog', name: 'SMOG', figure: 'US grade' },
  { key: 'daleChall', name: 'Dale–Chall', figure: 'score' },
] as const;

/** A summary table row's cells for a section. */
export function summaryCells(section: SectionReport): string[] {
  const { formulas } = section;
  return [
    section.navLabel,
    String(section.readingAge),
    ...FORMULAS.map(({ key }) => `${formulas[key].value}`),
    String(section.counts.sentences),
    String(section.counts.words),
    String(section.longSentences.length),
    String(section.passive.length),
    String(section.hardWords.filter((word) => word.source !== 'dale-chall').length),
  ];
}

export const SUMMARY_HEADINGS = [
  'Section',
  'Reading age',
  ...FORMULAS.map(({ name }) => name),
  'Sentences',
  'Words',
  `Over ${LONG_SENTENCE_WORDS} words`,
  'Passive',
  'Hard words with a plain suggestion',
];

function formulaRow(name: string, figure: string, formula: Formula): string {
  return `<tr><th scope="row">${name}</th><td>${formula.value} <span class="muted">${figure}</span></td><td>${range(formula.grade)}</td><td>${range(formula.age)}</td></tr>`;
}

function sectionHtml(section: SectionReport, targetTo: number): string {
  const { counts } = section;
  const flag = section.readingAge > targetTo ? ' class="over"' : '';
  const sentences = (items: { line: number; text: string; note: string }[], empty: string) =>
    items.length
      ? `<ul>${items.map((item) => `<li><span class="muted">line ${item.line}:</span> ${escape(item.text)} <span class="muted">(${escape(item.note)})</span></li>`).join('')}</ul>`
      : `<p class="muted">${empty}</p>`;
  const suggested = section.hardWords.filter((word) => word.source !== 'dale-chall');
  const others = section.hardWords.filter((word) => word.source === 'dale-chall');
  return `<section id="${escape(section.slug)}">
<h2>${escape(section.navLabel)} <span class="muted">(${escape(section.file)})</span></h2>
<p${flag}>Reading age about <strong>${section.readingAge}</strong>: ${counts.sentences} sentences, ${counts.words} words, ${counts.syllables} syllables, ${counts.polysyllables} words of three syllables or more, ${counts.difficultWords} words off the Dale–Chall familiar list.</p>
<table><thead><tr><th scope="col">Formula</th><th scope="col">Result</th><th scope="col">US grade</th><th scope="col">Reading age</th></tr></thead><tbody>
${FORMULAS.map(({ key, name, figure }) => formulaRow(name, figure, section.formulas[key])).join('\n')}
</tbody></table>
<h3>Sentences over ${LONG_SENTENCE_WORDS} words (${section.longSentences.length})</h3>
${sentences(
  section.longSentences.map((s) => ({ ...s, note: `${s.words} words` })),
  'None.',
)}
<h3>Passive voice (${section.passive.length})</h3>
${sentences(
  section.passive.map((s) => ({ ...s, note: s.phrase })),
  'None found.',
)}
<h3>Words a lay reader may not know (${suggested.length})</h3>
${suggested.length ? `<table><thead><tr><th scope="col">Word</th><th scope="col">Times</th><th scope="col">Plain words</th><th scope="col">From</th></tr></thead><tbody>${suggested.map((word) => `<tr><td>${escape(word.word)}</td><td>${word.count}</td><td>${escape(word.plain ?? '')}</td><td>${word.source === 'plain-words' ? 'reviewed list' : 'retext-simplify'}</td></tr>`).join('')}</tbody></table>` : '<p class="muted">None found.</p>'}
${others.length ? `<p>Other long words off the familiar list (no plain word on file): ${others.map((word) => `${escape(word.word)}${word.count > 1 ? ` (${word.count})` : ''}`).join(', ')}.</p>` : ''}
</section>`;
}

/** The whole report as an HTML page. */
export function reportHtml(report: Report, generated: Date): string {
  const { from, to } = report.target;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Readability report</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1e293b}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #cbd5e1;padding:.25rem .5rem;text-align:left;vertical-align:top}
td{font-variant-numeric:tabular-nums}.muted{color:#475569}.over{background:#fef3c7;padding:.25rem .5rem}
section{border-top:2px solid #e2e8f0;margin-top:2rem}
</style>
</head>
<body>
<h1>Readability report</h1>
<p>For editors: how hard each section is to read. The NHS aims for a reading age of ${from} to ${to}. The report only informs: the author's text is never changed by the build. Generated ${generated.toISOString().slice(0, 10)} by <code>npm run report</code>.</p>
<p class="muted">Formulas: Flesch reading ease, Flesch–Kincaid grade, SMOG grade and the New Dale–Chall score, over the sentences of each section (headings are not sentences). Reading age is the US school grade plus 5 years; the section's figure averages the four. Passive voice: a form of “be” followed by a past participle (retext-passive and retext-pos). Hard words: a reviewed list of medical words, retext-simplify's plain-English list, and other words of three syllables or more that are off the Dale–Chall list of familiar words.</p>
<table><thead><tr>${SUMMARY_HEADINGS.map((heading) => `<th scope="col">${heading}</th>`).join('')}</tr></thead><tbody>
${report.sections
  .map((section) => {
    const [name, ...cells] = summaryCells(section);
    return `<tr><th scope="row"><a href="#${escape(section.slug)}">${escape(name!)}</a></th>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  })
  .join('\n')}
</tbody></table>
${report.sections.map((section) => sectionHtml(section, to)).join('\n')}
</body>
</html>
`;
}
