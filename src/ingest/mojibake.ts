// Mojibake: UTF-8 bytes once read as Windows-1252 (or Latin-1) and saved again, so `đ` shows as `Ä‘`, `ế` as `áº¿`,
// `ư` as `Æ°`. Each UTF-8 sequence became a lead letter (`Â`–`ô`, bytes C2–F4) and one to three continuation
// characters (bytes 80–BF as Windows-1252 shows them, or as the C1 controls of Latin-1). Repair is local: every
// such run that spells exactly one valid UTF-8 character is replaced by it, so text that was never garbled stays.
//
//   repairMojibake('Chuyá»ƒn Ä‘á»•i sá»‘') === { text: 'Chuyển đổi số', repaired: 3 }
import { WINDOWS_1252_80_TO_9F } from './data/windows-1252.js';

// The characters bytes 0x80–0xBF become under Windows-1252 (its five unassigned bytes under Latin-1, as C1 controls).
const CONTINUATION_BYTE = new Map<string, number>();
for (let byte = 0x80; byte <= 0xbf; byte++) {
  const shown = byte <= 0x9f ? WINDOWS_1252_80_TO_9F[byte - 0x80] : String.fromCharCode(byte);
  CONTINUATION_BYTE.set(shown === '\ufffd' ? String.fromCharCode(byte) : shown, byte);
  CONTINUATION_BYTE.set(String.fromCharCode(byte), byte); // read as Latin-1
}
// A decoder that met an unassigned byte (0x81, 0x8D, 0x8F, 0x90, 0x9D) wrote U+FFFD: the byte is lost, but in
// Vietnamese text these sequences can only have been one character.
const LOST_BYTE: Record<string, string> = { 'Ä\ufffd': 'Đ', 'â€\ufffd': '”' };
const CONTINUATION_CLASS = [...CONTINUATION_BYTE.keys(), '\ufffd'].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
// A lead byte C2–F4 shown as a letter, then up to three continuation characters: a bounded, linear pattern.
const SEQUENCE = new RegExp(`[\\u00c2-\\u00f4][${CONTINUATION_CLASS}]{1,3}`, 'gu');
// Fewer repairs than this in a whole text are more likely real Latin-1 letters next to punctuation than mojibake.
const MIN_REPAIRS = 3;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The length of the UTF-8 sequence a lead byte opens. */
function sequenceLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

export function repairMojibake(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const out = text.replace(SEQUENCE, (run) => {
    const lead = run.charCodeAt(0);
    const length = sequenceLength(lead);
    if (run.length < length) return run;
    const lost = LOST_BYTE[run.slice(0, length)];
    if (lost) {
      repaired++;
      return lost + run.slice(length);
    }
    if (run.slice(0, length).includes('\ufffd')) return run;
    const bytes = Uint8Array.from([lead, ...Array.from(run.slice(1, length), (c) => CONTINUATION_BYTE.get(c)!)]);
    let decoded: string;
    try {
      decoded = utf8.decode(bytes);
    } catch {
      return run;
    }
    repaired++;
    return decoded + run.slice(length);
  });
  return repaired >= MIN_REPAIRS ? { text: out, repaired } : { text, repaired: 0 };
}
