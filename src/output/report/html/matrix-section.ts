// Section 2: province × indicator targets, each cell beside the national target for the same indicator, level
// and year, flagged where the province aims lower than the nation.
import { formatFigure } from '../format.js';
import { indicatorLabel } from '../indicator-label.js';
import { LEVEL_LABELS } from '../labels.js';
import { buildTargetsMatrix, type MatrixColumn, type MatrixRow } from '../matrix.js';
import type { ReportModel, TargetEntry } from '../model.js';
import { html, type Markup } from './escape.js';
import { sourceLinks } from './source-links.js';

const LOWER_FLAG = 'thấp hơn QG';

function columnHeading(column: MatrixColumn): Markup {
  const level = column.level ? html`, ${LEVEL_LABELS[column.level]}` : html``;
  const national = column.national
    ? html`<span class="national">QG: ${formatFigure({ ...column.national, unit: column.unit })} (${column.national.source})</span>`
    : html`<span class="national">QG: chưa có</span>`;
  return html`<th data-indicator="${column.indicator}" data-year="${column.year ?? ''}" title="${column.indicator}"><button type="button">${indicatorLabel(column.indicator)}${level} · ${column.year ?? 'không rõ năm'}</button>${national}</th>`;
}

/** One line per distinct figure; the articles that repeat it become numbered source links. */
function figureLine(entries: TargetEntry[]): Markup {
  const [entry] = entries;
  const flag = entry.verdict === 'lower' ? html` <span class="flag">▼ ${LOWER_FLAG}</span>` : html``;
  const apart = entry.verdict === 'not-comparable' ? ' (không so sánh được)' : '';
  const national = entry.national
    ? html`<span class="national">QG: ${formatFigure({ ...entry.national, unit: entry.target.unit })}${apart}</span>`
    : html``;
  return html`<div><a href="#${entry.anchor}" title="${entry.target.metric}">${formatFigure(entry.target)}</a>${sourceLinks(entries)}${flag}${national}</div>`;
}

function cell(entries: TargetEntry[] | undefined): Markup {
  if (!entries?.length) return html`<td></td>`;
  const figures = new Map<string, TargetEntry[]>();
  for (const entry of entries) {
    const key = `${formatFigure(entry.target)}|${entry.verdict}`;
    figures.set(key, [...(figures.get(key) ?? []), entry]);
  }
  const lower = entries.some((e) => e.verdict === 'lower');
  return html`<td class="${lower ? 'lower' : ''}" data-sort="${entries[0].target.value}">${[...figures.values()].map(figureLine)}</td>`;
}

function row(matrixRow: MatrixRow, columns: MatrixColumn[]): Markup {
  const { unit } = matrixRow;
  return html`<tr id="mt-${unit.code}" data-code="${unit.code}"><td class="unit-name" data-sort="${unit.name}"><a href="#pv-${unit.code}">${unit.name}</a></td><td class="num" data-sort="${matrixRow.lowerCount || ''}">${matrixRow.lowerCount ? html`<span class="flag">▼ ${matrixRow.lowerCount}</span>` : ''}</td>${columns.map((c) => cell(matrixRow.cells.get(c.key)))}</tr>`;
}

export function renderMatrixSection(model: ReportModel): Markup {
  const { columns, rows } = buildTargetsMatrix(model);
  const body = rows.length
    ? html`<div class="table-wrap"><table class="sortable matrix" id="matrix-table">
<thead><tr><th class="unit-name"><button type="button">Tỉnh, thành phố</button></th><th><button type="button">Số chỉ tiêu thấp hơn QG</button></th>${columns.map(columnHeading)}</tr></thead>
<tbody>${rows.map((r) => row(r, columns))}</tbody>
</table></div>`
    : html`<p class="muted">Chưa có mục tiêu nào của tỉnh gắn được với danh mục chỉ tiêu.</p>`;
  return html`<section id="targets">
<h2>2. Ma trận chỉ tiêu: tỉnh × chỉ tiêu</h2>
<p>Mỗi ô là mục tiêu tỉnh đặt ra (so sánh, giá trị, năm), dưới tiêu đề cột là mục tiêu quốc gia cùng chỉ tiêu và năm. Ô tô đỏ, dấu ▼: tỉnh đặt mục tiêu thấp hơn quốc gia (tỷ lệ: càng cao càng tốt; thứ hạng: càng nhỏ càng tốt). Bấm vào giá trị để xem câu gốc.</p>
${body}
</section>`;
}
