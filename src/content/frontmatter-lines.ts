/**
 * Where things are in a section file's frontmatter, by line, for error messages: the frontmatter's own lines, and the
 * line of a field or of an item inside one (`topics.4.heading`).
 */
import { isCollection, isPair, isScalar, LineCounter, parseDocument, type Node } from 'yaml';

/** The frontmatter's place in the file: the lines of its opening and closing `---` (from 1), and its YAML. */
export interface FrontmatterPlace {
  open: number;
  close: number;
  yaml: string;
}

/** Where the frontmatter is, or undefined when the file has none. */
export function frontmatterPlace(source: string): FrontmatterPlace | undefined {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end === -1) return undefined;
  return { open: 1, close: end + 1, yaml: lines.slice(1, end).join('\n') };
}

/**
 * The line (from 1, in the whole file) where the value at `path` is written, e.g. `['topics', 4, 'heading']`; the
 * line of the deepest part of the path that is there when the rest is missing; undefined without a frontmatter.
 */
export function lineOf(source: string, path: readonly PropertyKey[]): number | undefined {
  const place = frontmatterPlace(source);
  if (!place) return undefined;
  const counter = new LineCounter();
  const document = parseDocument(place.yaml, { lineCounter: counter });
  let node: unknown = document.contents;
  let line: number | undefined;
  for (const key of path) {
    if (!isCollection(node)) break;
    const pair = (node.items as unknown[]).find((item, index) =>
      isPair(item) ? isScalar(item.key) && item.key.value === key : index === key,
    );
    if (!pair) break;
    const keyNode = isPair(pair) ? (pair.key as Node | null) : (pair as Node);
    const start = keyNode?.range?.[0];
    if (start !== undefined) line = counter.linePos(start).line + place.open;
    node = isPair(pair) ? pair.value : pair;
  }
  return line;
}

/** The top-level field names the frontmatter writes, in order. */
export function fieldNames(source: string): string[] {
  const place = frontmatterPlace(source);
  if (!place) return [];
  const contents = parseDocument(place.yaml).contents;
  if (!isCollection(contents)) return [];
  return contents.items.flatMap((item) => (isPair(item) && isScalar(item.key) ? [String(item.key.value)] : []));
}
