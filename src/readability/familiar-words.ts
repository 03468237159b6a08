/**
 * Whether a word is on the New Dale–Chall list of words most American fourth-graders know (the `dale-chall`
 * package). The method's own rules count regular forms of a listed word as familiar (plurals, -ed, -ing, -er, -est,
 * -ly, contractions), so those are looked up by their base; a hyphenated word is familiar when each part is; numbers are familiar.
 */
import { daleChall } from 'dale-chall';

const FAMILIAR = new Set(daleChall);

/** Stems that contractions change: can't, won't, shan't. */
const CONTRACTED: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

/** Bases a regular form may come from: `tries` → try, `hoped` → hope or hop, `stopping` → stop. */
function basesOf(word: string): string[] {
  const bases: string[] = [];
  const strip = (suffix: string) => (word.endsWith(suffix) ? word.slice(0, -suffix.length) : undefined);
  const undouble = (stem: string) => (/([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem);
  const ies = strip('ies') ?? strip('ied');
  if (ies) bases.push(`${ies}y`);
  const es = strip('es');
  if (es) bases.push(es);
  const s = strip('s');
  if (s) bases.push(s);
  for (const suffix of ['ed', 'ing', 'er', 'est']) {
    const stem = strip(suffix);
    if (stem) bases.push(stem, `${stem}e`, undouble(stem));
  }
  const ly = strip('ly');
  if (ly) bases.push(ly, ly.endsWith('i') ? `${ly.slice(0, -1)}y` : ly);
  return bases;
}

/** True when `word` (any case, apostrophes allowed) counts as familiar for the Dale–Chall formula. */
export function isFamiliar(word: string): boolean {
  // A contraction is as familiar as the word it shortens: isn't → is, you'll → you, can't → can.
  const lower = word.toLowerCase().replace(/’/g, "'");
  const stem = lower.replace(/n't$/, '').replace(/'(s|re|ll|ve|d|m)$/, '');
  const plain = (CONTRACTED[stem] ?? stem).replace(/'/g, '');
  if (!/[a-z]/.test(plain)) return true;
  if (plain.includes('-')) return plain.split('-').every((part) => part === '' || isFamiliar(part));
  return FAMILIAR.has(plain) || basesOf(plain).some((base) => FAMILIAR.has(base));
}
