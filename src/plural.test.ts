import { describe, expect, it } from 'vitest';
import { counted } from './plural';

describe('counted', () => {
  it('agrees the noun with the count, with a regular or a given plural', () => {
    expect(counted(1, 'section')).toBe('1 section');
    expect(counted(0, 'section')).toBe('0 sections');
    expect(counted(12, 'section')).toBe('12 sections');
    expect(counted(2, 'entry', 'entries')).toBe('2 entries');
  });
});
