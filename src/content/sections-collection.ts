/**
 * The sections collection: where its files are, the schema of their frontmatter, and the checks the schema cannot
 * make (src/content/checked-loader.ts). src/content.config.ts gives it to Astro's content layer; the content tests
 * load the fixture folders with it, without a build.
 */
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { withContentChecks } from './checked-loader';
import { reviewOrderProblem } from './review-dates';

/** One entry of the A–Z topic index: a term, optionally pointing at a heading id inside the section. */
const topic = z.union([
  z.string().trim().min(1),
  z.object({
    /** The topic as readers would look it up, e.g. "Vitamin D". */
    term: z.string().trim().min(1),
    /** Id of the heading in this section that answers it (without `#`). */
    heading: z.string().trim().min(1).optional(),
  }),
]);

/** A section's frontmatter. */
export const sectionSchema = z
  .object({
    /** The section's heading, in the author's words; becomes the page's h1. */
    title: z.string().trim().min(1),
    /** Short label for the guide's contents, previous/next links and the browser tab. */
    navLabel: z.string().trim().min(1).max(40),
    /** One plain sentence for contents lists, meta descriptions and link previews. */
    description: z.string().trim().min(1).max(200),
    /** Position in the guide, starting at 0 for the introduction; unique across sections. */
    order: z.number().int().min(0),
    /** Date the text was last reviewed against the author's version (YYYY-MM-DD); shown as "Page last reviewed". */
    lastReviewed: z.coerce.date(),
    /** Date the next review is due (YYYY-MM-DD), after lastReviewed; shown as "Next review due". */
    nextReview: z.coerce.date(),
    /** Whether the "Get urgent help" card shows here, where readers decide what to do (it prints on every page). */
    urgentCare: z.boolean().default(false),
    /** Words readers use for this section's topics that the text itself may lack; indexed for search, never shown. */
    keywords: z.array(z.string().trim().min(1)).default([]),
    /** Entries for the A–Z topic index on the search page. */
    topics: z.array(topic).default([]),
    /** Former slugs of this section; each redirects to the current address. */
    formerSlugs: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    /** Heading text → the id it keeps when the words change (old links stay valid); see src/markdown/headings.ts. */
    headingIds: z.record(z.string().trim().min(1), z.string().regex(/^[a-z0-9-]+$/)).default({}),
  })
  .superRefine(({ lastReviewed, nextReview }, context) => {
    const problem = reviewOrderProblem(lastReviewed, nextReview);
    if (problem) context.addIssue({ code: 'custom', path: ['nextReview'], message: problem });
  });

/**
 * A frontmatter line to copy for each field, which error messages offer as the fix (docs/editing.md shows them too).
 * Neutral examples, not the guide's own words.
 */
export const FIELD_EXAMPLES: Readonly<Record<keyof z.input<typeof sectionSchema>, string>> = {
  title: 'title: "How Heat Can Ease Lower Back Pain"',
  navLabel: 'navLabel: "Heat and back pain"',
  description: 'description: "When heat helps a sore lower back, and how to use it safely."',
  order: 'order: 5',
  lastReviewed: 'lastReviewed: 2026-11-24',
  nextReview: 'nextReview: 2027-11-24',
  urgentCare: 'urgentCare: true',
  keywords: 'keywords: ["hot water bottle", "warmth"]',
  topics: 'topics: ["Heat packs", { term: "Using heat safely", heading: "using-heat-safely" }]',
  formerSlugs: 'formerSlugs: ["heat-therapy"]',
  headingIds: 'headingIds: { "The heading in its new words": "the-id-it-had-before" }',
};

/** The collection of the section files in `<contentDir>/sections/`, with the checks that stop the build on bad ones. */
export function sectionsCollection(contentDir: string) {
  return {
    // The checks say what is wrong in the editor's terms, and stop the build on what the schema cannot see.
    loader: withContentChecks(glob({ pattern: '**/*.mdx', base: `${contentDir}/sections` }), {
      schema: sectionSchema,
      examples: FIELD_EXAMPLES,
    }),
    schema: sectionSchema,
  };
}
