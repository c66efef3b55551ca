// Extract: rule-based Vietnamese extractors over the cleaned views, producing candidates in view offsets.
import { extractFigures } from './figures.js';
import { extractInstruments } from './instruments/index.js';

export { extractFigures, extractInstruments };
