/**
 * A section file read as MDX while the content loads, before any page renders: with Sätteri's parser, the one the
 * Markdown pipeline compiles with (so the two agree on what is text), it gives the section's headings with the ids
 * the pipeline will give them (src/markdown/headings.ts) and the links it holds, each with its line in the file; or,
 * when the file is not valid MDX, the line, what is wrong and how to write it instead.
 */
import type { MdastNode } from 'satteri';
import { mdxToMdast } from 'satteri';
import { headingIdMaker, headingIdPins } from '../markdown/headings';

/** Parser features as @astrojs/mdx sets them for astro.config.mjs (GFM and smart punctuation on, its defaults). */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

/** The heading levels the pipeline gives ids and share controls to. */
const LINKED_DEPTHS = new Set([2, 3, 4]);

/** A heading of the section, as readers see it and as links reach it. */
export interface OutlineHeading {
  text: string;
  /** The id the page gives it: its pinned id from `headingIds`, else a slug of its text. */
  id: string;
  /** Whether the id comes from `headingIds`. */
  pinned: boolean;
  line: number;
}

/** A link written in the section (Markdown link, reference definition or `<a href>`). */
export interface OutlineLink {
  href: string;
  line: number;
}

/** Why the file is not valid MDX: where, what is wrong, and what to write instead. */
export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

/** What the checks need to know of one section file. */
export interface SectionOutline {
  headings: OutlineHeading[];
  links: OutlineLink[];
  /** Other ids written in the text (`<span id="…">`), which links may point at too. */
  ids: string[];
}

type Node = MdastNode & {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
};

/** A heading's text as the pipeline's `textContent` reads it: image alt text left out, a `{/* comment *\/}` kept. */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'mdxTextExpression') return node.value ?? '';
  if (node.type === 'image') return '';
  return (node.children ?? []).map(textOf).join('');
}

/** The value of a JSX element's plain attribute, if it has one. */
function attribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Reads `source` (a whole section file, frontmatter included) as MDX; `frontmatter` gives its `headingIds`. */
export function sectionOutline(source: string, frontmatter: unknown): SectionOutline | SyntaxProblem {
  let tree: Node;
  try {
    tree = mdxToMdast(source, { features: FEATURES }) as Node;
  } catch (error) {
    return explainSyntaxError((error as Error).message, source);
  }
  const idFor = headingIdMaker(headingIdPins(frontmatter));
  const pins = new Set(headingIdPins(frontmatter).values());
  const outline: SectionOutline = { headings: [], links: [], ids: [] };
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'heading' && LINKED_DEPTHS.has(node.depth ?? 0)) {
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      const id = idFor(text);
      outline.headings.push({ text, id, pinned: pins.has(id), line });
    }
    if ((node.type === 'link' || node.type === 'definition') && node.url) outline.links.push({ href: node.url, line });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const href = node.name === 'a' ? attribute(node, 'href') : undefined;
      if (href) outline.links.push({ href, line });
      const id = attribute(node, 'id');
      if (id) outline.ids.push(id);
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return outline;
}

/** Whether `read` is a syntax problem rather than an outline. */
export function isSyntaxProblem(read: SectionOutline | SyntaxProblem): read is SyntaxProblem {
  return 'message' in read;
}

/** Up to `width` characters of `text` from `start`, cut at a word's end. */
function excerpt(text: string, start: number, width = 24): string {
  const cut = text.slice(start, start + width);
  return cut.length < text.length - start ? cut.replace(/\s+\S*$/, '') : cut;
}

/**
 * The parser's message about the MDX of a section, as the editor needs it: what `<` and `{` mean in MDX, and the
 * line as it should be written. The parser's message starts with `line:column:`, in the whole file.
 */
export function explainSyntaxError(message: string, source: string): SyntaxProblem {
  const [, line = '0', column = '0', rest = message] = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message) ?? [];
  const at = { line: Number(line), column: Number(column) };
  const text = source.split(/\r?\n/)[at.line - 1] ?? '';
  const from = Math.max(0, at.column - 1);
  const reason = rest.replace(/\s*\(mdx-[\w-]+:[\w-]+\)$/, '').replace(/\s*\(\d+:\d+\)/, '');
  const char = text[from];
  const escaped = (sign: string) => {
    const shown = excerpt(text, from);
    return `"${shown}" should be written "\\${shown}"${sign === '<' ? ' (or in words: "less than")' : ''}`;
  };
  if (char === '<' && /after `<`/.test(reason)) {
    const target = /^((?:https?:|mailto:)[^\s>]+|[^\s@<>]+@[^\s>]+)>/.exec(text.slice(from + 1))?.[1];
    if (target) {
      const href = target.includes(':') ? target : `mailto:${target}`;
      return {
        ...at,
        message: `"<" starts an HTML tag in MDX, so a link cannot be written <${target}>. Write it as [the words to show](${href}).`,
      };
    }
    return {
      ...at,
      message: `"<" starts an HTML tag in MDX, and "${excerpt(text, from, 8)}" is not one. To show the sign itself, put a backslash before it: ${escaped('<')}.`,
    };
  }
  if (char === '{' || /expression/.test(reason)) {
    const brace = text.lastIndexOf('{', from);
    const start = brace === -1 ? from : brace;
    const shown = excerpt(text, start);
    return {
      ...at,
      column: start + 1,
      message: `"{" starts code in MDX, which content may not contain. To show a brace itself, put a backslash before it: "${shown}" should be written "\\${shown}".`,
    };
  }
  const closing = /closing tag for `<(\w+)>`/.exec(reason);
  if (closing) {
    return {
      ...at,
      message: `<${closing[1]}> is opened but never closed. Close it with </${closing[1]}> where it should end (a tag around paragraphs goes on its own line, with a blank line after it); if "<${closing[1]}>" is meant as text, write "\\<${closing[1]}>".`,
    };
  }
  const stray = /Unexpected closing tag `<\/(\w+)>`/.exec(reason);
  if (stray) {
    return {
      ...at,
      message: `</${stray[1]}> closes a tag that was not opened here. Add <${stray[1]}> where it starts, or delete </${stray[1]}>; if it is meant as text, write "\\</${stray[1]}>".`,
    };
  }
  return {
    ...at,
    message: `this line is not valid MDX: ${reason}. In MDX "<" starts a tag and "{" starts code: to show either sign as text, put a backslash before it (\\< or \\{).`,
  };
}
