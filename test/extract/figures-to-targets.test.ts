// Figures → contract targets: one claim stated twice (lede and body) is one target with both spans; two claims with
// the same value stay two; evidence round-trips to a decomposed (NFD) source; an unknown metric is warned about.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/index.js';
import { toNfc } from '../../src/ingest/canonical.js';
import { MappedText } from '../../src/ingest/mapped-text.js';
import { normalizeTargets } from '../../src/normalize/targets.js';
import { specDocument } from './figure-spec-doc.js';

const NATIONAL = { era: '2008' as const, code: null, textEra: '2008' as const, host: null };

describe('normalizeTargets', () => {
  it('states one claim once, with every span in mentions', () => {
    const text =
      'Kinh tế số chiếm 30% GRDP vào năm 2030\n' +
      'Tỉnh đặt mục tiêu kinh tế số chiếm 30% GRDP vào năm 2030.\n' +
      'Đến năm 2030, kinh tế số chiếm 30% GRDP.';
    const doc = specDocument(text, '2024-01-01');
    const { targets } = normalizeTargets(doc, extractFigures(doc), NATIONAL);
    const claims = targets.filter((t) => t.value === 30 && t.year === 2030);
    expect(claims).toHaveLength(1);
    // The body's statement is the evidence; the headline restating it is a further mention.
    expect(claims[0].mentions?.map((m) => m.text)).toEqual([
      'kinh tế số chiếm 30% GRDP',
      'kinh tế số chiếm 30% GRDP',
      'Kinh tế số chiếm 30% GRDP',
    ]);
  });

  it('reads a headline figure as the body claim it restates, not under the body\'s target scope', () => {
    const text =
      'Lạng Sơn: thương mại điện tử chiếm 5,8% tổng mức bán lẻ\n' +
      'Năm 2023, thương mại điện tử chiếm 5,8% tổng mức bán lẻ hàng hóa của tỉnh Lạng Sơn. Tỉnh phấn đấu đến năm 2025 tỷ lệ này đạt 10%.';
    const doc = specDocument(text, '2023-12-20');
    const { targets } = normalizeTargets(doc, extractFigures(doc), NATIONAL);
    expect(targets.map((t) => [t.value, t.year, t.kind, t.mentions?.length ?? 1])).toEqual([
      [5.8, 2023, 'actual', 2],
      [10, 2025, 'target', 1],
    ]);
  });

  it('keeps two claims with the same value apart', () => {
    const text = 'Tiêu đề\nHiện nay, 100% các xã có cáp quang đến trung tâm; tỷ lệ xã có sóng di động 4G đạt 100%.';
    const doc = specDocument(text, '2024-01-01');
    const { targets } = normalizeTargets(doc, extractFigures(doc), NATIONAL);
    expect(targets.map((t) => [t.value, t.kind, t.year])).toEqual([
      [100, 'actual', 2024],
      [100, 'actual', 2024],
    ]);
  });

  it('maps evidence back into a decomposed source', () => {
    const sourceText = 'Tiêu đề\nĐến năm 2025, 90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng.'.normalize('NFD');
    const view = toNfc(MappedText.identity(sourceText));
    expect(view.text.length).toBeLessThan(sourceText.length);
    const doc = specDocument(view.text, '2021-01-01', view, sourceText);
    const { targets } = normalizeTargets(doc, extractFigures(doc), NATIONAL);
    expect(targets).toHaveLength(1);
    const { start, end, text } = targets[0].evidence;
    expect(sourceText.slice(start, end)).toBe(text);
    expect(text.normalize('NFC')).toBe('90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng');
    expect(targets[0].level).toBe('province');
  });

  it('warns when no catalogue indicator fits the metric', () => {
    const text = 'Tiêu đề\nĐến năm 2026, 75% hợp tác xã bán hàng qua sàn thương mại điện tử có gian hàng riêng được kiểm định.';
    const doc = specDocument(text, '2024-01-01');
    const { targets, warnings } = normalizeTargets(doc, extractFigures(doc), NATIONAL);
    expect(targets).toHaveLength(1);
    const unknown = warnings.filter((w) => w.code === 'UNKNOWN_INDICATOR');
    expect(unknown).toHaveLength(targets.filter((t) => t.indicator === null).length);
  });

  it('reads the national target of the figure\'s own level', () => {
    const text = 'Tiêu đề\nĐến năm 2025, 90% hồ sơ công việc tại cấp tỉnh, 80% tại cấp huyện được xử lý trên môi trường mạng.';
    const doc = specDocument(text, '2021-01-01');
    const { targets } = normalizeTargets(doc, extractFigures(doc), NATIONAL);
    expect(targets.map((t) => [t.level, t.nationalTarget?.value ?? null])).toEqual([
      ['province', 90],
      ['district', 80],
    ]);
  });
});
