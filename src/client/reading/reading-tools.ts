/**
 * `<reading-tools>` (src/components/reading/ReadingTools.astro): shows Listen where the device has a local English
 * voice (src/client/listen/voice.ts says why local), and loads each tool's code when it is first pressed.
 */
class ReadingTools extends HTMLElement {
  connectedCallback() {
    const [text, listen] = this.querySelectorAll('button');
    const speech = window.speechSynthesis;
    // Browsers list their voices late (Chromium only after `voiceschanged`).
    const offerListen = () =>
      (listen!.hidden = !speech.getVoices().some((voice) => voice.localService && /^en\b/i.test(voice.lang)));
    if (speech) {
      offerListen();
      speech.addEventListener('voiceschanged', offerListen);
    }
    this.addEventListener('click', (event) => {
      const pressed = (event.target as Element).closest('[data-tool]');
      if (pressed === text) void import('./text-settings').then((tool) => tool.press(this, text));
      if (pressed === listen) void import('../listen/listen').then((tool) => tool.press(this, listen));
    });
  }
}

customElements.define('reading-tools', ReadingTools);
