/**
 * The custom elements that work on the guide's text, in one module: a page loads one file for them rather than one
 * each (a few hundred bytes less), so Prose.astro, the article they serve, owns the script. They are each heading's
 * share control, "Copy link to this text" and the reading tools; each does nothing on a page without its element.
 * On the whole guide, the contents beside the text start following the reader at the first scroll.
 */
import './share/share-link';
import './share/text-link-bar';
import './reading/reading-tools';

const contents = document.querySelector('[data-current-section]');
if (contents) {
  const follow = () => void import('./contents/current-section').then((module) => module.followSections(contents));
  addEventListener('scroll', follow, { once: true, passive: true });
}
