// The batch at scale, through the command line: order under concurrency, cache, shards, resume, clean stops.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { beforeAll, describe, expect, it } from 'vitest';
import { OutputSchema } from '../../src/output/schema.js';
import { seedCorpus, tempDir } from '../cli/corpus.js';
import { ensureBuilt, runCli, startCli } from '../cli/run-cli.js';

let corpus: string;
let single: string;

beforeAll(() => {
  ensureBuilt();
  corpus = seedCorpus(4); // 20 articles
  single = runCli(['extract', corpus, '-f', 'jsonl', '-j', '1', '-q']).stdout;
}, 120_000);

describe('batch extraction', { timeout: 180_000 }, () => {
  it('writes documents in input order whatever the number of workers', () => {
    expect(single.split('\n')).toHaveLength(21);
    const sources = single.trimEnd().split('\n').map((l) => JSON.parse(l).source as string);
    expect(sources).toEqual([...sources].sort());
    expect(runCli(['extract', corpus, '-f', 'jsonl', '-j', '2', '-q']).stdout).toBe(single);
    expect(runCli(['extract', corpus, '-f', 'jsonl', '-j', '3', '-q']).stdout).toBe(single);
  });

  it('streams json too, the same documents in the same order', () => {
    const json = OutputSchema.parse(JSON.parse(runCli(['extract', corpus, '-j', '2', '-q']).stdout));
    expect(json.documents.map((d) => JSON.stringify(d) + '\n').join('')).toBe(single);
  });

  it('reuses the cache on a re-run and writes byte-identical output', () => {
    const cache = join(tempDir(), 'cache');
    const first = runCli(['extract', corpus, '-f', 'jsonl', '--cache', cache]);
    expect(first.stderr).not.toContain('from the cache');
    const second = runCli(['extract', corpus, '-f', 'jsonl', '--cache', cache]);
    expect(second.stderr).toContain(', 20 inputs from the cache');
    expect(first.stdout).toBe(single);
    expect(second.stdout).toBe(single);
  });

  it('splits the inputs into shards whose union is the single run', () => {
    const shards = [1, 2, 3].map((k) => runCli(['extract', corpus, '-f', 'jsonl', '--shard', `${k}/3`, '-q']).stdout);
    const lines = shards.flatMap((s) => s.split('\n').filter(Boolean));
    for (const shard of shards) expect(shard.split('\n').length - 1).toBeLessThan(20);
    expect(lines.sort()).toEqual(single.split('\n').filter(Boolean).sort());
  });

  it('reads the paths listed on standard input with --files-from -', () => {
    const some = readdirSync(join(corpus, 'a')).slice(0, 3).map((n) => join(corpus, 'a', n));
    const r = runCli(['extract', '--files-from', '-', '-f', 'jsonl', '-q'], { input: some.join('\n') + '\n' });
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source)).toEqual(some);
  });

  it('resumes after the last complete line of an interrupted jsonl output', () => {
    const out = join(tempDir(), 'out.jsonl');
    const lines = single.split('\n');
    // Cut in the middle of the 8th line, as a killed run would leave it.
    writeFileSync(out, lines.slice(0, 7).join('\n') + '\n' + lines[7].slice(0, 50));
    const r = runCli(['extract', corpus, '-f', 'jsonl', '-o', out, '--resume']);
    expect(r.stderr).toMatch(/^chitieu: 13 documents,.*\n$/m);
    expect(readFileSync(out, 'utf8')).toBe(single);
  });

  it('leaves the -o file as it was, or complete, when stopped by SIGTERM', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.json');
    writeFileSync(out, 'previous');
    const child = startCli(['extract', seedCorpus(20), '-o', out, '-q']);
    const exited = once(child, 'exit');
    // Signal once the run is writing its temporary file, i.e. in the middle of its work.
    const writing = setInterval(() => {
      if (readdirSync(dir).length < 2) return;
      child.kill('SIGTERM');
      clearInterval(writing);
    }, 10);
    const [code] = await exited;
    clearInterval(writing);
    const text = readFileSync(out, 'utf8');
    if (code === 0) expect(OutputSchema.parse(JSON.parse(text)).documents).toHaveLength(100);
    else {
      expect(code).toBe(143);
      expect(text).toBe('previous');
    }
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('stopped by SIGINT and resumed, ends with the same jsonl as an uninterrupted run', async () => {
    const big = seedCorpus(6);
    const whole = runCli(['extract', big, '-f', 'jsonl', '-q']).stdout;
    const out = join(tempDir(), 'out.jsonl');
    const child = startCli(['extract', big, '-f', 'jsonl', '-o', out, '--resume', '-q']);
    const exited = once(child, 'exit');
    const writing = setInterval(() => {
      if (!existsSync(out) || statSync(out).size === 0) return;
      child.kill('SIGINT');
      clearInterval(writing);
    }, 5);
    const [code, signal] = await exited;
    clearInterval(writing);
    // 130 when stopped; 0 when the run ended first; killed by the signal itself when it landed after the run had let go
    // of its handlers, on the way out (a loaded machine makes that window wide enough to hit).
    expect(code === 0 || code === 130 || signal === 'SIGINT').toBe(true);
    const partial = readFileSync(out, 'utf8');
    expect(partial === '' || partial.endsWith('\n')).toBe(true);
    runCli(['extract', big, '-f', 'jsonl', '-o', out, '--resume', '-q']);
    // Every document once, in input order (sources, so that a rebuild between the runs cannot matter).
    const sources = (jsonl: string) => jsonl.trimEnd().split('\n').map((l) => JSON.parse(l).source);
    expect(sources(readFileSync(out, 'utf8'))).toEqual(sources(whole));
  });
});
