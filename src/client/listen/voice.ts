/**
 * The voice Listen reads with. Only the device's own voices (`localService`): a network voice would send the text
 * the reader is reading, about their health, to the voice's provider, and this guide sends nothing to anyone.
 *
 * Platforms list their voices differently (documented by HadrienGardeur/web-speech-recommended-voices): Chrome on
 * Android lists languages rather than voices, as `en_US`, none of them the default; Firefox on Android uses
 * three-letter codes with a suffix (`eng-US-f000`); Safari marks every voice as the default and lists novelty voices
 * (Bells, Zarvox…) beside the real ones; Chromium lists its voices only after `voiceschanged`. Everything here reads
 * them all alike.
 */

/** What Listen needs of a voice (a `SpeechSynthesisVoice`). */
export type Voice = Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'localService' | 'default'>;

/** Three-letter language codes (ISO 639-2/3) that have a two-letter one, for the languages voices commonly report. */
const TWO_LETTER: Readonly<Record<string, string>> = {
  eng: 'en',
  fra: 'fr',
  fre: 'fr',
  deu: 'de',
  ger: 'de',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  dut: 'nl',
  zho: 'zh',
  chi: 'zh',
  jpn: 'ja',
  kor: 'ko',
  rus: 'ru',
  ara: 'ar',
  hin: 'hi',
};

/**
 * A voice's language as a BCP 47 tag of language and region (`en-US`), however the platform wrote it: `en_us`,
 * `EN-us`, `eng-US-f000`, `en-GB-u-sd-gbsct`. Empty when there is no language to read.
 */
export function normaliseLanguage(tag: string): string {
  const [first = '', ...rest] = tag.trim().split(/[-_]/);
  const language = first.toLowerCase();
  const primary = TWO_LETTER[language] ?? language;
  if (!/^[a-z]{2,3}$/.test(primary)) return '';
  // The region is the first later subtag of two letters or three digits (a script subtag may come before it).
  const region = rest.find((subtag) => /^([a-z]{2}|\d{3})$/i.test(subtag));
  return region ? `${primary}-${region.toUpperCase()}` : primary;
}

/** The primary language of a tag (`en` for `en_US`, `eng-US-f000`, `en`). */
export const primaryLanguage = (tag: string) => normaliseLanguage(tag).split('-')[0] ?? '';

/**
 * Apple's novelty and sound-effect voices (in English names and the localised ones Safari may report): they sing,
 * whisper or bubble, and must never read a health guide. The list of web-speech-recommended-voices' filters.
 */
const NOVELTY = new Set(
  [
    'Albert',
    'Bad News',
    'Bahh',
    'Bells',
    'Boing',
    'Bubbles',
    'Cellos',
    'Good News',
    'Jester',
    'Organ',
    'Superstar',
    'Trinoids',
    'Whisper',
    'Wobble',
    'Zarvox',
  ].map((name) => name.toLowerCase()),
);

/** Voices that read, but poorly (Apple's Eloquence and old MacinTalk voices, eSpeak): chosen only if nothing better. */
const LOW_QUALITY =
  /^(eddy|flo|grandma|grandpa|reed|rocko|sandy|shelley|jacques|fred|junior|kathy|ralph)\b|^espeak\b|\bespeak-ng\b/i;

/** A voice's name without the language Safari adds in brackets ("Samantha (English (United States))"). */
const baseName = (name: string) => name.replace(/\s*\(.*\)\s*$/, '').trim();

const isNovelty = (voice: Voice) => NOVELTY.has(baseName(voice.name).toLowerCase());

/** The local voices that can read English: the ones Listen may use. */
export function englishVoices<V extends Voice>(voices: readonly V[]): V[] {
  return voices.filter((voice) => voice.localService && primaryLanguage(voice.lang) === 'en' && !isNovelty(voice));
}

/**
 * The best local English voice for a page in `lang` (e.g. `en-US`): one of exactly that language first, then any
 * English one; a voice of good quality before a poor one; the device's default first among equals, where the device
 * tells one (Safari marks them all). Undefined when the device has no local English voice.
 */
export function chooseVoice<V extends Voice>(voices: readonly V[], lang: string): V | undefined {
  const wanted = normaliseLanguage(lang);
  const candidates = englishVoices(voices);
  const defaultMeansSomething = !voices.every((voice) => voice.default);
  const score = (voice: V) =>
    (normaliseLanguage(voice.lang) === wanted ? 4 : 0) +
    (LOW_QUALITY.test(baseName(voice.name)) ? 0 : 2) +
    (defaultMeansSomething && voice.default ? 1 : 0);
  // A stable sort: among equals the platform's own order stands.
  return [...candidates].sort((a, b) => score(b) - score(a))[0];
}

/**
 * The language an utterance is given with its voice: always set, as a valid tag, since Chrome on Android ignores the
 * chosen voice unless the utterance's `lang` says the language (and would not understand `eng-US-f000`).
 */
export function utteranceLanguage(voice: Voice, pageLang: string): string {
  return normaliseLanguage(voice.lang) || normaliseLanguage(pageLang) || 'en';
}
