// An input as the batch carries it: its documents already serialised in the output format and encoded (in the
// thread that processed them), with the summaries the progress and the error messages need. The writing thread
// then only copies bytes: it makes no garbage per document, and its memory stays flat.
import { readInputBytes } from '../ingest/read-bytes.js';
import { formatBody, type OutputFormat } from '../output/formats.js';
import type { ChitieuDocument, Diagnostic } from '../output/schema.js';
import { ResultCache, type CacheLocation } from './cache.js';

// The pipeline loads with the first input the cache does not hold: a re-run over an unchanged corpus never loads it.
let stages: Promise<[typeof import('../ingest/read.js'), typeof import('../pipeline.js')]> | undefined;
const loadStages = () => (stages ??= Promise.all([import('../ingest/read.js'), import('../pipeline.js')]));

/** What the summary and the error messages need of a document. */
export interface DocumentSummary {
  source: string;
  targets: number;
  instruments: number;
  warnings: number;
  errors: Diagnostic[];
}

export interface InputOutput {
  /** Size of the input in bytes (0 when unreadable). */
  size: number;
  documents: DocumentSummary[];
  /** The documents in the output format (`formatBody`), UTF-8. */
  text: Uint8Array;
  /** Taken from the cache rather than processed. */
  cached: boolean;
}

export interface InputOptions {
  format: OutputFormat;
  /** Inputs larger than this are refused with TOO_LARGE, unread (default: ingest's 20 MB). */
  maxBytes?: number;
  cache?: CacheLocation;
}

function summaryOf(doc: ChitieuDocument): DocumentSummary {
  return {
    source: doc.source,
    targets: doc.targets.length,
    instruments: doc.instruments.length,
    warnings: doc.warnings.length,
    errors: doc.errors,
  };
}

const encoder = new TextEncoder();

/** Documents serialised in `format`; `store` (the cache) is handed their summaries and the documents as JSONL bytes. */
export function outputOf(
  size: number,
  docs: ChitieuDocument[],
  format: OutputFormat,
  store?: (documents: DocumentSummary[], jsonl: Uint8Array) => void,
): InputOutput {
  const jsons = docs.map((doc) => JSON.stringify(doc));
  const documents = docs.map(summaryOf);
  const text = encoder.encode(formatBody(format, jsons));
  // A jsonl output is what the cache keeps: encoded once for both.
  store?.(documents, format === 'jsonl' ? text : encoder.encode(formatBody('jsonl', jsons)));
  return { size, documents, text, cached: false };
}

// A worker keeps its caches open across tasks.
const caches = new Map<string, ResultCache>();
function cacheAt(location: CacheLocation): ResultCache {
  const key = `${location.dir}\0${location.version}`;
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new ResultCache(location)));
  return cache;
}

/**
 * One input (a path, or "-" for standard input): its bytes, refusing more than `maxBytes`, from the cache or through
 * the whole pipeline, or the one document standing for an input that could not be read. Never throws.
 */
export async function processInput(source: string, { format, maxBytes, cache: location }: InputOptions): Promise<InputOutput> {
  let bytes: Uint8Array;
  try {
    bytes = readInputBytes(source, { maxBytes });
  } catch (err) {
    return outputOf(0, await unreadableDocuments(source, err), format);
  }
  const cache = location && cacheAt(location);
  const key = cache?.key(source, bytes);
  const cached = key === undefined ? undefined : cache!.get(key);
  if (cached) {
    const { documents, jsonl } = cached;
    // jsonl is what the entry holds: copied (not decoded) into a buffer of its own, which the worker can transfer.
    const text =
      format === 'jsonl' ? new Uint8Array(jsonl) : encoder.encode(formatBody(format, jsonl.toString('utf8').split('\n').slice(0, -1)));
    return { size: bytes.length, documents, text, cached: true };
  }
  const [{ ingestRead }, { processDocumentSafely }] = await loadStages();
  const docs = ingestRead(source, bytes).map((doc) => processDocumentSafely(doc));
  return outputOf(bytes.length, docs, format, key === undefined ? undefined : (documents, jsonl) => cache!.put(key, documents, jsonl));
}

/** Several inputs, one after the other, in their order. */
export async function processInputs(sources: string[], options: InputOptions): Promise<InputOutput[]> {
  const outputs: InputOutput[] = [];
  for (const source of sources) outputs.push(await processInput(source, options));
  return outputs;
}

/** The one document standing for an input that could not be read. */
export async function unreadableDocuments(source: string, err: unknown): Promise<ChitieuDocument[]> {
  const [{ unreadableDocument }, { processDocumentSafely }] = await loadStages();
  return [processDocumentSafely(unreadableDocument(source, err))];
}

/** The one document standing for an input whose worker died while processing it. */
export async function crashedDocuments(source: string, bytes: Uint8Array, err: unknown): Promise<ChitieuDocument[]> {
  const [{ failedDocument }, { processDocumentSafely }] = await loadStages();
  const message = `could not process ${source}: ${err instanceof Error ? err.message : String(err)}`;
  return [processDocumentSafely(failedDocument(source, bytes, { code: 'INTERNAL', message }))];
}
