// Who issued an instrument, as the place called its bodies then: `Tỉnh ủy` in a province, `Thành ủy` in a
// centrally-run city (Hà Nội, Đà Nẵng; Huế from 1 Jan 2025), the old province's own when it was merged since.
import type { InstrumentEntry } from './model.js';
import { CITY_ISSUER_LABELS, ISSUER_LABELS } from './labels.js';

export function issuerLabel({ instrument, placement, document }: InstrumentEntry): string {
  if (!instrument.issuer) return '';
  const unit = placement?.formerUnit ?? placement?.unit;
  const asOf = instrument.date ?? document.doc.published;
  const city = unit?.type === 'thanh-pho' || (!!unit?.becameCity && !!asOf && asOf >= unit.becameCity);
  return (city && CITY_ISSUER_LABELS[instrument.issuer]) || ISSUER_LABELS[instrument.issuer];
}
