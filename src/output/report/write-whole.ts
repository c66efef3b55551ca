// A whole file at once, replaced atomically: readers see the old file or the complete new one.
import { atomicFileSink } from '../sink.js';

/** Writes `text` to `path` so that readers see the old file or the complete new one. */
export async function writeWhole(path: string, text: string): Promise<void> {
  const sink = await atomicFileSink(path);
  await sink.write(text);
  await sink.finish();
}
