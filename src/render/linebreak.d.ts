// Types for linebreak (ships none): the Unicode line breaking algorithm (UAX #14) as pdfkit uses it.
declare module 'linebreak' {
  /** A break opportunity: a line may start at `position`; `required` after a newline. */
  interface Break {
    readonly position: number;
    readonly required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity, or null after the end of the text. */
    nextBreak(): Break | null;
  }
}
