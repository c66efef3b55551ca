// Measures the batch against its floor over the same files, and a cached re-run.
//   npm run build && node --import tsx bench/run.ts <corpus-dir> [--jobs N] [--format jsonl|json|csv]
//     [--runs floor,pipeline,cache] [--work DIR]
// Prints, for each run: documents/s, MB/s, MB per CPU-second (steady on a shared machine, where wall time is not),
// wall, CPU, peak RSS, and the pipeline/floor wall ratio. `--runs floor,pipeline` leaves out the two cached runs
// (for a large corpus: they double the time and store a second copy of the output). The output (about 2.4× the
// corpus in jsonl) and the cache go to a temporary folder in `--work` (default: the system's).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface Measure {
  status: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMB: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    jobs: { type: 'string' },
    format: { type: 'string', default: 'jsonl' },
    runs: { type: 'string', default: 'floor,pipeline,cache' },
    work: { type: 'string', default: tmpdir() },
  },
});
const [corpus] = positionals;
const wanted = new Set(values.runs!.split(','));
if (!corpus || ![...wanted].every((r) => ['floor', 'pipeline', 'cache'].includes(r))) {
  process.stderr.write('usage: node --import tsx bench/run.ts <corpus-dir> [--jobs N] [--format jsonl] [--runs floor,pipeline,cache] [--work DIR]\n');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;

function corpusSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      const sub = corpusSize(path);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += statSync(path).size;
    }
  }
  return { files, bytes };
}

function measure(module: string, args: string[]): Measure {
  const r = spawnSync(process.execPath, [join(root, 'bench/measure.mjs'), module, ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  const report = (r.output[3] ?? '').toString();
  if (!report) throw new Error(`${module} ${args.join(' ')} failed (status ${r.status})`);
  return JSON.parse(report) as Measure;
}

const { files, bytes } = corpusSize(corpus);
const work = mkdtempSync(join(values.work!, 'chitieu-bench-'));
// The runs use a snapshot of the build, so a rebuild meanwhile can neither mix versions nor invalidate the cache.
const app = join(work, 'app');
cpSync(join(root, 'dist'), join(app, 'dist'), { recursive: true });
cpSync(join(root, 'schema'), join(app, 'schema'), { recursive: true });
cpSync(join(root, 'package.json'), join(app, 'package.json'));
symlinkSync(join(root, 'node_modules'), join(app, 'node_modules'));
const cli = join(app, 'dist/cli.js');
const extract = (extra: string[]) => [
  'extract', corpus, '-f', values.format!, '-o', join(work, `out.${values.format}`), '-q',
  ...(values.jobs ? ['-j', values.jobs] : []), ...extra,
];
const cache = join(work, 'cache');
const runs: [string, Measure][] = [];
if (wanted.has('floor')) runs.push(['floor', measure(join(root, 'bench/floor.mjs'), [corpus])]);
if (wanted.has('pipeline')) runs.push(['pipeline', measure(cli, extract([]))]);
if (wanted.has('cache')) {
  runs.push(['pipeline, filling the cache', measure(cli, extract(['--cache', cache]))]);
  runs.push(['pipeline, cached re-run', measure(cli, extract(['--cache', cache]))]);
}
rmSync(work, { recursive: true, force: true });

const row = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(10) : c.padEnd(28))).join(' ');
console.log(`${files} files, ${(bytes / 1e6).toFixed(1)} MB, format ${values.format}, jobs ${values.jobs ?? 'default (cores)'}`);
console.log(row(['run', 'docs/s', 'MB/s', 'MB/CPU-s', 'wall s', 'CPU s', 'peak RSS MB', 'vs floor']));
const floorWall = runs.find(([name]) => name === 'floor')?.[1].wallSeconds;
for (const [name, m] of runs) {
  console.log(
    row([
      name,
      (files / m.wallSeconds).toFixed(0),
      (bytes / 1e6 / m.wallSeconds).toFixed(2),
      (bytes / 1e6 / m.cpuSeconds).toFixed(2),
      m.wallSeconds.toFixed(2),
      m.cpuSeconds.toFixed(2),
      m.peakRssMB.toFixed(0),
      floorWall ? `${(m.wallSeconds / floorWall).toFixed(1)}×` : '',
    ]),
  );
}
const uncached = runs.find(([name]) => name === 'pipeline')?.[1];
const cached = runs.find(([name]) => name === 'pipeline, cached re-run')?.[1];
if (uncached && cached) console.log(`cached re-run is ${(uncached.wallSeconds / cached.wallSeconds).toFixed(1)}× faster than the uncached run`);
