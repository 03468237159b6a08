/**
 * Readers' words that no language resource the lexicon uses links to the guide's words, reviewed by hand: slang and
 * clippings (physio, chiro), lay names of conditions and treatments (lumbago, wear and tear, trapped nerve, TENS
 * machine), and idioms (bad back, back cracking). Each maps onto words or phrases the guide's text has. Used only to
 * find sections; nothing here is shown to readers as a fact or claims anything.
 *
 * Everything WordNet or the word vectors already link (doctor → physician, loo → toilet, cramps → spasms) is left to
 * them: `npm run test:unit` fails for an entry the lexicon finds without it (meaning/lay-terms.test.ts).
 */
export const LAY_TERMS: Readonly<Record<string, readonly string[]>> = {
  lumbago: ['lower back pain'],
  'bad back': ['back pain'],
  rubdown: ['massage'],
  rub: ['massage'],
  chiro: ['manipulation'],
  crack: ['manipulation', 'vertebrae'],
  cracking: ['manipulation', 'vertebrae'],
  cracked: ['manipulation', 'vertebrae'],
  gym: ['exercise', 'strenuous activities'],
  workouts: ['exercise'],
  hurt: ['pain'],
  hurts: ['pain'],
  hurting: ['pain'],
  exhausted: ['fatigue'],
  thirsty: ['hydration'],
  salt: ['sodium'],
  office: ['sitting'],
  slouch: ['posture'],
  slouching: ['posture'],
  hunched: ['posture'],
  'wear and tear': ['arthritis'],
  'trapped nerve': ['sciatica', 'nerve'],
  'shooting pain': ['sciatica'],
  tens: ['electrical stimulation'],
  tummy: ['abdomen'],
  belly: ['abdomen', 'weight'],
  ring: ['jewelry'],
  rings: ['jewelry'],
};
