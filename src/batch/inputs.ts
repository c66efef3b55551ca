// The inputs of a batch, discovered lazily: the paths given, then (with `--files-from`) one path a line from a
// file or standard input, each path a file or a folder read recursively.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { discoverFiles } from '../ingest/discover.js';
import { inShard, type Shard } from './shard.js';

export interface InputSelection {
  paths: string[];
  /** A file listing paths, one a line; `-` for standard input. */
  filesFrom?: string;
  shard?: Shard;
  /** Inputs already done (by `--resume`): skipped. */
  skip?: (path: string) => boolean;
}

export async function* selectInputs({ paths, filesFrom, shard, skip }: InputSelection): AsyncGenerator<string> {
  for await (const path of listedPaths(paths, filesFrom)) {
    for (const file of discoverFiles([path])) {
      if (shard && !inShard(file, shard)) continue;
      if (skip?.(file)) continue;
      yield file;
    }
  }
}

async function* listedPaths(paths: string[], filesFrom: string | undefined): AsyncGenerator<string> {
  yield* paths;
  if (filesFrom === undefined) return;
  const input = filesFrom === '-' ? process.stdin : createReadStream(filesFrom);
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const path = line.trim();
    if (path) yield path;
  }
}
