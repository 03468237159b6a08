// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readingOrder, sentenceSpans } from './reading-order';

describe('sentenceSpans', () => {
  it('splits a text into sentences without the spaces around them', () => {
    const text = '  One sentence here. Another one?  And a third!  ';
    expect(sentenceSpans(text, 'en-US').map(([start, end]) => text.slice(start, end))).toEqual([
      'One sentence here.',
      'Another one?',
      'And a third!',
    ]);
    expect(sentenceSpans('   ', 'en-US')).toEqual([]);
  });
});

describe('readingOrder', () => {
  const article = (html: string) => {
    document.body.innerHTML = `<article>${html}</article>`;
    return document.querySelector('article')!;
  };

  it('reads headings, paragraphs and list items in order, across inline elements', () => {
    const paragraphs = readingOrder(
      article(`
        <div class="heading-row"><h1 id="top">The title</h1><share-link class="no-print"><a href="#top">Link</a></share-link></div>
        <reading-tools class="no-print"><button>Listen</button></reading-tools>
        <nav><a href="#a">On this page</a></nav>
        <p>First <em>sentence</em> here. Second <a href="/x/">one</a>.</p>
        <ul><li>An item<ul><li>A nested item.</li></ul></li></ul>
        <p class="no-print"><a href="#top">Back to top</a></p>
        <p hidden>Hidden text.</p>
        <p class="print-only">This page: https://example</p>`),
      'en-US',
    );
    expect(paragraphs.map((paragraph) => paragraph.sentences.map((sentence) => sentence.text))).toEqual([
      ['The title'],
      ['First sentence here.', 'Second one.'],
      ['An item'],
      ['A nested item.'],
    ]);
    expect(paragraphs.map((paragraph) => paragraph.block.tagName)).toEqual(['H1', 'P', 'LI', 'LI']);
  });

  it('gives each sentence the range of page text it covers, across elements', () => {
    const [paragraph] = readingOrder(article('<p>First <em>sentence</em> here.   Second <b>one</b>.</p>'), 'en-US');
    expect(paragraph!.sentences.map((sentence) => sentence.range.toString())).toEqual([
      'First sentence here.',
      'Second one.',
    ]);
    const { range } = paragraph!.sentences[1]!;
    expect(range.startContainer.textContent).toBe(' here.   Second ');
    expect(range.endContainer.textContent).toBe('.');
  });

  it('folds line breaks and runs of spaces in what it says', () => {
    const [paragraph] = readingOrder(article('<p>Words\n   across\n lines.</p>'), 'en-US');
    expect(paragraph!.sentences[0]!.text).toBe('Words across lines.');
  });
});
