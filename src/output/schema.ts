// The output contract (OUTPUT.md) as zod definitions: the one place the contract is defined. Types, validation
// and the published JSON Schema (`chitieu schema`) all come from here.
import { z } from 'zod';
import { SCHEMA_VERSION } from './schema-version.js';

export { SCHEMA_VERSION };

export const DiagnosticSchema = z.object({
  code: z.string().describe('machine-readable code, e.g. ENCODING_GUESSED, NOT_VIETNAMESE, EMPTY, TOO_LARGE'),
  message: z.string().describe('a human sentence'),
});

export const EvidenceSchema = z.object({
  text: z.string().describe('source.slice(start, end)'),
  start: z.number().int().nonnegative().describe('offset (JavaScript string index) into the decoded source text'),
  end: z.number().int().nonnegative(),
});

export const ProvinceEraSchema = z.enum(['2008', '2025']);

export const LevelSchema = z.enum(['ministry', 'province', 'district', 'commune']);
export const UnitSchema = z.enum(['percent', 'count', 'rank', 'rank-change', 'score']);
export const ComparatorSchema = z.enum(['eq', 'gt', 'gte', 'lt', 'lte', 'approx', 'range']);
export const KindSchema = z.enum(['target', 'actual']);

export const NationalTargetSchema = z.object({
  value: z.number(),
  comparator: ComparatorSchema,
  year: z.number().int(),
  source: z.string().describe('the decision that sets it, e.g. "QĐ 749/QĐ-TTg"'),
});

export const TargetSchema = z.object({
  province: z.string().nullable().describe('province code; null = national (Việt Nam)'),
  provinceName: z.string().nullable(),
  provinceEra: ProvinceEraSchema.nullable(),
  province2025: z.string().nullable().describe('code of the unit the place belongs to since 1 July 2025'),
  indicator: z.string().nullable().describe('id from the indicator catalogue; null when no entry fits'),
  metric: z.string().describe('the metric phrase as written, NFC'),
  level: LevelSchema.nullable(),
  value: z.number(),
  valueMax: z.number().optional(),
  unit: UnitSchema,
  comparator: ComparatorSchema,
  year: z.number().int().nullable(),
  kind: KindSchema,
  evidence: EvidenceSchema,
  mentions: z.array(EvidenceSchema).optional().describe('every span that states this claim, the first being `evidence`'),
  sentence: z.string().optional().describe('the sentence the figure came from, NFC'),
  nationalTarget: NationalTargetSchema.nullable().optional(),
  confidence: z.number().min(0).max(1),
});

export const InstrumentTypeSchema = z.enum([
  'nghi-quyet',
  'ke-hoach',
  'chuong-trinh',
  'de-an',
  'quyet-dinh',
  'chien-luoc',
  'chi-thi',
]);
export const InstrumentStatusSchema = z.enum(['draft', 'issued', 'referenced']);
export const IssuerSchema = z.enum([
  'tinh-uy',
  'hdnd',
  'ubnd',
  'bo-chinh-tri',
  'trung-uong',
  'quoc-hoi',
  'chinh-phu',
  'thu-tuong',
  'bo',
]);

export const InstrumentSchema = z.object({
  type: InstrumentTypeSchema,
  status: InstrumentStatusSchema,
  issuer: IssuerSchema.nullable(),
  province: z.string().nullable().describe('null for national instruments'),
  provinceName: z.string().nullable().optional(),
  provinceEra: ProvinceEraSchema.nullable().optional(),
  province2025: z.string().nullable().optional(),
  number: z.string().nullable(),
  date: z.string().nullable(),
  horizon: z.array(z.number().int()),
  title: z.string().nullable(),
  evidence: EvidenceSchema,
  mentions: z.array(EvidenceSchema).optional(),
  confidence: z.number().min(0).max(1).optional(),
});

export const DocumentSchema = z.object({
  id: z.string(),
  source: z.string().describe('the path as given'),
  sha256: z.string(),
  language: z.string().describe('ISO 639-3 or und'),
  title: z.string().nullable(),
  published: z.string().nullable().describe('YYYY-MM-DD, YYYY-MM or YYYY'),
  outlet: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  province: z.string().nullable(),
  provinceName: z.string().nullable().optional(),
  provinceEra: ProvinceEraSchema.nullable().optional(),
  province2025: z.string().nullable().optional(),
  instruments: z.array(InstrumentSchema),
  targets: z.array(TargetSchema),
  warnings: z.array(DiagnosticSchema),
  errors: z.array(DiagnosticSchema),
});

export const GeneratorSchema = z.object({ name: z.literal('chitieu'), version: z.string() });

export const OutputSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: GeneratorSchema,
  documents: z.array(DocumentSchema),
});

export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type ProvinceEra = z.infer<typeof ProvinceEraSchema>;
export type Level = z.infer<typeof LevelSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Comparator = z.infer<typeof ComparatorSchema>;
export type Kind = z.infer<typeof KindSchema>;
export type NationalTarget = z.infer<typeof NationalTargetSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type InstrumentType = z.infer<typeof InstrumentTypeSchema>;
export type InstrumentStatus = z.infer<typeof InstrumentStatusSchema>;
export type Issuer = z.infer<typeof IssuerSchema>;
export type Instrument = z.infer<typeof InstrumentSchema>;
export type ChitieuDocument = z.infer<typeof DocumentSchema>;
export type Output = z.infer<typeof OutputSchema>;

/** The JSON Schema of one output file (`chitieu schema`). */
export function outputJsonSchema(): unknown {
  return z.toJSONSchema(OutputSchema, { target: 'draft-2020-12' });
}
