// `chitieu report` end to end: inputs in both formats, the HTML file, the CSV folder, exit statuses.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runReport } from '../../src/output/report/command.js';
import { fixturePath } from './fixtures.js';

let dir: string;
let stderr: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-report-'));
  stderr = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

describe('chitieu report', () => {
  it('writes the page and both CSV files from JSONL and JSON inputs', async () => {
    const out = join(dir, 'bao-cao.html');
    const status = await runReport([
      fixturePath('seed-situation.jsonl'),
      fixturePath('hostile.json'),
      '-o',
      out,
      '--csv',
      join(dir, 'csv'),
    ]);
    expect(status).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('Quảng Bình');
    expect(readdirSync(join(dir, 'csv')).sort()).toEqual(['bao-phu.csv', 'chi-tieu.csv']);
    expect(stderr.join('')).toContain('6 documents, map 2008: 5/63 units with evidence');
  });

  it('rolls up into the 34 units with --map 2025', async () => {
    const out = join(dir, 'r.html');
    expect(await runReport([fixturePath('seed-situation.jsonl'), '--map', '2025', '-o', out])).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('(từ Quảng Bình cũ)');
    expect(stderr.join('')).toContain('map 2025: 4/34 units with evidence');
  });

  it('reports a broken input, still writes the report, and exits 1', async () => {
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"id": "x"}\nnot json\n');
    const out = join(dir, 'r.html');
    expect(await runReport([broken, fixturePath('after-2025.jsonl'), '-o', out])).toBe(1);
    expect(stderr.join('')).toMatch(/broken\.jsonl:1: not a chitieu document/);
    expect(stderr.join('')).toMatch(/broken\.jsonl:2: /);
    expect(readFileSync(out, 'utf8')).toContain('Tây Ninh');
  });

  it('refuses a bad usage with status 2', async () => {
    expect(await runReport([])).toBe(2);
    expect(await runReport([fixturePath('hostile.json'), '--map', '2020'])).toBe(2);
    expect(await runReport([fixturePath('hostile.json'), '--colour'])).toBe(2);
    expect(stderr.join('')).toContain('--map must be 2008 or 2025');
  });
});
