/**
 * The review dates every section shows ("Page last reviewed", "Next review due", as NHS pages do), and the rules
 * they keep: the next review comes after the last one; a review that has fallen due is reported, as a warning, so
 * that a date passing never stops a build by itself.
 */
import { counted } from '../plural';

/** Days are compared as calendar days in UTC, as the frontmatter writes them (YYYY-MM-DD). */
const day = (date: Date) => date.toISOString().slice(0, 10);

/** Why a section's review dates cannot both be right, or null when they can. */
export function reviewOrderProblem(lastReviewed: Date, nextReview: Date): string | null {
  return day(nextReview) > day(lastReviewed)
    ? null
    : `nextReview (${day(nextReview)}) must come after lastReviewed (${day(lastReviewed)})`;
}

/** Whether a section's review has fallen due by `today`. */
export function isReviewDue(nextReview: Date, today: Date): boolean {
  return day(nextReview) <= day(today);
}

/** The warning for sections whose review has fallen due: one line naming each file and its date; null if none. */
export function overdueWarning(sections: readonly { file: string; nextReview: Date }[], today: Date): string | null {
  const due = sections.filter(({ nextReview }) => isReviewDue(nextReview, today));
  if (!due.length) return null;
  const lines = due.map(({ file, nextReview }) => `  ${file}: review was due on ${day(nextReview)}`);
  return `Due for review, ${counted(due.length, 'section')}:\n${lines.join('\n')}\nReview the text, then move lastReviewed and nextReview on.`;
}
