// Guard against super-linear matching in the instrument rules: megabyte runs of digits, separators, spaces and `%`
// (and of instrument nouns glued to numbers) must come back with no instrument.
import { describe, expect, it } from 'vitest';
import { extractInstruments } from '../../src/extract/instruments/index.js';
import { ingestString } from '../ingest/helpers.js';

const MEGABYTE = 1 << 20;

function run(pattern: string, size = MEGABYTE): string {
  return pattern.repeat(Math.ceil(size / pattern.length)).slice(0, size);
}

describe('instrument rules on hostile runs', () => {
  it.each(['1', '1.', '1,', '1 ', '1%', '12.345 ', '1,5 % ', ' ', '.', '1-', '1/', '0.1.1 ', 'số 1/', 'ngày 1/1/'])(
    'returns on a megabyte of %j',
    (pattern) => {
      expect(extractInstruments(ingestString('run.txt', run(pattern)))).toEqual([]);
    },
  );
});
