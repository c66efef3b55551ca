// Finds the input files under the paths given: folders recursively, in a stable (sorted) order.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function* discoverFiles(paths: string[]): Generator<string> {
  for (const path of paths) {
    if (path === '-') {
      yield path;
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      yield path; // reading it will report why it cannot be read
      continue;
    }
    if (!isDir) {
      yield path;
      continue;
    }
    const entries = readdirSync(path, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) yield* discoverFiles([join(path, e.name)]);
  }
}
