// Memoised pure functions of a string: the rules ask the same question of the same metric or clause many times (once
// per figure and again for the figures after it), so each answer is kept — for one document only: the figure stage
// forgets them all when a new document starts, so memory stays flat and speed does not depend on how much text
// repeats across documents. Only short texts are kept (a sentence-long key would hold memory for little gain).
const MAX_KEY_LENGTH = 400;

const caches: Map<string, unknown>[] = [];

export function memoized<R>(fn: (text: string) => R): (text: string) => R {
  const cache = new Map<string, R>();
  caches.push(cache);
  return (text) => {
    if (text.length > MAX_KEY_LENGTH) return fn(text);
    let result = cache.get(text);
    if (result === undefined && !cache.has(text)) {
      result = fn(text);
      cache.set(text, result);
    }
    return result as R;
  };
}

/** Forgets every memoised answer: called when a new document starts. */
export function forgetMemoized(): void {
  for (const cache of caches) cache.clear();
}
