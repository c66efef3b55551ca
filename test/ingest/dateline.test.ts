import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isoFromMeta } from '../../src/ingest/dateline.js';
import { ingestString } from './helpers.js';

const spec = JSON.parse(readFileSync(new URL('../specs/ingest-datelines.json', import.meta.url), 'utf8')) as {
  cases: { input: string; published: string | null }[];
};

describe('published date from datelines', () => {
  it.each(spec.cases)('$input → $published', ({ input, published }) => {
    expect(ingestString('bai-viet.txt', input).published).toBe(published);
  });

  it('reads the dateline element of a page without date metadata, not the date in its page header', () => {
    const page = (header: string) =>
      `<html><body><header><div class="date-today">Thứ Bảy, 07/03/2026</div></header>${header}<article><h1>Tỉnh đạt 90% hồ sơ trực tuyến</h1><p>Theo báo cáo, tỉnh đạt 90% hồ sơ được xử lý trực tuyến.</p></article></body></html>`;
    expect(ingestString('trang.html', page('<div class="author-share"><span class="post-time">Thứ Năm, 05/03/2026 08:47</span></div>')).published).toBe('2026-03-05');
    expect(ingestString('trang.html', page('')).published).toBeNull();
    expect(ingestString('trang.html', page('<time datetime="2026-02-28T09:00:00+07:00">28/2</time>')).published).toBe('2026-02-28');
  });

  it('reads machine dates from page metadata', () => {
    expect(isoFromMeta('2023-06-20T08:15:00+07:00')).toBe('2023-06-20');
    expect(isoFromMeta('20/06/2023 08:15')).toBe('2023-06-20');
    expect(isoFromMeta('không rõ')).toBeNull();
  });
});
