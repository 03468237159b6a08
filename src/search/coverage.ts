/**
 * Whether a question lies outside the guide, decided from its content words only. A word is absent when the guide
 * neither has it nor carries its meaning (no translation as probable as `coveredProbability`): "jogging" is carried by
 * "strenuous activities", "ibuprofen" by nothing. The question lies outside the guide when an absent word is what it
 * is about: it tells much more than anything specific the guide has of the question (its general topic, the words most
 * of its pages use, aside), the more so when it names a health matter (another condition, body part, medicine or
 * treatment). An absent word is named to the reader only if it is not an everyday word (and was read as typed).
 */
import type { GuideIndex } from './guide-index.ts';
import type { Parameters } from './parameters.ts';
import type { Concept } from './understand.ts';

/** A question the guide does not answer. */
export interface NotCovered {
  /** The reader's words to name ("This guide does not cover …"): absent, and not everyday words. May be empty. */
  words: string[];
  /** Whether it is about health: the reader is pointed to a doctor and to the urgent-help advice. */
  health: boolean;
}

/** How surely the guide has a concept: its most similar alternative that the guide's text, titles or keywords hold. */
export function coverageOf(index: GuideIndex, concept: Concept): number {
  let best = 0;
  for (const { terms, similarity } of concept.alternatives)
    if (similarity > best && terms.every((term) => index.pageFrequency.has(term))) best = similarity;
  return best;
}

/** The share of the guide's pages that have a concept as the reader wrote it (or its correction). */
export function pageShare(index: GuideIndex, concept: Concept): number {
  let most = 0;
  for (const { terms, own } of concept.alternatives)
    if (own) most = Math.max(most, Math.min(...terms.map((term) => index.pageFrequency.get(term) ?? 0)));
  return most / Math.max(1, index.pages.length);
}

/**
 * How much an absent concept is what the question is about: how much more it tells than the most telling concept the
 * guide has of the question (its general topic aside), more for a health word. Undefined for a concept not absent.
 */
export function aboutness(index: GuideIndex, concepts: readonly Concept[], parameters: Parameters): number[] {
  const content = concepts.filter((concept) => !concept.stop && !concept.number && !concept.correction);
  const absent = (concept: Concept) => concept.dictionary && coverageOf(index, concept) < parameters.coveredProbability;
  const specific = content.filter(
    (concept) =>
      !absent(concept) &&
      concept.info >= parameters.specificInfo &&
      coverageOf(index, concept) > 0 &&
      pageShare(index, concept) < parameters.generalShare,
  );
  const mostSpecific = Math.max(0, ...specific.map((concept) => concept.info));
  return concepts.map((concept) =>
    content.includes(concept) && absent(concept)
      ? concept.info - mostSpecific + (concept.health ? parameters.healthWeight : 0)
      : -Infinity,
  );
}

/** Whether the question of `concepts` lies outside the guide, and what to say; undefined when the guide covers it. */
export function notCovered(
  index: GuideIndex,
  concepts: readonly Concept[],
  parameters: Parameters,
): NotCovered | undefined {
  const scores = aboutness(index, concepts, parameters);
  const central = concepts.filter((_, at) => scores[at]! >= parameters.aboutThreshold);
  if (!central.length) return undefined;
  return {
    words: central
      .filter((concept) => !concept.base && concept.info > parameters.everydayInfo)
      .map((concept) => concept.text),
    health: central.some((concept) => concept.health),
  };
}
