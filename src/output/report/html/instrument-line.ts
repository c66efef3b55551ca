// One instrument in a line of Vietnamese: `Nghị quyết [đã ban hành] · Tỉnh ủy · số 09-NQ/TU · 15/06/2021 · đến 2025, 2030`.
import { formatDate } from '../format.js';
import { issuerLabel } from '../issuer-label.js';
import { INSTRUMENT_STATUS_LABELS, INSTRUMENT_TYPE_LABELS } from '../labels.js';
import type { InstrumentEntry } from '../model.js';
import { html, type Markup } from './escape.js';

export function instrumentDetails(entry: InstrumentEntry): string[] {
  const { instrument } = entry;
  return [
    issuerLabel(entry),
    instrument.number ? `số ${instrument.number}` : '',
    formatDate(instrument.date),
    instrument.horizon.length ? `đến ${instrument.horizon.join(', ')}` : '',
  ].filter(Boolean);
}

export function formerUnitNote(entry: { placement: InstrumentEntry['placement'] }): Markup {
  const former = entry.placement?.formerUnit;
  return former ? html` <span class="from">(từ ${former.name} cũ)</span>` : html``;
}

export function instrumentLine(entry: InstrumentEntry): Markup {
  const { instrument } = entry;
  const details = instrumentDetails(entry).map((d) => html` · ${d}`);
  return html`<a href="#${entry.anchor}">${INSTRUMENT_TYPE_LABELS[instrument.type]}</a> <span class="badge ${instrument.status}">${INSTRUMENT_STATUS_LABELS[instrument.status]}</span>${details}${formerUnitNote(entry)}`;
}
