import { describe, expect, it } from 'vitest';
import { placesOf, recordLink } from './written-links';

describe('written links', () => {
  it('remember each place a link was written once, in order', () => {
    recordLink('/a/#x', { file: 'content/sections/a.mdx', line: 12 });
    recordLink('/a/#x', { file: 'content/sections/b.mdx', line: 3 });
    recordLink('/a/#x', { file: 'content/sections/a.mdx', line: 12 });
    expect(placesOf('/a/#x')).toEqual(['content/sections/a.mdx:12', 'content/sections/b.mdx:3']);
  });

  it('know nothing of links no content file has', () => {
    expect(placesOf('/from-a-template/')).toEqual([]);
  });
});
