/**
 * The whole guide's contents (src/components/layout/GuideContents.astro) mark the section in view as the reader
 * scrolls, and so as Listen reads on: `aria-current="location"`, styled like a section page's current page. Loaded
 * at the first scroll (article-tools.ts): before it, the reader is at the top, or was just sent to a section.
 */

/**
 * The section in view: the last one whose top is in the upper half of the screen or above it (the first before any
 * is). Listen brings the sentence it reads to a third of the way down, so a section's heading, read, is current.
 */
export function currentIndex(tops: readonly number[], viewportHeight: number): number {
  let current = 0;
  tops.forEach((top, index) => {
    if (top <= viewportHeight / 2) current = index;
  });
  return current;
}

/** Keeps the link of the section in view marked. */
export function followSections(contents: Element): void {
  const links = [...contents.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const sections = links.map((link) => document.getElementById(link.hash.slice(1)));
  let marked: HTMLAnchorElement | undefined;
  let queued = false;
  const update = () => {
    queued = false;
    const tops = sections.map((section) => section?.getBoundingClientRect().top ?? Infinity);
    const link = links[currentIndex(tops, innerHeight)];
    if (link === marked) return;
    marked?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'location');
    marked = link;
  };
  addEventListener(
    'scroll',
    () => {
      if (!queued) requestAnimationFrame(update);
      queued = true;
    },
    { passive: true },
  );
  update();
}
