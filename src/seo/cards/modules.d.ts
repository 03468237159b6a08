// Packages the cards use that ship no types of their own.

/** Unicode line breaking (UAX #14): each break opportunity in a text, in order. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
