// One line per instrument, however many articles mention it: mentions of the same type and status group by their
// number (`22/NQ-TU`), else by their title; an instrument with neither stays on its own.
import type { InstrumentEntry } from './model.js';

export interface InstrumentGroup {
  /** The mention with the most details, shown for the group. */
  lead: InstrumentEntry;
  entries: InstrumentEntry[];
}

function groupKey({ instrument: i, anchor }: InstrumentEntry): string {
  const name = i.number
    ? `số:${i.number.replace(/\s+/g, '').toUpperCase()}`
    : i.title
      ? `tên:${i.title.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}`
      : `riêng:${anchor}`;
  return `${i.type}|${i.status}|${name}`;
}

const detailCount = ({ instrument: i }: InstrumentEntry) =>
  [i.issuer, i.number, i.date, i.title].filter(Boolean).length + i.horizon.length;

export function groupInstruments(entries: InstrumentEntry[]): InstrumentGroup[] {
  const groups = new Map<string, InstrumentEntry[]>();
  for (const entry of entries) {
    const key = groupKey(entry);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.values()].map((group) => ({
    lead: group.reduce((best, e) => (detailCount(e) > detailCount(best) ? e : best)),
    entries: group,
  }));
}
