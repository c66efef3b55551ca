// `--cache DIR`: the records of an input, keyed by its path, its content hash and the pipeline version, so a re-run
// over unchanged files skips the work and writes byte-identical output.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentRecord } from './document-record.js';
import { VERSION } from '../version.js';

// The compiled pipeline lives one level above this module (dist/ or, under tsx, src/).
const PIPELINE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The package version plus a hash of the pipeline's code: a rebuilt rule invalidates the cache even when the
 * version number stays the same.
 */
export async function pipelineVersion(root = PIPELINE_ROOT): Promise<string> {
  const hash = createHash('sha256').update(VERSION);
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/(?<!\.d)\.(?:js|ts|json)$/.test(entry.name)) files.push(path);
    }
  };
  await walk(root);
  for (const file of files.sort()) hash.update(file.slice(root.length)).update(await readFile(file));
  return `${VERSION}+${hash.digest('hex').slice(0, 16)}`;
}

export class ResultCache {
  private warned = false;

  private constructor(
    private readonly dir: string,
    private readonly version: string,
  ) {}

  static async open(dir: string): Promise<ResultCache> {
    await mkdir(dir, { recursive: true });
    return new ResultCache(dir, await pipelineVersion());
  }

  /** The path takes part in the key because the document's `id` and `source` (and the format guess) come from it. */
  key(source: string, bytes: Uint8Array): string {
    return createHash('sha256').update(this.version).update('\0').update(source).update('\0').update(bytes).digest('hex');
  }

  async get(key: string): Promise<DocumentRecord[] | undefined> {
    try {
      return JSON.parse(await readFile(this.pathOf(key), 'utf8')) as DocumentRecord[];
    } catch {
      return undefined; // absent or torn: recompute
    }
  }

  /** Best effort: a cache that cannot be written (disk full, read-only) costs speed, never the batch. */
  async put(key: string, records: DocumentRecord[]): Promise<void> {
    const path = this.pathOf(key);
    const tmp = `${path}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(tmp, JSON.stringify(records));
      await rename(tmp, path);
    } catch (err) {
      if (!this.warned) process.stderr.write(`chitieu: cannot write the cache in ${this.dir}: ${String(err)}\n`);
      this.warned = true;
    }
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
  }
}
