/** Pure helpers over the guide's sections: ordering, neighbours and contents lists. */
import { HOME_SECTION_ID, PATHS } from '../consts';

/** The fields of a section that these helpers need. */
export interface SectionLike {
  id: string;
  filePath?: string;
  data: { order: number; navLabel: string; title: string };
}

/** Sections in reading order; throws when two share an `order`, naming both files. */
export function sortSections<T extends SectionLike>(sections: readonly T[]): T[] {
  const byOrder = new Map<number, T>();
  for (const section of sections) {
    const clash = byOrder.get(section.data.order);
    if (clash) {
      // Named in sorted order: the loader reads files in parallel, and the message should not depend on which won.
      const [first, second] = [describe(clash), describe(section)].sort();
      throw new Error(
        `Duplicate order ${section.data.order}: ${first} and ${second} ` +
          'both claim it. Give each section its own `order` in the frontmatter.',
      );
    }
    byOrder.set(section.data.order, section);
  }
  return [...sections].sort((a, b) => a.data.order - b.data.order);
}

function describe(section: SectionLike): string {
  return section.filePath ?? `section "${section.id}"`;
}

/** The sections before and after `id` in reading order (undefined at either end). */
export function neighbours<T extends SectionLike>(ordered: readonly T[], id: string): { previous?: T; next?: T } {
  const index = ordered.findIndex((section) => section.id === id);
  if (index === -1) throw new Error(`Unknown section "${id}"`);
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/** Where a section stands as readers count the guide's pages, the introduction being page 1: "Page 3 of 12". */
export function pageNumber(ordered: readonly SectionLike[], id: string): { page: number; of: number } {
  const index = ordered.findIndex((section) => section.id === id);
  if (index === -1) throw new Error(`Unknown section "${id}"`);
  return { page: index + 1, of: ordered.length };
}

/**
 * The part of a guide of `count` sections that a page's contents lists around the section at `current`: all of them
 * up to `limit`, else `limit` of them with the current one as near the middle as the ends allow (`to` is exclusive).
 */
export function contentsWindow(count: number, current: number, limit: number): { from: number; to: number } {
  if (count <= limit) return { from: 0, to: count };
  const from = Math.min(Math.max(0, current - Math.floor(limit / 2)), count - limit);
  return { from, to: from + limit };
}

/** A heading as Astro's renderer reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One entry of a contents list, with the headings nested under it. */
export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** Nests h2/h3 headings into a contents list; deeper or shallower headings are left out. */
export function contentsList(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocItem[] {
  const root: TocItem[] = [];
  const stack: { depth: number; item: TocItem }[] = [];
  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    const item: TocItem = { slug: heading.slug, text: heading.text, children: [] };
    while (stack.length && stack[stack.length - 1]!.depth >= heading.depth) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.item.children : root).push(item);
    stack.push({ depth: heading.depth, item });
  }
  return root;
}

/** The site path of a section page; the introduction lives on the home page. */
export function sectionPath(id: string): string {
  return id === HOME_SECTION_ID ? PATHS.home : `${PATHS.home}${id}/`;
}
