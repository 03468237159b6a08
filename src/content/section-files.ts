/**
 * The sections' frontmatter read straight from their files, without Astro's content layer: for work that starts with
 * the build, before pages render (the preview cards). The content layer stays the source of truth; what this reads
 * only lets that work start early, and a file it cannot read is left to the content layer to report.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A section as its file's frontmatter says. */
export interface SectionFile {
  id: string;
  data: { title: string; navLabel: string; description: string; order: number };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The sections in `folder` (its `*.mdx` files, at any depth) whose frontmatter has what a section needs. */
export async function readSectionFiles(folder: string): Promise<SectionFile[]> {
  const names = (await readdir(folder, { recursive: true }).catch(() => [] as string[])).filter((name) =>
    name.endsWith('.mdx'),
  );
  const sections = await Promise.all(
    names.map(async (name): Promise<SectionFile | undefined> => {
      try {
        const data = parse(FRONTMATTER.exec(await readFile(join(folder, name), 'utf8'))?.[1] ?? '') as Record<
          string,
          unknown
        >;
        const text = (key: string) => (typeof data[key] === 'string' ? data[key].trim() : undefined);
        const [title, navLabel, description] = [text('title'), text('navLabel'), text('description')];
        if (!title || !navLabel || !description || typeof data.order !== 'number') return undefined;
        return { id: name.replace(/\.mdx$/, ''), data: { title, navLabel, description, order: data.order } };
      } catch {
        return undefined;
      }
    }),
  );
  return sections.filter((section) => section !== undefined);
}
