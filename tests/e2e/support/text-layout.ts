// Layout checks that run inside the page (passed to page.evaluate), for reflow and text-spacing tests.

/** Runs in the page: how far the page scrolls sideways, in CSS pixels. */
export const sidewaysOverflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

/**
 * Runs in the page: text that is cut off or drawn over other text. Clipped: an element that hides overflow while its
 * content is larger than its box (screen-reader-only text, 1 px by design, aside). Overlap: two line boxes of
 * different text nodes sharing more than a sliver of area.
 */
export function textProblems(): string[] {
  const problems: string[] = [];
  // Screen-reader-only text is clipped to nothing on purpose.
  const visuallyHidden = (element: Element | null): boolean => {
    for (let at = element; at; at = at.parentElement) {
      const style = getComputedStyle(at);
      if (style.clipPath !== 'none' || style.clip !== 'auto') return true;
    }
    return false;
  };
  const describe = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
  // With a modal dialog open, the page behind it is inert and covered: only the dialog's text is read.
  const scope = document.querySelector('dialog:modal') ?? document.body;
  for (const element of scope.querySelectorAll<HTMLElement>('*')) {
    if (!element.checkVisibility() || visuallyHidden(element)) continue;
    const style = getComputedStyle(element);
    const hides = (value: string) => value === 'hidden' || value === 'clip';
    if (element.clientWidth <= 1 || element.clientHeight <= 1) continue;
    if (hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1)
      problems.push(`clipped sideways: ${describe(element)}`);
    if (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1)
      problems.push(`clipped: ${describe(element)}`);
  }
  const lines: { rect: DOMRect; node: Text }[] = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!node.data.trim() || !parent?.checkVisibility() || visuallyHidden(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width > 1 && rect.height > 1) lines.push({ rect, node });
  }
  lines.sort((a, b) => a.rect.top - b.rect.top);
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    for (let j = i + 1; j < lines.length && lines[j]!.rect.top < a.rect.bottom; j++) {
      const b = lines[j]!;
      if (a.node === b.node) continue;
      const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      // Line boxes of neighbouring text may touch; real overlap covers a good part of a glyph.
      if (width > 2 && height > 4) {
        problems.push(`overlap: "${a.node.data.trim().slice(0, 30)}" and "${b.node.data.trim().slice(0, 30)}"`);
      }
    }
  }
  return [...new Set(problems)];
}
