import { describe, expect, it } from 'vitest';
import { locateLink } from './link-sources';

const sources = [
  {
    file: 'content/sections/a.mdx',
    text: '---\ntitle: A\ntopics:\n  - heading: "gone-heading"\n---\nSee [b](/b/#nope).\n',
  },
  { file: 'content/sections/b.mdx', text: '---\ntitle: B\n---\nGo to [nowhere](/nowhere/).\n' },
];

describe('locateLink', () => {
  it('finds the file and line of the exact link', () => {
    expect(locateLink('/nowhere/', sources)).toEqual(['content/sections/b.mdx:4']);
    expect(locateLink('/b/#nope', sources)).toEqual(['content/sections/a.mdx:6']);
  });

  it('falls back to the bare fragment, as written in frontmatter', () => {
    expect(locateLink('/a/#gone-heading', sources)).toEqual(['content/sections/a.mdx:4']);
  });

  it('returns nothing for links no content file holds', () => {
    expect(locateLink('/from-a-template/', sources)).toEqual([]);
  });
});
