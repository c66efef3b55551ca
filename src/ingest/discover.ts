// Finds the input files under the paths given: folders recursively, in a stable (sorted) order, hidden entries
// skipped. The walk is lazy (a folder is listed only when the walk reaches it) and iterative (no recursion, whatever
// the depth). Symbolic links are followed, but a folder already walked (by its real path) is not walked again, so a
// link loop (`a/b -> ..`) ends. A path that cannot be examined is yielded all the same: reading it reports why.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface Folder {
  path: string;
  names: string[];
  next: number;
  /** Entry names known to be plain files (no stat needed); others (links, sub-folders) are examined. */
  files: Set<string>;
}

export function* discoverFiles(paths: string[]): Generator<string> {
  const walked = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      yield path;
      continue;
    }
    const top = openFolder(path, walked);
    if (top === 'not-a-folder') {
      yield path;
      continue;
    }
    if (!top) continue;
    const stack: Folder[] = [top];
    while (stack.length) {
      const folder = stack[stack.length - 1];
      if (folder.next >= folder.names.length) {
        stack.pop();
        continue;
      }
      const name = folder.names[folder.next++];
      const child = join(folder.path, name);
      if (folder.files.has(name)) {
        yield child;
        continue;
      }
      const sub = openFolder(child, walked);
      if (sub === 'not-a-folder') yield child;
      else if (sub) stack.push(sub);
    }
  }
}

/** The folder at `path` ready to walk; 'not-a-folder' for a file (or a path that cannot be examined); null when walked. */
function openFolder(path: string, walked: Set<string>): Folder | 'not-a-folder' | null {
  let real: string;
  try {
    if (!statSync(path).isDirectory()) return 'not-a-folder';
    real = realpathSync(path);
  } catch {
    return 'not-a-folder';
  }
  if (walked.has(real)) return null;
  walked.add(real);
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true }).filter((e) => !e.name.startsWith('.'));
  } catch {
    return 'not-a-folder'; // a folder that cannot be listed: reading it reports why
  }
  const names = entries.map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { path, names, next: 0, files: new Set(entries.filter((e) => e.isFile()).map((e) => e.name)) };
}
