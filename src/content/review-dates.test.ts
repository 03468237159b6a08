import { describe, expect, it } from 'vitest';
import { isReviewDue, overdueWarning, reviewOrderProblem } from './review-dates';

const date = (text: string) => new Date(`${text}T00:00:00Z`);

describe('reviewOrderProblem', () => {
  it('accepts a next review after the last one', () => {
    expect(reviewOrderProblem(date('2026-11-24'), date('2027-11-24'))).toBeNull();
  });

  it('refuses a next review on or before the last one', () => {
    expect(reviewOrderProblem(date('2026-11-24'), date('2026-11-24'))).toMatch(/nextReview \(2026-11-24\) must come after lastReviewed \(2026-11-24\)/);
    expect(reviewOrderProblem(date('2026-11-24'), date('2025-01-01'))).not.toBeNull();
  });
});

describe('isReviewDue', () => {
  it('is due on the day itself and after, not before', () => {
    expect(isReviewDue(date('2027-11-24'), date('2027-11-23'))).toBe(false);
    expect(isReviewDue(date('2027-11-24'), date('2027-11-24'))).toBe(true);
    expect(isReviewDue(date('2027-11-24'), new Date('2027-11-24T23:59:00Z'))).toBe(true);
    expect(isReviewDue(date('2027-11-24'), date('2028-01-01'))).toBe(true);
  });
});

describe('overdueWarning', () => {
  const sections = [
    { file: 'content/sections/a.mdx', nextReview: date('2027-01-01') },
    { file: 'content/sections/b.mdx', nextReview: date('2028-01-01') },
  ];

  it('names each overdue file and its date', () => {
    expect(overdueWarning(sections, date('2027-06-01'))).toBe(
      'Due for review, 1 section:\n  content/sections/a.mdx: review was due on 2027-01-01\nReview the text, then move lastReviewed and nextReview on.',
    );
    expect(overdueWarning(sections, date('2028-06-01'))).toMatch(/^Due for review, 2 sections:/);
  });

  it('says nothing while no review is due', () => {
    expect(overdueWarning(sections, date('2026-12-01'))).toBeNull();
  });
});
