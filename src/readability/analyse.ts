/**
 * How hard a section is to read, for editors: the usual formulas with the reading age they imply, long sentences,
 * passive voice and words a lay reader may not know. Reads the section's Markdown (never changes it): remark finds
 * the paragraphs, retext (unified) splits them into sentences and words, and maintained packages count syllables,
 * compute the formulas and find passives and wordy phrases. Build-time and editor code: never shipped to readers.
 */
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot, Sentence, Word } from 'nlcst';
import { search } from 'nlcst-search';
import { toString as nlcstText } from 'nlcst-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import retextEnglish from 'retext-english';
import retextPassive from 'retext-passive';
import retextPos from 'retext-pos';
import retextSimplify from 'retext-simplify';
import { smogFormula } from 'smog-formula';
import { syllable } from 'syllable';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { isFamiliar } from './familiar-words.ts';
import { PLAIN_WORDS } from './plain-words.ts';

/** Sentences longer than this many words are listed (the NHS and Plain English Campaign's limit). */
export const LONG_SENTENCE_WORDS = 25;

/** The counts every formula is computed from, over a section's sentences (headings are not sentences). */
export interface Counts {
  sentences: number;
  words: number;
  syllables: number;
  /** Words of three or more syllables (SMOG). */
  polysyllables: number;
  /** Words off the New Dale–Chall familiar list (see familiar-words.ts). */
  difficultWords: number;
}

/** One formula's result and the reading age (in years) it implies. */
export interface Formula {
  /** The formula's own figure: a score for Flesch reading ease and Dale–Chall, a US school grade for the others. */
  value: number;
  /** The US school grade it implies, as a range for the formulas that give one (from = to for the others). */
  grade: readonly [number, number];
  /** The reading age in years it implies: the grade plus 5, as children start grade 1 at about 6. */
  age: readonly [number, number];
}

/** A sentence the report points at, with the line of the section file where its paragraph starts. */
export interface SentenceNote {
  line: number;
  text: string;
}

/** A word or phrase a lay reader may not know. */
export interface HardWord {
  word: string;
  count: number;
  /** Plain words to use instead or to explain it; absent when no list has one. */
  plain?: string;
  /** Where the suggestion comes from: the reviewed list, retext-simplify, or only the Dale–Chall list (none). */
  source: 'plain-words' | 'retext-simplify' | 'dale-chall';
}

export interface Readability {
  counts: Counts;
  formulas: {
    fleschReadingEase: Formula;
    fleschKincaid: Formula;
    smog: Formula;
    daleChall: Formula;
  };
  /** The four formulas' reading ages (the middle of a range), averaged and rounded to a year. */
  readingAge: number;
  longSentences: (SentenceNote & { words: number })[];
  passive: (SentenceNote & { phrase: string })[];
  hardWords: HardWord[];
}

/** A run of text as the reader sees it: a paragraph, a list item's paragraph, a table cell or a heading. */
interface Block {
  text: string;
  line: number;
  heading: boolean;
}

const markdown = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx);

/** The visible text of a Markdown node: MDX comments and expressions are not text. */
function textOf(node: MdastNodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type.startsWith('mdx') && node.type.endsWith('Expression')) return '';
  return 'children' in node ? (node.children as MdastNodes[]).map(textOf).join('') : '';
}

/** The section's text blocks in reading order. */
export function blocksOf(source: string): Block[] {
  const tree = markdown.parse(source) as MdastRoot;
  const blocks: Block[] = [];
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    const text = textOf(node).trim();
    if (text) blocks.push({ text, line: node.position?.start.line ?? 1, heading: node.type === 'heading' });
    return 'skip';
  });
  return blocks;
}

/** Sentences and words only: enough for the formulas (the build's summary line). */
const sentencesOnly = unified().use(retextEnglish);
/** Also tags parts of speech and finds passives and wordy phrases: the full report. */
const detailed = unified().use(retextEnglish).use(retextPos).use(retextPassive).use(retextSimplify);

const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * Passive phrases retext-passive misses: it knows only irregular participles ("is done"), so a form of "be", any
 * adverbs, then a word retext-pos tags as a past participle (VBN) counts too ("is used", "are often associated").
 */
