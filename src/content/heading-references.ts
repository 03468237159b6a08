/**
 * Heading ids that the guide itself points at, checked while the content loads: a topic's `heading`, a link to a
 * section's `#heading`, and the headings `headingIds` keeps old ids for. When a heading's words change, its id changes
 * with them, and whatever pointed at the old id breaks (links readers shared too, which no check can see). The fix is
 * one `headingIds` line, so each problem says which line, in which file.
 */
import { normalizeHeading } from '../markdown/headings';
import type { SectionOutline } from './section-outline';
import { sectionPath } from './sections';
import type { TopicEntry } from './topic-index';

/** What the check needs of one section. */
export interface SectionReferences {
  slug: string;
  /** The file, as messages name it. */
  file: string;
  /** Where a frontmatter value is written: its line in the file. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  outline: SectionOutline;
  topics: readonly TopicEntry[];
  headingIds: Readonly<Record<string, string>>;
}

/** One problem, in the file and at the line where it is written. */
export interface ReferenceProblem {
  file: string;
  line: number | undefined;
  message: string;
}

/** The words of an id or a heading, for comparing them. */
const wordsOf = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));

/** How alike two ids are, by the words they share (Dice's coefficient, 0 to 1). */
function likeness(a: string, b: string): number {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  const shared = [...x].filter((word) => y.has(word)).length;
  return x.size + y.size ? (2 * shared) / (x.size + y.size) : 0;
}

/** The heading that `oldId` most likely named before its words changed: an unpinned one sharing most of its words. */
function rewordedHeading(section: SectionReferences, oldId: string) {
  const [best] = section.outline.headings
    .filter((heading) => !heading.pinned)
    .map((heading) => ({ heading, score: likeness(oldId, heading.id) }))
    .filter(({ score }) => score >= 0.5)
    .sort((a, b) => b.score - a.score);
  return best?.heading;
}

/** The `headingIds` line that keeps `oldId` for `text`, with the pins the file has already. */
function pinLine(section: SectionReferences, text: string, oldId: string): string {
  const pins = { ...section.headingIds, [text]: oldId };
  const entries = Object.entries(pins).map(([words, id]) => `${JSON.stringify(words)}: ${JSON.stringify(id)}`);
  return `headingIds: { ${entries.join(', ')} }`;
}

/** Every id a link may reach in the section's text. */
function idsOf(section: SectionReferences): Set<string> {
  return new Set([...section.outline.headings.map((heading) => heading.id), ...section.outline.ids]);
}

/** The fix for a heading `oldId` that `section` no longer has: the `headingIds` line when one was reworded. */
function rewordingFix(section: SectionReferences, oldId: string): string | undefined {
  const heading = rewordedHeading(section, oldId);
  if (!heading) return undefined;
  return (
    `The heading "${heading.text}" (line ${heading.line}) now has the id #${heading.id}; if it was reworded, keep its ` +
    `old id so that links shared before still work: put this line in the frontmatter of ${section.file}:\n` +
    `      ${pinLine(section, heading.text, oldId)}`
  );
}

/** The section and `#id` a link written in `from` points at, when it points at a heading of a section. */
function linkTarget(href: string, from: SectionReferences, sections: ReadonlyMap<string, SectionReferences>) {
  const base = 'https://guide.invalid';
  let url: URL;
  try {
    url = new URL(href, `${base}${sectionPath(from.slug)}`);
  } catch {
    return undefined;
  }
  if (url.origin !== base || url.hash.length < 2) return undefined;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const section = [...sections.values()].find((candidate) => sectionPath(candidate.slug) === path);
  return section && { section, id: decodeURIComponent(url.hash.slice(1)) };
}

/** The `headingIds` entries of a section whose words no heading has any more (their ids are lost), with the fix. */
function stalePins(section: SectionReferences): ReferenceProblem[] {
  const texts = new Set(section.outline.headings.map((heading) => normalizeHeading(heading.text)));
  return Object.entries(section.headingIds).flatMap(([words, id]) => {
    if (texts.has(normalizeHeading(words))) return [];
    const heading = rewordedHeading(section, words);
    const others = Object.fromEntries(Object.entries(section.headingIds).filter(([key]) => key !== words));
    const fix = heading
      ? `If "${heading.text}" (line ${heading.line}) is that heading reworded again, write its words now:\n      ${pinLine({ ...section, headingIds: others }, heading.text, id)}`
      : "Write the heading's words exactly as they are now, or delete the entry if the heading is gone.";
    return [
      {
        file: section.file,
        line: section.lineOf(['headingIds', words]),
        message: `headingIds keeps #${id} for a heading "${words}", but no heading of this section reads so, and the id is lost. ${fix}`,
      },
    ];
  });
}

/** Every topic, link and `headingIds` pin of the guide that points at a heading that is not there, with the fix. */
export function headingReferenceProblems(all: readonly SectionReferences[]): ReferenceProblem[] {
  const sections = new Map(all.map((section) => [section.slug, section]));
  const problems: ReferenceProblem[] = [];
  // An id lost by a pin whose heading changed again is fixed at the pin: what points at it needs no message of its own.
  const lost = new Map(all.map((section) => [section, new Set<string>()]));
  for (const section of all) {
    for (const problem of stalePins(section)) problems.push(problem);
    for (const [words, id] of Object.entries(section.headingIds))
      if (!section.outline.headings.some((heading) => normalizeHeading(heading.text) === normalizeHeading(words)))
        lost.get(section)!.add(id);
  }
  const missing = (section: SectionReferences, id: string) => !idsOf(section).has(id) && !lost.get(section)!.has(id);
  for (const section of all) {
    section.topics.forEach((topic, index) => {
      if (typeof topic === 'string' || !topic.heading || !missing(section, topic.heading)) return;
      const headings = section.outline.headings.map((heading) => `#${heading.id} ("${heading.text}")`);
      const fix =
        rewordingFix(section, topic.heading) ??
        (headings.length
          ? `Point it at one of the headings of this section: ${headings.join(', ')}; or delete its heading line, so that it points at the section.`
          : "This section has no ## headings: delete the topic's heading line, so that it points at the section.");
      problems.push({
        file: section.file,
        line: section.lineOf(['topics', index, 'heading']),
        message: `the topic "${topic.term}" points at the heading #${topic.heading}, which this section does not have. ${fix}`,
      });
    });
    for (const { href, line } of section.outline.links) {
      const target = linkTarget(href, section, sections);
      if (!target || !missing(target.section, target.id)) continue;
      // Any other id is left to the link check after the build: it may be one the page itself has (#main, say).
      const fix = rewordingFix(target.section, target.id);
      if (!fix) continue;
      problems.push({
        file: section.file,
        line,
        message: `the link "${href}" points at #${target.id}, a heading that ${target.section.file} does not have. ${fix}`,
      });
    }
  }
  return problems;
}
