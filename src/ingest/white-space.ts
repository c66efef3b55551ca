// Folding white space in a string already read: `text.replace(/\s+/gu, ' ')` builds a new string every time, even
// for the phrase hits and titles that, nearly always, hold nothing but single plain spaces.

/** Two white-space characters in a row, or one that is not a plain space: what a fold would change. */
const UNEVEN_SPACE = /\s\s|[^\S ]/u;

/** Every run of white space one plain space, as `text.replace(/\s+/gu, ' ')`; `text` itself when nothing changes. */
export function singleSpaced(text: string): string {
  return UNEVEN_SPACE.test(text) ? text.replace(/\s+/gu, ' ') : text;
}
