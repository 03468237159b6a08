/**
 * The content policy: what a section file may contain, enforced while the Markdown pipeline reads it (a Sätteri mdast
 * plugin), so that bad or hostile content stops the build with the file, the line and the rule. Content is data:
 * - no `import`/`export` and no `{…}` expressions (MDX's code), only `{/* comments *\/}`;
 * - raw HTML only from ALLOWED_ELEMENTS, with their listed attributes, and attribute values as plain text;
 * - links only to `https:`, `mailto:`, `tel:` or this site; images only from this site (the CSP allows no other).
 * docs/editing.md ("What the text may contain") explains them to editors and links here for the lists.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { recordLink } from './written-links';

/** Attributes any allowed element may have. */
const GLOBAL_ATTRIBUTES = ['id', 'title', 'lang', 'dir'];

/** The HTML elements content may use, each with the attributes it may have beyond GLOBAL_ATTRIBUTES. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  abbr: [],
  aside: [],
  b: [],
  blockquote: ['cite'],
  br: [],
  cite: [],
  dd: [],
  del: ['datetime'],
  details: ['open'],
  dfn: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: ['datetime'],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  q: ['cite'],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'scope'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
};

/** Attributes whose value is a URL, and whether the browser loads it with the page (media) or on a click (link). */
const URL_ATTRIBUTES: Readonly<Record<string, 'link' | 'media'>> = { href: 'link', src: 'media', cite: 'link' };

/** Schemes a link may use besides this site's own addresses. */
const LINK_SCHEMES = ['https:', 'mailto:', 'tel:'];

/** One thing in a content file that breaks the policy. */
export interface PolicyProblem {
  line?: number | undefined;
  column?: number | undefined;
  /** The rule's name, e.g. `no-expression`. */
  rule: string;
  message: string;
}

/** What is wrong with a URL written in content, or null when it is allowed. */
export function urlProblem(url: string, kind: 'link' | 'media'): string | null {
  const trimmed = url.trim();
  // Browsers ignore tabs and newlines inside a scheme (`java\tscript:`), so they do not hide one here either.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed.replace(/[\t\n\r]/g, ''))?.[1]?.toLowerCase();
  if (trimmed.startsWith('//')) return `"${url}" points at another site without saying how; write https://…`;
  if (!scheme) return null;
  if (kind === 'media')
    return `images must be files of this site (/…), not "${url}": the page may load nothing from elsewhere`;
  if (LINK_SCHEMES.includes(`${scheme}:`)) return null;
  return `links may use https:, mailto: or tel:, or point at this site; "${scheme}:" is not allowed`;
}

/** What is wrong with an HTML element written in content: its name, its attributes, their values. */
export function elementProblems(
  name: string | null,
  attributes: readonly { name: string; value: unknown }[],
): string[] {
  if (name === null) return ['fragments (<>…</>) are not allowed; write the text without them'];
  const allowed = ALLOWED_ELEMENTS[name];
  if (!allowed) return [`<${name}> is not allowed in content; allowed: ${Object.keys(ALLOWED_ELEMENTS).join(', ')}`];
  const problems: string[] = [];
  for (const { name: attribute, value } of attributes) {
    if (!GLOBAL_ATTRIBUTES.includes(attribute) && !allowed.includes(attribute)) {
      const why = /^on/i.test(attribute)
        ? ' (scripts are not allowed)'
        : attribute === 'style'
          ? ' (styles come from the site)'
          : '';
      problems.push(`<${name} ${attribute}> is not allowed${why}`);
      continue;
    }
    if (typeof value !== 'string' && value !== null) {
      problems.push(`<${name} ${attribute}={…}>: attribute values must be plain text in quotes`);
      continue;
    }
    const kind = URL_ATTRIBUTES[attribute];
    const problem = kind && typeof value === 'string' ? urlProblem(value, name === 'img' ? 'media' : kind) : null;
    if (problem) problems.push(problem);
  }
  return problems;
}

