// The Vietnamese name of a catalogue indicator for headings; the id itself when the catalogue has no such entry.
import { indicatorById } from '../../normalize/indicators.js';

export function indicatorLabel(id: string): string {
  return indicatorById(id)?.nameVi ?? id;
}
