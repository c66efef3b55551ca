// One claim stated again after another claim of the same value, owner, year and kind (its metric words alone tell
// them apart) joins the first statement, and the other claim stays apart.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/index.js';
import { normalizeTargets } from '../../src/normalize/targets.js';
import { specDocument } from '../extract/figure-spec-doc.js';

const NATIONAL = { era: '2008' as const, code: null, textEra: '2008' as const, host: null };

describe('normalizeTargets claims', () => {
  it('tells claims that agree on every other field apart by their metric words', () => {
    const text =
      'Tiêu đề\nHiện nay, 100% các xã có cáp quang đến trung tâm; tỷ lệ xã có sóng di động 4G đạt 100%; ' +
      '100% các xã có cáp quang đến trung tâm.';
    const doc = specDocument(text, '2024-01-01');
    const { targets } = normalizeTargets(doc, extractFigures(doc), NATIONAL);
    expect(targets.map((t) => [t.metric, t.value, t.kind, t.year, t.mentions?.length ?? 1])).toEqual([
      ['các xã có cáp quang đến trung tâm', 100, 'actual', 2024, 2],
      ['tỷ lệ xã có sóng di động 4G đạt', 100, 'actual', 2024, 1],
    ]);
  });
});
