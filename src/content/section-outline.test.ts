import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headings as headingsPlugin } from '../markdown/headings';
import { explainSyntaxError, isSyntaxProblem, sectionOutline, type SectionOutline } from './section-outline';

/** The outline of `source`, failing the test when it is a syntax problem. */
function outlineOf(source: string, frontmatter: unknown = {}): SectionOutline {
  const read = sectionOutline(source, frontmatter);
  if (isSyntaxProblem(read)) throw new Error(read.message);
  return read;
}

/** The ids the Markdown pipeline's heading plugin gives, in order. */
async function pipelineIds(source: string, frontmatter: Record<string, unknown>): Promise<string[]> {
  const { code } = await mdxToJs(source, {
    hastPlugins: [headingsPlugin],
    jsxImportSource: 'astro',
    features: { gfm: true, smartPunctuation: true },
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  return [...code.matchAll(/fragment: "([^"]+)"/g)].map((match) => match[1]!);
}

const DOCUMENT = `---
title: "T"
---
Intro with a [link](/other/#part) and <a href="/a/">an anchor</a>.

## Plain *words* and \`code\` {/* a note */} ![an image](/x.png)

### Don't "quote" -- me...

#### Plain words and code

##### Too deep

## Plain words and code

<span id="kept-id">Span</span>

[ref]: https://example.org/page
`;

describe('sectionOutline', () => {
  it('lists h2–h4 with their text, line and id, as the pipeline gives them', async () => {
    const outline = outlineOf(DOCUMENT);
    expect(outline.headings.map(({ text, line, pinned }) => ({ text, line, pinned }))).toEqual([
      { text: 'Plain words and code /* a note */', line: 6, pinned: false },
      { text: 'Don’t “quote” – me…', line: 8, pinned: false },
      { text: 'Plain words and code', line: 10, pinned: false },
      { text: 'Plain words and code', line: 14, pinned: false },
    ]);
    expect(outline.headings.map((heading) => heading.id)).toEqual(await pipelineIds(DOCUMENT, {}));
  });

  it('gives a pinned heading its pinned id, as the pipeline does', async () => {
    // Pinned with the words as typed: the page shows them with curly quotes, a dash and an ellipsis.
    const frontmatter = { headingIds: { 'Don\'t "quote" -- me...': 'old-id' } };
    const outline = outlineOf(DOCUMENT, frontmatter);
    expect(outline.headings[1]).toMatchObject({ id: 'old-id', pinned: true });
    expect(outline.headings.map((heading) => heading.id)).toEqual(await pipelineIds(DOCUMENT, frontmatter));
  });

  it('lists the links (Markdown, definitions, <a href>) with their lines, and the other ids of the text', () => {
    const outline = outlineOf(DOCUMENT);
    expect(outline.links).toEqual([
      { href: '/other/#part', line: 4 },
      { href: '/a/', line: 4 },
      { href: 'https://example.org/page', line: 18 },
    ]);
    expect(outline.ids).toEqual(['kept-id']);
  });
});

describe('a file that is not valid MDX', () => {
  const problem = (text: string) => {
    const read = sectionOutline(`---\ntitle: "T"\n---\n${text}\n`, {});
    if (!isSyntaxProblem(read)) throw new Error('expected a syntax problem');
    return read;
  };

  it('a "<" before a digit: the line, the column, and the text with a backslash', () => {
    expect(problem('Pain for <2 weeks is common.')).toEqual({
      line: 4,
      column: 10,
      message:
        '"<" starts an HTML tag in MDX, and "<2" is not one. To show the sign itself, put a backslash before it: "<2 weeks is common." should be written "\\<2 weeks is common." (or in words: "less than").',
    });
  });

  it('a link in angle brackets: written as a Markdown link', () => {
    expect(problem('See <https://example.org/a>.').message).toBe(
      '"<" starts an HTML tag in MDX, so a link cannot be written <https://example.org/a>. Write it as [the words to show](https://example.org/a).',
    );
    expect(problem('Mail <help@example.org>.').message).toContain('[the words to show](mailto:help@example.org)');
  });

  it('a "{" in text: the column of the brace, and the text with a backslash', () => {
    expect(problem('Rest {as needed} then walk.')).toMatchObject({ line: 4, column: 6 });
    expect(problem('Rest {as needed} then walk.').message).toBe(
      '"{" starts code in MDX, which content may not contain. To show a brace itself, put a backslash before it: "{as needed} then walk." should be written "\\{as needed} then walk.".',
    );
    expect(problem('A brace { left open.').message).toContain('should be written "\\{ left open."');
  });

  it('an unclosed or a stray tag: how to close it, or to write it as text', () => {
    expect(problem('<aside>Open').message).toMatch(/^<aside> is opened but never closed\. Close it with <\/aside>/);
    expect(problem('Text </b> here').message).toMatch(/^<\/b> closes a tag that was not opened here\. Add <b>/);
  });

  it('any other parser message: passed on with what < and { mean', () => {
    expect(explainSyntaxError('2:3: Something odd (mdx-jsx:unexpected-character)', 'a\nbcdef')).toEqual({
      line: 2,
      column: 3,
      message:
        'this line is not valid MDX: Something odd. In MDX "<" starts a tag and "{" starts code: to show either sign as text, put a backslash before it (\\< or \\{).',
    });
    expect(explainSyntaxError('no position', '')).toMatchObject({ line: 0, column: 0 });
  });
});
