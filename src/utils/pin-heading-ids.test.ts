import { describe, expect, it } from 'vitest';
import { headingIdPins, normalizeHeading } from './pin-heading-ids';

describe('headingIdPins', () => {
  it('maps normalised heading text to the pinned id', () => {
    const pins = headingIdPins({ headingIds: { 'Can Massage  Cure Back Pain for Good?': 'can-massage-cure-back-pain' } });
    expect(pins?.get(normalizeHeading('can massage cure back pain for good?'))).toBe('can-massage-cure-back-pain');
  });

  it('is undefined without pins, so the plugin is skipped', () => {
    expect(headingIdPins({ title: 'x' })).toBeUndefined();
    expect(headingIdPins({ headingIds: {} })).toBeUndefined();
    expect(headingIdPins(undefined)).toBeUndefined();
  });
});
