// The province-level units of a map, and where a place recorded on one map stands on the chosen map. Reads the
// gazetteer through `provinceUnit` so that the report never keeps a province table of its own.
import { provinceUnit, type ProvinceUnit } from '../../normalize/provinces.js';
import type { ProvinceEra } from '../schema.js';

/** GSO province codes are two digits. */
const ALL_CODES = Array.from({ length: 99 }, (_, i) => String(i + 1).padStart(2, '0'));

/** Every unit of the map in GSO code order: 63 for `2008`, 34 for `2025`. */
export function unitsOfMap(era: ProvinceEra): ProvinceUnit[] {
  return ALL_CODES.map((code) => provinceUnit(code, era)).filter((unit): unit is ProvinceUnit => unit !== undefined);
}

/** A place as the extraction recorded it (document, instrument or target). */
export interface RecordedPlace {
  province: string | null;
  provinceEra?: ProvinceEra | null;
}

export interface Placement {
  /** The unit of the chosen map the place counts towards. */
  unit: ProvinceUnit;
  /** The unit as recorded, when it differs from `unit` (an old province rolled up into its 2025 successor). */
  formerUnit: ProvinceUnit | null;
}

/** The era of a recorded place; texts written before 1 July 2025 name the 63-unit map. */
export function eraOf(place: RecordedPlace, published: string | null): ProvinceEra {
  if (place.provinceEra) return place.provinceEra;
  return published && published >= '2025-07' ? '2025' : '2008';
}

/**
 * Where the place stands on `map`: itself on its own map; its 2025 successor when an old unit is read on the
 * 2025 map; null when a 2025 unit is read on the 2008 map (one new unit covers several old ones).
 */
export function placeOnMap(place: RecordedPlace, published: string | null, map: ProvinceEra): Placement | null {
  const era = eraOf(place, published);
  const recorded = place.province ? provinceUnit(place.province, era) : undefined;
  if (!recorded) return null;
  if (era === map) return { unit: recorded, formerUnit: null };
  if (map === '2008') return null;
  const successor = provinceUnit(recorded.province2025, '2025');
  if (!successor) return null;
  return { unit: successor, formerUnit: recorded };
}
