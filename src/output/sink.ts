// Where output goes: standard output, a file replaced atomically (temp file, then rename), or a file appended to
// (`--resume`). Writes wait for the destination, so a fast producer never piles output up in memory.
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface OutputSink {
  /** Text is written as UTF-8. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Completes the output: the file now holds everything written. */
  finish(): Promise<void>;
  /** Stops early: an atomic file is left as it was before the run; an appended file keeps its complete chunks. */
  abandon(): Promise<void>;
  /** For an exit that cannot wait: removes what `abandon` would remove, synchronously. */
  abandonNow(): void;
}

// Bytes gathered before a write: few system calls, little memory.
const FLUSH_AT = 1 << 20;

class FileSink implements OutputSink {
  private pending: Uint8Array[] = [];
  private pendingLength = 0;

  constructor(
    private readonly handle: FileHandle,
    private readonly path: string,
    /** The temporary file renamed over `path` on finish; undefined when appending in place. */
    private readonly tmp: string | undefined,
  ) {}

  async write(chunk: string | Uint8Array): Promise<void> {
    if (!chunk.length) return;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.pending.push(bytes);
    this.pendingLength += bytes.length;
    if (this.pendingLength >= FLUSH_AT) await this.flush();
  }

  async finish(): Promise<void> {
    await this.flush();
    await this.handle.sync();
    await this.handle.close();
    if (this.tmp) await rename(this.tmp, this.path);
  }

  async abandon(): Promise<void> {
    if (this.tmp) {
      await this.handle.close();
      await rm(this.tmp, { force: true });
      return;
    }
    await this.finish();
  }

  abandonNow(): void {
    if (this.tmp) rmSync(this.tmp, { force: true });
  }

  private async flush(): Promise<void> {
    if (!this.pendingLength) return;
    const chunks = this.pending;
    this.pending = [];
    this.pendingLength = 0;
    await this.handle.writev(chunks);
  }
}

export async function atomicFileSink(path: string): Promise<OutputSink> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  return new FileSink(await open(tmp, 'w'), path, tmp);
}

export async function appendFileSink(path: string): Promise<OutputSink> {
  return new FileSink(await open(path, 'a'), path, undefined);
}

export function stdoutSink(): OutputSink {
  const write = async (chunk: string | Uint8Array) => {
    if (chunk && !process.stdout.write(chunk)) await once(process.stdout, 'drain');
  };
  return { write, finish: async () => {}, abandon: async () => {}, abandonNow: () => {} };
}
