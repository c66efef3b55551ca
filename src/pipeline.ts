// One document through the stages: ingest → extract → normalize → a contract document, validated.
import { createRequire } from 'node:module';
import { extractFigures, extractInstruments } from './extract/index.js';
import type { IngestedDocument } from './ingest/types.js';
import { normalizeDocument } from './normalize/index.js';
import { checkDocument } from './output/contract-check.js';
import type { ChitieuDocument } from './output/schema.js';

type Schemas = typeof import('./output/schema.js');
// zod (~120 ms to load) is needed only to word the issues of a document that breaks the contract, which the fast
// check finds. Compiled, it is loaded then, synchronously (require of an ES module); run from the TypeScript
// sources (tests, tsx), require cannot read them, so it is loaded now.
const fromSources: Schemas | undefined = import.meta.url.endsWith('.ts') ? await import('./output/schema.js') : undefined;
const schemas = (): Schemas => fromSources ?? (createRequire(import.meta.url)('./output/schema.js') as Schemas);

/** The document as the contract passes it on (`DocumentSchema.parse`); throws zod's error when it breaks it. */
function validated(doc: unknown): ChitieuDocument {
  return checkDocument(doc) ?? schemas().DocumentSchema.parse(doc);
}

function baseDocument(doc: IngestedDocument): ChitieuDocument {
  return {
    id: doc.id,
    source: doc.source,
    sha256: doc.sha256,
    language: doc.language,
    title: doc.title,
    published: doc.published,
    outlet: doc.outlet,
    url: doc.url,
    province: null,
    instruments: [],
    targets: [],
    warnings: [...doc.warnings],
    errors: [...doc.errors],
  };
}

/** Throws when a stage throws or the result breaks the contract; `processDocumentSafely` never does. */
export function processDocument(doc: IngestedDocument): ChitieuDocument {
  const base = baseDocument(doc);
  // A failed document, or one not in Vietnamese, is reported with its diagnostics and no figures.
  if (doc.errors.length || doc.warnings.some((w) => w.code === 'NOT_VIETNAMESE')) return validated(base);
  const figures = extractFigures(doc);
  const instruments = extractInstruments(doc);
  const normalized = normalizeDocument(doc, figures, instruments);
  return validated({
    ...base,
    province: normalized.province,
    provinceName: normalized.provinceName,
    provinceEra: normalized.provinceEra,
    province2025: normalized.province2025,
    targets: normalized.targets,
    instruments: normalized.instruments,
    warnings: [...base.warnings, ...normalized.warnings],
  });
}

/** The document, or, when a stage throws or the result breaks the contract, the bare document with an INTERNAL error. */
export function processDocumentSafely(doc: IngestedDocument): ChitieuDocument {
  try {
    return processDocument(doc);
  } catch (err) {
    const base = baseDocument(doc);
    const error = { code: 'INTERNAL', message: `extraction failed: ${describeError(err)}` };
    const failed = checkDocument({ ...base, errors: [...base.errors, error] });
    // Even the ingest metadata breaks the contract: keep only what is known to be well-formed.
    return failed ?? { ...base, title: null, published: null, outlet: null, url: null, language: 'und', warnings: [], errors: [error] };
  }
}

function describeError(err: unknown): string {
  if (err && typeof err === 'object' && 'issues' in err && Array.isArray(err.issues)) {
    return `output breaks the contract: ${err.issues.map((i: { path?: unknown[]; message?: string }) => `${(i.path ?? []).join('.')}: ${i.message}`).join('; ')}`;
  }
  return err instanceof Error ? err.message : String(err);
}
