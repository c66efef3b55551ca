// `chitieu report <extract output…> [-o report.html] [--csv DIR] [--map 2008|2025]`: the audit view for ministry
// staff. Unreadable inputs are reported on stderr and leave the exit status at 1; the report is still written
// from the rest. Without `-o` the HTML goes to stdout.
import { parseArgs } from 'node:util';
import { ProvinceEraSchema, type ProvinceEra } from '../schema.js';
import { writeCsvExports } from './csv.js';
import { renderReportPage } from './html/page.js';
import { readExtractOutputs } from './input.js';
import { buildReportModel, hasEvidence } from './model.js';
import { writeWhole } from './write-whole.js';

const REPORT_USAGE = 'usage: chitieu report <extract output .json|.jsonl>... [-o report.html] [--csv DIR] [--map 2008|2025]';

function usageError(message: string): number {
  process.stderr.write(`chitieu report: ${message}\n${REPORT_USAGE}\n`);
  return 2;
}

export async function runReport(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        csv: { type: 'string' },
        map: { type: 'string' },
      },
    });
  } catch (err) {
    return usageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (!positionals.length) return usageError('give at least one output file of `chitieu extract`');
  const map = values.map === undefined ? undefined : ProvinceEraSchema.safeParse(values.map);
  if (map && !map.success) return usageError(`--map must be 2008 or 2025, not ${values.map}`);

  const { documents, problems } = readExtractOutputs(positionals);
  for (const problem of problems) process.stderr.write(`chitieu report: ${problem}\n`);
  const model = buildReportModel(documents, map?.data as ProvinceEra | undefined);
  const page = renderReportPage(model);
  if (values.output) await writeWhole(values.output, page);
  else process.stdout.write(page);
  const csvFiles = values.csv ? await writeCsvExports(model, values.csv) : [];

  const covered = model.units.filter(hasEvidence).length;
  process.stderr.write(
    `chitieu report: ${documents.length} documents, map ${model.map.map}: ${covered}/${model.units.length} units with evidence` +
      (values.output ? `; wrote ${values.output}` : '') +
      (csvFiles.length ? `; ${csvFiles.join(', ')}` : '') +
      '\n',
  );
  return problems.length ? 1 : 0;
}
