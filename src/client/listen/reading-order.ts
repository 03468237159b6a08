/**
 * What Listen reads, in reading order: the text of the page's article split into paragraphs (each heading, paragraph,
 * list item, quote or cell) and sentences, each sentence with the Range it covers, for highlighting. The interface
 * inside the article is left out: whatever is not printed (share controls, the contents, the reading tools, "Back to
 * top"), navigation, and hidden parts.
 */

/** Elements whose text is read as one paragraph. */
const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,dt,dd,th,td,caption,figcaption';

/**
 * Parts of the article that are interface, not text (global.css hides `.no-print` on paper for the same reason), and
 * the urgent-help card, which the whole guide shows near its top: ours, not the author's.
 */
export const NOT_READ = 'nav,.no-print,.print-only,.urgent-care,[hidden],template,script,style';

/** One sentence: the words to say and the text they cover on the page. */
export interface Sentence {
  text: string;
  range: Range;
}

/** One paragraph (or heading, list item…), as sentences. */
export interface Paragraph {
  block: Element;
  sentences: Sentence[];
}

/** A run of text nodes that belong to one block, and where each starts in their joined text. */
interface Run {
  block: Element;
  nodes: Text[];
  starts: number[];
  text: string;
}

/** The text node and offset at `offset` in a run's joined text. */
function pointAt(run: Run, offset: number): [Text, number] {
  let index = run.starts.length - 1;
  while (index > 0 && run.starts[index]! > offset) index--;
  return [run.nodes[index]!, offset - run.starts[index]!];
}

/** Sentences of a text, as [start, end) offsets without surrounding spaces. */
export function sentenceSpans(text: string, lang: string): [number, number][] {
  // Line breaks in HTML text are spaces, but they end sentences for the segmenter: it sees spaces (same offsets).
  const spaced = text.replace(/\s/g, ' ');
  const segments =
    typeof Intl.Segmenter === 'function'
      ? [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(spaced)].map(
          ({ index, segment }) => [index, index + segment.length] as const,
        )
      : [[0, text.length] as const];
  const spans: [number, number][] = [];
  for (let [start, end] of segments) {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push([start, end]);
  }
  return spans;
}

/** The paragraphs of `root` to read, in document order. */
export function readingOrder(root: Element, lang: string): Paragraph[] {
  const runs: Run[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest(NOT_READ)) continue;
    const block = parent.closest(BLOCKS) ?? parent;
    let run = runs.at(-1);
    if (run?.block !== block) runs.push((run = { block, nodes: [], starts: [], text: '' }));
    run.nodes.push(node);
    run.starts.push(run.text.length);
    run.text += node.data;
  }
  return runs
    .map((run) => ({
      block: run.block,
      sentences: sentenceSpans(run.text, lang).map(([start, end]) => {
        const range = root.ownerDocument.createRange();
        range.setStart(...pointAt(run, start));
        range.setEnd(...pointAt(run, end));
        return { text: run.text.slice(start, end).replace(/\s+/g, ' '), range };
      }),
    }))
    .filter((paragraph) => paragraph.sentences.length > 0);
}
