/**
 * Voice lists as platforms report them to `speechSynthesis.getVoices()`, for the speech stand-in
 * (support/speech-stub.ts). Modelled on what HadrienGardeur/web-speech-recommended-voices documents (its README's
 * notes per platform, its voice data, and its issues 12–17 and 37; Chromium issue 331977824), not recorded from
 * devices: names, languages, `localService` and `default` as each platform writes them.
 */
import type { StubVoice } from './speech-stub';

export interface Platform {
  name: string;
  voices: StubVoice[];
  /** Chromium-based browsers list their voices only after `voiceschanged`; Safari has them at once. */
  listing: 'late' | 'at-once';
  /** The voice Listen should read with, and the language its utterances should carry. */
  expected: { voice: string; lang: string };
}

export const PLATFORMS: readonly Platform[] = [
  {
    // Languages rather than voices, named in the system's language, `en_US` with an underscore (Java's Locale), none
    // marked as the default; the voice is used only if the utterance's `lang` is set.
    name: 'Chrome on Android',
    listing: 'late',
    voices: [
      { name: 'Deutsch Deutschland', lang: 'de_DE', localService: true, default: false },
      { name: 'English Australia', lang: 'en_AU', localService: true, default: false },
      { name: 'English India', lang: 'en_IN', localService: true, default: false },
      { name: 'English United Kingdom', lang: 'en_GB', localService: true, default: false },
      { name: 'English United States', lang: 'en_US', localService: true, default: false },
      { name: 'español España', lang: 'es_ES', localService: true, default: false },
      { name: 'français France', lang: 'fr_FR', localService: true, default: false },
    ],
    expected: { voice: 'English United States', lang: 'en-US' },
  },
  {
    // Every voice marked as the default; Apple's novelty voices (Albert, Bad News…) and the low-quality Eloquence and
    // MacinTalk ones listed beside the preloaded voices, some twice.
    name: 'Safari on iOS',
    listing: 'at-once',
    voices: [
      { name: 'Albert', lang: 'en-US', localService: true, default: true },
      { name: 'Bad News', lang: 'en-US', localService: true, default: true },
      { name: 'Daniel', lang: 'en-GB', localService: true, default: true },
      { name: 'Eddy (English (US))', lang: 'en-US', localService: true, default: true },
      { name: 'Fred', lang: 'en-US', localService: true, default: true },
      { name: 'Karen', lang: 'en-AU', localService: true, default: true },
      { name: 'Samantha', lang: 'en-US', localService: true, default: true },
      { name: 'Samantha', lang: 'en-US', localService: true, default: true },
      { name: 'Thomas', lang: 'fr-FR', localService: true, default: true },
    ],
    expected: { voice: 'Samantha', lang: 'en-US' },
  },
  {
    // Three-letter languages with a suffix of Firefox's own (`eng-US-f000`).
    name: 'Firefox on Android',
    listing: 'late',
    voices: [
      { name: 'Deutsch (Deutschland)', lang: 'deu-DE-f000', localService: true, default: false },
      { name: 'English (United Kingdom)', lang: 'eng-GB-f000', localService: true, default: false },
      { name: 'English (United States)', lang: 'eng-US-f000', localService: true, default: true },
    ],
    expected: { voice: 'English (United States)', lang: 'en-US' },
  },
  {
    // Chrome on Windows: the system's voices, local, one of them the default, and Google's own network voices, which
    // would send the text away.
    name: 'desktop Chrome',
    listing: 'late',
    voices: [
      { name: 'Google US English', lang: 'en-US', localService: false, default: false },
      { name: 'Google UK English Female', lang: 'en-GB', localService: false, default: false },
      { name: 'Microsoft Zira - English (United States)', lang: 'en-US', localService: true, default: false },
      { name: 'Microsoft David - English (United States)', lang: 'en-US', localService: true, default: true },
      { name: 'Microsoft Hazel - English (Great Britain)', lang: 'en-GB', localService: true, default: false },
    ],
    expected: { voice: 'Microsoft David - English (United States)', lang: 'en-US' },
  },
];
