import { describe, expect, it } from 'vitest';
import { chooseVoice, englishVoices, normaliseLanguage, primaryLanguage, utteranceLanguage, type Voice } from './voice';

const voice = (lang: string, name = lang, localService = true, isDefault = false): Voice => ({
  name,
  lang,
  localService,
  default: isDefault,
});

describe('normaliseLanguage', () => {
  it('reads every way platforms write a language as one BCP 47 tag', () => {
    expect(normaliseLanguage('en-US')).toBe('en-US');
    // Chrome and Samsung on Android.
    expect(normaliseLanguage('en_US')).toBe('en-US');
    expect(normaliseLanguage('en_us')).toBe('en-US');
    // Firefox on Android: three letters, and a suffix of its own.
    expect(normaliseLanguage('eng-US-f000')).toBe('en-US');
    expect(normaliseLanguage('eng')).toBe('en');
    expect(normaliseLanguage('EN-gb')).toBe('en-GB');
    // Apple's Scottish voice, and a script before the region.
    expect(normaliseLanguage('en-GB-u-sd-gbsct')).toBe('en-GB');
    expect(normaliseLanguage('zh-Hant-TW')).toBe('zh-TW');
    expect(normaliseLanguage('es-419')).toBe('es-419');
  });

  it('gives nothing for what is not a language', () => {
    expect(normaliseLanguage('')).toBe('');
    expect(normaliseLanguage('default')).toBe('');
    expect(primaryLanguage('english')).toBe('');
    expect(primaryLanguage('eng_GB')).toBe('en');
  });
});

describe('englishVoices', () => {
  it('keeps the local English voices, whatever their tag, and never a novelty voice', () => {
    const voices = [
      voice('en_US', 'English United States'),
      voice('eng-GBR-f000', 'Firefox Android'),
      voice('en-US', 'Bells'),
      voice('en-US', 'Bad News (English (United States))'),
      voice('en-US', 'Google US English', false),
      voice('fr-FR'),
      voice('enx-XX', 'Not English'),
    ];
    expect(englishVoices(voices).map(({ name }) => name)).toEqual(['English United States', 'Firefox Android']);
  });
});

describe('chooseVoice', () => {
  it("prefers a local voice in the page's own language, then the device's default among equals", () => {
    const voices = [voice('en-GB', 'gb', true, true), voice('en-US', 'us'), voice('en-US', 'us default', true, true)];
    expect(chooseVoice(voices, 'en-US')!.name).toBe('us default');
    expect(chooseVoice([voice('en-GB'), voice('en_US')], 'en-US')!.name).toBe('en_US');
    expect(chooseVoice([voice('en-GB'), voice('eng-US-f000')], 'en-US')!.name).toBe('eng-US-f000');
  });

  it('takes any local English voice when none speaks the exact language', () => {
    expect(chooseVoice([voice('fr-FR', 'fr', true, true), voice('en-AU')], 'en-US')!.name).toBe('en-AU');
    expect(chooseVoice([voice('en')], 'en-US')!.name).toBe('en');
  });

  it('ignores the default where a platform marks every voice so (Safari), and passes over poor voices', () => {
    const safari = [
      voice('en-US', 'Albert', true, true),
      voice('en-US', 'Eddy (English (US))', true, true),
      voice('en-US', 'Fred', true, true),
      voice('en-US', 'Samantha', true, true),
    ];
    expect(chooseVoice(safari, 'en-US')!.name).toBe('Samantha');
    // A poor voice still reads where there is no other.
    expect(chooseVoice([voice('en-US', 'eSpeak English')], 'en-US')!.name).toBe('eSpeak English');
  });

  it('never takes a network voice, a novelty voice nor another language', () => {
    const voices = [voice('en-US', 'online', false, true), voice('fr-FR'), voice('en-US', 'Zarvox')];
    expect(chooseVoice(voices, 'en-US')).toBeUndefined();
    expect(chooseVoice([], 'en-US')).toBeUndefined();
  });
});

describe('utteranceLanguage', () => {
  it("is always a valid tag: the voice's language, else the page's", () => {
    expect(utteranceLanguage(voice('en_US'), 'en-US')).toBe('en-US');
    expect(utteranceLanguage(voice('eng-GB-f000'), 'en-US')).toBe('en-GB');
    expect(utteranceLanguage(voice(''), 'en-US')).toBe('en-US');
    expect(utteranceLanguage(voice(''), '')).toBe('en');
  });
});
