// Regular-expression safety: 1 MB runs of digits, dots, commas, spaces and `%` (and mixes of them) inside a
// Vietnamese article go through the whole library `extract()`. Each document must finish (in a child process with a
// generous limit, so a super-linear rule fails this test instead of hanging the suite) and keep the real figures
// written before and after the run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractInChild } from './child.js';

const RUN_BYTES = 1_000_000;
const RUNS = ['1', '.', ',', ' ', '%', '1,', '1.', '1. ', '1, ', '% ', '1 %', '1.1,', '0,5% ', '2025 ', '1;', '(1) ', '- 1%\n', '1.000.000 '];

const dir = mkdtempSync(join(tmpdir(), 'chitieu-guard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function article(run: string): string {
  return (
    'Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.\n' +
    `Số liệu kèm theo: ${run.repeat(Math.ceil(RUN_BYTES / run.length))}\n` +
    'Đến năm 2030, kinh tế số chiếm 30% GRDP của tỉnh.\n'
  );
}

describe('1 MB runs through extract()', () => {
  it.each(RUNS.map((run, i) => [JSON.stringify(run), i, run] as const))('finishes on a run of %s', (_, i, run) => {
    const path = join(dir, `run-${i}.txt`);
    writeFileSync(path, article(run));
    const [doc] = extractInChild([path]);
    expect(doc.source).toBe(path);
    expect(doc.codes).not.toContain('INTERNAL');
    // The figures around the run are still read (the run itself may or may not yield figures).
    expect(doc.targets).toBeGreaterThanOrEqual(2);
  }, 90_000);
});
