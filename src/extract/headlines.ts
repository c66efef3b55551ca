// Headlines: a title restates a claim of the body (`Tiền Giang: Thương mại điện tử chiếm 6,2% …` over `Năm 2023,
// thương mại điện tử chiếm 6,2% …`) with neither its year nor its kind, and would read the body's target scope
// wrongly. The body's statement speaks for it: a title figure whose value the body states again takes that claim's
// reading (so the two are one claim, the title a further mention of it) and comes after the body's figures.
import type { Block } from '../ingest/types.js';
import type { FigureCandidate } from './types.js';

export function headlinesAsRestatements(blocks: Block[], figures: FigureCandidate[]): FigureCandidate[] {
  const titles = blocks.filter((b) => b.kind === 'title');
  if (!titles.length) return figures;
  const inTitle = (f: FigureCandidate) => titles.some((b) => f.sentence.start >= b.start && f.sentence.start < b.end);
  const body = figures.filter((f) => !inTitle(f));
  const kept: FigureCandidate[] = [];
  const restated: FigureCandidate[] = [];
  for (const f of figures) {
    const same = inTitle(f) ? body.find((b) => b.value === f.value && b.unit === f.unit && b.valueMax === f.valueMax) : undefined;
    if (!same) kept.push(f);
    else restated.push({ ...same, start: f.start, end: f.end, sentence: f.sentence, trace: [...f.trace, 'headline:restates-body'] });
  }
  return [...kept, ...restated];
}
