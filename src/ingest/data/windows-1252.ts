// What Windows-1252 shows for the bytes 0x80–0x9F, in byte order (U+FFFD for the five bytes it leaves unassigned, as
// iconv-lite decodes them); the other bytes show as the Latin-1 characters of the same code.
export const WINDOWS_1252_80_TO_9F = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';
