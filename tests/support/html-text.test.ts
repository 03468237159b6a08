import { describe, expect, it } from 'vitest';
import { plainText } from './html-text';

describe('plainText', () => {
  it('drops tags and keeps the words', () => {
    expect(plainText('Does <em>Warmth</em> Ease <a href="#x">a Stiff Neck</a>?')).toBe(
      'Does Warmth Ease a Stiff Neck?',
    );
  });

  it('decodes named, decimal and hex character references', () => {
    expect(plainText('Heat &amp; ice &#8211; it&#x2019;s &quot;fine&quot; &lt;3')).toBe('Heat & ice – it’s "fine" <3');
  });

  it('leaves unknown references alone and collapses whitespace', () => {
    expect(plainText('  a &bogus;\n\n b  ')).toBe('a &bogus; b');
  });
});