function taggedPassives(sentence: Sentence): string[] {
  const words: Word[] = [];
  visit(sentence, 'WordNode', (word) => void words.push(word));
  const found: string[] = [];
  words.forEach((word, index) => {
    if (!BE.has(nlcstText(word).toLowerCase())) return;
    let next = index + 1;
    while (words[next] && /^RB/.test(tag(words[next]!))) next++;
    if (words[next] && tag(words[next]!) === 'VBN') {
      found.push(
        words
          .slice(index, next + 1)
          .map((w) => nlcstText(w))
          .join(' '),
      );
    }
  });
  return found;
}

const tag = (word: Word) => (word.data as { partOfSpeech?: string } | undefined)?.partOfSpeech ?? '';

/** Reading age from a US school grade: children start grade 1 at about 6. */
const ageOfGrade = (grade: number) => grade + 5;

/** Flesch reading ease as a grade band, as the formula's published table gives it (90–100: grade 5, …). */
function fleschGrade(score: number): [number, number] {
  if (score >= 90) return [5, 5];
  if (score >= 80) return [6, 6];
  if (score >= 70) return [7, 7];
  if (score >= 60) return [8, 9];
  if (score >= 50) return [10, 12];
  if (score >= 30) return [13, 16];
  return [17, 17];
}

/** The formulas for these counts. */
export function formulasOf(counts: Counts): Readability['formulas'] {
  const formulaCounts = {
    sentence: counts.sentences,
    word: counts.words,
    syllable: counts.syllables,
    polysillabicWord: counts.polysyllables,
    difficultWord: counts.difficultWords,
  };
  const ranged = (value: number, [from, to]: [number, number]): Formula => ({
    value,
    grade: [from, to],
    age: [ageOfGrade(from), ageOfGrade(to)],
  });
  const single = (value: number): Formula => ranged(value, [value, value]);
  const daleChall = daleChallFormula(formulaCounts);
  const [from, to] = daleChallGradeLevel(daleChall) as [number, number];
  const fre = flesch(formulaCounts);
  return {
    fleschReadingEase: ranged(fre, fleschGrade(fre)),
    fleschKincaid: single(fleschKincaid(formulaCounts)),
    smog: single(smogFormula(formulaCounts)),
    // Dale–Chall's top band is "grade 16 and above": counted as 16.
    daleChall: ranged(daleChall, [from, Math.min(to, 16)]),
  };
}

/** Rounds to one decimal place, as the report shows figures. */
const tenth = (value: number) => Math.round(value * 10) / 10;
const rounded = ({ value, grade, age }: Formula): Formula => ({
  value: tenth(value),
  grade: [tenth(grade[0]), tenth(grade[1])],
  age: [tenth(age[0]), tenth(age[1])],
});

/**
 * Analyses one section's MDX source (frontmatter and all). With `details: false` only the counts and formulas are
 * computed (a fifth of the time): the long-sentence, passive and hard-word lists come back empty.
 */
