// A fast check of a document against the output contract, without zod (which costs ~120 ms to load and ~0.2 ms a
// document to run). It is compiled from the contract's published JSON Schema (schema/chitieu.schema.json, generated
// from the zod definitions in schema.ts; a test holds the file to them), so the contract is stated once. It returns
// what `DocumentSchema.parse` returns: a copy with the contract's keys only, in the contract's order; undefined for any
// document zod would refuse, whose issues the caller then asks zod to word.
import { readFileSync } from 'node:fs';
import type { ChitieuDocument } from './schema.js';

interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

/** Keywords that change nothing about what passes (`additionalProperties`: zod strips unknown keys, as this does). */
const INERT = new Set(['$schema', 'description', 'additionalProperties']);
const UNDERSTOOD = new Set([...INERT, 'type', 'const', 'enum', 'minimum', 'maximum', 'items', 'anyOf', 'properties', 'required']);

const INVALID = Symbol('invalid');
/** The value as the contract passes it on, or INVALID. */
type Check = (value: unknown) => unknown;

function compile(schema: JsonSchema): Check {
  const unknown = Object.keys(schema).filter((k) => !UNDERSTOOD.has(k));
  // A keyword this reader does not know would be ignored silently: refuse it when the module loads instead.
  if (unknown.length) throw new Error(`contract check: JSON Schema keyword(s) not understood: ${unknown.join(', ')}`);
  let check = schema.anyOf ? firstOf(schema.anyOf.map(compile)) : ofType(schema);
  if (schema.enum) check = onlyIf(new Set(schema.enum), check);
  if ('const' in schema) check = onlyIf(new Set([schema.const]), check);
  return check;
}

function firstOf(checks: Check[]): Check {
  return (v) => {
    for (const check of checks) {
      const out = check(v);
      if (out !== INVALID) return out;
    }
    return INVALID;
  };
}

function onlyIf(allowed: Set<unknown>, check: Check): Check {
  return (v) => (allowed.has(v) ? check(v) : INVALID);
}

function ofType(schema: JsonSchema): Check {
  if (Array.isArray(schema.type)) return firstOf(schema.type.map((type) => ofType({ ...schema, type })));
  const { minimum = -Infinity, maximum = Infinity } = schema;
  switch (schema.type) {
    case 'null':
      return (v) => (v === null ? v : INVALID);
    case 'string':
      return (v) => (typeof v === 'string' ? v : INVALID);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : INVALID);
    // zod's numbers are finite; its integers are safe integers, which the schema states as bounds.
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) && v >= minimum && v <= maximum ? v : INVALID);
    case 'integer':
      return (v) => (Number.isInteger(v) && (v as number) >= minimum && (v as number) <= maximum ? v : INVALID);
    case 'array':
      return arrayOf(compile(schema.items ?? {}));
    case 'object':
      return objectOf(schema.properties ?? {}, new Set(schema.required));
    case undefined:
      return (v) => v;
    default:
      throw new Error(`contract check: JSON Schema type not understood: ${schema.type}`);
  }
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

/**
 * An object check made into code that reads and writes each key by its name: a loop over the keys reads them as
 * computed keys, which V8 looks up one by one (what the whole check spent most of its time on). The keys are the
 * contract's own, written into the code as JSON string literals.
 */
function objectOf(properties: Record<string, JsonSchema>, required: Set<string>): Check {
  const fields = Object.entries(properties).map(([key, schema]) => ({ key, optional: !required.has(key), check: compile(schema) }));
  const steps = fields.map(({ key, optional }, i) => {
    const name = JSON.stringify(key);
    const kept = `if (checked === INVALID) return INVALID; out[${name}] = checked;`;
    // An optional key: absent stays absent, present (even as undefined) is kept, as zod does.
    if (!optional) return `checked = checks[${i}](input[${name}]); ${kept}`;
    return `value = input[${name}];
      if (value === undefined) { if (${name} in input) out[${name}] = undefined; }
      else { checked = checks[${i}](value); ${kept} }`;
  });
  const source = `return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return INVALID;
    const out = {};
    let value, checked;
    ${steps.join('\n    ')}
    return out;
  };`;
  return new Function('checks', 'INVALID', source)(fields.map((f) => f.check), INVALID) as Check;
}

const CONTRACT = new URL('../../schema/chitieu.schema.json', import.meta.url);
const output = JSON.parse(readFileSync(CONTRACT, 'utf8')) as { properties: { documents: { items: JsonSchema } } };
const document = compile(output.properties.documents.items);

/** What `DocumentSchema.parse(value)` returns, or undefined where it would throw. */
export function checkDocument(value: unknown): ChitieuDocument | undefined {
  const checked = document(value);
  return checked === INVALID ? undefined : (checked as ChitieuDocument);
}
