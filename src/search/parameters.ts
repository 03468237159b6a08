/**
 * Every parameter of search's ranking model, each with the value `npm run search:fit` fitted on the tuning half of
 * the readers' queries (tests/fixtures/search-queries/tuning.json). Nothing else in search is tuned: change a value
 * here only by running the fit again.
 */
export interface Parameters {
  /** BM25's term-frequency saturation: how quickly a word's repeats stop adding to a passage's score. */
  k1: number;
  /** BM25's length normalisation, 0 (none) to 1 (full): a long passage needs more matches to score as well. */
  b: number;
  /** How much a word's rarity in English sets its weight: weight = (informativeness / 9) ^ infoPower. */
  infoPower: number;
  /** Weight of a stop word (a word of the maintained list) beside its rarity: they say little about the topic. */
  stopWeight: number;
  /** A lexicon weight s (0–1) becomes the probability that the reader's word means the guide's word: s ^ similarityPower. */
  similarityPower: number;
  /** Words telling less than this (0–99) are not widened: the neighbours in meaning of "really" or "get" are noise. */
  widenInfo: number;
  /** A guide's word as a translation counts by how much it tells: (its informativeness / 9) ^ targetInfoPower. */
  targetInfoPower: number;
  /** Translations less probable than this are dropped: they find more noise than answers. */
  minProbability: number;
  /** How much the sentences before and after a passage count with it, as part of the same point. */
  neighbour: number;
  /** How much the whole page's score counts beside its best passage's. */
  pageWeight: number;
  /** A word of the page's title counts this much more than a word of its text. */
  titleWeight: number;
  /** A word of the page's keywords (readers' words its editors listed) counts this much. */
  keywordWeight: number;
  /** A word of the page's description (its one-sentence summary) counts this much. */
  descriptionWeight: number;
  /** A word of the heading a passage stands under counts this much in the passage. */
  headingWeight: number;
  /** Two of the reader's words that stand side by side in the passage count this much more. */
  adjacency: number;
  /** Sections scoring less than this share of the best section's score are not listed. */
  listShare: number;
  /** A widening this similar in meaning or more is shown beside a result ("Your words: gym → strenuous activities"). */
  showWidening: number;
  /** A translation this similar in meaning carries a reader's word: below it, the word is absent from the guide. */
  coveredProbability: number;
  /** A word the guide has must tell this much (0–99) to count as something specific the reader asked about. */
  specificInfo: number;
  /** A word on at least this share of the guide's pages is its general topic (massage, back, pain), never specific. */
  generalShare: number;
  /** How much more an absent health word (a condition, body part, medicine, treatment) is what a question is about. */
  healthWeight: number;
  /** An absent word is what the question is about from this much more than the most specific word present (coverage.ts). */
  aboutThreshold: number;
  /** Words telling this much or less are everyday words, never named as not covered (at least the 5,000 commonest). */
  everydayInfo: number;
}

export const PARAMETERS: Parameters = {
  k1: 4,
  b: 1,
  infoPower: 0,
  stopWeight: 0.5,
  similarityPower: 0.25,
  widenInfo: 20,
  targetInfoPower: 0.5,
  minProbability: 0.5,
  neighbour: 0.5,
  pageWeight: 0.3,
  titleWeight: 0.25,
  keywordWeight: 1,
  descriptionWeight: 0,
  headingWeight: 2,
  adjacency: 0.6,
  listShare: 0.4,
  showWidening: 0.9,
  coveredProbability: 0.9,
  specificInfo: 50,
  generalShare: 0.6,
  healthWeight: 40,
  aboutThreshold: 86.5,
  everydayInfo: 60,
};
