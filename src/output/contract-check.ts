// A fast check of a document against the output contract, without zod (which costs ~120 ms to load and ~0.2 ms a
// document to run). It mirrors `DocumentSchema` in schema.ts rule for rule and returns what `DocumentSchema.parse`
// returns: a copy with the contract's keys only, in the contract's order. It returns undefined for any document
// zod would refuse; the caller then asks zod for the issues. test/cli/contract-check.test.ts holds the two together.
import type { ChitieuDocument } from './schema.js';

const INVALID = Symbol('invalid');
/** The value as the contract passes it on, or INVALID. */
type Check = (value: unknown) => unknown;

class Optional {
  constructor(readonly check: Check) {}
}

const string: Check = (v) => (typeof v === 'string' ? v : INVALID);
// zod's number is finite; its int is a safe integer.
const number: Check = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : INVALID);
const int: Check = (v) => (Number.isSafeInteger(v) ? v : INVALID);
const nonNegativeInt: Check = (v) => (Number.isSafeInteger(v) && (v as number) >= 0 ? v : INVALID);
const fraction: Check = (v) => (typeof v === 'number' && v >= 0 && v <= 1 ? v : INVALID);

function oneOf(...values: string[]): Check {
  const allowed = new Set<unknown>(values);
  return (v) => (allowed.has(v) ? v : INVALID);
}

function nullable(check: Check): Check {
  return (v) => (v === null ? null : check(v));
}

/** An optional key: absent stays absent, present (even as undefined) is kept. */
function optional(check: Check): Optional {
  return new Optional(check);
}

function arrayOf(check: Check): Check {
  return (v) => {
    if (!Array.isArray(v)) return INVALID;
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const item = check(v[i]);
      if (item === INVALID) return INVALID;
      out[i] = item;
    }
    return out;
  };
}

function object(shape: Record<string, Check | Optional>): Check {
  const fields = Object.entries(shape).map(([key, field]) => ({
    key,
    optional: field instanceof Optional,
    check: field instanceof Optional ? field.check : field,
  }));
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return INVALID;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { key, optional, check } of fields) {
      const value = input[key];
      if (optional && value === undefined) {
        if (key in input) out[key] = undefined;
        continue;
      }
      const checked = check(value);
      if (checked === INVALID) return INVALID;
      out[key] = checked;
    }
    return out;
  };
}

const diagnostic = object({ code: string, message: string });
const evidence = object({ text: string, start: nonNegativeInt, end: nonNegativeInt });
const provinceEra = oneOf('2008', '2025');
const comparator = oneOf('eq', 'gt', 'gte', 'lt', 'lte', 'approx', 'range');

const target = object({
  province: nullable(string),
  provinceName: nullable(string),
  provinceEra: nullable(provinceEra),
  province2025: nullable(string),
  indicator: nullable(string),
  metric: string,
  level: nullable(oneOf('ministry', 'province', 'district', 'commune')),
  value: number,
  valueMax: optional(number),
  unit: oneOf('percent', 'count', 'rank', 'rank-change', 'score'),
  comparator,
  year: nullable(int),
  kind: oneOf('target', 'actual'),
  evidence,
  mentions: optional(arrayOf(evidence)),
  sentence: optional(string),
  nationalTarget: optional(nullable(object({ value: number, comparator, year: int, source: string }))),
  confidence: fraction,
});

const instrument = object({
  type: oneOf('nghi-quyet', 'ke-hoach', 'chuong-trinh', 'de-an', 'quyet-dinh', 'chien-luoc', 'chi-thi'),
  status: oneOf('draft', 'issued', 'referenced'),
  issuer: nullable(oneOf('tinh-uy', 'hdnd', 'ubnd', 'bo-chinh-tri', 'trung-uong', 'quoc-hoi', 'chinh-phu', 'thu-tuong', 'bo')),
  province: nullable(string),
  provinceName: optional(nullable(string)),
  provinceEra: optional(nullable(provinceEra)),
  province2025: optional(nullable(string)),
  number: nullable(string),
  date: nullable(string),
  horizon: arrayOf(int),
  title: nullable(string),
  evidence,
  mentions: optional(arrayOf(evidence)),
  confidence: optional(fraction),
});

const document = object({
  id: string,
  source: string,
  sha256: string,
  language: string,
  title: nullable(string),
  published: nullable(string),
  outlet: optional(nullable(string)),
  url: optional(nullable(string)),
  province: nullable(string),
  provinceName: optional(nullable(string)),
  provinceEra: optional(nullable(provinceEra)),
  province2025: optional(nullable(string)),
  instruments: arrayOf(instrument),
  targets: arrayOf(target),
  warnings: arrayOf(diagnostic),
  errors: arrayOf(diagnostic),
});

/** What `DocumentSchema.parse(value)` returns, or undefined where it would throw. */
export function checkDocument(value: unknown): ChitieuDocument | undefined {
  const checked = document(value);
  return checked === INVALID ? undefined : (checked as ChitieuDocument);
}
