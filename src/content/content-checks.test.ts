import { describe, expect, it } from 'vitest';
import { emptyBodyProblem, firstNonUtf8Line, impossibleDates } from './content-checks';

describe('emptyBodyProblem', () => {
  it('accepts a body with text', () => {
    expect(emptyBodyProblem('\nSome text.\n')).toBeNull();
  });

  it('rejects a missing, blank or comment-only body', () => {
    expect(emptyBodyProblem(undefined)).toMatch(/no text/);
    expect(emptyBodyProblem('  \n\n')).toMatch(/no text/);
    expect(emptyBodyProblem('{/* later */}\n<!-- todo -->')).toMatch(/no text/);
  });
});

describe('impossibleDates', () => {
  it('accepts real days, quoted or not, including 29 February in a leap year', () => {
    expect(impossibleDates('---\nlastReviewed: 2026-11-24\nother: "2028-02-29"\n---\nBody')).toEqual([]);
  });

  it('finds days that YAML would silently roll over, with their line in the file', () => {
    expect(impossibleDates('---\ntitle: "A"\nlastReviewed: 2026-02-31\nreviewed: "2026-13-01"\nx: 2027-02-29\n---\n')).toEqual([
      { line: 3, field: 'lastReviewed', value: '2026-02-31' },
      { line: 4, field: 'reviewed', value: '2026-13-01' },
      { line: 5, field: 'x', value: '2027-02-29' },
    ]);
  });

  it('looks only at the frontmatter, not at dates in the text', () => {
    expect(impossibleDates('---\ntitle: "A"\n---\ndate: 2026-02-31\n')).toEqual([]);
    expect(impossibleDates('date: 2026-02-31\n')).toEqual([]);
  });
});

describe('firstNonUtf8Line', () => {
  it('finds the line of the first byte sequence that is not UTF-8', () => {
    const latin1 = Buffer.from('line one\nA caf\u00e9 here\nthree\n', 'latin1');
    expect(firstNonUtf8Line(latin1)).toBe(2);
    expect(firstNonUtf8Line(Buffer.from('all fine: café, “quotes”\n', 'utf8'))).toBeNull();
    expect(firstNonUtf8Line(Buffer.from([0x61, 0x0a, 0x62, 0xff]))).toBe(2);
  });
});
