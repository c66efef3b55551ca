// Reads what `chitieu extract` wrote: the JSON object `{schemaVersion, generator, documents}` or JSONL (one
// document a line). Each document is checked against the contract; a bad one is reported, never half-used.
import { readFileSync } from 'node:fs';
import { DocumentSchema, type ChitieuDocument } from '../schema.js';

export interface ReadResult {
  documents: ChitieuDocument[];
  /** Human sentences for stderr, one per unreadable file, line or document. */
  problems: string[];
}

function checked(value: unknown, where: string, into: ReadResult): void {
  const parsed = DocumentSchema.safeParse(value);
  if (parsed.success) into.documents.push(parsed.data);
  else into.problems.push(`${where}: not a chitieu document (${parsed.error.issues[0]?.message ?? 'invalid'})`);
}

function readJsonLines(text: string, path: string, into: ReadResult): void {
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    try {
      checked(JSON.parse(line), `${path}:${index + 1}`, into);
    } catch (err) {
      into.problems.push(`${path}:${index + 1}: ${(err as Error).message}`);
    }
  });
}

function readJsonObject(text: string, path: string, into: ReadResult): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    into.problems.push(`${path}: ${(err as Error).message}`);
    return;
  }
  const documents = Array.isArray(parsed) ? parsed : (parsed as { documents?: unknown } | null)?.documents;
  if (!Array.isArray(documents)) {
    into.problems.push(`${path}: no "documents" array`);
    return;
  }
  documents.forEach((doc, index) => checked(doc, `${path}: document ${index + 1}`, into));
}

export function readExtractOutputs(paths: string[]): ReadResult {
  const result: ReadResult = { documents: [], problems: [] };
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      result.problems.push(`${path}: ${(err as Error).message}`);
      continue;
    }
    if (path.endsWith('.jsonl') || looksLikeJsonLines(text)) readJsonLines(text, path, result);
    else readJsonObject(text, path, result);
  }
  return result;
}

/** A JSONL file has a complete JSON value on its first non-empty line. */
function looksLikeJsonLines(text: string): boolean {
  const first = text.split('\n').find((line) => line.trim());
  if (!first) return false;
  try {
    const value = JSON.parse(first);
    return typeof value === 'object' && value !== null && 'id' in value;
  } catch {
    return false;
  }
}
