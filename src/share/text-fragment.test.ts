import { describe, expect, it } from 'vitest';
import {
  encodeDirectivePart,
  findDirective,
  formatDirective,
  snapToWords,
  textDirectiveFor,
  textFragmentUrl,
  type TextQuote,
} from './text-fragment.ts';

/** Splits `page` around the `occurrence`-th (0-based) appearance of `selected`. */
function quote(page: string, selected: string, occurrence = 0): TextQuote {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = page.indexOf(selected, index + 1);
  if (index === -1) throw new Error(`"${selected}" not in page`);
  return { before: page.slice(0, index), selected, after: page.slice(index + selected.length) };
}

/** Decodes a directive string back into its parts, as a browser would. */
function parse(directive: string) {
  const parts = directive.replace(/^text=/, '').split(',');
  const prefix = parts[0]!.endsWith('-') ? decodeURIComponent(parts.shift()!.slice(0, -1)) : undefined;
  const suffix = parts.at(-1)!.startsWith('-') ? decodeURIComponent(parts.pop()!.slice(1)) : undefined;
  return { prefix, start: decodeURIComponent(parts[0]!), end: parts[1] && decodeURIComponent(parts[1]), suffix };
}

describe('encodeDirectivePart', () => {
  it('encodes the characters that are syntax in a text directive', () => {
    expect(encodeDirectivePart('self-care, diet & sleep')).toBe('self%2Dcare%2C%20diet%20%26%20sleep');
  });

  it('round-trips through decodeURIComponent, including curly quotes', () => {
    const text = 'it’s “deep” - 100% (really)';
    expect(decodeURIComponent(encodeDirectivePart(text))).toBe(text);
    expect(encodeDirectivePart(text)).not.toMatch(/[-,& ]/);
  });
});

describe('formatDirective', () => {
  it('writes prefix-, start, end and -suffix in order', () => {
    expect(formatDirective({ prefix: 'a', start: 'b c', end: 'd', suffix: 'e-f' })).toBe('text=a-,b%20c,d,-e%2Df');
  });

  it('writes a bare start when there is no context', () => {
    expect(formatDirective({ start: 'lower back' })).toBe('text=lower%20back');
  });
});

describe('findDirective', () => {
  const page = 'Rest helps. Massage helps the back. Stretching helps the back too.';

  it('finds the first whole-word match, ignoring case', () => {
    expect(findDirective(page, { start: 'HELPS THE BACK' })).toEqual({ start: 20, end: 34 });
  });

  it('skips matches inside words', () => {
    expect(findDirective('unhelpful helps', { start: 'help' })).toBeUndefined();
    expect(findDirective('unhelpful helps', { start: 'helps' })).toEqual({ start: 10, end: 15 });
  });

  it('uses the prefix and suffix to pick an occurrence', () => {
    expect(findDirective(page, { prefix: 'Stretching', start: 'helps the back' })).toEqual({ start: 47, end: 61 });
    expect(findDirective(page, { start: 'helps the back', suffix: 'too' })).toEqual({ start: 47, end: 61 });
  });

  it('matches a range from the start words to the first end words after them', () => {
    expect(findDirective(page, { start: 'Massage', end: 'back' })).toEqual({ start: 12, end: 34 });
  });
});

describe('snapToWords', () => {
  it('widens a selection that cuts words to the whole words', () => {
    const snapped = snapToWords({ before: 'deep tis', selected: 'sue mass', after: 'age helps' });
    expect(snapped).toEqual({ before: 'deep ', selected: 'tissue massage', after: ' helps' });
  });

  it('moves surrounding and repeated whitespace out of the selection', () => {
    const snapped = snapToWords({ before: 'a', selected: '  lower\n\n back ', after: 'b' });
    expect(snapped).toEqual({ before: 'a ', selected: 'lower back', after: ' b' });
  });
});

describe('textDirectiveFor', () => {
  it('uses the text alone when it is unique on the page', () => {
    const page = 'Deep tissue massage eases tension. Heat also helps.';
    expect(textDirectiveFor(quote(page, 'Heat also helps'))).toEqual({ start: 'Heat also helps' });
  });

  it('adds context when the text appears earlier on the page', () => {
    const page = 'On this page: Can Massage Cure Back Pain? Intro text. Can Massage Cure Back Pain? Answer.';
    const directive = textDirectiveFor(quote(page, 'Can Massage Cure Back Pain?', 1))!;
    expect(directive.start).toBe('Can Massage Cure Back Pain?');
    expect(directive.prefix ?? directive.suffix).toBeTruthy();
    expect(findDirective(page, directive)?.start).toBe(page.lastIndexOf('Can Massage'));
  });

  it('needs no context for the first of two occurrences', () => {
    const page = 'the back. the back.';
    expect(textDirectiveFor(quote(page, 'the back', 0))).toEqual({ start: 'the back' });
  });

  it('turns a long selection into a start,end range that still matches exactly it', () => {
    const sentence =
      'Stretching the muscles of the lower back every morning can keep them loose and reduce the pain you feel';
    const page = `Intro. ${sentence}. Outro.`;
    const directive = textDirectiveFor(quote(page, sentence))!;
    expect(directive.end).toBeDefined();
    expect(findDirective(page, directive)).toEqual({ start: 7, end: 7 + sentence.length });
  });

  it('returns undefined for a selection of only spaces', () => {
    expect(textDirectiveFor({ before: 'a', selected: '  ', after: 'b' })).toBeUndefined();
  });
});

describe('textFragmentUrl', () => {
  it('replaces the page fragment with an encoded text directive that decodes to the selection', () => {
    const page = 'Self-care at home: heat, rest & gentle stretching help.';
    const url = textFragmentUrl('https://example.org/self-care/#top', quote(page, 'heat, rest & gentle'))!;
    expect(url.startsWith('https://example.org/self-care/#:~:text=')).toBe(true);
    expect(parse(url.split('#:~:')[1]!)).toMatchObject({ start: 'heat, rest & gentle' });
  });

  it('snaps a half-selected word and round-trips prefix and suffix', () => {
    const page = 'pain-free days. Later: pain-free days ahead.';
    const url = textFragmentUrl('https://example.org/a/', quote(page, 'ain-free days', 1))!;
    const parsed = parse(url.split('#:~:')[1]!);
    expect(parsed.start).toBe('pain-free days');
    expect(findDirective(page, parsed)?.start).toBe(page.lastIndexOf('pain-free'));
  });
});
