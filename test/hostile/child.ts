// Runs test/hostile/extract-child.ts in a child process with a time limit: the test asserts completion, not speed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;

export interface ChildSummary {
  source: string;
  targets: number;
  codes: string[];
}

/** The per-document summaries of `extract(paths)`; throws when the child times out or fails. */
export function extractInChild(paths: string[], timeoutMs = 60_000): ChildSummary[] {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/hostile/extract-child.ts'), ...paths], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`extract did not finish: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`extract failed (${run.status ?? run.signal}): ${run.stderr.slice(-2000)}`);
  return run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ChildSummary);
}
