// `--shard K/N`: a deterministic 1/N of the inputs, chosen by a hash of the path, so N runs together cover each once.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based, as written on the command line. */
  index: number;
  count: number;
}

/** Parses `K/N` with 1 ≤ K ≤ N; undefined when the text is not such a pair. */
export function parseShard(text: string): Shard | undefined {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

export function inShard(path: string, shard: Shard): boolean {
  return createHash('sha1').update(path).digest().readUInt32BE(0) % shard.count === shard.index - 1;
}
