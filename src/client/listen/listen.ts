/**
 * Listen: reads the page's article aloud with the browser's own speech synthesis (nothing is sent anywhere; see
 * voice.ts), one sentence per utterance, highlighting the sentence being read (CSS Custom Highlight API: no markup or
 * style is injected) and keeping it in view unless the reader has scrolled away. Loaded on the first press of
 * "Listen" (src/client/reading/reading-tools.ts), which then turns into Pause and Resume beside Back, Next, a speed
 * list and Stop. It stops when the reader leaves the page or starts a search. On the whole guide it reads from
 * section to section.
 */
import { SELECT, TOOL_BUTTON } from '../reading/classes';
import { LISTEN_RATE_KEY, LISTEN_RATES, parseRate, readStored, store } from '../reading/settings';
import { readingOrder, type Paragraph } from './reading-order';
import { chooseVoice } from './voice';

/** Name of the CSS highlight on the sentence being read; styled by `::highlight(listen)` in global.css. */
export const HIGHLIGHT_NAME = 'listen';

/** Where a search starts: the header's search, the search page, the search dialog. */
const SEARCH = 'site-search, search-page, dialog';

/** Where the reader is: a paragraph and a sentence of it. */
interface Position {
  paragraph: number;
  sentence: number;
}

type State = 'idle' | 'playing' | 'paused';

function button(label: string, hiddenLabel = ''): HTMLButtonElement {
  const made = document.createElement('button');
  made.type = 'button';
  made.className = TOOL_BUTTON;
  made.hidden = true;
  made.append(label);
  if (hiddenLabel) {
    const hidden = document.createElement('span');
    hidden.className = 'sr-only';
    hidden.textContent = hiddenLabel;
    made.append(hidden);
  }
  return made;
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
  private readonly speech = window.speechSynthesis;
  private readonly status: HTMLElement;
  private readonly back = button('Back', ' one paragraph');
  private readonly next = button('Next', ' paragraph');
  private readonly stopButton = button('Stop');
  private readonly speed = document.createElement('label');

  constructor(
    private readonly tools: HTMLElement,
    private readonly listen: HTMLButtonElement,
  ) {
    this.status = tools.querySelector('[role=status]')!;
    const select = document.createElement('select');
    select.className = SELECT;
    for (const rate of LISTEN_RATES) {
      const option = new Option(rate === 1 ? 'Normal' : `${rate}×`, String(rate), false, rate === this.rate);
      select.append(option);
    }
    select.addEventListener('change', () => {
      this.rate = parseRate(select.value);
      store(LISTEN_RATE_KEY, this.rate === 1 ? '' : String(this.rate));
      if (this.state === 'playing') this.speak();
    });
    this.speed.className = 'inline-flex min-h-11 items-center gap-2 font-semibold';
    this.speed.hidden = true;
    this.speed.append('Speed', select);
    listen.after(this.back, this.next, this.speed, this.stopButton);
    this.back.addEventListener('click', () => this.skip(-1));
    this.next.addEventListener('click', () => this.skip(1));
    this.stopButton.addEventListener('click', () => this.stop('Stopped reading.'));
    addEventListener('pagehide', () => this.stop(''));
    document.addEventListener('focusin', (event) => {
      if ((event.target as Element).closest?.(SEARCH)) this.stop('Stopped reading for your search.');
    });
  }

  /** Listen, Pause and Resume: the one button's three faces. */
  toggle(): void {
    if (this.state === 'playing') return this.pause();
    if (this.state === 'paused') return this.play();
    const root = this.tools.closest('article') ?? document.querySelector('main')!;
    this.paragraphs = readingOrder(root, document.documentElement.lang);
    this.at = { paragraph: 0, sentence: 0 };
    this.shown = undefined;
    this.tools.toggleAttribute('data-playing', true);
    for (const control of [this.back, this.next, this.speed, this.stopButton]) control.hidden = false;
    this.play();
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
  stop(message: string): void {
    if (this.state === 'idle') return;
    this.state = 'idle';
    // Focus on a control that is going away moves to the one that stays.
    const focusWasHere = this.tools.contains(document.activeElement);
    this.silence();
    CSS.highlights?.delete(HIGHLIGHT_NAME);
    this.shown = undefined;
    this.tools.toggleAttribute('data-playing', false);
    for (const control of [this.back, this.next, this.speed, this.stopButton]) control.hidden = true;
    if (focusWasHere) this.listen.focus();
    this.setLabel('Listen');
    this.say(message);
  }

  private silence(): void {
    this.utterance = undefined;
    if (this.speech.speaking || this.speech.pending) this.speech.cancel();
  }

  /** Speaks the current sentence; the next follows when it ends. */
  private speak(jump = false): void {
    const sentence = this.paragraphs[this.at.paragraph]?.sentences[this.at.sentence];
    if (!sentence) return this.stop('Finished reading.');
    const voice = chooseVoice(this.speech.getVoices(), document.documentElement.lang);
    if (!voice) return this.stop('Listen stopped: this device has no English voice now.');
    this.silence();
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = this.rate;
    utterance.addEventListener('end', () => {
      if (utterance === this.utterance) this.advance();
    });
    utterance.addEventListener('error', (event) => {
      // Cancelling (pause, skip, stop) ends an utterance with an error too: only others stop the reading.
      if (utterance !== this.utterance || event.error === 'interrupted' || event.error === 'canceled') return;
      this.stop('Listen stopped: the voice could not read this page.');
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
   * while the reader follows, that is while the sentence before it is on screen. A heading read aloud also comes up
   * to the reading line, as a page turns, so the contents beside the text name the part being heard.
   */
  private show(jump = false): void {
    const paragraph = this.paragraphs[this.at.paragraph];
    const range = paragraph?.sentences[this.at.sentence]?.range;
    if (!paragraph || !range) return;
    if (typeof Highlight === 'function') CSS.highlights?.set(HIGHLIGHT_NAME, new Highlight(range));
    const top = Math.max(0, this.tools.getBoundingClientRect().bottom);
    // Once the page moves, the tools sit stuck at the top of the screen, whatever their place now.
    const stuckBottom = this.tools.offsetHeight + (parseFloat(getComputedStyle(this.tools).top) || 0);
    // A third of the way down what the stuck tools leave free: the next lines stay in view too.
    const readingLine = stuckBottom + (innerHeight - stuckBottom) / 3;
    const onScreen = (box: DOMRect) => box.bottom > top && box.top < innerHeight;
    const following = jump || (this.shown !== undefined && onScreen(this.shown.getBoundingClientRect()));
    this.shown = range;
    if (!following) return;
    const box = range.getBoundingClientRect();
    const inView = box.top >= top && box.bottom <= innerHeight;
    const headingBelowLine = /^H[1-6]$/.test(paragraph.block.tagName) && box.top > readingLine + 1;
    if (inView && !headingBelowLine) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    scrollBy({ top: box.top - readingLine, behavior: reduce ? 'instant' : 'smooth' });
  }

  private setLabel(label: 'Listen' | 'Pause' | 'Resume'): void {
    this.listen.textContent = label;
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
  player.toggle();
}
