// Per-character tests for loops over char codes: a regex judges each UTF-16 unit the first time it is seen and the
// answer is remembered, so a scan of a whole text costs a table look-up per character, not a regex step.

/** A table of verdicts, one per UTF-16 unit: 0 not judged yet, 1 no, 2 yes. */
type Verdicts = Uint8Array;

/** The verdict of `test` on a unit first seen, remembered in `known`. */
function judge(known: Verdicts, test: (unit: string) => boolean, code: number): number {
  const answer = test(String.fromCharCode(code)) ? 2 : 1;
  known[code] = answer;
  return answer;
}

/** A remembered test of one UTF-16 unit (as a one-character string; a surrogate half is tested alone). */
export function unitClass(test: (unit: string) => boolean): (code: number) => boolean {
  const known: Verdicts = new Uint8Array(0x10000);
  return (code) => (known[code] || judge(known, test, code)) === 2;
}

/**
 * `pattern` (not global) tested on the UTF-16 unit at `at` of a text, the verdict remembered per unit. A surrogate
 * alone matches no class, so a caller that must see characters beyond the BMP checks for surrogates itself.
 */
export function unitTest(pattern: RegExp): (text: string, at: number) => boolean {
  // The table is read here, not through a `unitClass` closure: that inner call would be one call site shared by every
  // test, too polymorphic for V8 to inline, and loops over whole texts would pay a call per character.
  const known: Verdicts = new Uint8Array(0x10000);
  const test = (unit: string) => pattern.test(unit);
  return (text, at) => {
    const code = text.charCodeAt(at);
    return (known[code] || judge(known, test, code)) === 2;
  };
}
