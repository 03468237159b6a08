/**
 * Builds text-fragment links (`#:~:text=…`) for a selection, as the browser would match them:
 * whole words, case-insensitive, the first match on the page wins. Pure, so it runs in tests and in the browser.
 */

/** The page's visible text split around the selection. */
export interface TextQuote {
  /** Text before the selection, from the start of the page. */
  before: string;
  /** The selected text. */
  selected: string;
  /** Text after the selection, to the end of the page. */
  after: string;
}

/** The parts of one text directive; `end` makes it a range, `prefix`/`suffix` pin down which occurrence. */
export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

const WORD_CHAR = /[\p{L}\p{N}'’]/u;
const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}'’])";
const NOT_WORD_AFTER = "(?![\\p{L}\\p{N}'’])";
/** Selections with more words than this become a start…end range, to keep links short. */
const RANGE_OVER_WORDS = 10;
/** Most words of context tried on each side before giving up on a unique match. */
const MAX_CONTEXT_WORDS = 6;

/** Percent-encodes one directive part; `-`, `,` and `&` are syntax inside a text directive. */
export function encodeDirectivePart(part: string): string {
  return encodeURIComponent(part).replace(/-/g, '%2D');
}

/** The directive as it appears after `#:~:`, e.g. `text=in%2Dlaw-,the,-end`. */
export function formatDirective({ prefix, start, end, suffix }: TextDirective): string {
  const parts = [
    prefix && `${encodeDirectivePart(prefix)}-`,
    encodeDirectivePart(start),
    end && encodeDirectivePart(end),
  ];
  if (suffix) parts.push(`-${encodeDirectivePart(suffix)}`);
  return `text=${parts.filter(Boolean).join(',')}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Where the browser would find `directive` in `text`: the first whole-word match, or undefined. */
export function findDirective(
  text: string,
  { prefix, start, end, suffix }: TextDirective,
): { start: number; end: number } | undefined {
  const source =
    NOT_WORD_BEFORE +
    (prefix ? `${escapeRegExp(prefix)}\\s*` : '') +
    `(?<match>${escapeRegExp(start)}${end ? `[\\s\\S]*?${NOT_WORD_BEFORE}${escapeRegExp(end)}` : ''})` +
    NOT_WORD_AFTER +
    (suffix ? `\\s*${escapeRegExp(suffix)}${NOT_WORD_AFTER}` : '');
  const found = new RegExp(source, 'iud').exec(text)?.indices?.groups?.match;
  return found && { start: found[0], end: found[1] };
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** Moves the selection's edges outwards to whole words and off surrounding spaces, as browsers only match words. */
export function snapToWords({ before, selected, after }: TextQuote): TextQuote {
  let head = collapse(before);
  let body = collapse(selected);
  let tail = collapse(after);
  while (WORD_CHAR.test(head.at(-1) ?? '') && WORD_CHAR.test(body[0] ?? ''))
    [head, body] = [head.slice(0, -1), head.at(-1) + body];
  while (WORD_CHAR.test(body.at(-1) ?? '') && WORD_CHAR.test(tail[0] ?? ''))
    [body, tail] = [body + tail[0], tail.slice(1)];
  const lead = body.length - body.trimStart().length;
  const trail = body.length - body.trimEnd().length;
  return { before: head + body.slice(0, lead), selected: body.trim(), after: body.slice(body.length - trail) + tail };
}

const firstWords = (text: string, count: number) => text.trim().split(' ').slice(0, count).join(' ');
const lastWords = (text: string, count: number) => (count ? text.trim().split(' ').slice(-count).join(' ') : '');

/** The shortest directive that matches exactly this selection first; undefined for an empty selection. */
export function textDirectiveFor(quote: TextQuote): TextDirective | undefined {
  const { before, selected, after } = snapToWords(quote);
  if (!selected) return undefined;
  const text = before + selected + after;
  const words = selected.split(' ');
  const spans = words.length > RANGE_OVER_WORDS ? [3, 5].filter((n) => n * 2 < words.length) : [];
  const bodies: TextDirective[] = [
    ...spans.map((n) => ({ start: firstWords(selected, n), end: lastWords(selected, n) })),
    { start: selected },
  ];
  let candidate = bodies.at(-1)!;
  for (let context = 0; context <= MAX_CONTEXT_WORDS; context++) {
    for (const body of bodies) {
      candidate = {
        ...body,
        prefix: lastWords(before, context) || undefined,
        suffix: firstWords(after, context) || undefined,
      };
      const found = findDirective(text, candidate);
      if (found?.start === before.length && found.end === before.length + selected.length) return candidate;
    }
  }
  return candidate;
}

/** `pageUrl` with its fragment replaced by a text fragment for the selection, or undefined for an empty one. */
export function textFragmentUrl(pageUrl: string, quote: TextQuote): string | undefined {
  const directive = textDirectiveFor(quote);
  return directive && `${pageUrl.split('#')[0]}#:~:${formatDirective(directive)}`;
}
