// Per-character tests for loops over char codes: a regex judges each UTF-16 unit the first time it is seen and the
// answer is remembered, so a scan of a whole text costs a table look-up per character, not a regex step.

/** A remembered test of one UTF-16 unit (as a one-character string; a surrogate half is tested alone). */
export function unitClass(test: (unit: string) => boolean): (code: number) => boolean {
  const known = new Uint8Array(0x10000); // 0: not judged yet, 1: no, 2: yes
  return (code) => {
    let answer = known[code];
    if (answer === 0) {
      answer = test(String.fromCharCode(code)) ? 2 : 1;
      known[code] = answer;
    }
    return answer === 2;
  };
}

/**
 * The verdicts of `pattern` (not global) per UTF-16 unit as a table, for the hottest loops, where even a call per
 * character shows: `table[code]` is 2 for yes, 1 for no, 0 for not judged yet, and then `judge(code)` decides and
 * remembers.
 */
export function unitTable(pattern: RegExp): { table: Uint8Array; judge: (code: number) => boolean } {
  const table = new Uint8Array(0x10000);
  const judge = (code: number): boolean => {
    const yes = pattern.test(String.fromCharCode(code));
    table[code] = yes ? 2 : 1;
    return yes;
  };
  return { table, judge };
}

/**
 * `pattern` (not global) tested on the UTF-16 unit at `at` of a text, the verdict remembered per unit. A surrogate
 * alone matches no class, so a caller that must see characters beyond the BMP checks for surrogates itself.
 */
export function unitTest(pattern: RegExp): (text: string, at: number) => boolean {
  const isClass = unitClass((unit) => pattern.test(unit));
  return (text, at) => isClass(text.charCodeAt(at));
}
