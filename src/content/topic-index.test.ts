import { describe, expect, it } from 'vitest';
import { initialOf, topicIndex } from './topic-index';

describe('topic index', () => {
  const sources = [
    { path: '/self-care/', label: 'Self-care tips', topics: ['Sleep', 'aftercare'], headingIds: [] },
    { path: '/manual-therapy/', label: 'Manual therapy', topics: [{ term: 'Can massage cure back pain?', heading: 'can-massage-cure' }, 'Scoliosis'], headingIds: ['can-massage-cure'] },
    { path: '/nutrition/', label: 'Nutrition', topics: ['Omega-3 fatty acids', '5-a-day', 'Éclairs'], headingIds: [] },
  ];

  it('files terms under their initial letter, accents removed, digits under #', () => {
    expect(initialOf('Éclairs')).toBe('E');
    expect(initialOf('aftercare')).toBe('A');
    expect(initialOf('5-a-day')).toBe('#');
    expect(initialOf('“Quoted”')).toBe('Q');
  });

  it('sorts A to Z ignoring case, with # last, and links to the section or heading', () => {
    const groups = topicIndex(sources);
    expect(groups.map((group) => group.letter)).toEqual(['A', 'C', 'E', 'O', 'S', '#']);
    expect(groups[1]!.topics[0]).toEqual({ term: 'Can massage cure back pain?', href: '/manual-therapy/#can-massage-cure', section: 'Manual therapy' });
    expect(groups[4]!.topics.map((topic) => topic.term)).toEqual(['Scoliosis', 'Sleep']);
    expect(groups[0]!.topics[0]!.href).toBe('/self-care/');
  });

  it('fails on a topic that points at a heading the section does not have', () => {
    const broken = [{ path: '/a/', label: 'A', topics: [{ term: 'Gone', heading: 'missing' }], headingIds: ['other'] }];
    expect(() => topicIndex(broken)).toThrow(/Topic "Gone" in \/a\/ points at #missing/);
  });
});