export async function analyse(source: string, { details = true } = {}): Promise<Readability> {
  const english = details ? detailed : sentencesOnly;
  const counts: Counts = { sentences: 0, words: 0, syllables: 0, polysyllables: 0, difficultWords: 0 };
  const longSentences: Readability['longSentences'] = [];
  const passive: Readability['passive'] = [];
  const hardWords = new Map<string, HardWord>();
  const addHardWord = (word: string, plain: string | undefined, source: HardWord['source']) => {
    const key = word.toLowerCase();
    const known = hardWords.get(key);
    if (known) known.count++;
    else hardWords.set(key, { word: key, count: 1, ...(plain ? { plain } : {}), source });
  };
  const plainForms = new Map(PLAIN_WORDS.flatMap(({ forms, plain }) => forms.map((form) => [form, plain] as const)));

  for (const block of blocksOf(source)) {
    const file = new VFile(block.text);
    const tree = (await english.run(english.parse(file), file)) as NlcstRoot;
    const lineAt = (offset: number) => block.line + (block.text.slice(0, offset).match(/\n/g)?.length ?? 0);
    const suggested = new Set<Word>();

    if (details)
      search(tree, [...plainForms.keys()], (nodes, _index, _parent, phrase) => {
        addHardWord(phrase, plainForms.get(phrase), 'plain-words');
        visit({ type: 'SentenceNode', children: nodes } as Sentence, 'WordNode', (word) => void suggested.add(word));
      });
    for (const message of file.messages) {
      // Only its plainer words: what it would just leave out ("it is", "type", "overall") is wordiness, not a hard word.
      if (message.source !== 'retext-simplify' || !message.actual || !message.expected?.length) continue;
      addHardWord(message.actual, message.expected.join(' or '), 'retext-simplify');
    }
    const simplified = new Set(
      file.messages
        .filter((m) => m.source === 'retext-simplify' && m.expected?.length)
        .map((m) => m.actual?.toLowerCase()),
    );

    visit(tree, 'SentenceNode', (sentence) => {
      const words: Word[] = [];
      visit(sentence, 'WordNode', (word) => void words.push(word));
      if (!words.length) return 'skip';
      const text = nlcstText(sentence).replace(/\s+/g, ' ').trim();
      const line = lineAt(sentence.position?.start.offset ?? 0);
      for (const word of words) {
        const value = nlcstText(word);
        const syllables = syllable(value);
        const familiar = isFamiliar(value);
        if (!block.heading) {
          counts.words++;
          counts.syllables += syllables;
          if (syllables >= 3) counts.polysyllables++;
          if (!familiar) counts.difficultWords++;
        }
        const lower = value.toLowerCase();
        if (details && !familiar && syllables >= 3 && !suggested.has(word) && !simplified.has(lower)) {
          addHardWord(lower, undefined, 'dale-chall');
        }
      }
      if (block.heading) return 'skip';
      counts.sentences++;
      if (!details) return 'skip';
      if (words.length > LONG_SENTENCE_WORDS) longSentences.push({ line, text, words: words.length });
      // retext-passive points at the participle; the phrase shown starts at the "be" before it ("been found").
      const phrases = [
        ...file.messages
          .filter((m) => m.source === 'retext-passive' && isWithin(m.place, sentence))
          .map((m) => {
            const at = words.findIndex((word) => word.position?.start.offset === offsetOf(m.place));
            return at > 0 ? `${nlcstText(words[at - 1]!)} ${m.actual}` : `${m.actual}`;
          }),
        ...taggedPassives(sentence),
      ];
      const distinct = [...new Set(phrases)].filter(
        (phrase, _i, all) => !all.some((o) => o !== phrase && o.includes(phrase)),
      );
      if (distinct.length) passive.push({ line, text, phrase: distinct.join('; ') });
      return 'skip';
    });
  }

  const formulas = formulasOf(counts);
  const ages = Object.values(formulas).map(({ age: [from, to] }) => (from + to) / 2);
  return {
    counts,
    formulas: {
      fleschReadingEase: rounded(formulas.fleschReadingEase),
      fleschKincaid: rounded(formulas.fleschKincaid),
      smog: rounded(formulas.smog),
      daleChall: rounded(formulas.daleChall),
    },
    readingAge: Math.round(ages.reduce((sum, age) => sum + age, 0) / ages.length),
    longSentences,
    passive,
    hardWords: [...hardWords.values()].sort(
      (a, b) => rank(a) - rank(b) || b.count - a.count || a.word.localeCompare(b.word),
    ),
  };
}

/** Words with a suggestion first. */
const rank = (word: HardWord) => (word.source === 'dale-chall' ? 1 : 0);

/** Where a message's place starts in its text. */
const offsetOf = (place: unknown) => (place as { start?: { offset?: number } } | undefined)?.start?.offset;

/** Whether a message's place lies inside a sentence. */
function isWithin(place: unknown, sentence: Sentence): boolean {
  const start = offsetOf(place);
  const { start: from, end: to } = sentence.position ?? {};
  return (
    start !== undefined &&
    from?.offset !== undefined &&
    to?.offset !== undefined &&
    start >= from.offset &&
    start < to.offset
  );
}
