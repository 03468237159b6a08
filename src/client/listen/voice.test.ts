import { describe, expect, it } from 'vitest';
import { chooseVoice, type Voice } from './voice';

const voice = (lang: string, localService = true, isDefault = false): Voice & { name: string } => ({
  name: `${lang}${localService ? '' : ' online'}${isDefault ? ' default' : ''}`,
  lang,
  localService,
  default: isDefault,
});

describe('chooseVoice', () => {
  it("prefers a local voice in the page's own language, then the device's default among equals", () => {
    const voices = [voice('en-GB', true, true), voice('en-US'), voice('en-US', true, true), voice('fr-FR')];
    expect(chooseVoice(voices, 'en-US')!.name).toBe('en-US default');
    expect(chooseVoice([voice('en-GB'), voice('en_US')], 'en-US')!.name).toBe('en_US');
  });

  it('takes any local English voice when none speaks the exact language', () => {
    expect(chooseVoice([voice('fr-FR', true, true), voice('en-AU')], 'en-US')!.name).toBe('en-AU');
    expect(chooseVoice([voice('en')], 'en-US')!.name).toBe('en');
  });

  it('never takes a network voice, nor another language', () => {
    expect(chooseVoice([voice('en-US', false, true), voice('fr-FR'), voice('eng-XX')], 'en-US')).toBeUndefined();
    expect(chooseVoice([], 'en-US')).toBeUndefined();
  });
});
