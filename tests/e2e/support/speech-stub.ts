/**
 * A stand-in for the browser's speech synthesis, installed before the page's scripts run (page.addInitScript, or a
 * script the cross-engine suite's host puts first in the page): voices as a device might list them (late, after
 * `voiceschanged`, as Chromium does, or at once, as Safari does; support/voice-lists.ts has each platform's), and
 * utterances that "speak" until the test ends them, firing `start` and `end` in order. Tests read what was said,
 * with which voice and language, and drive it forward; no sound is made. The path of the page that last cancelled
 * speech is kept in sessionStorage (`speech-cancelled-on`).
 */
import type { Page } from '@playwright/test';

export interface StubVoice {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}

/** What the stub recorded, as the page sees it. */
export interface SpeechLog {
  spoken: { text: string; rate: number; voice: string | undefined; lang: string }[];
  cancelled: number;
}

declare global {
  interface Window {
    /** Ends the utterance being spoken (its `end` event), as when the voice finishes a sentence. */
    __finishUtterance: () => void;
    __speechLog: SpeechLog;
    __setVoices: (voices: StubVoice[]) => void;
  }
}

export const LOCAL_ENGLISH: StubVoice[] = [
  { name: 'Device English (US)', lang: 'en-US', localService: true, default: true },
  { name: 'Device French', lang: 'fr-FR', localService: true },
];

/** How the stub lists its voices: late (after the page first asks, then `voiceschanged`), or at once. */
export type Listing = 'late' | 'at-once';

/**
 * The stand-in itself, run in the page before its scripts; self-contained, so that it can also be sent as a script's
 * text (`${installSpeechStub}`).
 */
export function installSpeechStub(initial: StubVoice[] | 'none', listing: Listing): void {
  if (initial === 'none') {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined });
    return;
  }
  let voices = initial;
  let listed = listing === 'at-once';
  let asked = false;
  const log: SpeechLog = { spoken: [], cancelled: 0 };
  let current: SpeechSynthesisUtterance | undefined;
  const queue: SpeechSynthesisUtterance[] = [];
  const synth = new EventTarget() as EventTarget & Record<string, unknown>;
  const startNext = () => {
    if (current || !queue.length) return;
    current = queue.shift()!;
    const voice = (current.voice as unknown as StubVoice | null)?.name;
    log.spoken.push({ text: current.text, rate: current.rate, voice, lang: current.lang });
    current.dispatchEvent(new Event('start'));
  };
  Object.defineProperties(synth, {
    speaking: { get: () => !!current },
    pending: { get: () => queue.length > 0 },
    paused: { value: false },
  });
  Object.assign(synth, {
    getVoices() {
      // Chromium answers with nothing at first, then announces the voices (and lists them from then on).
      if (!listed) {
        if (!asked)
          setTimeout(() => {
            listed = true;
            synth.dispatchEvent(new Event('voiceschanged'));
          }, 50);
        asked = true;
        return [];
      }
      return voices.map((voice) => ({ default: false, voiceURI: voice.name, ...voice }));
    },
    speak(utterance: SpeechSynthesisUtterance) {
      queue.push(utterance);
      setTimeout(startNext, 0);
    },
    cancel() {
      log.cancelled++;
      // Kept where the next page of the tab can read it, even when the cancel comes as the page is left.
      sessionStorage.setItem('speech-cancelled-on', location.pathname);
      const dropped = [...(current ? [current] : []), ...queue.splice(0)];
      current = undefined;
      for (const utterance of dropped) {
        const error = new Event('error') as Event & { error: string };
        error.error = 'interrupted';
        utterance.dispatchEvent(error);
      }
    },
    pause() {},
    resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  // Utterances are event targets with the fields the page sets.
  class Utterance extends EventTarget {
    text: string;
    rate = 1;
    lang = '';
    voice: unknown = null;
    constructor(text: string) {
      super();
      this.text = text;
    }
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  window.__speechLog = log;
  window.__finishUtterance = () => {
    const done = current;
    current = undefined;
    done?.dispatchEvent(new Event('end'));
    setTimeout(startNext, 0);
  };
  window.__setVoices = (next) => {
    voices = next;
    synth.dispatchEvent(new Event('voiceschanged'));
  };
}

/** Installs the stub with these voices (listed late unless told otherwise, like Chromium); none removes speech. */
export async function stubSpeech(
  page: Page,
  voices: StubVoice[] | 'none' = LOCAL_ENGLISH,
  listing: Listing = 'late',
): Promise<void> {
  await page.addInitScript({ content: speechStubScript(voices, listing) });
}

/** The stub as a script's text, to run before the page's own scripts. */
export function speechStubScript(voices: StubVoice[] | 'none' = LOCAL_ENGLISH, listing: Listing = 'late'): string {
  return `(${String(installSpeechStub)})(${JSON.stringify(voices)}, ${JSON.stringify(listing)});`;
}

/** What has been said so far. */
export async function spoken(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__speechLog.spoken.map((utterance) => utterance.text));
}

/** Lets the voice finish the sentence it is saying, once the page has given it one (on a busy machine it may not yet). */
export async function finishSentence(page: Page): Promise<void> {
  await page.waitForFunction(() => speechSynthesis.speaking);
  await page.evaluate(() => window.__finishUtterance());
}
