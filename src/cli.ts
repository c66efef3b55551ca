// The command line: `chitieu extract <paths…>`, `chitieu schema`, `chitieu report`. Stdout carries only data;
// progress and diagnostics go to stderr. Heavy modules (zod, the pipeline) load only for the command that needs
// them, so `--version` and `--help` start fast.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { OutputSink } from './output/sink.js';
import { VERSION } from './version.js';

const USAGE = `chitieu ${VERSION}: digital-transformation targets from Vietnamese texts, as auditable data

Usage:
  chitieu extract <file-or-folder>... [options]
  chitieu report <extract output .json|.jsonl>... [-o report.html] [--csv DIR] [--map 2008|2025]
  chitieu schema            print the JSON Schema of the output
  chitieu --help | --version

Extract options:
  -o, --output FILE         write to FILE (atomically: the old file or the complete new one) instead of stdout
  -f, --format FORMAT       json (default), jsonl (one document a line) or csv (one target a row)
  -j, --jobs N              worker threads (default: the number of cores; 1 runs in-process)
      --files-from FILE     also read the paths listed in FILE, one a line ("-" for standard input)
      --shard K/N           process only the K-th of N deterministic shares of the inputs (by path hash)
      --cache DIR           reuse results for unchanged files (keyed by content, path and pipeline version)
      --resume              with -o FILE and jsonl: keep the complete lines of FILE and continue after them
      --max-bytes N         refuse (TOO_LARGE, unread) any input larger than N bytes (default: 20 MB)
  -q, --quiet               no progress and no summary on stderr

Folders are read recursively; "-" reads one document from standard input.
Exit status: 0 every document read; 1 some documents failed (they still appear, with errors); 2 usage error;
130/143 interrupted by SIGINT/SIGTERM.`;

class UsageError extends Error {}

const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

async function runExtract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f', default: 'json' },
      jobs: { type: 'string', short: 'j' },
      'files-from': { type: 'string' },
      shard: { type: 'string' },
      cache: { type: 'string' },
      resume: { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
    },
  });
  const { OUTPUT_FORMATS, serializerFor } = await import('./output/formats.js');
  const format = values.format as (typeof OUTPUT_FORMATS)[number];
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`unknown --format ${values.format}`);
  const filesFrom = values['files-from'];
  if (!positionals.length && filesFrom === undefined) throw new UsageError('extract needs at least one file or folder');
  if (filesFrom === '-' && positionals.includes('-')) throw new UsageError('standard input cannot be both a document and --files-from');
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs needs a whole number ≥ 1, not ${values.jobs}`);
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes >= 0)) throw new UsageError(`--max-bytes needs a whole number ≥ 0, not ${values['max-bytes']}`);
  const { parseShard } = await import('./batch/shard.js');
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.shard !== undefined && !shard) throw new UsageError(`--shard needs K/N with 1 ≤ K ≤ N, not ${values.shard}`);
  if (values.resume && (!values.output || format !== 'jsonl')) throw new UsageError('--resume needs -o FILE and --format jsonl');
  if (filesFrom !== undefined && filesFrom !== '-') {
    const { access } = await import('node:fs/promises');
    await access(filesFrom).catch(() => {
      throw new UsageError(`cannot read --files-from ${filesFrom}`);
    });
  }

  const [{ selectInputs }, { runBatch }, { Progress }, sinks] = await Promise.all([
    import('./batch/inputs.js'),
    import('./batch/run.js'),
    import('./batch/progress.js'),
    import('./output/sink.js'),
  ]);
  const cache = values.cache ? await (await import('./batch/cache.js')).openCache(values.cache) : undefined;
  const skip = values.resume ? await (await import('./batch/resume.js')).prepareResume(values.output!) : undefined;
  const selection = { paths: positionals, filesFrom, shard, skip };
  const mode = values.quiet ? 'none' : process.stderr.isTTY ? 'bar' : 'lines';
  const countable = mode !== 'none' && filesFrom !== '-';
  const progress = await Progress.start(mode, countable ? countInputs(selectInputs(selection)) : undefined);

  const output = values.output;
  const stop = new AbortController();
  let stoppedBy: string | undefined;
  // Known to the signal handler once opened: a second signal removes its temporary file before exiting.
  let opened: OutputSink | undefined;
  const onSignal = (signal: string) => {
    if (stoppedBy) {
      // A second signal: stop now, still without leaving a temporary file behind.
      opened?.abandonNow();
      process.exit(SIGNAL_EXIT[signal]);
    }
    stoppedBy = signal;
    stop.abort();
  };
  // Listening before the output is opened, so that no signal finds a temporary file nobody removes.
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const serializer = serializerFor(format);
  let failed = 0;
  try {
    const sink = output
      ? await (values.resume ? sinks.appendFileSink(output) : sinks.atomicFileSink(output)).catch((err: NodeJS.ErrnoException) => {
          throw new UsageError(`cannot write ${output}: ${err.code ?? err.message}`);
        })
      : sinks.stdoutSink();
    opened = sink;
    if (!values.resume) await sink.write(serializer.head());
    for await (const input of runBatch(selectInputs(selection), { jobs, cache, signal: stop.signal, maxBytes, format })) {
      for (const doc of input.documents) {
        if (!doc.errors.length) continue;
        failed++;
        for (const e of doc.errors) process.stderr.write(`chitieu: ${doc.source}: ${e.code}: ${e.message}\n`);
      }
      await sink.write(serializer.lead(input.documents.length));
      await sink.write(input.text);
      progress.add(input.size, input.documents, input.cached);
      if (stoppedBy) break;
    }
    if (stoppedBy) {
      await sink.abandon();
      progress.finish(`; stopped by ${stoppedBy}`);
      return SIGNAL_EXIT[stoppedBy];
    }
    await sink.write(serializer.tail());
    await sink.finish();
  } catch (err) {
    await opened?.abandon().catch(() => undefined);
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  progress.finish();
  return failed ? 1 : 0;
}

/** Counts the inputs a selection yields, giving the event loop a turn now and then so the batch runs meanwhile. */
async function countInputs(inputs: AsyncIterable<string>): Promise<number> {
  const { setImmediate: turn } = await import('node:timers/promises');
  let n = 0;
  for await (const _ of inputs) if (++n % 1000 === 0) await turn();
  return n;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === '--version' || command === '-v') {
      process.stdout.write(VERSION + '\n');
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    if (command === 'schema') {
      const { outputJsonSchema } = await import('./output/schema.js');
      process.stdout.write(JSON.stringify(outputJsonSchema(), null, 2) + '\n');
      return 0;
    }
    if (command === 'extract') return await runExtract(rest);
    if (command === 'report') return (await import('./output/report/command.js')).runReport(rest);
    throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`chitieu: ${(err as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
}
