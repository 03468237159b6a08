/** Writes and reads a `_headers` file: the format Netlify, Cloudflare Pages and similar static hosts read. */

/** One block: a URL pattern and the headers sent for it, in file order. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** The file for `rules`, with a comment on top. */
export function formatHeadersFile(rules: readonly HeaderRule[], comment: string): string {
  const lines = comment.split('\n').map((line) => `# ${line}`.trimEnd());
  for (const { pattern, headers } of rules)
    lines.push(pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`));
  return `${lines.join('\n')}\n`;
}

/** The rules of a `_headers` file; comments and blank lines are skipped. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: "${line.trim()}" is neither a URL pattern nor a header`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The value of header `name` in the block for `pattern`, or undefined. */
export function headerValue(rules: readonly HeaderRule[], pattern: string, name: string): string | undefined {
  const rule = rules.find((candidate) => candidate.pattern === pattern);
  return rule?.headers.find(([header]) => header.toLowerCase() === name.toLowerCase())?.[1];
}

/** The headers a host sends for `path`: those of every block whose pattern matches it (`*` matches anything). */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const { pattern, headers } of rules) {
    const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    if (new RegExp(`^${source}$`).test(path)) for (const [name, value] of headers) sent[name.toLowerCase()] = value;
  }
  return sent;
}
