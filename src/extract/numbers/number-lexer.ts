// The number lexer: digit runs with Vietnamese separators, read to a value.
//
//   `16,5`      → 16.5       decimal comma
//   `89,35`     → 89.35
//   `10.000`    → 10000      dot groups thousands (exactly three digits after every dot)
//   `1.403.412` → 1403412
//   `0.7024`    → 0.7024     a dot followed by other than exactly three digits, or a leading `0.`, is a decimal
//   `4.0`       → 4          (a version; the caller decides)
//   `1,500`     → 1.5, but `10,000` → 10000: a comma before exactly `000` only groups (English writing)
//   `1.403.412,5` → 1403412.5, `1,403,412` → 1403412 (English grouping)
//   `1.1.3`, `14.09.2021`, `2,3,4` → no value (versions, dates, lists)
import type { NumberToken } from './types.js';
import { isDigitCode } from './text-scan.js';

// One digit run and its separator-joined groups. Each repetition starts with a separator, so matching is linear.
const NUMBER_RUN = /\d+(?:[.,]\d+)*/g;

export function lexNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  NUMBER_RUN.lastIndex = 0;
  for (let m = NUMBER_RUN.exec(text); m; m = NUMBER_RUN.exec(text)) {
    const read = readNumber(m[0]);
    if (!read) continue;
    tokens.push({ start: m.index, end: m.index + m[0].length, value: read.value, form: read.form, zeroPadded: isZeroPadded(m[0]) });
  }
  return tokens;
}

/** `0236`, `05`: a leading zero before another digit (what `/^0\d/` tells, without a regex per number). */
function isZeroPadded(written: string): boolean {
  return written.charCodeAt(0) === 0x30 && isDigitCode(written.charCodeAt(1));
}

/** The value of one written number, or null when the separators make no number (a version, a date, a list). */
export function readNumber(written: string): { value: number; form: NumberToken['form'] } | null {
  // Most numbers are plain integers: no splitting for them.
  if (!written.includes('.') && !written.includes(',')) return finite(Number(written), 'integer');
  const groups = written.split(/[.,]/);
  const separators = written.replace(/\d+/g, '');
  const dots = separators.replaceAll(',', '').length;
  const commas = separators.length - dots;
  const tailGroupsAreThousands = groups.slice(1).every((g) => g.length === 3) && groups[0].length <= 3;
  if (dots && commas) {
    // Mixed: the last separator is the decimal one, every earlier one the other kind, grouping thousands.
    const decimalSep = separators[separators.length - 1];
    const groupSep = separators.slice(0, -1);
    if ([...groupSep].some((c) => c === decimalSep)) return null;
    const whole = groups.slice(0, -1);
    if (!whole.slice(1).every((g) => g.length === 3) || whole[0].length > 3) return null;
    return finite(Number(`${whole.join('')}.${groups[groups.length - 1]}`), 'decimal');
  }
  if (separators.length === 1) {
    const [intPart, fracPart] = groups;
    const isGrouping = intPart !== '0' && (separators === '.' ? fracPart.length === 3 : fracPart === '000');
    return isGrouping ? finite(Number(intPart + fracPart), 'grouped') : finite(Number(`${intPart}.${fracPart}`), 'decimal');
  }
  // Several separators of one kind: only thousands grouping reads as a number.
  return tailGroupsAreThousands && groups[0] !== '0' ? finite(Number(groups.join('')), 'grouped') : null;
}

function finite(value: number, form: NumberToken['form']): { value: number; form: NumberToken['form'] } | null {
  return Number.isFinite(value) ? { value, form } : null;
}
