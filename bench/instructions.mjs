// Machine instructions per article of the in-process pipeline, counted by valgrind (cachegrind), for comparing two
// builds on a shared machine where CPU times drift ±15–30% from hour to hour and instruction counts do not:
//   npm run build && node bench/instructions.mjs <corpus-dir> [articles]
// Runs `bench/stages.mjs` over the first `articles` files (default 300) for 2 and for 5 rounds and prints the
// difference divided by 3 × articles: the steady state, module loading and JIT warm-up subtracted. V8 runs
// `--single-threaded` (no background compiler or collector threads, whose share would vary with timing). Under
// valgrind a run takes ~50× longer: about a minute and a half for 300 articles.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [corpus, articlesArg = '300'] = process.argv.slice(2);
if (!corpus) {
  process.stderr.write('usage: node bench/instructions.mjs <corpus-dir> [articles]\n');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const sample = mkdtempSync(join(tmpdir(), 'chitieu-instructions-'));
const files = readdirSync(corpus, { recursive: true })
  .map(String)
  .filter((name) => /\.(txt|md|html?)$/.test(name))
  .sort()
  .slice(0, Number(articlesArg));
files.forEach((name, i) => cpSync(join(corpus, name), join(sample, `${String(i).padStart(6, '0')}-${name.replace(/\//g, '_')}`)));

function instructions(rounds) {
  const run = spawnSync(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', join(root, 'bench/stages.mjs'), sample, String(rounds)],
    { encoding: 'utf8' },
  );
  const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr ?? '');
  if (run.error || !refs) throw new Error(`valgrind did not count: ${run.error ?? run.stderr}`);
  return Number(refs[1].replace(/,/g, ''));
}

try {
  const two = instructions(2);
  const five = instructions(5);
  const perArticle = (five - two) / (3 * files.length);
  process.stdout.write(`${files.length} articles: ${(perArticle / 1e6).toFixed(2)} M instructions per article (steady state)\n`);
} finally {
  rmSync(sample, { recursive: true, force: true });
}
