/** The A–Z topic index of the search page, built from each section's `topics` frontmatter. */

/** A topic as the frontmatter gives it: a term, or a term with the id of the heading that answers it. */
export type TopicEntry = string | { term: string; heading?: string };

/** The fields of a section the index needs. */
export interface TopicSource {
  /** Site path of the section page, e.g. `/self-care/`. */
  path: string;
  /** Short name of the section, shown beside each topic. */
  label: string;
  topics: readonly TopicEntry[];
  /** Ids of the section's headings; a topic pointing at any other id is a content error. */
  headingIds: readonly string[];
}

/** One line of the index. */
export interface Topic {
  term: string;
  href: string;
  section: string;
}

/** The topics under one initial letter. */
export interface TopicGroup {
  letter: string;
  topics: Topic[];
}

/** The letter a term files under: its first letter without accents, upper-case; `#` for digits and symbols. */
export function initialOf(term: string): string {
  const first = term.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Every topic of every section, sorted A–Z and grouped by initial; throws on a link to a missing heading. */
export function topicIndex(sources: readonly TopicSource[]): TopicGroup[] {
  const topics: Topic[] = sources.flatMap((source) =>
    source.topics.map((entry) => {
      const { term, heading } = typeof entry === 'string' ? { term: entry, heading: undefined } : entry;
      if (heading && !source.headingIds.includes(heading)) {
        throw new Error(`Topic "${term}" in ${source.path} points at #${heading}, which is not a heading there.`);
      }
      return { term, href: heading ? `${source.path}#${heading}` : source.path, section: source.label };
    }),
  );
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  topics.sort((a, b) => collator.compare(a.term, b.term) || collator.compare(a.section, b.section));
  const groups = new Map<string, Topic[]>();
  for (const topic of topics) {
    const letter = initialOf(topic.term);
    groups.set(letter, [...(groups.get(letter) ?? []), topic]);
  }
  return [...groups].map(([letter, grouped]) => ({ letter, topics: grouped })).sort((a, b) => (a.letter === '#' ? 1 : b.letter === '#' ? -1 : a.letter.localeCompare(b.letter)));
}
