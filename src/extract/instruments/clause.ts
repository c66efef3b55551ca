// Clause limits for instrument rules: a status verb or an issuer governs an instrument only inside its clause.
// A clause ends at `.`/`!`/`?` before white space, at `;` and at a line end.

const [SEMICOLON, EXCLAMATION, QUESTION, NEWLINE, FULL_STOP] = [...';!?\n.'].map((c) => c.charCodeAt(0));

/** By UTF-16 unit: `text[i]` would build a string per step for every letter beyond Latin-1. */
const isStop = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c === SEMICOLON || c === EXCLAMATION || c === QUESTION || c === NEWLINE) return true;
  return c === FULL_STOP && (i + 1 >= text.length || /\s/u.test(text[i + 1]));
};

/** Where the clause holding offset `pos` begins, looking back at most `reach` characters. */
export function clauseStart(text: string, pos: number, reach = 300): number {
  const floor = Math.max(0, pos - reach);
  for (let i = pos - 1; i >= floor; i--) if (isStop(text, i)) return i + 1;
  return floor;
}

/** Where the sentence holding offset `pos` begins: as `clauseStart`, but running over `;` (a list of clauses). */
export function sentenceStart(text: string, pos: number, reach = 600): number {
  const floor = Math.max(0, pos - reach);
  for (let i = pos - 1; i >= floor; i--) if (text[i] !== ';' && isStop(text, i)) return i + 1;
  return floor;
}

// The stops as a scan finds them inside a window; a full stop at the window's last character is judged by `isStop`,
// which sees the character after it.
const STOP = /[;!?\n]|\.(?=\s)/g;

/** Where the clause holding offset `pos` ends (exclusive), looking ahead at most `reach` characters. */
export function clauseEnd(text: string, pos: number, reach = 300): number {
  const ceiling = Math.min(text.length, pos + reach);
  if (ceiling <= pos) return ceiling;
  // A scan of the window (never beyond it, so a text without stops is not read again for every noun).
  STOP.lastIndex = 0;
  const stop = STOP.exec(text.slice(pos, ceiling));
  if (stop) return pos + stop.index;
  return isStop(text, ceiling - 1) ? ceiling - 1 : ceiling;
}
