import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSectionFiles } from './section-files';

const folder = mkdtempSync(join(tmpdir(), 'section-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const section = (fields: string) => `---\n${fields}\n---\nText.\n`;
mkdirSync(join(folder, 'more'));
writeFileSync(join(folder, 'a.mdx'), section('title: " A "\nnavLabel: A\ndescription: About A.\norder: 1'));
writeFileSync(join(folder, 'more/b.mdx'), section('title: B\nnavLabel: B\ndescription: About B.\norder: 0'));
writeFileSync(join(folder, 'broken.mdx'), section('title: "unclosed\norder: 2'));
writeFileSync(join(folder, 'untitled.mdx'), section('navLabel: U\ndescription: U.\norder: 3'));
writeFileSync(join(folder, 'notes.txt'), 'not a section');

describe('readSectionFiles', () => {
  it("reads each section's frontmatter as the collection does, leaving files it cannot read to the content layer", async () => {
    const sections = (await readSectionFiles(folder)).sort((a, b) => a.data.order - b.data.order);
    expect(sections).toEqual([
      { id: 'more/b', data: { title: 'B', navLabel: 'B', description: 'About B.', order: 0 } },
      { id: 'a', data: { title: 'A', navLabel: 'A', description: 'About A.', order: 1 } },
    ]);
    expect(await readSectionFiles(join(folder, 'missing'))).toEqual([]);
  });
});
