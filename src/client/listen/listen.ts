/**
 * Listen: reads the page's article aloud with the browser's own speech synthesis (nothing is sent anywhere; see
 * voice.ts), one sentence per utterance, highlighting the sentence being read (CSS Custom Highlight API: no markup or
 * style is injected) and keeping it in view unless the reader has scrolled away. Loaded on the first press of
 * "Listen" (src/client/reading/reading-tools.ts), which then turns into Pause and Resume beside Previous paragraph,
 * Next paragraph, a speed list and Stop, the reading bar at the top of the screen. It stops when the reader leaves
 * the page or starts a search. On the whole guide it reads from section to section. Where the device has no English
 * voice of its own, pressing Listen says so, and how to get one.
 */
import { adoptStyles } from '../reading/adopt-styles';
import { ICON, LABEL, SELECT, SELECT_LABEL, TOOL_BUTTON } from '../../reading/classes';
import { LISTEN_RATE_KEY, LISTEN_RATES, parseRate, readStored, store } from '../reading/settings';
import { NEXT_ICON, PAUSE_ICON, PLAY_ICON, PREVIOUS_ICON, STOP_ICON } from '../../reading/icons';
import { readingOrder, type Paragraph } from './reading-order';
import { chooseVoice, utteranceLanguage } from './voice';
import playerStyles from './player.css?inline';

adoptStyles(playerStyles);

/** Name of the CSS highlight on the sentence being read; styled by `::highlight(listen)` in global.css. */
export const HIGHLIGHT_NAME = 'listen';

/** Where a search starts: the header's search, the search page, the search dialog. */
const SEARCH = 'site-search, search-page, dialog';

/** How long Listen waits for a browser that lists its voices late (Chromium, Chrome on Android) before saying none. */
const VOICES_WAIT_MS = 3000;

/** What Listen says where the device has no English voice of its own. */
export const NO_VOICE =
  'This device has no English voice of its own, so Listen cannot read this page. Listen only uses voices kept on your device, so that nothing you read is sent anywhere. You can add an English voice in your device’s text-to-speech settings, then reload this page.';

/** Where the reader is: a paragraph and a sentence of it. */
interface Position {
  paragraph: number;
  sentence: number;
}

type State = 'idle' | 'playing' | 'paused';

const SVG = 'http://www.w3.org/2000/svg';

/** An icon for a control: the shape, in the text colour. */
function icon(path: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', ICON);
  const shape = document.createElementNS(SVG, 'path');
  shape.setAttribute('d', path);
  svg.append(shape);
  return svg;
}

/** A player control: its icon, and its name, shown beside it where the bar has room (`shown`) or to screen readers only. */
function button(path: string, name: string, shown: boolean): HTMLButtonElement {
  const made = document.createElement('button');
  made.type = 'button';
  made.className = TOOL_BUTTON;
  made.hidden = true;
  const label = document.createElement('span');
  label.className = shown ? LABEL : 'sr-only';
  label.textContent = name;
  // A tooltip for pointers, where the name is not on the screen.
  if (!shown) made.title = name;
  made.append(icon(path), label);
  return made;
}

/** The browser's voices, waiting a moment for a browser that lists them late (after `voiceschanged`). */
function voices(speech: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const listed = speech.getVoices();
  if (listed.length) return Promise.resolve(listed);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      speech.removeEventListener('voiceschanged', done);
      resolve(speech.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    speech.addEventListener('voiceschanged', done);
  });
}

class Player {
  private state: State = 'idle';
  private paragraphs: Paragraph[] = [];
  private at: Position = { paragraph: 0, sentence: 0 };
  private rate = parseRate(readStored(LISTEN_RATE_KEY));
  /** The utterance being spoken: events of any other (cancelled) one are ignored. */
  private utterance: SpeechSynthesisUtterance | undefined;
  /** The sentence last shown, to tell whether the reader still follows it. */
  private shown: Range | undefined;
  /** Whether a press is waiting for the browser to list its voices. */
  private waiting = false;
  private readonly speech = window.speechSynthesis;
  private readonly lang = document.documentElement.lang;
  private readonly status: HTMLElement;
  private readonly note = document.createElement('p');
  private readonly previous = button(PREVIOUS_ICON, 'Previous paragraph', false);
  private readonly next = button(NEXT_ICON, 'Next paragraph', false);
  private readonly stopButton = button(STOP_ICON, 'Stop', true);
  private readonly speed = document.createElement('label');
  private readonly listenIcon: SVGPathElement | null;
  private readonly listenLabel: HTMLElement;

