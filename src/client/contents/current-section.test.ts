// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentIndex, followSections } from './current-section';

describe('currentIndex', () => {
  it('is the last section whose top is in the upper half of the screen or above it', () => {
    expect(currentIndex([-900, -200, 300, 900], 800)).toBe(2);
    expect(currentIndex([-900, -200, 401, 900], 800)).toBe(1);
  });

  it('is the first section before any has reached the middle', () => {
    expect(currentIndex([500, 1500], 800)).toBe(0);
    expect(currentIndex([], 800)).toBe(0);
  });
});

describe('followSections', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('marks the link of the section in view, and moves the mark as the reader scrolls', async () => {
    document.body.innerHTML = `
      <nav><a href="#one">One</a><a href="#two">Two</a><a href="#gone">Gone</a></nav>
      <h2 id="one">One</h2><h2 id="two">Two</h2>`;
    let tops = { one: 100, two: 900 };
    for (const id of ['one', 'two'] as const) {
      vi.spyOn(document.getElementById(id)!, 'getBoundingClientRect').mockImplementation(
        () => ({ top: tops[id] }) as DOMRect,
      );
    }
    vi.stubGlobal('innerHeight', 800);
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => callback(0));
    const nav = document.querySelector('nav')!;
    followSections(nav);
    const marked = () => [...nav.querySelectorAll('[aria-current="location"]')].map((link) => link.textContent);
    expect(marked()).toEqual(['One']);
    tops = { one: -700, two: 100 };
    dispatchEvent(new Event('scroll'));
    expect(marked()).toEqual(['Two']);
    dispatchEvent(new Event('scroll'));
    expect(marked()).toEqual(['Two']);
  });
});
