/**
 * A tiny guide and lexicon for search's unit tests: three pages and a handful of readers' words, so that each test
 * says exactly what it relies on (never the real guide's words).
 */
import { encodeShard, shardOf, type LexiconEntry } from '../../src/search/lexicon.ts';
import { SEARCH_DATA_VERSION, type GuidePage, type SearchData } from '../../src/search/search-data.ts';
import type { Parameters } from '../../src/search/parameters.ts';
import type { SearchSources } from '../../src/search/search.ts';
import { bundleSources } from '../../src/client/search/sources.ts';

export const TINY_PAGES: GuidePage[] = [
  {
    url: '/',
    title: 'Kettle Care Guide',
    order: 1,
    description: 'How to look after a kettle.',
    keywords: [],
    content: 'Kettle Care Guide. A kettle boils water. Kettles need care to keep working.',
    anchors: [{ id: 'top', text: 'Kettle Care Guide', location: 0 }],
  },
  {
    url: '/descaling/',
    title: 'Descaling a Kettle',
    order: 2,
    description: 'Removing limescale with vinegar.',
    keywords: ['decalcify'],
    content:
      'Descaling a Kettle. Hard water leaves limescale inside a kettle. Soak it in white vinegar overnight. Rinse well ' +
      'Safety First Unplug the kettle before cleaning it. Never put the base in water.',
    anchors: [
      { id: 'top', text: 'Descaling a Kettle', location: 0 },
      { id: 'safety-first', text: 'Safety First', location: 18 },
    ],
  },
  {
    url: '/self-care/',
    title: 'Self-Care for Kettle Owners',
    order: 3,
    description: 'Rest while the kettle boils.',
    keywords: [],
    content:
      'Self-Care for Kettle Owners. Avoid strenuous activities while the water boils. Take a rest and drink your tea slowly.',
    anchors: [{ id: 'top', text: 'Self-Care for Kettle Owners', location: 0 }],
  },
];

const entry = (info: number, targets: [string, number][] = [], health = false): LexiconEntry => ({
  info,
  health,
  dictionary: true,
  targets,
});

/** What the tiny lexicon knows: readers' words with the tiny guide's words for them. */
export const TINY_LEXICON: Record<string, LexiconEntry> = {
  gym: entry(60, [
    ['strenuous activities', 80],
    ['rest', 40],
  ]),
  jogging: entry(70, [['strenuous activities', 85]]),
  limescale: entry(80),
  vinegar: entry(70),
  kettle: entry(75),
  water: entry(20),
  tea: entry(40),
  actually: entry(30),
  please: entry(10),
  really: entry(15, [['slowly', 55]]),
  scald: entry(80, [], true),
  burn: entry(35, [], true),
  ibuprofen: entry(90, [], true),
  price: entry(40),
  'white vinegar': entry(70),
  'furred up': entry(60, [['limescale', 90]]),
};

/** The tiny guide's search file. */
export function tinyData(lexiconShards = 4): SearchData {
  const info: Record<string, number> = {};
  for (const [word, found] of Object.entries(TINY_LEXICON)) info[word] = found.info;
  return {
    version: SEARCH_DATA_VERSION,
    pages: TINY_PAGES,
    info,
    lexicon: { path: 'lexicon/t/', shards: lexiconShards },
  };
}

/** Search sources over the tiny guide, with the names of the files they fetched. */
export function tinySources(): SearchSources & { fetched: string[] } {
  const data = tinyData();
  const shards = Array.from({ length: data.lexicon.shards }, (): [string, LexiconEntry][] => []);
  for (const [key, found] of Object.entries(TINY_LEXICON))
    shards[shardOf(key, data.lexicon.shards)]!.push([key, found]);
  const files = new Map<string, unknown>([
    ['guide.json', data],
    ...shards.map((entries, shard): [string, unknown] => [`lexicon/t/${shard}.json`, encodeShard(entries)]),
  ]);
  const fetched: string[] = [];
  const sources = bundleSources(async (name) => {
    fetched.push(name);
    if (!files.has(name)) throw new Error(`404 ${name}`);
    return structuredClone(files.get(name));
  }, 'guide.json');
  return Object.assign(sources, { fetched });
}

/**
 * Parameters for the unit tests of the machinery: every value stated here, so that refitting the model
 * (src/search/parameters.ts) never changes what these tests expect.
 */
export const TINY_PARAMETERS: Parameters = {
  k1: 1.2,
  b: 0.5,
  infoPower: 1,
  stopWeight: 0.2,
  similarityPower: 1,
  widenInfo: 0,
  targetInfoPower: 0,
  minProbability: 0.3,
  neighbour: 0.3,
  pageWeight: 0.3,
  titleWeight: 0.5,
  keywordWeight: 0.5,
  descriptionWeight: 0.5,
  headingWeight: 0.3,
  adjacency: 0.3,
  listShare: 0.5,
  showWidening: 0.7,
  coveredProbability: 0.7,
  specificInfo: 30,
  generalShare: 0.6,
  healthWeight: 30,
  aboutThreshold: 50,
  everydayInfo: 60,
};
