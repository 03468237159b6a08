/**
 * `<reading-tools>` (src/components/reading/ReadingTools.astro): keeps Listen wherever the browser can speak (which
 * voice, and what to say where the device has none of its own, is Listen's business: src/client/listen/), and loads
 * each tool's code when it is first pressed.
 */
class ReadingTools extends HTMLElement {
  connectedCallback() {
    const listen = this.querySelector<HTMLButtonElement>('[data-tool=listen]')!;
    const text = this.querySelector<HTMLButtonElement>('[data-tool=text]')!;
    listen.hidden = !window.speechSynthesis || typeof SpeechSynthesisUtterance !== 'function';
    this.addEventListener('click', (event) => {
      const pressed = (event.target as Element).closest('[data-tool]');
      if (pressed === text) void import('./text-settings').then((tool) => tool.press(this, text));
      if (pressed === listen) void import('../listen/listen').then((tool) => tool.press(this, listen));
    });
  }
}

customElements.define('reading-tools', ReadingTools);
