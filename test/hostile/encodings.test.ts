// Odd encodings: mojibake (UTF-8 read as Windows-1252 or Latin-1), the legacy TCVN3 and VNI encodings (shown as
// Windows-1252 in a UTF-8 file, or as raw bytes). The converted text is the source text evidence points into.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { processDocument } from '../../src/pipeline.js';

interface Spec {
  name: string;
  input: string;
  expected: string;
  warning: string | null;
}
const SPECS: Spec[] = JSON.parse(readFileSync(new URL('./specs/encodings.json', import.meta.url), 'utf8'));

function decoded(bytes: Uint8Array) {
  const result = decodeBytes(bytes);
  if ('error' in result) throw new Error(result.error.message);
  return { text: result.text, codes: result.warnings.map((w) => w.code) };
}

describe('decoding specs (text in a UTF-8 file)', () => {
  it.each(SPECS.map((s) => [s.name, s] as const))('%s', (_, spec) => {
    const { text, codes } = decoded(new TextEncoder().encode(spec.input));
    expect(text).toBe(spec.expected);
    expect(codes).toEqual(spec.warning ? [spec.warning] : []);
  });
});

const ARTICLE = 'Đến năm 2025, Chương trình chuyển đổi số của tỉnh Hòa Bình phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80%, kinh tế số chiếm 20% GRDP.';

describe('raw legacy bytes', () => {
  it('reads TCVN3 bytes as TCVN3, not Windows-1258', () => {
    expect(decoded(iconv.encode(ARTICLE, 'tcvn'))).toEqual({ text: ARTICLE, codes: ['LEGACY_ENCODING'] });
  });

  it('reads VNI bytes as VNI', () => {
    const vni = SPECS.find((s) => s.name === 'VNI shown as Windows-1252')!;
    expect(decoded(iconv.encode(vni.input, 'windows1252'))).toEqual({ text: vni.expected, codes: ['LEGACY_ENCODING'] });
  });

  it('still reads Windows-1258 bytes as Windows-1258', () => {
    const cp1258 = Buffer.from([0x54, 0xf4, 0x69, 0x20, 0x6c, 0xe0, 0x20, 0x6e, 0x67, 0xfd, 0xf5, 0xec, 0x69]); // Tôi là người
    expect(decoded(cp1258).codes).toEqual(['ENCODING_GUESSED']);
  });
});

describe('figures from converted text', () => {
  it.each([
    ['TCVN3', iconv.encode(ARTICLE, 'tcvn')],
    ['mojibake', new TextEncoder().encode(iconv.decode(Buffer.from(ARTICLE.replace('Đ', 'D'), 'utf8'), 'windows1252'))],
  ])('%s: figures found, evidence points into the converted source', (_, bytes) => {
    const [ingested] = ingestBytes({ bytes, source: 'x.txt' });
    const doc = processDocument(ingested);
    expect(doc.targets.map((t) => t.value).sort()).toEqual([20, 80]);
    for (const t of doc.targets) expect(ingested.sourceText.slice(t.evidence.start, t.evidence.end)).toBe(t.evidence.text);
    expect(doc.targets[0].evidence.text).toMatch(/tỷ lệ|kinh tế/);
  });
});
