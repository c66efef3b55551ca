// `--csv DIR`: the two tables for spreadsheets. `bao-phu.csv` one row per unit of the map, `chi-tieu.csv` one row
// per cell figure of the targets matrix. UTF-8 with a byte-order mark so that Excel shows the diacritics.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { writeWhole } from './write-whole.js';
import { formatDate } from './format.js';
import { indicatorLabel } from './indicator-label.js';
import { issuerLabel } from './issuer-label.js';
import { INSTRUMENT_STATUS_LABELS, INSTRUMENT_TYPE_LABELS, LEVEL_LABELS } from './labels.js';
import { groupInstruments } from './instrument-groups.js';
import { buildTargetsMatrix } from './matrix.js';
import { hasEvidence, type InstrumentEntry, type ReportModel } from './model.js';

export const COVERAGE_CSV = 'bao-phu.csv';
export const TARGETS_CSV = 'chi-tieu.csv';

type Cell = string | number | null | undefined;

/** A spreadsheet runs a cell that starts like a formula; article text must stay text (`=HYPERLINK(…)`). */
function inert(value: Cell): Cell {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function table(header: string[], rows: Cell[][]): string {
  return stringify([header, ...rows.map((row) => row.map(inert))], { bom: true });
}

function instrumentSummary(entry: InstrumentEntry, sources: number): string {
  const { instrument, placement } = entry;
  return [
    INSTRUMENT_TYPE_LABELS[instrument.type],
    INSTRUMENT_STATUS_LABELS[instrument.status],
    issuerLabel(entry),
    instrument.number ?? '',
    formatDate(instrument.date),
    instrument.horizon.join('/'),
    placement?.formerUnit ? `từ ${placement.formerUnit.name} cũ` : '',
    sources > 1 ? `${sources} nguồn` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

export function coverageCsv(model: ReportModel): string {
  const header = ['Mã', 'Tỉnh, thành phố', 'Bản đồ', 'Gồm đơn vị cũ', 'Có bằng chứng', 'Số văn bản', 'Văn bản',
    'Số mục tiêu', 'Số kết quả', 'Số mục tiêu thấp hơn quốc gia', 'Tài liệu'];
  const rows = model.units.map((c) => [
    c.unit.code,
    c.unit.name,
    model.map.map,
    c.formerUnits.map((u) => u.name).join('; '),
    hasEvidence(c) ? 'có' : 'không',
    groupInstruments(c.instruments).length,
    groupInstruments(c.instruments).map(({ lead, entries }) => instrumentSummary(lead, entries.length)).join('; '),
    c.targets.filter((e) => e.target.kind === 'target').length,
    c.targets.filter((e) => e.target.kind === 'actual').length,
    c.targets.filter((e) => e.verdict === 'lower').length,
    c.documents.map((d) => d.doc.source).join('; '),
  ]);
  return table(header, rows);
}

export function targetsCsv(model: ReportModel): string {
  const header = ['Mã tỉnh', 'Tỉnh, thành phố', 'Từ đơn vị cũ', 'Mã chỉ tiêu', 'Chỉ tiêu', 'Cấp', 'Năm', 'So sánh',
    'Giá trị', 'Giá trị tối đa', 'Đơn vị', 'So sánh QG', 'Giá trị QG', 'Nguồn mục tiêu QG', 'So với QG',
    'Cụm từ trong bài', 'Câu gốc', 'Tài liệu', 'Vị trí bắt đầu', 'Vị trí kết thúc'];
  const { rows, columns } = buildTargetsMatrix(model);
  const lines = rows.flatMap((row) =>
    columns.flatMap((column) =>
      (row.cells.get(column.key) ?? []).map(({ target, national, verdict, placement, document }) => [
        row.unit.code,
        row.unit.name,
        placement?.formerUnit?.name ?? '',
        column.indicator,
        indicatorLabel(column.indicator),
        target.level ? LEVEL_LABELS[target.level] : '',
        target.year,
        target.comparator,
        target.value,
        target.valueMax,
        target.unit,
        national?.comparator,
        national?.value,
        national?.source,
        verdict ?? '',
        target.metric,
        target.sentence ?? target.evidence.text,
        document.doc.source,
        target.evidence.start,
        target.evidence.end,
      ]),
    ),
  );
  return table(header, lines);
}

export async function writeCsvExports(model: ReportModel, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    [join(dir, COVERAGE_CSV), coverageCsv(model)],
    [join(dir, TARGETS_CSV), targetsCsv(model)],
  ];
  for (const [path, text] of files) await writeWhole(path, text);
  return files.map(([path]) => path);
}
