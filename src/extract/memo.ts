// Memoised pure functions of a string: the rules ask the same question of the same metric or clause many times (once
// per figure and again for the figures after it), so each answer is kept. Bounded: only short texts are kept (a
// sentence-long key would hold memory for little gain), and the cache starts afresh when full: a few hundred entries
// hold one document's questions (5,000 kept tens of MB alive per worker, for hits only repeated text gives).
const MAX_ENTRIES = 300;
const MAX_KEY_LENGTH = 400;

export function memoized<R>(fn: (text: string) => R): (text: string) => R {
  const cache = new Map<string, R>();
  return (text) => {
    if (text.length > MAX_KEY_LENGTH) return fn(text);
    let result = cache.get(text);
    if (result === undefined && !cache.has(text)) {
      if (cache.size >= MAX_ENTRIES) cache.clear();
      result = fn(text);
      cache.set(text, result);
    }
    return result as R;
  };
}
