// Texts for equivalence tests: pieces (words and the characters that decide boundaries) picked by a seeded generator,
// the same for every run.
export function seededText(pieces: readonly string[], seed: number, maxPieces: number): string {
  let state = seed;
  let text = '';
  for (let k = seed % (maxPieces + 1); k > 0; k--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += pieces[state % pieces.length];
  }
  return text;
}
