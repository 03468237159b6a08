/**
 * The voice Listen reads with. Only the device's own voices (`localService`): a network voice would send the text
 * the reader is reading, about their health, to the voice's provider, and this guide sends nothing to anyone.
 */

/** What Listen needs of a voice (a `SpeechSynthesisVoice`). */
export type Voice = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'default'>;

/** `en-US`, `en_us` and `EN-us` alike. */
const normalise = (lang: string) => lang.replace(/_/g, '-').toLowerCase();

/**
 * The best local English voice for a page in `lang` (e.g. `en-US`): one of exactly that language first, then any
 * English one; the device's default voice first among equals. Undefined when the device has no local English voice.
 */
export function chooseVoice<V extends Voice>(voices: readonly V[], lang: string): V | undefined {
  const wanted = normalise(lang);
  const english = voices.filter((voice) => voice.localService && /^en(-|$)/.test(normalise(voice.lang)));
  const score = (voice: V) => (normalise(voice.lang) === wanted ? 2 : 0) + (voice.default ? 1 : 0);
  return english.sort((a, b) => score(b) - score(a))[0];
}