  constructor(
    private readonly tools: HTMLElement,
    private readonly listen: HTMLButtonElement,
  ) {
    this.status = tools.querySelector('[role=status]')!;
    this.listenIcon = listen.querySelector('path');
    this.listenLabel = listen.querySelector(`.${LABEL}`) ?? listen;
    const select = document.createElement('select');
    select.className = SELECT;
    for (const rate of LISTEN_RATES) select.append(new Option(`${rate}×`, String(rate), false, rate === this.rate));
    select.addEventListener('change', () => {
      this.rate = parseRate(select.value);
      store(LISTEN_RATE_KEY, this.rate === 1 ? '' : String(this.rate));
      if (this.state === 'playing') this.speak();
    });
    this.speed.className = SELECT_LABEL;
    this.speed.hidden = true;
    const speedLabel = document.createElement('span');
    speedLabel.className = LABEL;
    speedLabel.textContent = 'Speed';
    this.speed.append(speedLabel, select);
    this.note.className = 'listen-note';
    this.note.hidden = true;
    listen.after(this.previous, this.next, this.speed, this.stopButton);
    tools.append(this.note);
    this.previous.addEventListener('click', () => this.skip(-1));
    this.next.addEventListener('click', () => this.skip(1));
    this.stopButton.addEventListener('click', () => this.stop('Stopped reading.'));
    addEventListener('pagehide', () => this.stop(''));
    document.addEventListener('focusin', (event) => {
      if ((event.target as Element).closest?.(SEARCH)) this.stop('Stopped reading for your search.');
    });
  }

  /** Listen, Pause and Resume: the one button's three faces. */
  async toggle(): Promise<void> {
    if (this.state === 'playing') return this.pause();
    if (this.state === 'paused') return this.play();
    if (this.waiting) return;
    this.waiting = true;
    const found = chooseVoice(await voices(this.speech), this.lang);
    this.waiting = false;
    if (!found) return this.noVoice();
    this.note.hidden = true;
    const root = this.tools.closest('article') ?? document.querySelector('main')!;
    this.paragraphs = readingOrder(root, this.lang);
    this.at = { paragraph: 0, sentence: 0 };
    this.shown = undefined;
    this.tools.toggleAttribute('data-playing', true);
    for (const control of this.controls()) control.hidden = false;
    this.play();
  }

  private controls() {
    return [this.previous, this.next, this.speed, this.stopButton];
  }

  /** No English voice on this device: says so where the reader looks, instead of doing nothing. */
  private noVoice(): void {
    this.note.textContent = NO_VOICE;
    this.note.hidden = false;
    this.say(NO_VOICE);
  }

  private play(): void {
    this.state = 'playing';
    this.setLabel('Pause');
    this.say('Reading aloud.');
    this.speak(true);
  }

  private pause(): void {
    this.state = 'paused';
    this.silence();
    this.setLabel('Resume');
    this.say('Paused.');
  }

  /** Moves to the start of the next paragraph (1), or back to the start of this one, or of the one before if at its start (-1). */
  private skip(direction: 1 | -1): void {
    const { paragraph, sentence } = this.at;
    const target = direction === 1 ? paragraph + 1 : sentence > 0 ? paragraph : paragraph - 1;
    if (target >= this.paragraphs.length) return this.stop('Finished reading.');
    this.at = { paragraph: Math.max(0, target), sentence: 0 };
    if (this.state === 'playing') this.speak(true);
    else this.show(true);
  }

  /** Ends reading: the controls fold back into "Listen". */
  stop(message: string, note = false): void {
    if (this.state === 'idle') return;
    this.state = 'idle';
    // Focus on a control that is going away moves to the one that stays.
    const focusWasHere = this.tools.contains(document.activeElement);
    this.silence();
    CSS.highlights?.delete(HIGHLIGHT_NAME);
    this.shown = undefined;
    this.tools.toggleAttribute('data-playing', false);
    for (const control of this.controls()) control.hidden = true;
    if (focusWasHere) this.listen.focus();
    this.setLabel('Listen');
    this.say(message);
    if (note) {
      this.note.textContent = message;
      this.note.hidden = false;
    }
  }

