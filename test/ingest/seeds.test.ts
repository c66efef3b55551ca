import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/read.js';

// The bundled seed articles were copied from web pages with their furniture: none of it may reach the view.
const FURNITURE = [/^100%$/m, /người đang online/, /^Tin liên quan$/im, /Truy cập tổng/, /Truy cập hiện tại/, /XEM THÊM BÀI VIẾT/, /icon 0/, /Gửi đánh giá/, /LIÊN KẾT WEBSITE/i, /Bài viết cùng chuyên mục/, /Các tin khác/];

describe('seed articles', () => {
  const files = readdirSync('seeds').filter((f) => f.endsWith('.txt'));

  it.each(files)('%s: the view keeps the article and no furniture', (file) => {
    const [doc] = readInput(`seeds/${file}`);
    expect(doc.errors).toEqual([]);
    expect(doc.language).toBe('vie');
    expect(doc.view.text).toMatch(/chuyển đổi số/);
    for (const pattern of FURNITURE) expect(doc.view.text).not.toMatch(pattern);
    // Every block maps back into the source: the source of an article line is that line, give or take folded spaces.
    for (const block of doc.blocks) {
      const span = doc.view.sourceSpan(block.start, block.end);
      const source = doc.sourceText.slice(span.start, span.end).normalize('NFC').replace(/\s+/g, ' ');
      expect(source).toBe(doc.view.text.slice(block.start, block.end));
    }
  });
});
