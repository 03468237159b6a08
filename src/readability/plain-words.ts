/**
 * Medical and technical words a lay reader may not know, with plain words an editor could use instead or add as an
 * explanation: advice for the readability report, never used by search. retext-simplify covers everyday wordiness
 * ("utilize", "numerous"), and this covers what it does not, the vocabulary of bodies and treatments. Each entry lists
 * the forms it matches (lower case; phrases match word by word) and the suggestion the report shows.
 *
 * Not the same fact as a section's `keywords` (frontmatter): those are the words readers search with that one section's
 * text lacks, an editor's call per section, and search reads them. This list maps expert words, wherever they occur,
 * to plainer ones for editors. Search finds readers' own words through its lexicon (docs/search.md), which replaced
 * its hand-kept list of lay terms.
 */
export interface PlainWord {
  /** Words or phrases as they occur in text, in every form that should match. */
  forms: readonly string[];
  /** Plain words that say the same to a lay reader. */
  plain: string;
}

export const PLAIN_WORDS: readonly PlainWord[] = [
  { forms: ['adhesion', 'adhesions'], plain: 'bands of scar tissue that stick tissues together' },
  { forms: ['myofascial'], plain: 'in the muscles and the thin tissue around them' },
  { forms: ['fascia'], plain: 'the thin tissue around muscles' },
  { forms: ['connective tissue', 'connective tissues'], plain: 'the tissue that holds muscles and bones together' },
  { forms: ['inflammation', 'inflamed'], plain: 'swelling, redness and soreness' },
  { forms: ['circulation'], plain: 'blood flow' },
  { forms: ['mobility'], plain: 'how easily you move' },
  { forms: ['flexibility'], plain: 'how far you can bend and stretch' },
  { forms: ['alignment'], plain: 'how your body lines up (posture)' },
  { forms: ['postural'], plain: 'of your posture' },
  { forms: ['manipulation', 'manipulate'], plain: 'moving or pressing with the hands' },
  { forms: ['mobilization', 'mobilisation'], plain: 'gently moving a joint' },
  { forms: ['sciatica'], plain: 'pain that runs down the back of the leg' },
  { forms: ['herniated'], plain: 'slipped (a slipped disc)' },
  { forms: ['vertebrae', 'vertebra'], plain: 'the bones of the spine' },
  { forms: ['ligament', 'ligaments'], plain: 'the strong bands that hold bones together' },
  { forms: ['scoliosis'], plain: 'a sideways curve of the spine' },
  { forms: ['arthritis'], plain: 'pain and swelling in the joints' },
  { forms: ['lumbar'], plain: 'lower back' },
  { forms: ['musculoskeletal'], plain: 'of the muscles and bones' },
  { forms: ['chronic'], plain: 'long-lasting' },
  { forms: ['acute'], plain: 'sudden and short-lived' },
  { forms: ['cortisol'], plain: 'a stress hormone' },
  { forms: ['endorphins', 'endorphin'], plain: "the body's own painkillers" },
  { forms: ['physician', 'physicians'], plain: 'doctor' },
  { forms: ['practitioner', 'practitioners'], plain: 'therapist' },
  { forms: ['therapeutic'], plain: 'used to treat' },
  { forms: ['non-invasive'], plain: 'without surgery or needles' },
  { forms: ['debilitating'], plain: 'that stops you doing everyday things' },
  { forms: ['physiological'], plain: 'of the body' },
  { forms: ['psychological'], plain: 'of the mind' },
  { forms: ['strenuous'], plain: 'hard, tiring' },
  { forms: ['pliable'], plain: 'soft and easy to bend' },
  { forms: ['topical'], plain: 'put on the skin' },
  { forms: ['hydrated'], plain: 'drinking enough water' },
  { forms: ['hydration'], plain: 'drinking enough water' },
  { forms: ['sodium'], plain: 'salt' },
  { forms: ['compression'], plain: 'squeezing' },
  { forms: ['frequency'], plain: 'how often' },
  { forms: ['severity'], plain: 'how bad it is' },
  { forms: ['intensity'], plain: 'how strong it is' },
  { forms: ['individualized', 'individualised'], plain: 'made for you' },
  { forms: ['comprehensive'], plain: 'full, complete' },
  { forms: ['contraindication', 'contraindications', 'contraindicated'], plain: 'a reason not to have it' },
];
