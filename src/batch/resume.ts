// `--resume`: an existing JSONL output is cut after its last complete document line and the inputs it already
// holds are skipped, so an interrupted run continues where it stopped.
import { createReadStream } from 'node:fs';
import { stat, truncate } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/**
 * Cuts `path` after its last complete, parseable line (and, when that line is one of several documents of one input,
 * `file.jsonl#id`, after the last line of the input before it, since the rest of that input may be missing).
 * Returns a test for inputs already done. A missing file means nothing is done.
 */
export async function prepareResume(path: string): Promise<(input: string) => boolean> {
  try {
    await stat(path);
  } catch {
    return () => false;
  }
  const sources: string[] = [];
  const ends: number[] = [];
  let offset = 0;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    const next = offset + Buffer.byteLength(line) + 1;
    const source = sourceOf(line);
    if (source === undefined) break;
    sources.push(source);
    ends.push(next);
    offset = next;
  }
  // A line counts only with its newline: the last one may have been cut before it.
  const size = (await stat(path)).size;
  if (ends.length && ends[ends.length - 1] > size) {
    sources.pop();
    ends.pop();
  }
  const last = sources.length ? inputOf(sources[sources.length - 1]) : undefined;
  if (last !== undefined && last !== sources[sources.length - 1]) {
    while (sources.length && inputOf(sources[sources.length - 1]) === last) {
      sources.pop();
      ends.pop();
    }
  }
  await truncate(path, ends.length ? ends[ends.length - 1] : 0);
  const done = new Set(sources.map(inputOf));
  return (input) => done.has(input);
}

function sourceOf(line: string): string | undefined {
  try {
    const doc = JSON.parse(line) as { source?: unknown };
    return typeof doc.source === 'string' ? doc.source : undefined;
  } catch {
    return undefined;
  }
}

/** The input a document came from: `file.jsonl#id` → `file.jsonl`. */
function inputOf(source: string): string {
  const hash = source.indexOf('#');
  return hash < 0 ? source : source.slice(0, hash);
}
