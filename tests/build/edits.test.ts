/**
 * An editor's ordinary changes leave the tests green (issue 29): the guide edited as tests/support/edited-guide.ts
 * edits a copy of it (a sentence, a section added in the middle, a heading reworded with `headingIds`, a section given
 * a former address, a section deleted) builds, and the checks of the built site that an edit could break run on it as
 * they run on dist/ (vitest.config.ts, project `edited`: navigation, fidelity, pages, previews, budgets). This file
 * runs there only, and checks that the edits were made and did what an editor meant.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content/content-dir';
import { distDir } from '../support/dist';
import { EDITED_CONTENT, EDITED_DIST, type Edits } from '../support/edited-guide';
import { readGuide } from '../support/guide';

const { edits } = JSON.parse(readFileSync(join(EDITED_DIST, '../edits.json'), 'utf8')) as { edits: Edits };
const page = (path: string) => readFileSync(join(distDir, path, 'index.html'), 'utf8');

describe('the edited guide', () => {
  it('is what the build tests of this project read', () => {
    expect(distDir).toBe(EDITED_DIST);
    expect(contentDir).toBe(EDITED_CONTENT);
  });

  it('has a section added in the middle, one deleted, and the later ones moved along', () => {
    const guide = readGuide(EDITED_CONTENT);
    const added = guide.findIndex(({ path }) => path === edits.added.path);
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(guide.length - 1);
    expect(guide[added + 1]!.order).toBe(edits.added.order + 1);
    expect(guide.map(({ path }) => path)).not.toContain(edits.deleted.path);
    expect(existsSync(join(distDir, edits.deleted.path))).toBe(false);
    expect(page(edits.added.path)).toContain(`<h1 id="top"`);
  });

  it('shows the reworded sentence, not the old one', () => {
    expect(page(edits.changed.path)).toContain(edits.changed.to);
    expect(page(edits.changed.path)).not.toContain(edits.changed.from);
  });

  it('keeps the reworded heading on its old id, so that links to it still work', () => {
    const html = page(edits.reworded.path);
    const heading = new RegExp(`<h2 id="${edits.reworded.id}"[^>]*>([^<]*)</h2>`).exec(html);
    expect(heading?.[1]?.replace(/[‘’]/g, "'")).toBe(edits.reworded.to);
    expect(html).toContain(`href="#${edits.reworded.id}"`);
  });

  it('sends the former address on to its section', () => {
    expect(page(edits.former.from)).toContain(`url=${edits.former.to}`);
  });
});