/** Whether an MDX expression is only a comment, `{/* … *\/}`, which content may use. */
export function isComment(expression: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
}

/** What is wrong with a `{…}` in content, and how to write braces as text. */
export function expressionProblem(expression: string): string {
  const shown = expression.trim().slice(0, 40);
  return `{${shown}} is code, which content may not contain; to show the braces as text, put a backslash before the first: \\{${shown}}`;
}

/** The error for a file's problems, naming the file and, per problem, its line, column and rule. */
export function policyError(file: string, problems: readonly PolicyProblem[]): Error {
  const lines = problems.map(
    ({ line, column, rule, message }) =>
      `  ${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: [${rule}] ${message}`,
  );
  const error = new Error(`Content breaks the content policy:\n${lines.join('\n')}`);
  error.name = 'ContentPolicyError';
  return error;
}

type Positioned = { position?: { start: { line: number; column: number } } | undefined };

/** The plugin for `satteri({ mdastPlugins: [contentPolicy] })`: collects every problem of a file, then fails once. */
export const contentPolicy: MdastPluginEntry = (context: PluginFactoryContext) => {
  const problems: PolicyProblem[] = [];
  const file = context.fileURL ? relative(process.cwd(), fileURLToPath(context.fileURL)) : undefined;
  /** Notes where a link was written, for the link check's messages. */
  const remember = (url: string, node: Positioned) => {
    if (file && node.position) recordLink(url, { file, line: node.position.start.line });
  };
  const report = (node: Positioned, rule: string, message: string): void => {
    problems.push({ line: node.position?.start.line, column: node.position?.start.column, rule, message });
  };
  const checkElement = (
    node: Positioned & { name: string | null; attributes: { type: string; name?: string; value?: unknown }[] },
  ) => {
    const attributes = node.attributes.map((attribute) =>
      attribute.type === 'mdxJsxAttribute'
        ? { name: attribute.name ?? '', value: attribute.value ?? null }
        : { name: '{…}', value: {} },
    );
    for (const message of elementProblems(node.name, attributes)) report(node, 'html', message);
    for (const { name, value } of attributes)
      if (URL_ATTRIBUTES[name] && typeof value === 'string') remember(value, node);
  };
  return {
    name: 'content-policy',
    options: { position: true },
    mdxjsEsm: (node) => {
      report(
        node,
        'no-import-export',
        'import and export are code, which content may not contain: delete the line, or if it is text, reword it so that it does not begin with "import" or "export"',
      );
    },
    mdxFlowExpression: (node) => {
      if (!isComment(node.value)) report(node, 'no-expression', expressionProblem(node.value));
    },
    mdxTextExpression: (node) => {
      if (!isComment(node.value)) report(node, 'no-expression', expressionProblem(node.value));
    },
    mdxJsxFlowElement: (node) => checkElement(node),
    mdxJsxTextElement: (node) => checkElement(node),
    html: (node) => {
      report(node, 'html', 'raw HTML must be written as MDX elements');
    },
    link: (node) => {
      remember(node.url, node);
      const problem = urlProblem(node.url, 'link');
      if (problem) report(node, 'url', problem);
    },
    definition: (node) => {
      remember(node.url, node);
      const problem = urlProblem(node.url, 'link');
      if (problem) report(node, 'url', problem);
    },
    image: (node) => {
      remember(node.url, node);
      const problem = urlProblem(node.url, 'media');
      if (problem) {
        report(node, 'url', problem);
        return;
      }
      // An image next to the content file must be there: say so here, not in the code Astro generates for it.
      const relative = !node.url.startsWith('/') && context.fileURL;
      if (relative && !existsSync(new URL(decodeURI(node.url.split(/[?#]/)[0]!), context.fileURL))) {
        report(node, 'missing-file', `the image "${node.url}" is not there; put it next to this file or fix the name`);
      }
    },
    after: () => {
      if (problems.length) throw policyError(context.fileURL?.pathname ?? 'a content file', problems);
    },
  };
};
