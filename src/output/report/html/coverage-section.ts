// Section 1: every unit of the chosen map with the instruments and documents behind it; units without evidence
// stay in the table, greyed, and are listed again by name below it.
import { formatDate } from '../format.js';
import { MAP_LABELS } from '../labels.js';
import { hasEvidence, type InstrumentEntry, type ReportModel, type TargetEntry, type UnitCoverage } from '../model.js';
import { html, type Markup } from './escape.js';
import { groupInstruments } from '../instrument-groups.js';
import { instrumentLine } from './instrument-line.js';
import { sourceLinks } from './source-links.js';

function instrumentsCell(coverage: UnitCoverage): Markup {
  if (!coverage.instruments.length) {
    return html`<td data-sort="">${hasEvidence(coverage) ? 'Chưa thấy văn bản' : 'Chưa có bằng chứng'}</td>`;
  }
  const groups = groupInstruments(coverage.instruments);
  const items = groups.map(({ lead, entries }) => {
    return html`<div class="instrument">${instrumentLine(lead)}${sourceLinks(entries)}<blockquote>${lead.instrument.evidence.text}</blockquote></div>`;
  });
  return html`<td data-sort="${groups.length}">${items}</td>`;
}

/** Documents shown by name in a row; the rest are counted and found in section 4. */
const DOCUMENTS_SHOWN = 5;

function documentsCell(coverage: UnitCoverage): Markup {
  const links = coverage.documents.slice(0, DOCUMENTS_SHOWN).map(
    (d) => html`<div><a href="#${d.anchor}">${d.doc.title ?? d.doc.id}</a>${d.doc.published ? html` <span class="muted">(${formatDate(d.doc.published)})</span>` : ''}</div>`,
  );
  const hidden = coverage.documents.length - DOCUMENTS_SHOWN;
  const more = hidden > 0 ? html`<div class="muted">và ${hidden} tài liệu khác (mục 4)</div>` : html``;
  return html`<td data-sort="${coverage.documents.length || ''}">${links}${more}</td>`;
}

function targetsCell(coverage: UnitCoverage): Markup {
  const targets = coverage.targets.filter((e) => e.target.kind === 'target').length;
  const actuals = coverage.targets.length - targets;
  if (!coverage.targets.length) return html`<td class="num" data-sort=""></td>`;
  const figures = html`<a href="#mt-${coverage.unit.code}">${targets} mục tiêu</a>${actuals ? html`, ${actuals} kết quả` : ''}`;
  return html`<td class="num" data-sort="${targets}">${targets ? figures : html`${actuals} kết quả`}</td>`;
}

function lowerCell(coverage: UnitCoverage): Markup {
  const lower = coverage.targets.filter((e) => e.verdict === 'lower').length;
  return lower
    ? html`<td class="num lower" data-sort="${lower}"><span class="flag">▼ ${lower}</span></td>`
    : html`<td class="num" data-sort="">${coverage.targets.length ? '0' : ''}</td>`;
}

function unplacedLink(entry: InstrumentEntry | TargetEntry): Markup {
  const place = 'target' in entry ? entry.target : entry.instrument;
  return html`<a href="#${entry.anchor}">${place.provinceName ?? place.province} (mã ${place.province}, bản đồ ${place.provinceEra ?? '?'})</a>`;
}

function unitRow(coverage: UnitCoverage): Markup {
  const { unit } = coverage;
  const former = coverage.formerUnits.length
    ? html`<div class="from">gồm ${coverage.formerUnits.map((u) => `${u.name} cũ`).join(', ')}</div>`
    : html``;
  return html`<tr id="pv-${unit.code}" class="${hasEvidence(coverage) ? 'has-evidence' : 'no-evidence'}" data-code="${unit.code}">
<td class="num" data-sort="${Number(unit.code)}">${unit.code}</td>
<td class="unit-name" data-sort="${unit.name}">${unit.name}${former}</td>
${instrumentsCell(coverage)}${targetsCell(coverage)}${lowerCell(coverage)}${documentsCell(coverage)}
</tr>`;
}

export function renderCoverageSection(model: ReportModel): Markup {
  const withEvidence = model.units.filter(hasEvidence);
  const without = model.units.filter((u) => !hasEvidence(u));
  const unplaced = [...model.unplaced.instruments, ...model.unplaced.targets];
  return html`<section id="coverage">
<h2>1. Độ bao phủ theo tỉnh, thành phố</h2>
<p>Theo ${MAP_LABELS[model.map.map]}, ${model.map.reason}. ${withEvidence.length} trên ${model.units.length} đơn vị có bằng chứng (văn bản hoặc chỉ tiêu); ${without.length} đơn vị chưa có bằng chứng. Bấm vào tiêu đề cột để sắp xếp.</p>
<div class="table-wrap"><table class="sortable coverage" id="coverage-table">
<thead><tr><th><button type="button">Mã</button></th><th><button type="button">Tỉnh, thành phố</button></th><th><button type="button">Văn bản về chuyển đổi số</button></th><th><button type="button">Số chỉ tiêu</button></th><th><button type="button">Thấp hơn quốc gia</button></th><th><button type="button">Tài liệu</button></th></tr></thead>
<tbody>
${model.units.map(unitRow)}
</tbody></table></div>
<p id="no-evidence-list"><b>${without.length} đơn vị chưa có bằng chứng:</b> ${without.map((u) => u.unit.name).join(', ')}.</p>
${unplaced.length ? html`<p id="unplaced"><b>Không xếp được vào bản đồ đã chọn:</b> ${unplaced.map((e, i) => html`${i ? ', ' : ''}${unplacedLink(e)}`)}.</p>` : html``}
</section>`;
}
