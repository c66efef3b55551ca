import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockTexts, ingestString } from './helpers.js';

interface FurnitureCase {
  name: string;
  input: string;
  blocks: string[];
}

const spec = JSON.parse(readFileSync(new URL('../specs/ingest-furniture.json', import.meta.url), 'utf8')) as { cases: FurnitureCase[] };

describe('page furniture produces no text in the view', () => {
  it.each(spec.cases)('$name', ({ input, blocks }) => {
    expect(blockTexts(ingestString('bai-viet.txt', input))).toEqual(blocks);
  });

  it('drops the same furniture from markdown', () => {
    const doc = ingestString('bai-viet.md', '# Kế hoạch chuyển đổi số\n\n100%\n\nĐến năm 2025 có 90% hồ sơ trực tuyến.\n\n## Tin liên quan\n\n- Tỉnh đạt 70% dịch vụ công\n');
    expect(blockTexts(doc)).toEqual(['Kế hoạch chuyển đổi số', 'Đến năm 2025 có 90% hồ sơ trực tuyến.']);
  });
});
