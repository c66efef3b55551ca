// Bytes → the decoded source string. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are;
// bytes that are not valid UTF-8 are taken for Windows-1258, the legacy Vietnamese code page, with a warning.
import iconv from 'iconv-lite';
import type { Diagnostic } from '../output/schema.js';
import { binaryFormat } from './sniff.js';

export type Decoded = { text: string; warnings: Diagnostic[] } | { error: Diagnostic };

export function decodeBytes(bytes: Uint8Array): Decoded {
  const binary = binaryFormat(bytes);
  if (binary) return { error: { code: 'UNSUPPORTED_FORMAT', message: `${binary} content is not a text format chitieu reads` } };
  const text = decodeText(bytes);
  if (!text.text.trim()) return { error: { code: 'EMPTY', message: 'the input holds no text' } };
  return text;
}

function decodeText(bytes: Uint8Array): { text: string; warnings: Diagnostic[] } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes), warnings: [] };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), warnings: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1258'),
      warnings: [{ code: 'ENCODING_GUESSED', message: 'the bytes are not valid UTF-8; read as Windows-1258' }],
    };
  }
}
