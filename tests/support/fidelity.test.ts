import { describe, expect, it } from 'vitest';
import { bodyBlocks, fidelity, normalise, sentencesOf, shownText } from './fidelity';

const SOURCE = `---
title: "A title"
headingIds: { "x": "y" }
---
First sentence here. Second one, with *emphasis* and a [link](/a/)!

## A heading {/* a note */}

- Listed "quote" -- item...
- Item with\\
a hard break.

{/* A comment the page does not show. */}

<aside>Text in an aside. \\<2 weeks.</aside>

| Cell one | Cell two |
| --- | --- |
| Three. | Four. |

![An image's alt text](/x.png)
`;

describe('bodyBlocks', () => {
  it('reads each block of the body as its author wrote it: no frontmatter, comments or image text', () => {
    expect(bodyBlocks(SOURCE)).toEqual([
      'First sentence here. Second one, with emphasis and a link!',
      'A heading',
      'Listed "quote" - item...',
      'Item with a hard break.',
      'Text in an aside. <2 weeks.',
      'Cell one',
      'Cell two',
      'Three.',
      'Four.',
    ]);
  });
});

describe('sentencesOf', () => {
  it('splits blocks into sentences', () => {
    expect(sentencesOf(['One. Two? Three!', 'Four'])).toEqual(['One.', 'Two?', 'Three!', 'Four']);
  });
});

describe('normalise', () => {
  it('undoes typesetting: quotes, dashes, ellipses and spaces', () => {
    expect(normalise(' “Don’t” – wait —  now… ')).toBe('"Don\'t" - wait - now...');
  });
});

describe('shownText', () => {
  const PAGE = `<main><article class="prose"><h1 id="top">Title</h1><nav><p>Contents</p></nav>
    <p>First sentence here. Second one, with <em>emphasis</em> and a <a href="/a/">link</a>!</p>
    <div class="heading-row"><h2 id="h">A heading</h2><span class="no-print">Share</span></div>
    <p hidden>Hidden.</p><template><p>Template.</p></template><p>Line<br>break</p></article>
    <article class="prose"><p>Second region.</p></article></main>`;

  it('gives the text of each region a reader sees, without the interface or what is left out', () => {
    expect(shownText(PAGE, 'article.prose', 'h1')).toEqual([
      'First sentence here. Second one, with emphasis and a link! A heading Line break',
      'Second region.',
    ]);
  });
});

describe('fidelity', () => {
  const blocks = ['One. Two.', 'Three.'];

  it('finds nothing wrong with text shown whole, in order, once, whatever surrounds it', () => {
    expect(fidelity(blocks, 'Page 1 One. Two. Share Three. Back to top')).toEqual({ missing: [], doubled: [] });
  });

  it('finds a dropped sentence, and one moved out of order', () => {
    expect(fidelity(blocks, 'One. Three.').missing).toEqual(['Two.']);
    expect(fidelity(blocks, 'Two. One. Three.').missing).toEqual(['Two.']);
  });

  it('finds a sentence shown more often than it was written, but not one the author repeated', () => {
    expect(fidelity(blocks, 'One. Two. Three. Three.').doubled).toEqual([{ sentence: 'Three.', written: 1, shown: 2 }]);
    expect(fidelity(['Yes.', 'Yes.'], 'Yes. Yes.')).toEqual({ missing: [], doubled: [] });
  });
});
