// Odd Unicode in plain text: NFD, a mark typed twice after a composed letter, zero-width characters, NBSP and
// narrow NBSP, soft hyphens, full-width digits and `％`, `Ð`/`Ɖ` look-alikes. Figures are still found, in the
// same place, and the evidence maps back into the source.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import { ingestString } from '../ingest/helpers.js';

const SENTENCE = 'Đến năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 80%, thị phần thương mại điện tử đạt 15%.';

function figures(text: string) {
  const ingested = ingestString('x.txt', text);
  const doc = processDocument(ingested);
  for (const t of doc.targets) expect(ingested.sourceText.slice(t.evidence.start, t.evidence.end)).toBe(t.evidence.text);
  return { view: ingested.view.text, values: doc.targets.map((t) => [t.value, t.year]) };
}

describe('odd Unicode', () => {
  const plain = figures(SENTENCE);

  it('reads the plain sentence', () => {
    expect(plain.values).toEqual([
      [80, 2025],
      [15, 2025],
    ]);
  });

  it.each([
    ['NFD', SENTENCE.normalize('NFD')],
    ['a dot below typed twice', SENTENCE.replace('thị', 'thị\u0323').replace('đạt 80', 'đạ\u0323t 80')],
    ['zero-width spaces and joiners', SENTENCE.replace(/ /g, '\u200b ').replace('tuyến', 'tu\u200dy\u200cến\u2060')],
    ['NBSP and narrow NBSP', SENTENCE.replace('đạt 80%', 'đạt\u202f80%').replace('năm 2025', 'năm\u00a02025')],
    ['soft hyphens', SENTENCE.replace('trực tuyến', 'trực tuy\u00adến').replace('thương', 'thư\u00adơng')],
    ['full-width digits and ％', SENTENCE.replace('80%', '８０％').replace('2025', '２０２５')],
    ['look-alike capitals', SENTENCE.replace('Đến', 'Ðến')],
    ['Ɖ look-alike', SENTENCE.replace('Đến', 'Ɖến')],
  ])('%s: same figures, same view', (_, text) => {
    const read = figures(text);
    expect(read.values).toEqual(plain.values);
    if (!/look-alike|Ɖ/.test(_)) expect(read.view).toBe(plain.view);
  });
});
