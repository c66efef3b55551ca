import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { CSV_COLUMNS } from '../../src/output/formats.js';
import { OutputSchema, DocumentSchema } from '../../src/output/schema.js';
import { SEEDS, tempDir } from './corpus.js';
import { ensureBuilt, runCli } from './run-cli.js';

beforeAll(ensureBuilt, 120_000);

const seedNames = readdirSync(SEEDS).sort();

describe('chitieu extract', { timeout: 120_000 }, () => {
  it('writes pure JSON on stdout that satisfies the output contract', () => {
    const r = runCli(['extract', 'seeds', '-q']);
    expect(r.status).toBe(0);
    const output = OutputSchema.parse(JSON.parse(r.stdout));
    expect(output.documents.map((d) => d.id)).toEqual(seedNames.map((n) => n.replace(/\.txt$/, '')));
    expect(r.stderr).toBe('');
  });

  it('returns from the library the very documents the command line writes', () => {
    const r = runCli(['extract', 'seeds', '-q']);
    expect(JSON.parse(r.stdout).documents).toEqual(JSON.parse(JSON.stringify(extract('seeds'))));
  });

  it('ends with a summary line on stderr unless --quiet', () => {
    const r = runCli(['extract', 'seeds', '-f', 'jsonl']);
    // Progress lines may come first on a slow machine; the summary is the last line.
    expect(r.stderr).toMatch(/^chitieu: 5 documents, \d+ figures, \d+ instruments, \d+ warnings, 0 errors, .* MB\/s\)\n$/m);
  });

  it('writes one document a line with --format jsonl', () => {
    const r = runCli(['extract', 'seeds', '-f', 'jsonl', '-q']);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(seedNames.length);
    for (const line of lines) DocumentSchema.parse(JSON.parse(line));
  });

  it('writes a header and one target a row with --format csv', () => {
    const r = runCli(['extract', 'seeds', '-f', 'csv', '-q']);
    expect(r.status).toBe(0);
    const [header, ...rows] = r.stdout.trimEnd().split('\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    const targets = (JSON.parse(runCli(['extract', 'seeds', '-q']).stdout).documents as { targets: unknown[] }[]).reduce(
      (n, d) => n + d.targets.length,
      0,
    );
    // Evidence may hold quoted newlines, so rows are at least the targets.
    expect(rows.length).toBeGreaterThanOrEqual(targets);
  });

  it('writes -o atomically, replacing the old file and leaving no temporary file', () => {
    const dir = tempDir();
    const out = join(dir, 'out.json');
    writeFileSync(out, 'old');
    const r = runCli(['extract', 'seeds', '-o', out, '-q']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(OutputSchema.parse(JSON.parse(readFileSync(out, 'utf8'))).documents).toHaveLength(seedNames.length);
  });

  it('gives exit 1 for a folder with an unreadable file and keeps the good documents intact', () => {
    const dir = tempDir();
    for (const name of seedNames) copyFileSync(join(SEEDS, name), join(dir, name));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'broken-link.txt'));
    const r = runCli(['extract', dir, '-q']);
    expect(r.status).toBe(1);
    const docs = OutputSchema.parse(JSON.parse(r.stdout)).documents;
    const broken = docs.find((d) => d.id === 'broken-link')!;
    expect(broken.errors.map((e) => e.code)).toEqual(['UNREADABLE']);
    expect(r.stderr).toContain('broken-link.txt: UNREADABLE');
    const alone = JSON.parse(runCli(['extract', 'seeds', '-q']).stdout).documents;
    const good = docs.filter((d) => d.id !== 'broken-link');
    expect(good.map((d) => ({ ...d, source: undefined }))).toEqual(alone.map((d: object) => ({ ...d, source: undefined })));
  });

  it('refuses a file over the size limit without reading it, and goes on', () => {
    const dir = tempDir();
    copyFileSync(join(SEEDS, seedNames[0]), join(dir, 'a.txt'));
    const huge = join(dir, 'b-huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 21 * 1024 * 1024); // sparse: big by its stat only
    const r = runCli(['extract', dir, '-q', '-f', 'jsonl']);
    expect(r.status).toBe(1);
    const [good, refused] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(good.errors).toEqual([]);
    expect(refused.errors.map((e: { code: string }) => e.code)).toEqual(['TOO_LARGE']);
  });

  it('reports an empty file as a document, never as a crash', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'empty.txt'), '');
    const r = runCli(['extract', join(dir, 'in'), '-q', '-f', 'jsonl']);
    expect([0, 1]).toContain(r.status);
    expect(DocumentSchema.parse(JSON.parse(r.stdout)).id).toBe('empty');
  });

  it('reads one document from standard input for "-"', () => {
    const text = readFileSync(join(SEEDS, seedNames[0]), 'utf8');
    const r = runCli(['extract', '-', '-q', '-f', 'jsonl'], { input: text });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ id: '-', source: '-' });
    expect(doc.targets).toEqual(extract(join(SEEDS, seedNames[0]))[0].targets);
  });

  it.each([
    [['extract']],
    [['extract', 'seeds', '--format', 'xml']],
    [['extract', 'seeds', '--jobs', '0']],
    [['extract', 'seeds', '--shard', '3/2']],
    [['extract', 'seeds', '--resume']],
    [['extract', 'seeds', '--no-such-option']],
    [['extract', 'seeds', '-o', '/no-such-folder/out.json']],
    [['frobnicate']],
    [[]],
  ])('gives exit 2 and the usage on stderr for %j', (args) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage:');
  });
});

describe('chitieu schema, --help, --version', () => {
  it('prints the JSON Schema of the output, which the extract output satisfies in its required fields', () => {
    const r = runCli(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toContain('2020-12');
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'generator', 'documents']));
    const documentSchema = schema.properties.documents.items;
    const doc = JSON.parse(runCli(['extract', 'seeds', '-q']).stdout).documents[0];
    for (const field of documentSchema.required) expect(doc).toHaveProperty(field);
    expect(Object.keys(documentSchema.properties)).toEqual(expect.arrayContaining(Object.keys(doc)));
  });

  it('prints the version and the usage on stdout', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(runCli(['--version']).stdout).toBe(`${pkg.version}\n`);
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('chitieu extract <file-or-folder>');
  });
});
