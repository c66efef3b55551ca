// A figure's metric read once settles the domain test of the clause it opens: the answer must be the one a scan of
// the whole clause gives, for every unit and for heads with and without strong, plain or other-domain words.
import { describe, expect, it } from 'vitest';
import { isDigitalFigure, isDigitalPhrase, isDigitalClause } from '../../src/extract/domain.js';
import type { Measure } from '../../src/extract/measures.js';

const HEADS = ['', 'tỷ lệ', 'chuyển đổi số', 'kinh tế số', 'kinh tế', 'dịch vụ công trực tuyến', 'giá vàng', 'dti', 'số', 'chuyển đổi', 'xuất khẩu dịch vụ công'];
const RESTS = ['', 'số', 'đạt 50%', 'chứng khoán', 'trực tuyến', 'doanh nghiệp số', 'giá xăng kinh tế số', 'tài khoản thanh toán'];
const UNITS: Array<Measure['unit']> = ['percent', 'count', 'score', 'rank', 'rank-change'];

describe('isDigitalFigure with the head of its clause', () => {
  it('answers what the scan of the whole clause answers', () => {
    for (const unit of UNITS) {
      const m = { start: 0, end: 1, value: 1, unit, comparator: 'eq', trace: [] } as Measure;
      for (const head of HEADS) {
        for (const rest of RESTS) {
          const clause = `${head} ${rest}`;
          const sentence = `${head} ${rest} trên cả nước`;
          expect(isDigitalFigure(m, clause, sentence, 'tài khoản', head)).toBe(isDigitalFigure(m, clause, sentence, 'tài khoản'));
        }
      }
    }
  });

  it('reads a metric as a clause', () => {
    for (const head of HEADS) expect(isDigitalPhrase(head)).toBe(isDigitalClause(head));
  });
});