  private silence(): void {
    this.utterance = undefined;
    if (this.speech.speaking || this.speech.pending) this.speech.cancel();
  }

  /** Speaks the current sentence; the next follows when it ends. */
  private speak(jump = false): void {
    const sentence = this.paragraphs[this.at.paragraph]?.sentences[this.at.sentence];
    if (!sentence) return this.stop('Finished reading.');
    const voice = chooseVoice(this.speech.getVoices(), this.lang);
    if (!voice) return this.stop(NO_VOICE, true);
    this.silence();
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.voice = voice;
    // Always the language too: Chrome on Android reads with the voice only when the utterance names its language.
    utterance.lang = utteranceLanguage(voice, this.lang);
    utterance.rate = this.rate;
    utterance.addEventListener('end', () => {
      if (utterance === this.utterance) this.advance();
    });
    utterance.addEventListener('error', (event) => {
      // Cancelling (pause, skip, stop) ends an utterance with an error too: only others stop the reading.
      if (utterance !== this.utterance || event.error === 'interrupted' || event.error === 'canceled') return;
      this.stop('Listen stopped: the voice could not read this page.', true);
    });
    this.utterance = utterance;
    this.speech.speak(utterance);
    this.show(jump);
  }

  private advance(): void {
    const paragraph = this.paragraphs[this.at.paragraph]!;
    this.at =
      this.at.sentence + 1 < paragraph.sentences.length
        ? { paragraph: this.at.paragraph, sentence: this.at.sentence + 1 }
        : { paragraph: this.at.paragraph + 1, sentence: 0 };
    this.speak();
  }

  /**
   * Highlights the current sentence and keeps it in view: always after a jump (start, skip, resume), otherwise only
   * while the reader follows, that is while the sentence before it is still on screen, wherever on the screen (above
   * the tools too, as the title is when reading starts at the top of the page) except behind the stuck tools. A
   * heading read aloud also comes up to the reading line, as a page turns, so the contents beside the text name the
   * part being heard.
   */
  private show(jump = false): void {
    const paragraph = this.paragraphs[this.at.paragraph];
    const range = paragraph?.sentences[this.at.sentence]?.range;
    if (!paragraph || !range) return;
    if (typeof Highlight === 'function') CSS.highlights?.set(HIGHLIGHT_NAME, new Highlight(range));
    const tools = this.tools.getBoundingClientRect();
    const stickyTop = parseFloat(getComputedStyle(this.tools).top) || 0;
    // What the tools cover once stuck at the top of the screen; nothing while they still stand in the page.
    const covered = tools.top <= stickyTop + 1 ? Math.max(0, tools.bottom) : 0;
    // Once the page moves, the tools sit stuck at the top of the screen, whatever their place now.
    const stuckBottom = this.tools.offsetHeight + stickyTop;
    // A third of the way down what the stuck tools leave free: the next lines stay in view too.
    const readingLine = stuckBottom + (innerHeight - stuckBottom) / 3;
    const onScreen = (box: DOMRect) => box.bottom > covered && box.top < innerHeight;
    const following = jump || (this.shown !== undefined && onScreen(this.shown.getBoundingClientRect()));
    this.shown = range;
    if (!following) return;
    const box = range.getBoundingClientRect();
    const inView = box.top >= Math.max(covered, 0) && box.bottom <= innerHeight;
    const headingBelowLine = /^H[1-6]$/.test(paragraph.block.tagName) && box.top > readingLine + 1;
    if (inView && !headingBelowLine) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    scrollBy({ top: box.top - readingLine, behavior: reduce ? 'instant' : 'smooth' });
  }

  private setLabel(label: 'Listen' | 'Pause' | 'Resume'): void {
    this.listenLabel.textContent = label;
    this.listenIcon?.setAttribute('d', label === 'Pause' ? PAUSE_ICON : PLAY_ICON);
  }

  /** Tells screen readers what changed (a polite status in the tools). */
  private say(message: string): void {
    this.status.textContent = message;
  }
}

let player: Player | undefined;

/** The "Listen" button's action: start, pause or resume. */
export function press(tools: HTMLElement, listen: HTMLButtonElement): void {
  player ??= new Player(tools, listen);
  void player.toggle();
}
