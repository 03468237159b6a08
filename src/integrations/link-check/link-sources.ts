/** Finds which content file (and line) a link in the built site was written in, so errors point at the source. */

/** A content file's path (as shown to people) and its text. */
export interface SourceFile {
  file: string;
  text: string;
}

/** `file:line` of every line in `sources` containing `needle`. */
function linesContaining(sources: readonly SourceFile[], needle: string): string[] {
  const found: string[] = [];
  for (const { file, text } of sources) {
    text.split(/\r?\n/).forEach((line, index) => {
      if (line.includes(needle)) found.push(`${file}:${index + 1}`);
    });
  }
  return found;
}

/**
 * Where `href` was written: first the exact link, then without its fragment, then the bare fragment (a heading id
 * given in frontmatter, such as a topic's `heading`). Empty when no content file has it: a template made the link.
 */
export function locateLink(href: string, sources: readonly SourceFile[]): string[] {
  const [path = '', fragment = ''] = href.split('#', 2);
  const candidates = [href, path.length > 1 ? path : '', fragment.length > 1 ? fragment : ''].filter(Boolean);
  for (const candidate of candidates) {
    const found = linesContaining(sources, candidate);
    if (found.length) return found;
  }
  return [];
}
