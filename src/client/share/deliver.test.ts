// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announce, deliver, mode, pageLink, shareMode } from './deliver';

describe('shareMode', () => {
  it('opens the share sheet on touch screens that have one, and copies elsewhere', () => {
    expect(shareMode({ canShare: true, coarsePointer: true, canCopy: true })).toBe('sheet');
    expect(shareMode({ canShare: true, coarsePointer: false, canCopy: true })).toBe('copy');
    expect(shareMode({ canShare: false, coarsePointer: true, canCopy: true })).toBe('copy');
    expect(shareMode({ canShare: false, coarsePointer: false, canCopy: false })).toBe('none');
  });
});

describe('pageLink', () => {
  it('is the page without its query or fragment, plus the fragment asked for', () => {
    const location = { origin: 'https://guide.example', pathname: '/self-care/' };
    expect(pageLink(location)).toBe('https://guide.example/self-care/');
    expect(pageLink(location, 'sleep')).toBe('https://guide.example/self-care/#sleep');
  });
});

describe('announce and deliver, on a desktop that copies', () => {
  let copied: string[];

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p id="share-status" role="status"></p>';
    copied = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text) => void copied.push(text));
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const status = () => document.getElementById('share-status')!.textContent;

  it('copies the link and says so, briefly', async () => {
    expect(mode).toBe('copy');
    await deliver('https://guide.example/a/#b', 'Link copied');
    expect(copied).toEqual(['https://guide.example/a/#b']);
    expect(status()).toBe('Link copied');
    vi.advanceTimersByTime(5000);
    expect(status()).toBe('');
  });

  it('tells the reader where to copy from when the clipboard refuses', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await deliver('https://guide.example/', 'Link copied');
    expect(status()).toBe('Could not copy the link. Copy it from the address bar instead.');
  });

  it('says nothing on a page without the live region', () => {
    document.body.innerHTML = '';
    expect(() => announce('x')).not.toThrow();
  });
});

describe('a copy confirmed beside its control', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML =
      '<span id="share-said" role="status" class="sr-only"></span><p id="share-status" role="status"></p>';
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('tells screen readers only, and leaves the toast empty', async () => {
    await expect(deliver('https://guide.example/a/', 'Link to “A” copied', false)).resolves.toBe(true);
    expect(document.getElementById('share-said')!.textContent).toBe('Link to “A” copied');
    expect(document.getElementById('share-status')!.textContent).toBe('');
    vi.advanceTimersByTime(5000);
    expect(document.getElementById('share-said')!.textContent).toBe('');
  });

  it('still shows a failure as a toast, and resolves to false', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await expect(deliver('https://guide.example/', 'Link copied', false)).resolves.toBe(false);
    expect(document.getElementById('share-status')!.textContent).toMatch(/^Could not copy/);
  });
});
