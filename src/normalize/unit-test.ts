// One-character tests remembered per UTF-16 unit: rules that ask one of nearly every character of a text pay for the
// regular expression once per distinct character.

/**
 * `pattern` tested on the one UTF-16 unit at `at`, the verdict remembered. A surrogate alone matches no class, so a
 * caller that must see characters beyond the BMP checks for surrogates itself.
 */
export function unitTest(pattern: RegExp): (text: string, at: number) => boolean {
  const verdicts = new Uint8Array(0x10000); // 0 not asked yet, 1 no, 2 yes
  return (text, at) => {
    const code = text.charCodeAt(at);
    if (verdicts[code] === 0) verdicts[code] = pattern.test(text[at]) ? 2 : 1;
    return verdicts[code] === 2;
  };
}
