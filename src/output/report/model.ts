// The audit view of a set of extracted documents: every unit of the chosen map with the instruments, figures and
// documents behind it, each item carrying the anchor its evidence is shown under.
import { nationalTargetFor } from '../../normalize/indicators.js';
import type { ProvinceUnit } from '../../normalize/provinces.js';
import type { ChitieuDocument, Instrument, NationalTarget, ProvinceEra, Target } from '../schema.js';
import { compareWithNational, ranksProvinces, type Verdict } from './compare.js';
import { eraOf, placeOnMap, unitsOfMap, type Placement, type RecordedPlace } from './units.js';

export interface DocumentEntry {
  anchor: string;
  doc: ChitieuDocument;
}

export interface InstrumentEntry {
  anchor: string;
  document: DocumentEntry;
  instrument: Instrument;
  placement: Placement | null;
}

export interface TargetEntry {
  anchor: string;
  document: DocumentEntry;
  target: Target;
  placement: Placement | null;
  national: NationalTarget | null;
  /** How a province target stands against the national one; null for actuals, national figures or no match. */
  verdict: Verdict | null;
}

export interface UnitCoverage {
  unit: ProvinceUnit;
  instruments: InstrumentEntry[];
  targets: TargetEntry[];
  documents: DocumentEntry[];
  /** Old units whose evidence rolled up into this one (2025 map only). */
  formerUnits: ProvinceUnit[];
}

export interface MapChoice {
  map: ProvinceEra;
  /** Why this map, in Vietnamese, for the report's reader. */
  reason: string;
}

export interface ReportModel {
  map: MapChoice;
  units: UnitCoverage[];
  documents: DocumentEntry[];
  instruments: InstrumentEntry[];
  targets: TargetEntry[];
  /** Province evidence that has no unit on the chosen map (a 2025 unit on the 2008 map, an unknown code). */
  unplaced: { instruments: InstrumentEntry[]; targets: TargetEntry[] };
}

/**
 * The 63-unit map unless some evidence is written on the 34-unit one: old units roll up into new ones, but a new
 * unit cannot be split back into the old ones.
 */
export function chooseMap(documents: ChitieuDocument[], requested?: ProvinceEra): MapChoice {
  if (requested) return { map: requested, reason: `theo yêu cầu (--map ${requested})` };
  const places = documents.flatMap((doc) =>
    [doc, ...doc.instruments, ...doc.targets].map((place: RecordedPlace) => ({ place, published: doc.published })),
  );
  const newer = places.some(({ place, published }) => place.province && eraOf(place, published) === '2025');
  return newer
    ? { map: '2025', reason: 'vì có văn bản viết theo đơn vị hành chính mới; bằng chứng của tỉnh cũ được quy về tỉnh mới' }
    : { map: '2008', reason: 'vì mọi văn bản đều viết trước khi sắp xếp đơn vị hành chính' };
}

/** The national target the extraction attached, else the catalogue's for the indicator, year and level. */
function nationalFor(target: Target): NationalTarget | null {
  if (target.nationalTarget) return target.nationalTarget;
  return target.indicator ? nationalTargetFor(target.indicator, target.year, target.level) : null;
}

function verdictFor(target: Target, national: NationalTarget | null): Verdict | null {
  if (!national || target.kind !== 'target' || target.province === null) return null;
  const ranking = target.unit === 'rank' || target.unit === 'rank-change';
  if (ranking && !(target.indicator && ranksProvinces(target.indicator))) return 'not-comparable';
  return compareWithNational(target, national);
}

export function buildReportModel(docs: ChitieuDocument[], requestedMap?: ProvinceEra): ReportModel {
  const map = chooseMap(docs, requestedMap);
  const coverage = new Map<string, UnitCoverage>(
    unitsOfMap(map.map).map((unit) => [unit.code, { unit, instruments: [], targets: [], documents: [], formerUnits: [] }]),
  );
  const model: ReportModel = {
    map,
    units: [...coverage.values()],
    documents: [],
    instruments: [],
    targets: [],
    unplaced: { instruments: [], targets: [] },
  };
  const place = (recorded: RecordedPlace, doc: ChitieuDocument) => {
    const placement = placeOnMap(recorded, doc.published, map.map);
    return placement && coverage.has(placement.unit.code) ? placement : null;
  };
  const credit = (placement: Placement, document: DocumentEntry): UnitCoverage => {
    const unit = coverage.get(placement.unit.code)!;
    if (!unit.documents.includes(document)) unit.documents.push(document);
    const former = placement.formerUnit;
    if (former && !unit.formerUnits.some((u) => u.code === former.code)) unit.formerUnits.push(former);
    return unit;
  };

  docs.forEach((doc, d) => {
    const document: DocumentEntry = { anchor: `tl-${d + 1}`, doc };
    model.documents.push(document);
    const docPlacement = place(doc, doc);
    if (docPlacement) credit(docPlacement, document);
    doc.instruments.forEach((instrument, i) => {
      const placement = place(instrument, doc);
      const entry: InstrumentEntry = { anchor: `vb-${d + 1}-${i + 1}`, document, instrument, placement };
      model.instruments.push(entry);
      if (placement) credit(placement, document).instruments.push(entry);
      else if (instrument.province) model.unplaced.instruments.push(entry);
    });
    doc.targets.forEach((target, t) => {
      const placement = place(target, doc);
      const national = nationalFor(target);
      const entry: TargetEntry = {
        anchor: `ct-${d + 1}-${t + 1}`,
        document,
        target,
        placement,
        national,
        verdict: verdictFor(target, national),
      };
      model.targets.push(entry);
      if (placement) credit(placement, document).targets.push(entry);
      else if (target.province) model.unplaced.targets.push(entry);
    });
  });
  return model;
}

/** A unit has evidence when an instrument or a figure is placed on it; a document naming it alone is not enough. */
export function hasEvidence(unit: UnitCoverage): boolean {
  return unit.instruments.length > 0 || unit.targets.length > 0;
}
