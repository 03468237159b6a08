import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText, readPage } from '../support/dist';

// Lines of the copied web page that are not article text (see issue 2).
const LEFTOVERS = new Set([
  'will deep tissue massage help lower back pain',
  'Table of Contents',
  'deep tissue massage for lower back pain',
  'deep tissue massage techniques for lower back pain',
  'Massages for Anxiety: How To Get Relief and Live Your Best Life?',
  'Back to blog',
]);

/** Straight and curly quotes, dashes and spacing may differ in typesetting, never the words. */
function normalise(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
}

function sourceSentences(): string[] {
  const source = readFileSync(new URL('../fixtures/source-article.txt', import.meta.url), 'utf8');
  const lines = source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !LEFTOVERS.has(line))
    .map((line) => line.replace(/^(•|\d+\.)\s+/, '').replace(/^"(.*)"$/, '$1'));
  return lines.flatMap((line) => normalise(line).split(/(?<=[.?!])\s+(?=[A-Z"])/));
}

describe('the whole-guide page carries the article faithfully', () => {
  const guideText = normalise(htmlToText(readPage('/guide/')));

  it('has every sentence of the source, in order and unchanged', () => {
    const sentences = sourceSentences();
    expect(sentences.length).toBeGreaterThan(150);
    let cursor = 0;
    const missing: string[] = [];
    for (const sentence of sentences) {
      const at = guideText.indexOf(sentence, cursor);
      if (at === -1) missing.push(sentence);
      else cursor = at + sentence.length;
    }
    expect(missing).toEqual([]);
  });

  it('drops the web page leftovers that are not article text', () => {
    expect(guideText).not.toContain('Table of Contents');
    expect(guideText).not.toContain('Back to blog');
    expect(guideText).not.toContain('Massages for Anxiety');
    const html = readPage('/guide/');
    expect(html).not.toMatch(/>\s*deep tissue massage (techniques )?for lower back pain\s*</i);
  });
});
