// The command line: `chitieu extract <paths…> [-o FILE] [--format json|jsonl|csv]`, `chitieu schema`.
// Stdout carries only data; diagnostics go to stderr.
import { parseArgs } from 'node:util';
import { extractDocuments } from './index.js';
import { writeFileAtomic } from './output/atomic-write.js';
import { chunksFor, OUTPUT_FORMATS, type OutputFormat } from './output/formats.js';
import { outputJsonSchema, type ChitieuDocument } from './output/schema.js';
import { runReport } from './output/report/command.js';
import { VERSION } from './version.js';

const USAGE = `chitieu ${VERSION}: digital-transformation targets from Vietnamese texts, as auditable data

Usage:
  chitieu extract <file-or-folder>... [-o FILE] [--format json|jsonl|csv]
  chitieu report <extract output .json|.jsonl>... [-o report.html] [--csv DIR] [--map 2008|2025]
  chitieu schema            print the JSON Schema of the output
  chitieu --help | --version

Folders are read recursively; "-" reads one document from standard input.
Exit status: 0 every document read; 1 some documents failed (they still appear, with errors); 2 usage error.`;

class UsageError extends Error {}

function runExtract(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f', default: 'json' },
    },
  });
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`unknown --format ${values.format}`);
  if (!positionals.length) throw new UsageError('extract needs at least one file or folder');
  let failed = 0;
  const counted = (function* () {
    for (const doc of extractDocuments(positionals)) {
      if (doc.errors.length) {
        failed++;
        for (const e of doc.errors) process.stderr.write(`chitieu: ${doc.source}: ${e.code}: ${e.message}\n`);
      }
      yield doc;
    }
  })() as Iterable<ChitieuDocument>;
  const chunks = chunksFor(format, counted);
  if (values.output) writeFileAtomic(values.output, chunks);
  else for (const chunk of chunks) process.stdout.write(chunk);
  return failed ? 1 : 0;
}

export function main(argv: string[]): number {
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
      process.stdout.write(JSON.stringify(outputJsonSchema(), null, 2) + '\n');
      return 0;
    }
    if (command === 'extract') return runExtract(rest);
    if (command === 'report') return runReport(rest);
    throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`chitieu: ${(err as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
}
