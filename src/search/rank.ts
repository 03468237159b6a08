/**
 * Ranking: BM25 over the guide's passages, with soft matches. A concept's term frequency in a passage is the sum of
 * the probabilities of the guide's terms it may mean that stand there (understand.ts); its inverse document frequency
 * comes from the pages it is found in. A section scores by its best passage (the sentences beside it counting a
 * little, and the heading it stands under), plus a share of the whole page's score, plus what its title, description
 * and keywords say it is about. Every weight is a fitted parameter (parameters.ts).
 */
import { phraseOccurrences, type GuideIndex } from './guide-index.ts';
import type { Parameters } from './parameters.ts';
import type { Concept } from './understand.ts';

/** A section as ranked. */
export interface RankedPage {
  page: number;
  score: number;
  /** Its best passage (an index into the guide index's passages). */
  passage: number;
  /** For each concept, the words of the page where it matched: word index → the alternative that matched there. */
  matches: Map<number, number>[];
}

/** Where a concept's alternatives stand: page → word index → [alternative, probability], the likeliest kept. */
export type Places = Map<number, Map<number, [alternative: number, probability: number]>>;

/** Where each of a concept's alternatives stands in the guide's text. */
export function placesOf(index: GuideIndex, concept: Concept): Places {
  const places: Places = new Map();
  concept.alternatives.forEach((alternative, which) => {
    for (const { page, at } of phraseOccurrences(index, alternative.terms)) {
      let onPage = places.get(page);
      if (!onPage) places.set(page, (onPage = new Map()));
      // A phrase counts once, at its first word, but marks each of its words.
      for (let offset = 0; offset < alternative.terms.length; offset++) {
        const known = onPage.get(at + offset);
        if (!known || known[1] < alternative.probability)
          onPage.set(at + offset, [which, offset ? 0 : alternative.probability]);
      }
    }
  });
  return places;
}

/** How probably a concept is named by a page's title, description or keywords: its likeliest alternative there. */
export function fieldMatch(fields: ReadonlySet<string>, concept: Concept): number {
  let best = 0;
  for (const { terms, probability } of concept.alternatives)
    if (probability > best && terms.every((term) => fields.has(term))) best = probability;
  return best;
}

/** Ranks the guide's pages for `concepts`, best first (near-ties in reading order); pages that match nothing are left out. */
export function rank(index: GuideIndex, concepts: readonly Concept[], parameters: Parameters): RankedPage[] {
  const { k1, b } = parameters;
  const pageCount = index.pages.length;
  const places = concepts.map((concept) => placesOf(index, concept));
  const fields = (page: number, concept: Concept) => ({
    title: fieldMatch(index.titleTerms[page]!, concept),
    keywords: fieldMatch(index.keywordTerms[page]!, concept),
    description: fieldMatch(index.descriptionTerms[page]!, concept),
  });
  // A concept found in few pages tells more about which page is meant (BM25's idf, counting soft matches softly).
  const idf = concepts.map((concept, c) => {
    let frequency = 0;
    for (let page = 0; page < pageCount; page++) {
      let strongest = 0;
      for (const [, probability] of places[c]!.get(page)?.values() ?? []) strongest = Math.max(strongest, probability);
      const named = fields(page, concept);
      frequency += Math.max(strongest, named.title, named.keywords, named.description);
    }
    return Math.log(1 + (pageCount - frequency + 0.5) / (frequency + 0.5));
  });
  const saturate = (tf: number, length: number, average: number) =>
    tf <= 0 ? 0 : (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / average));

  const ranked: RankedPage[] = [];
  for (let page = 0; page < pageCount; page++) {
    const passages = index.pagePassages[page]!;
    const first = passages[0] ?? 0;
    const tf = passages.map(() => new Float64Array(concepts.length));
    const pageTf = new Float64Array(concepts.length);
    const matches = concepts.map(() => new Map<number, number>());
    places.forEach((conceptPlaces, c) => {
      for (const [at, [alternative, probability]] of conceptPlaces.get(page) ?? []) {
        tf[index.passageAt[page]![at]! - first]![c]! += probability;
        pageTf[c]! += probability;
        matches[c]!.set(at, alternative);
      }
    });
    let best = 0;
    let bestPassage = first;
    passages.forEach((passage, local) => {
      const { start, end, heading, length: own } = index.passages[passage]!;
      const around =
        (index.passages[passage - 1]?.page === page && local > 0 ? index.passages[passage - 1]!.length : 0) +
        (local + 1 < passages.length ? index.passages[passage + 1]!.length : 0);
      const length = own + parameters.neighbour * around;
      const headingLocal =
        heading === undefined ? -1 : index.passageAt[page]![index.pages[page]!.anchors[heading]!.location]! - first;
      let score = 0;
      concepts.forEach((concept, c) => {
        const frequency =
          tf[local]![c]! +
          parameters.neighbour * ((tf[local - 1]?.[c] ?? 0) + (tf[local + 1]?.[c] ?? 0)) +
          (headingLocal >= 0 && headingLocal !== local ? parameters.headingWeight * tf[headingLocal]![c]! : 0);
        score += concept.weight * idf[c]! * saturate(frequency, length, index.averagePassage);
      });
      // Two of the reader's words side by side in the passage ("deep breathing") say it is about both together.
      for (let c = 0; c + 1 < concepts.length; c++) {
        for (const at of matches[c]!.keys())
          if (at >= start && at < end && (matches[c + 1]!.has(at + 1) || matches[c + 1]!.has(at + 2))) {
            score += parameters.adjacency * (concepts[c]!.weight * idf[c]! + concepts[c + 1]!.weight * idf[c + 1]!);
            break;
          }
      }
      if (score > best) [best, bestPassage] = [score, passage];
    });
    let whole = 0;
    let named = 0;
    concepts.forEach((concept, c) => {
      whole += concept.weight * idf[c]! * saturate(pageTf[c]!, index.words[page]!.length, index.averagePage);
      const field = fields(page, concept);
      named +=
        concept.weight *
        idf[c]! *
        (parameters.titleWeight * field.title +
          parameters.keywordWeight * field.keywords +
          parameters.descriptionWeight * field.description);
    });
    const score = best + parameters.pageWeight * whole + named;
    if (score > 0) ranked.push({ page, score, passage: bestPassage, matches });
  }
  return ranked.sort((x, y) => y.score - x.score || index.pages[x.page]!.order - index.pages[y.page]!.order);
}
