/**
 * The guide's headings, in the Markdown pipeline (a Sätteri hast plugin), so they are the same wherever a section is
 * rendered: its own page, the home page, the whole guide. Each h2–h4 gets
 * - a stable id: the one pinned in frontmatter `headingIds` when its words changed (old links keep working), else a
 *   slug of its text, as Astro would make it;
 * - its share control, the `HeadingShare` component, beside it in a `.heading-row`; pages pass the component in.
 */
import GithubSlugger from 'github-slugger';
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';

/** Name of the component each heading row ends with; pages pass it to `<Content components={…}>`. */
export const HEADING_SHARE_COMPONENT = 'HeadingShare';

/** Class of the element that holds a heading and its share control; styled in src/styles/global.css. */
export const HEADING_ROW_CLASS = 'heading-row';

/**
 * Heading text compared without case or spacing differences, and with quotes, dashes and ellipses as typed: the page
 * shows `Don't -- wait...` as `Don’t – wait…`, and a `headingIds` entry may give either.
 */
export function normalizeHeading(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/—/g, '---')
    .replace(/–/g, '--')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The pins in a section's frontmatter (`headingIds`: heading text → id), keyed by normalised heading text. */
export function headingIdPins(frontmatter: unknown): Map<string, string> {
  const pins = (frontmatter as { headingIds?: unknown } | undefined)?.headingIds;
  if (!pins || typeof pins !== 'object') return new Map();
  const entries = Object.entries(pins).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return new Map(entries.map(([text, id]) => [normalizeHeading(text), id]));
}

/** Gives each heading of one document its id: the pinned one, else a unique slug of its text. */
export function headingIdMaker(pins: ReadonlyMap<string, string>): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => {
    const pinned = pins.get(normalizeHeading(text));
    return pinned ?? slugger.slug(text);
  };
}

/** The plugin for `satteri({ hastPlugins: [headings] })`: a factory, so each document gets its own slugs. */
export const headings: HastPluginEntry = (context: PluginFactoryContext) => {
  const idFor = headingIdMaker(
    headingIdPins((context.data as { astro?: { frontmatter?: unknown } }).astro?.frontmatter),
  );
  return {
    name: 'guide-headings',
    element: {
      filter: ['h2', 'h3', 'h4'],
      visit(node, ctx) {
        const text = ctx.textContent(node).replace(/\s+/g, ' ').trim();
        const id = typeof node.properties?.id === 'string' ? node.properties.id : idFor(text);
        ctx.setProperty(node, 'id', id);
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: [HEADING_ROW_CLASS] },
          children: [
            {
              type: 'mdxJsxFlowElement',
              name: HEADING_SHARE_COMPONENT,
              attributes: [{ type: 'mdxJsxAttribute', name: 'fragment', value: id }],
              children: [],
            },
          ],
        });
      },
    },
  };
};
