import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityAt } from '../../src/ingest/align.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { ingestString } from './helpers.js';
import type { IngestedDocument } from '../../src/ingest/types.js';

// Random Vietnamese-ish documents written in each format with NFD, entities, markup and odd spaces: every character
// of the view must come from the source span it maps to.
const SYLLABLES = ['chuyển', 'đổi', 'số', 'tỉnh', 'Hòa', 'Bình', 'hồ', 'sơ', 'trực', 'tuyến', 'Ủy', 'ban', 'đạt', 'mục', 'tiêu', 'kinh', 'tế', 'năm', 'khỏe', 'người', 'dân'];
const NUMBERS = ['90%', '2025', '45,5%', '1.403.412', '0,71'];
const SPACES = [' ', ' ', ' ', '\u00a0', '\u202f', '  ', ' \u200b'];

const word = fc.oneof(fc.constantFrom(...SYLLABLES), fc.constantFrom(...NUMBERS));
// A sentence opens with a word: a line of numbers alone is furniture and rightly leaves no text.
const sentence = fc
  .tuple(fc.constantFrom(...SYLLABLES), fc.array(fc.tuple(fc.constantFrom(...SPACES), word), { maxLength: 12 }))
  .map(([first, rest]) => first + rest.map(([s, w]) => s + w).join(''));
const paragraphs = fc.array(sentence, { minLength: 1, maxLength: 6 });
const nfd = fc.boolean();

function entityEncode(text: string, pick: number): string {
  return Array.from(text, (c, i) => {
    if ((i + pick) % 3 !== 0) return c === '&' ? '&amp;' : c === '<' ? '&lt;' : c;
    if (c === '\u00a0') return '&nbsp;';
    return c.charCodeAt(0) > 127 ? `&#${c.codePointAt(0)};` : c;
  }).join('');
}

const documents = fc.record({ paragraphs, nfd, format: fc.constantFrom('txt', 'md', 'html'), pick: fc.nat(2), fullWidth: fc.boolean() }).map(({ paragraphs, nfd, format, pick, fullWidth }) => {
  let ps = paragraphs.map((p) => (fullWidth ? p.replace(/[0-9%]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : p));
  if (nfd) ps = ps.map((p) => p.normalize('NFD'));
  if (format === 'txt') return { name: 'x.txt', text: ps.join(pick ? '\r\n\r\n' : '\n') };
  if (format === 'md') {
    const md = ps.map((p, i) => (i === 0 ? `# ${p}` : i % 3 === 1 ? `- *${p}*` : i % 3 === 2 ? `| a | ${p.replace(/\|/g, '')} |\n| --- | --- |\n| b | **${p}** |` : p.replace(/ /, ' \\* ')));
    return { name: 'x.md', text: md.join('\n\n') };
  }
  const body = ps.map((p, i) => (i === 0 ? `<h1>${entityEncode(p, pick)}</h1>` : `<p>${entityEncode(p, pick + i).replace(/ /, ' <b>')}</b></p>`));
  return { name: 'x.html', text: `<html><head><script>var a="90%";</script></head><body><article>${body.join('\r')}</article></body></html>` };
});

function decodeSource(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; ) {
    const entity = src[i] === '&' ? entityAt(src.slice(i, i + 40)) : null;
    if (entity) {
      out += entity[0];
      i += entity[1];
    } else if (src[i] === '\\') {
      i++;
    } else {
      out += src[i++];
    }
  }
  return out.normalize('NFC').replace(/[\uff10-\uff19\uff05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function mismaps(doc: IngestedDocument): string[] {
  const bad: string[] = [];
  for (let i = 0; i < doc.view.text.length; i++) {
    const c = doc.view.text[i];
    if (/\s|\|/.test(c)) continue;
    const span = doc.view.sourceSpan(i, i + 1);
    const src = doc.sourceText.slice(span.start, span.end);
    if (decodeSource(src) !== c) bad.push(`${i} ${JSON.stringify(c)} ← ${JSON.stringify(src)}`);
  }
  return bad;
}

describe('every mapped character round-trips to its source', () => {
  it('holds for random documents in every format', () => {
    fc.assert(
      fc.property(documents, ({ name, text }) => {
        const doc = ingestString(name, text);
        expect(doc.view.text.length).toBeGreaterThan(0);
        expect(mismaps(doc)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('any input gives documents, never an exception', () => {
  const markup = fc.array(fc.constantFrom('<p>', '</p>', '<div class="menu">', '</div>', '<br>', '&amp;', '&nbsp', '&#xZZ;', '<!--', '-->', '<td>', '| --- |', '\r', '\n', '*', '\\', ' ', 'số', '90%', '\u0301', '\u200b'), { maxLength: 60 }).map((parts) => parts.join(''));

  it('holds for random bytes and random markup in every format', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), markup.map((s) => new TextEncoder().encode(s))), fc.constantFrom('x.txt', 'x.md', 'x.html', 'x.jsonl'), (bytes, source) => {
        for (const doc of ingestBytes({ bytes, source })) {
          expect(doc.canonical.length).toBe(doc.view.text.length);
          for (const block of doc.blocks) expect(block.end).toBeLessThanOrEqual(doc.view.text.length);
          const span = doc.view.sourceSpan(0, doc.view.text.length);
          expect(span.end).toBeLessThanOrEqual(doc.sourceText.length);
        }
      }),
      { numRuns: 400 },
    );
  });
});
