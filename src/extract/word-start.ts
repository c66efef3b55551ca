// Scans for matches that must not follow a letter (or digit): what a leading `(?<!\p{L})` says, checked in code. V8
// tries a leading look-behind at every position of the text, which makes it the costliest part of a scan; without
// it, the regex skips ahead to the characters a match can start with, and only its matches are checked.

// The answers of each character class for ASCII characters (0 not asked yet, 1 no, 2 yes): the character before a
// match is most often a space or a punctuation mark, and testing it needs no one-character string then.
const asciiAnswers = new WeakMap<RegExp, Uint8Array>();

/** Whether the code point that ends at `pos` in `s` is of `charClass` (a one-character regex); false at the start. */
export function precededBy(charClass: RegExp, s: string, pos: number): boolean {
  if (pos === 0) return false;
  const c = s.charCodeAt(pos - 1);
  if (c < 128) {
    let answers = asciiAnswers.get(charClass);
    if (!answers) asciiAnswers.set(charClass, (answers = new Uint8Array(128)));
    if (!answers[c]) answers[c] = charClass.test(String.fromCharCode(c)) ? 2 : 1;
    return answers[c] === 2;
  }
  const lowSurrogate = c >= 0xdc00 && c <= 0xdfff;
  const highBefore = pos >= 2 && s.charCodeAt(pos - 2) >= 0xd800 && s.charCodeAt(pos - 2) <= 0xdbff;
  return charClass.test(s.slice(lowSurrogate && highBefore ? pos - 2 : pos - 1, pos));
}

/**
 * Every match of `re` (global, never empty) in `s` that does not follow a character of `charClass`, in order: the
 * matches of `(?<!charClass)` + `re`. A match that follows one is retried one character on, as the look-behind would.
 */
export function matchesNotAfter(re: RegExp, charClass: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (precededBy(charClass, s, m.index)) re.lastIndex = m.index + 1;
    else out.push(m);
  }
  return out;
}
