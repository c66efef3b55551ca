// Ingest: bytes in, IngestedDocuments out (decoded source, cleaned views with offset maps, metadata).
// decode → read the format into blocks → clean each block → drop furniture → join into the view → metadata.
import type { Diagnostic } from '../output/schema.js';
import { cleanBlocks, joinBlocks, type RawBlock } from './blocks.js';
import { joinedCanonical } from './canonical.js';
import { isoFromMeta, publishedFromBlocks } from './dateline.js';
import { decodeBytes } from './decode.js';
import { documentId, failedDocument, sha256 } from './document.js';
import { dropFurniture } from './furniture.js';
import { htmlPage, type HtmlMeta } from './html.js';
import { failedRecord, jsonlLines } from './jsonl.js';
import { detectLanguage } from './language.js';
import { markdownBlocks } from './markdown.js';
import { outletFromBlocks, readsLikeHeadline } from './metadata.js';
import { plainTextBlocks } from './plain-text.js';
import { textFormat, type TextFormat } from './sniff.js';
import type { IngestedDocument } from './types.js';

export { documentId } from './document.js';

// A record may state only the month or the year of publication, as the contract allows.
const PARTIAL_ISO = /^\d{4}(?:-\d{2})?$/;

export interface IngestInput {
  bytes: Uint8Array;
  /** The path as given. */
  source: string;
}

export function ingestBytes({ bytes, source }: IngestInput): IngestedDocument[] {
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return [failedDocument(source, bytes, decoded.error)];
  const format = textFormat(source, decoded.text);
  if (format === 'jsonl') return ingestJsonl(decoded.text, source, decoded.warnings);
  return [
    ingestText({
      id: documentId(source),
      source,
      sha256: sha256(bytes),
      sourceText: decoded.text,
      format,
      warnings: decoded.warnings,
    }),
  ];
}

function ingestJsonl(text: string, source: string, warnings: Diagnostic[]): IngestedDocument[] {
  const out: IngestedDocument[] = [];
  for (const line of jsonlLines(text)) {
    if ('error' in line) {
      out.push(failedRecord(source, line));
      continue;
    }
    const { record } = line;
    const doc = ingestText({
      id: record.id,
      source: `${source}#${record.id}`,
      sha256: sha256(record.body),
      sourceText: record.body,
      format: record.format,
      warnings,
    });
    doc.url = record.url ?? doc.url;
    if (record.published) doc.published = (PARTIAL_ISO.test(record.published) ? record.published : isoFromMeta(record.published)) ?? doc.published;
    out.push(doc);
  }
  return out;
}

export interface TextInput {
  id: string;
  source: string;
  sha256: string;
  /** The decoded source text: every offset points into it. */
  sourceText: string;
  format: TextFormat;
  warnings: Diagnostic[];
}

/** One decoded document read into views and metadata. */
export function ingestText(input: TextInput): IngestedDocument {
  const { sourceText, format } = input;
  if (!sourceText.trim()) return failedDocument(input.source, input.sourceText, { code: 'EMPTY', message: 'the input holds no text' }, input.id);
  let meta: HtmlMeta = { title: null, published: null, outlet: null, url: null };
  let raw: RawBlock[];
  const warnings = [...input.warnings];
  if (format === 'html') {
    const page = htmlPage(sourceText);
    raw = page.blocks;
    meta = page.meta;
    warnings.push(...page.warnings);
  } else {
    raw = format === 'markdown' ? markdownBlocks(sourceText) : plainTextBlocks(sourceText);
  }
  const cleaned = cleanBlocks(raw);
  // Datelines are read before furniture goes: a bare `20.9.2021` line has no letters, like a widget.
  const datelinePublished = publishedFromBlocks(cleaned);
  const blocks = dropFurniture(cleaned, { cutAfterRelated: format !== 'html' });
  markTitle(blocks);
  const { view, blocks: viewBlocks } = joinBlocks(blocks);
  const texts = blocks.map((b) => b.text.text);
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const nfcStable = blocks.every((b) => b.nfcStable);
  const language = detectLanguage(view.text, nfcStable);
  if (!view.length) warnings.push({ code: 'NO_TEXT', message: 'no article text was found in the input' });
  if (language !== 'vie' && language !== 'und') {
    warnings.push({ code: 'NOT_VIETNAMESE', message: `the text reads as ${language}, not Vietnamese` });
  }
  return {
    id: input.id,
    source: input.source,
    sha256: input.sha256,
    sourceText,
    view,
    canonical: joinedCanonical(view.text, blocks.map((b) => b.canonical)),
    nfcStable,
    blocks: viewBlocks,
    title: titleBlock?.text.text ?? meta.title?.normalize('NFC') ?? null,
    published: (meta.published && isoFromMeta(meta.published)) ?? datelinePublished,
    outlet: meta.outlet ?? outletFromBlocks(texts),
    url: meta.url,
    language,
    warnings,
    errors: [],
  };
}

/** The first block is the title when it is a heading or reads like a headline. */
function markTitle(blocks: RawBlock[]): void {
  const first = blocks[0];
  if (!first || first.kind === 'title') return;
  if (first.kind === 'heading' || (first.kind === 'paragraph' && readsLikeHeadline(first.text.text))) first.kind = 'title';
}
