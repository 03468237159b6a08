import { describe, expect, it } from 'vitest';
import { ogCard, type CardNode } from './satori-card';

/** Every string in the tree, in order. */
function texts(node: CardNode | string): string[] {
  if (typeof node === 'string') return node ? [node] : [];
  const children = node.props.children;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

describe('the reference card, as satori lays it out', () => {
  const card = ogCard(
    { title: 'Self-Care Tips', description: 'What you can do at home.', footnote: 'Page 6 of 12' },
    'Back Pain Massage Guide',
  );

  it('clamps the title and the description to three lines each, so long ones never overflow the card', () => {
    const clamped = (node: CardNode | string): string[] => {
      if (typeof node === 'string') return [];
      const children = node.props.children;
      const inner = children === undefined ? [] : (Array.isArray(children) ? children : [children]).flatMap(clamped);
      return node.props.style?.lineClamp === 3 && typeof children === 'string' ? [children, ...inner] : inner;
    };
    expect(clamped(card)).toEqual(['Self-Care Tips', 'What you can do at home.']);
  });

  it('says the guide name, the title, the description and the footnote, in reading order', () => {
    expect(texts(card)).toEqual([
      'Back Pain Massage Guide',
      'Self-Care Tips',
      'What you can do at home.',
      'Page 6 of 12',
    ]);
  });
});
