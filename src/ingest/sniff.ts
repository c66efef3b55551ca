// What kind of input a file is: binary formats by magic bytes (whatever the extension says), text formats by
// extension, with a look at the content where the extension lies (an HTML page saved as `.txt`).
import { extname } from 'node:path';

export type TextFormat = 'text' | 'markdown' | 'html' | 'jsonl';

const MAGIC: { name: string; bytes: number[] }[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  { name: 'ZIP (docx, xlsx, odt)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { name: 'OLE (doc, xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
];

const HAS_UTF16_BOM = (b: Uint8Array) => b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));

/** The name of the binary format `bytes` are in, or null for what may be text. */
export function binaryFormat(bytes: Uint8Array): string | null {
  for (const { name, bytes: magic } of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return name;
  }
  // UTF-16 text is full of NULs: only judge NULs when there is no UTF-16 byte-order mark.
  if (HAS_UTF16_BOM(bytes)) return null;
  const head = bytes.subarray(0, 8192);
  return head.includes(0) ? 'binary' : null;
}

const BY_EXTENSION: Record<string, TextFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

const LOOKS_LIKE_HTML = /^\s*(?:<!--[^]{0,2000}?-->\s*)?<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)/i;

/** The text format of a decoded input: by extension, unless the content plainly says HTML. */
export function textFormat(source: string, text: string): TextFormat {
  const byExtension = BY_EXTENSION[extname(source).toLowerCase()];
  if (byExtension === 'jsonl') return byExtension;
  if (LOOKS_LIKE_HTML.test(text.slice(0, 4096))) return 'html';
  return byExtension ?? 'text';
}
