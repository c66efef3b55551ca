// The whole hostile corpus through the command line: one bad file never costs the others. The run finishes, lists
// every file with its status (the diagnostic each hostile file must carry), exits 1, and the good files give the
// same figures as a run over them alone. Text is data: markup, shell and template syntax in an article stay strings.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChitieuDocument } from '../../src/output/schema.js';
import { ensureBuilt, runCli } from '../cli/run-cli.js';
import { writeCorpus, type CorpusFile } from './corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-hostile-'));
let files: CorpusFile[];
let run: { status: number | null; stderr: string };
let documents: ChitieuDocument[];

beforeAll(() => {
  ensureBuilt();
  files = writeCorpus(dir);
  const out = join(dir, '..', `${dir.split('/').pop()}-out.json`);
  run = runCli(['extract', dir, '-o', out]);
  documents = JSON.parse(readFileSync(out, 'utf8')).documents;
  rmSync(out, { force: true });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fileOf = (doc: ChitieuDocument) => doc.source.replace(/#.*$/, '');
const codesOf = (doc: ChitieuDocument) => [...doc.warnings, ...doc.errors].map((d) => d.code);

describe('a run over the hostile corpus', () => {
  it('exits 1 and names each failure on stderr', () => {
    expect(run.status).toBe(1);
    for (const f of files.filter((f) => f.fails)) expect(run.stderr).toContain(`${join(dir, f.path)}`);
  });

  it('lists every file once with its status, and nothing twice through the link loop', () => {
    expect([...new Set(documents.map(fileOf))].sort()).toEqual(files.map((f) => join(dir, f.path)).sort());
    for (const f of files) {
      const docs = documents.filter((d) => fileOf(d) === join(dir, f.path));
      const codes = docs.flatMap(codesOf);
      if (f.expected) expect(codes, f.path).toContain(f.expected);
      expect(docs.some((d) => d.errors.length > 0), f.path).toBe(f.fails);
      if (!f.fails) expect(docs[0].targets.length, f.path).toBeGreaterThan(0);
    }
  });

  it('gives the good files the figures of a run over them alone', () => {
    const good = documents.filter((d) => !d.errors.length && !documents.some((o) => fileOf(o) === fileOf(d) && o.errors.length));
    expect(good.length).toBeGreaterThan(10);
    const out = join(dir, '..', `${dir.split('/').pop()}-good.json`);
    const alone = runCli(['extract', ...new Set(good.map(fileOf)), '-o', out, '-q']);
    expect(alone.status).toBe(0);
    const aloneDocs: ChitieuDocument[] = JSON.parse(readFileSync(out, 'utf8')).documents;
    rmSync(out, { force: true });
    expect(aloneDocs).toEqual(good);
  }, 120_000);

  it('reads the variants of one article (NFD, invisible characters, full width, encodings) to the same figures', () => {
    const figures = (path: string) => {
      const doc = documents.find((d) => fileOf(d) === join(dir, path))!;
      return doc.targets.map((t) => [t.value, t.unit, t.year, t.indicator]);
    };
    const plain = figures('good/nghi-quyet.txt');
    for (const variant of ['unicode/nfd.txt', 'unicode/invisible.txt', 'unicode/fullwidth.txt', 'unicode/lookalike.txt', 'encoding/utf16.txt', 'encoding/windows-1258.txt', 'encoding/tcvn3.txt', 'encoding/mojibake.txt', 'encoding/crlf-bom.txt', 'size/long-line.txt']) {
      expect(figures(variant).slice(0, plain.length), variant).toEqual(plain);
    }
  });

  it('keeps markup, shell and template syntax in an article as plain strings', () => {
    const doc = documents.find((d) => d.source.endsWith('injection.txt'))!;
    const sentences = doc.targets.map((t) => t.sentence).join('\n');
    expect(sentences).toContain('<script>alert("x")</script> $(rm -rf /) `id` {{7*7}} ${process.exit(1)}');
    expect(sentences).toContain('<img src=x onerror=alert(1)> &lt;b&gt;');
    expect(doc.targets.map((t) => t.value).sort()).toEqual([20, 80]);
  });

  it('refuses inputs over --max-bytes unread, and a bad limit is a usage error', () => {
    const small = runCli(['extract', join(dir, 'good/nghi-quyet.txt'), '--max-bytes', '100', '-q']);
    expect(small.status).toBe(1);
    expect(JSON.parse(small.stdout).documents[0].errors.map((e: { code: string }) => e.code)).toEqual(['TOO_LARGE']);
    expect(runCli(['extract', join(dir, 'good/nghi-quyet.txt'), '--max-bytes', 'lots']).status).toBe(2);
  });
});
