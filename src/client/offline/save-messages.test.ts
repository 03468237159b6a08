import { describe, expect, it } from 'vitest';
import { failedText, justSavedText, megabytes, persistText, progressText, savedText } from './save-messages';

const copy = { build: 'abc', cache: 'guide-abc', saved: true, sections: 12, size: '204 KB' };

describe('what the save control says', () => {
  it('says what was saved, now and on a later visit', () => {
    expect(justSavedText(copy)).toBe(
      'Saved: 12 sections and search, 204 KB. The guide and its search now work without a connection.',
    );
    expect(savedText(copy)).toBe('Saved on this device: 12 sections and search, 204 KB.');
    expect(progressText(3, 55)).toBe('3 of 55 files');
  });

  it('says whether the browser promised to keep the copy, in one sentence', () => {
    expect(persistText(true)).toBe('Your browser has promised to keep it until you remove it.');
    const notPromised = persistText(false);
    expect(notPromised.match(/[.!?](\s|$)/g)).toHaveLength(1);
    expect(notPromised).toMatch(/seven days without a visit unless the guide is on your Home Screen\.$/);
  });

  it('writes storage in megabytes, to one decimal', () => {
    expect(megabytes(612_345)).toBe('0.6 MB');
    expect(megabytes(12_000_000)).toBe('12 MB');
    expect(megabytes(1_234_567_890)).toBe('1,234.6 MB');
  });

  it('says why a save failed', () => {
    expect(failedText('network', 10, 55)).toBe(
      'Not saved: the connection failed after 10 of 55 files. Try again when you are online.',
    );
    expect(failedText(undefined, 0, 55)).toMatch(/^Not saved: the connection failed after 0 of 55 files/);
    expect(failedText('changed', 10, 55)).toBe(
      'Not saved: the guide was updated while it was saving. Reload the page, then save the new version.',
    );
  });

  it('gives the figures when the device is out of storage, and does not claim so when the browser says otherwise', () => {
    expect(failedText('storage', 3, 55, { free: 12_000, needs: 612_345 })).toBe(
      'Not saved: this device is out of storage: 0 MB free, the guide needs 0.6 MB. Free some space, then try again.',
    );
    expect(failedText('storage', 3, 55, { free: -5, needs: 612_345 })).toMatch(/: 0 MB free,/);
    expect(failedText('storage', 3, 55, { free: 9e9, needs: 612_345 })).toBe(
      'Not saved: the browser would not store the guide (it needs 0.6 MB). Free some space on this device, then try again.',
    );
    expect(failedText('storage', 3, 55)).toBe(
      'Not saved: the browser would not store the guide. Free some space on this device, then try again.',
    );
  });
});
