// Section 4: the documents, and under each the evidence of every instrument and figure drawn from it: the sentence
// with the evidence span marked, and where the span sits in the source file.
import { formatDate, formatFigure } from '../format.js';
import { indicatorLabel } from '../indicator-label.js';
import { INSTRUMENT_STATUS_LABELS, INSTRUMENT_TYPE_LABELS, KIND_LABELS, LEVEL_LABELS } from '../labels.js';
import type { DocumentEntry, InstrumentEntry, ReportModel, TargetEntry } from '../model.js';
import type { Evidence } from '../../schema.js';
import { html, safeWebUrl, type Markup } from './escape.js';
import { formerUnitNote, instrumentDetails } from './instrument-line.js';

function span(evidence: Evidence): Markup {
  return html`<span class="muted">(ký tự ${evidence.start}–${evidence.end} của tệp nguồn)</span>`;
}

/** The sentence with the evidence marked in it; the evidence alone when the sentence does not contain it. */
function quoted(evidence: Evidence, sentence: string | undefined): Markup {
  const text = evidence.text.normalize('NFC');
  const at = sentence ? sentence.indexOf(text) : -1;
  if (!sentence || at < 0) return html`<blockquote><mark>${evidence.text}</mark></blockquote>`;
  return html`<blockquote>${sentence.slice(0, at)}<mark>${text}</mark>${sentence.slice(at + text.length)}</blockquote>`;
}

function placeName(entry: InstrumentEntry | TargetEntry): string {
  return entry.placement?.unit.name ?? 'Toàn quốc';
}

function instrumentItem(entry: InstrumentEntry): Markup {
  const details = instrumentDetails(entry).map((d) => html` · ${d}`);
  return html`<li id="${entry.anchor}"><b>${INSTRUMENT_TYPE_LABELS[entry.instrument.type]}</b> (${INSTRUMENT_STATUS_LABELS[entry.instrument.status]}) · ${placeName(entry)}${formerUnitNote(entry)}${details}${entry.instrument.title ? html` · <i>${entry.instrument.title}</i>` : ''}
${quoted(entry.instrument.evidence, undefined)}${span(entry.instrument.evidence)}</li>`;
}

function targetItem(entry: TargetEntry): Markup {
  const { target } = entry;
  const indicator = target.indicator ? indicatorLabel(target.indicator) : `chưa phân loại: ${target.metric}`;
  const level = target.level ? html` · ${LEVEL_LABELS[target.level]}` : html``;
  const national = entry.national
    ? html` · QG: ${formatFigure({ ...entry.national, unit: target.unit })} (${entry.national.source})`
    : html``;
  const flag =
    entry.verdict === 'lower'
      ? html` <span class="flag">▼ thấp hơn mục tiêu quốc gia</span>`
      : entry.verdict === 'not-comparable'
        ? html` <span class="muted">(không so sánh được với mục tiêu quốc gia)</span>`
        : html``;
  return html`<li id="${entry.anchor}"><b>${formatFigure(target)}</b> · ${indicator}${level} · ${KIND_LABELS[target.kind]} ${target.year ?? 'không rõ năm'} · ${placeName(entry)}${formerUnitNote(entry)}${national}${flag}
${quoted(target.evidence, target.sentence)}${span(target.evidence)}</li>`;
}

function documentBlock(entry: DocumentEntry, items: Markup[]): Markup {
  const { doc } = entry;
  const url = safeWebUrl(doc.url);
  const meta = [doc.outlet, formatDate(doc.published), doc.provinceName].filter(Boolean).join(' · ');
  return html`<article class="document" id="${entry.anchor}">
<h3>${doc.title ?? doc.id}</h3>
<p class="muted">${meta ? html`${meta} · ` : ''}tệp <code>${doc.source}</code>${url ? html` · <a href="${url}" rel="noreferrer noopener">bài gốc</a>` : ''}</p>
${doc.errors.map((e) => html`<p class="flag">Không đọc được: ${e.code}: ${e.message}</p>`)}
${items.length ? html`<ol class="evidence">${items}</ol>` : html`<p class="muted">Không có văn bản hay số liệu nào.</p>`}
</article>`;
}

export function renderEvidenceSection(model: ReportModel): Markup {
  const items = new Map<DocumentEntry, Markup[]>(model.documents.map((d) => [d, []]));
  for (const entry of model.instruments) items.get(entry.document)!.push(instrumentItem(entry));
  for (const entry of model.targets) items.get(entry.document)!.push(targetItem(entry));
  return html`<section id="documents">
<h2>4. Tài liệu và câu gốc</h2>
<p>${model.documents.length} tài liệu. Với mỗi văn bản, số liệu: câu gốc (phần được trích được tô vàng) và vị trí trong tệp nguồn.</p>
${model.documents.map((d) => documentBlock(d, items.get(d)!))}
</section>`;
}
