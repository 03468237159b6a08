/**
 * Keeps a heading's id (and so every link to it) when its words change: frontmatter `headingIds` maps a heading's
 * current text to the id it had, and this Sätteri hast plugin sets that id before Astro slugs the heading.
 */
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';

/** The pins in a section's frontmatter, or undefined when it has none (the plugin then stays out of the way). */
export function headingIdPins(frontmatter: unknown): Map<string, string> | undefined {
  const pins = (frontmatter as { headingIds?: unknown } | undefined)?.headingIds;
  if (!pins || typeof pins !== 'object') return undefined;
  const entries = Object.entries(pins).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return entries.length ? new Map(entries.map(([text, id]) => [normalizeHeading(text), id])) : undefined;
}

/** Heading text compared without case or spacing differences. */
export function normalizeHeading(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The plugin for `satteri({ hastPlugins: [pinHeadingIds] })`; a factory, so files without pins skip it. */
export const pinHeadingIds: HastPluginEntry = (context: PluginFactoryContext) => {
  const pins = headingIdPins((context.data as { astro?: { frontmatter?: unknown } }).astro?.frontmatter);
  if (!pins) return null;
  return {
    name: 'pin-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const id = pins.get(normalizeHeading(ctx.textContent(node)));
        if (id) ctx.setProperty(node, 'id', id);
      },
    },
  };
};
