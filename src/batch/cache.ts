// `--cache DIR`: the documents of an input, keyed by its path, its content hash and the pipeline version, so a re-run
// over unchanged files skips the work and writes byte-identical output.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writevSync } from 'node:fs';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import type { DocumentSummary } from './document-record.js';
import { VERSION } from '../version.js';

const NEWLINE = 0x0a;

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

/** What the cache keeps of an input: the summaries of its documents, and the documents as JSONL. */
export interface CachedInput {
  documents: DocumentSummary[];
  /** Each document's one-line JSON and a newline (what `--format jsonl` writes), as bytes: read without decoding. */
  jsonl: Buffer;
}

/** Where a cache lives and which pipeline it is for: all a worker needs to open it. */
export interface CacheLocation {
  dir: string;
  version: string;
}

export async function openCache(dir: string): Promise<CacheLocation> {
  await mkdir(dir, { recursive: true });
  return { dir, version: await pipelineVersion() };
}

/**
 * A cache entry is a file of lines: the documents' summaries as one JSON array, then each document's JSON, so that a
 * jsonl run copies the entry's bytes to its output without parsing them. Used synchronously, in the thread that
 * processes the input.
 */
export class ResultCache {
  private warned = false;
  /** Entry folders known to exist (at most 256). */
  private readonly folders = new Set<string>();

  constructor(private readonly location: CacheLocation) {}

  /** The path takes part in the key because the document's `id` and `source` (and the format guess) come from it. */
  key(source: string, bytes: Uint8Array): string {
    return createHash('sha256').update(this.location.version).update('\0').update(source).update('\0').update(bytes).digest('hex');
  }

  get(key: string): CachedInput | undefined {
    let entry: Buffer;
    try {
      entry = readFileSync(this.pathOf(key));
    } catch {
      return undefined; // absent: compute
    }
    const headEnd = entry.indexOf(NEWLINE);
    if (headEnd < 0 || entry[entry.length - 1] !== NEWLINE) return undefined; // torn: recompute
    try {
      const documents = JSON.parse(entry.toString('utf8', 0, headEnd)) as DocumentSummary[];
      return { documents, jsonl: entry.subarray(headEnd + 1) };
    } catch {
      return undefined;
    }
  }

  /** Best effort: a cache that cannot be written (disk full, read-only) costs speed, never the batch. */
  put(key: string, documents: DocumentSummary[], jsonl: Uint8Array): void {
    const path = this.pathOf(key);
    const tmp = `${path}.${process.pid}.${threadId}.tmp`;
    let opened = false;
    try {
      const folder = dirname(path);
      if (!this.folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        this.folders.add(folder);
      }
      const fd = openSync(tmp, 'w');
      opened = true;
      try {
        writevSync(fd, [Buffer.from(JSON.stringify(documents) + '\n'), jsonl]);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, path);
    } catch (err) {
      if (opened) rmSync(tmp, { force: true });
      if (!this.warned) process.stderr.write(`chitieu: cannot write the cache in ${this.location.dir}: ${String(err)}\n`);
      this.warned = true;
    }
  }

  private pathOf(key: string): string {
    return join(this.location.dir, key.slice(0, 2), `${key.slice(2)}.jsonl`);
  }
}
