// One document through the stages: ingest → extract → normalize → a contract document, validated.
import { extractFigures, extractInstruments } from './extract/index.js';
import type { IngestedDocument } from './ingest/types.js';
import { normalizeDocument } from './normalize/index.js';
import { DocumentSchema, type ChitieuDocument } from './output/schema.js';

export function processDocument(doc: IngestedDocument): ChitieuDocument {
  const base: ChitieuDocument = {
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
  // A failed document, or one not in Vietnamese, is reported with its diagnostics and no figures.
  if (doc.errors.length || doc.warnings.some((w) => w.code === 'NOT_VIETNAMESE')) return DocumentSchema.parse(base);
  const figures = extractFigures(doc);
  const instruments = extractInstruments(doc);
  const normalized = normalizeDocument(doc, figures, instruments);
  return DocumentSchema.parse({
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
