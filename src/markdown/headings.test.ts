import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingIdMaker, headingIdPins, headings, normalizeHeading } from './headings';

/** Compiles MDX with the plugin, as Astro does, and returns the generated module's code. */
async function compile(source: string, frontmatter: Record<string, unknown> = {}): Promise<string> {
  const { code } = await mdxToJs(source, {
    hastPlugins: [headings],
    jsxImportSource: 'astro',
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  return code;
}

describe('headingIdPins', () => {
  it('maps normalised heading text to the pinned id', () => {
    const pins = headingIdPins({
      headingIds: { 'Can Massage  Cure Back Pain for Good?': 'can-massage-cure-back-pain' },
    });
    expect(pins.get(normalizeHeading('can massage cure back pain for good?'))).toBe('can-massage-cure-back-pain');
  });

  it('matches a heading however its quotes, dashes and ellipses are written', () => {
    const pins = headingIdPins({ headingIds: { 'Don\'t "wait" -- or --- rest...': 'kept' } });
    expect(pins.get(normalizeHeading('Don’t “wait” – or — rest…'))).toBe('kept');
  });

  it('is empty without pins', () => {
    expect(headingIdPins({ title: 'x' }).size).toBe(0);
    expect(headingIdPins(undefined).size).toBe(0);
  });
});

describe('headingIdMaker', () => {
  it('slugs text as Astro does, numbering repeats, and prefers a pin', () => {
    const idFor = headingIdMaker(new Map([['old words', 'kept-id']]));
    expect(idFor('Can Massage Cure Back Pain?')).toBe('can-massage-cure-back-pain');
    expect(idFor('Can Massage Cure Back Pain?')).toBe('can-massage-cure-back-pain-1');
    expect(idFor('Old   Words')).toBe('kept-id');
  });
});

describe('the headings plugin', () => {
  it('gives every h2–h4 an id and its share control in a heading row', async () => {
    const code = await compile('## What to Wear\n\nText.\n\n### Before you go\n\n#### Small print');
    expect(code).toMatch(
      /className: "heading-row"[\s\S]*id: "what-to-wear"[\s\S]*HeadingShare, \{\s*fragment: "what-to-wear"\s*\}/,
    );
    expect(code).toContain('id: "before-you-go"');
    expect(code).toContain('fragment: "small-print"');
    expect(code).toMatch(/_missingMdxReference\("HeadingShare"/);
  });

  it('keeps a reworded heading on its pinned id', async () => {
    const code = await compile('## Can Massage Cure Back Pain for Good?', {
      headingIds: { 'Can massage cure back pain for good?': 'can-massage-cure-back-pain' },
    });
    expect(code).toContain('id: "can-massage-cure-back-pain"');
    expect(code).toContain('fragment: "can-massage-cure-back-pain"');
  });
});
