import { describe, expect, it } from 'vitest';
import { TINY_LEXICON, TINY_PAGES, TINY_PARAMETERS } from '../../tests/support/tiny-guide.ts';
import { explain, wordCore } from './explain.ts';
import { indexGuide } from './guide-index.ts';
import type { Parameters } from './parameters.ts';
import { rank } from './rank.ts';
import { understand } from './understand.ts';

const index = indexGuide(TINY_PAGES);
const parameters: Parameters = { ...TINY_PARAMETERS, minProbability: 0.3, widenInfo: 0, showWidening: 0.7 };
async function explained(query: string, with_: Partial<Parameters> = {}) {
  const all = { ...parameters, ...with_ };
  const concepts = await understand(query, index, async (key) => TINY_LEXICON[key], all);
  return explain(index, rank(index, concepts, all)[0]!, concepts, all);
}
const marked = (excerpt: { text: string; marked: boolean }[]) =>
  excerpt.map(({ text, marked: isMarked }) => (isMarked ? `[${text}]` : text)).join('');

describe('explaining a result', () => {
  it('shows the passage that answers, marking only the words that carried the match, never a stop word', async () => {
    const { section, excerpt, heading } = await explained('the vinegar overnight');
    expect(section).toBe('Descaling a Kettle');
    expect(marked(excerpt)).toBe('Soak it in white [vinegar] [overnight].');
    expect(heading).toBeUndefined();
  });

  it('names the heading a passage stands under, and links to it with the words and the passage to highlight', async () => {
    const { heading, href } = await explained('unplug before cleaning');
    expect(heading).toBe('Safety First');
    expect(href).toMatch(/^\/descaling\/\?highlight=unplug\+cleaning#safety-first:~:text=/);
    expect(decodeURIComponent(href.split(':~:text=')[1]!)).toContain('Unplug the kettle before cleaning it.');
  });

  it("says how the guide calls the reader's word, only for a widening as similar as the fitted confidence", async () => {
    expect((await explained('gym')).understood).toEqual([{ word: 'gym', as: 'strenuous activities' }]);
    expect((await explained('gym', { showWidening: 0.9 })).understood).toEqual([]);
  });

  it('falls back to the description, linking to the page, when only the title matched', async () => {
    const { excerpt, href } = await explained('owners');
    expect(excerpt).toEqual([{ text: 'Rest while the kettle boils.', marked: false }]);
    expect(href).toBe('/self-care/');
  });

  it('splits a word from the punctuation around it', () => {
    expect(wordCore('“stress.”')).toEqual(['“', 'stress', '.”']);
  });
});
