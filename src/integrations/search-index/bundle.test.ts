import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fragmentRecord, guidePage } from './bundle.ts';

/** A fragment file as Pagefind 1.6 writes it: gzip, its marker, the page's record as JSON. */
const fragment = (record: object) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(record)}`));
const record = {
  url: '/kettles/',
  content: 'Kettles. Descale them. Safety First Unplug it.',
  meta: { title: 'Kettles', order: '3', description: 'About kettles.', keywords: 'boiler, jug' },
  anchors: [
    { element: 'h1', id: 'top', text: 'Kettles', location: 0 },
    { element: 'h2', id: 'safety-first', text: ' Safety First ', location: 3 },
    { element: 'span', id: 'note', text: 'x', location: 5 },
  ],
};

describe("reading Pagefind's records", () => {
  it("reads the page, its metadata and its headings from a fragment file, and makes the search file's page", () => {
    const page = guidePage(fragmentRecord('fragment/en_1.pf_fragment', fragment(record)), '/guides/back/');
    expect(page).toEqual({
      url: '/guides/back/kettles/',
      title: 'Kettles',
      order: 3,
      description: 'About kettles.',
      keywords: ['boiler', 'jug'],
      content: record.content,
      anchors: [
        { id: 'top', text: 'Kettles', location: 0 },
        { id: 'safety-first', text: 'Safety First', location: 3 },
      ],
    });
  });

  it("fails, saying so, when Pagefind's format is not the one the search file is made from", () => {
    expect(() => fragmentRecord('a.pf_fragment', gzipSync(Buffer.from(JSON.stringify(record))))).toThrow(
      /does not start with "pagefind_dcd"/,
    );
    const { anchors: _anchors, ...withoutAnchors } = record;
    expect(() => fragmentRecord('b.pf_fragment', fragment(withoutAnchors))).toThrow(/has Pagefind's format changed\?/);
    const renamed = {
      ...record,
      anchors: record.anchors.map(({ location, ...rest }) => ({ ...rest, position: location })),
    };
    expect(() => fragmentRecord('c.pf_fragment', fragment(renamed))).toThrow(/has Pagefind's format changed\?/);
  });
});
