import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliSize } from './page-weight';
import { authorWords, withoutAuthorWords } from './template-weight';

const folder = mkdtempSync(join(tmpdir(), 'template-weight-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
mkdirSync(join(folder, 'nested'));
writeFileSync(
  join(folder, 'warmth.mdx'),
  `---
title: "How Warmth Helps"
navLabel: "Warmth"
description: "When warmth eases a sore back."
keywords: ["heat", "summary"]
topics: ["Hot baths", { term: "Heat packs", heading: "packs" }]
---
Warmth relaxes *tight* muscles. It also eases stiffness.

## Packs and baths

Use a pack for twenty minutes.
`,
);
writeFileSync(join(folder, 'nested/other.mdx'), '---\ntitle: "Other"\n---\nOther text.\n');
const words = authorWords(folder);

/** A page of the template, with `body` as the author's part of it. */
const page = (body: string, extra = '') => `<!DOCTYPE html><html><head><title>Warmth | Site</title>
<meta name="description" content="When warmth eases a sore back.">
<meta name="keywords" content="heat, summary"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"headline":"How Warmth Helps","name":"Site"}</script></head>
<body><nav><ul><li><a href="/warmth/">Warmth</a></li><li><a href="/other/">Other</a></li></ul></nav>
<main><article><h1>How Warmth Helps</h1><p>Interface: Contents</p>${body}${extra}</article>
<ul><li><a href="/search/#a">Hot baths</a></li></ul></main></body></html>`;

const BODY = `<p>Warmth relaxes <em>tight</em> muscles. It also eases stiffness.</p>
<div class="heading-row"><h2 id="packs">Packs and baths</h2><button class="no-print">Share</button></div>
<p>Use a pack for twenty minutes.</p><img src="/_astro/chart.png" alt="">`;

describe('authorWords', () => {
  it('reads the bodies and the frontmatter of every file, nested ones too', () => {
    expect(words.text).toContain('Warmth relaxes tight muscles. It also eases stiffness.');
    expect(words.text).toContain('Other text.');
    expect(words.names).toEqual(['When warmth eases a sore back.', 'How Warmth Helps', 'Warmth', 'Other']);
    expect(words.phrases).toEqual(expect.arrayContaining(['Heat packs', 'Hot baths', 'summary', 'heat']));
  });
});

describe('withoutAuthorWords', () => {
  const { html, entries } = withoutAuthorWords(page(BODY), words);

  it('takes out the text, titles, labels, topics and images of the guide wherever they stand, and the markup of its text', () => {
    for (const gone of [
      'tight',
      'stiffness',
      'twenty minutes',
      'Packs and baths',
      'How Warmth Helps',
      '>Warmth<',
      'Hot baths',
      'chart.png',
      'sore back',
    ])
      expect(html).not.toContain(gone);
    expect(html).toContain('<title> | Site</title>');
    expect(html).toContain('content=", "');
    expect(html).toContain('{"headline":"","name":"Site"}');
  });

  it('keeps the markup and the interface text, and words that only contain a phrase', () => {
    expect(html).toContain('<p>Interface: Contents</p>');
    expect(html).toContain(
      '<article><p>Interface: Contents</p>\n<div class="heading-row"><button class="no-print">Share</button></div>\n</article>',
    );
    expect(withoutAuthorWords('<p>The heatwave warmed us</p>', words).html).toBe('<p>The heatwave warmed us</p>');
  });

  it("counts the guide's entries the page lists: its headings and each title, label or topic on its own", () => {
    // The h1 and h2, and the labels "Warmth", "Other" and the topic "Hot baths".
    expect(entries).toBe(5);
  });

  it('weighs the same however long the text, and more with more markup', () => {
    const longer = mkdtempSync(join(tmpdir(), 'template-weight-longer-'));
    try {
      const more = 'A second paragraph the author added. It is long, and it says a good deal more.';
      cpSync(folder, longer, { recursive: true });
      writeFileSync(join(longer, 'warmth.mdx'), `${readFileSync(join(folder, 'warmth.mdx'), 'utf8')}\n${more}\n`);
      const longerPage = page(`${BODY}<p>${more}</p>`);
      expect(brotliSize(longerPage)).toBeGreaterThan(brotliSize(page(BODY)));
      expect(withoutAuthorWords(longerPage, authorWords(longer)).html).toBe(html);
    } finally {
      rmSync(longer, { recursive: true, force: true });
    }
    const heavier = withoutAuthorWords(page(BODY, '<div class="a b c d e f g h">More of the template</div>'), words);
    expect(brotliSize(heavier.html)).toBeGreaterThan(brotliSize(html));
  });
});
