// A throwaway folder of articles made from the seed articles, for batch tests.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './run-cli.js';

export const SEEDS = join(ROOT, 'seeds');

export function tempDir(prefix = 'chitieu-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** `copies` copies of every seed, spread over two sub-folders so discovery recurses. */
export function seedCorpus(copies: number): string {
  const dir = tempDir('chitieu-corpus-');
  const seeds = readdirSync(SEEDS).sort();
  for (let c = 0; c < copies; c++) {
    const sub = join(dir, c % 2 ? 'b' : 'a');
    mkdirSync(sub, { recursive: true });
    for (const seed of seeds) copyFileSync(join(SEEDS, seed), join(sub, `${String(c).padStart(4, '0')}-${seed}`));
  }
  return dir;
}
