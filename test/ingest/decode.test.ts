import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';

const SENTENCE = 'Đến năm 2025, 80% thủ tục hành chính được cung cấp trực tuyến toàn trình.';

function ingest(bytes: Uint8Array, source = 'bai-viet.txt') {
  const docs = ingestBytes({ bytes, source });
  expect(docs).toHaveLength(1);
  return docs[0];
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from('\ufeff' + text, 'utf16le');
  if (bigEndian) le.swap16();
  return le;
}

describe('decoding', () => {
  it('reads UTF-8 with a BOM, stripping the BOM from the source text', () => {
    const doc = ingest(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]));
    expect(doc.sourceText).toBe(SENTENCE);
    expect(doc.view.text).toBe(SENTENCE);
    expect(doc.warnings).toEqual([]);
  });

  it.each([false, true])('reads UTF-16 with a BOM (big endian: %s)', (bigEndian) => {
    const doc = ingest(utf16(SENTENCE, bigEndian));
    expect(doc.sourceText).toBe(SENTENCE);
    expect(doc.errors).toEqual([]);
  });

  it('reads bytes that are not UTF-8 as Windows-1258, with a warning', () => {
    // Windows-1258 writes the tone as a combining mark after the vowel: "Tỉnh" is T, i, U+0309, n, h.
    const bytes = iconv.encode('Ti\u0309nh đa\u0323t 80% mu\u0323c tiêu', 'windows1258');
    const doc = ingest(bytes);
    expect(doc.view.text).toBe('Tỉnh đạt 80% mục tiêu');
    expect(doc.warnings.map((w) => w.code)).toEqual(['ENCODING_GUESSED']);
    const at = doc.view.text.indexOf('80%');
    const span = doc.view.sourceSpan(at, at + 3);
    expect(doc.sourceText.slice(span.start, span.end)).toBe('80%');
  });

  it('reads UTF-8 as a strict decoder does: characters beyond the BMP and a BOM inside the text kept', () => {
    const text = `${SENTENCE} \u{1f600}\ufeff Tỉnh`;
    const doc = ingest(Buffer.from(text));
    expect(doc.sourceText).toBe(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text)));
    expect(doc.warnings).toEqual([]);
  });

  it.each([
    ['an overlong slash', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a sequence cut short', [0xe1, 0xbb]],
  ])('does not read bytes holding %s as UTF-8', (_name, bad) => {
    const doc = ingest(Buffer.concat([Buffer.from('Tinh dat 80% muc tieu '), Buffer.from(bad)]));
    expect(doc.warnings.map((w) => w.code)).toEqual(['ENCODING_GUESSED']);
  });

  it.each([
    ['an empty file', new Uint8Array()],
    ['white space only', Buffer.from(' \n\t\r\n\u00a0 ')],
  ])('reports EMPTY for %s', (_name, bytes) => {
    expect(ingest(bytes).errors.map((e) => e.code)).toEqual(['EMPTY']);
  });

  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n1 0 obj')],
    ['ZIP (docx)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0])],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])],
    ['GIF', Buffer.from('GIF89a\x01\x00')],
    ['binary with NULs', Buffer.from([0x41, 0x42, 0x00, 0x01, 0x43])],
  ])('reports UNSUPPORTED_FORMAT for %s, whatever the extension', (_name, bytes) => {
    const doc = ingest(bytes, 'bai-viet.txt');
    expect(doc.errors.map((e) => e.code)).toEqual(['UNSUPPORTED_FORMAT']);
    expect(doc.view.text).toBe('');
  });
});
