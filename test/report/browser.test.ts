// The report in a real browser: Debian's Chromium, driven by playwright-core, opens a page rendered from the
// fixtures, then the tables, a sort click, the chart and the crafted article are checked on the live DOM, and a
// screenshot is taken (set CHITIEU_REPORT_SCREENSHOT=docs/report.png to keep it).
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderReportPage } from '../../src/output/report/html/page.js';
import { buildReportModel } from '../../src/output/report/model.js';
import { fixtureDocuments } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let dir: string;
let context: BrowserContext | undefined;
let page: Page;
/** Why the browser could not be started; every test then fails with it (CI counts failures, not skips). */
let setupError: Error | undefined;
const problems: string[] = [];

async function openReport(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: run \`source .ci/setup\` (apt-get install chromium) first`);
  }
  dir = mkdtempSync(join(tmpdir(), 'chitieu-browser-'));
  const report = join(dir, 'report.html');
  const docs = fixtureDocuments('seed-situation.jsonl', 'hostile.json');
  writeFileSync(report, renderReportPage(buildReportModel(docs), { generatedAt: new Date('2026-12-03T10:00:00Z') }));
  // A fresh profile each run (the persistent context passes it as --user-data-dir).
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => (problems.push(`dialog: ${d.message()}`), d.dismiss()));
  page.on('request', (r) => !r.url().startsWith('file:') && problems.push(`request: ${r.url()}`));
  await page.goto(pathToFileURL(report).href);
}

beforeAll(async () => {
  setupError = await openReport().then(
    () => undefined,
    (err: Error) => err,
  );
}, 60_000);

beforeEach(() => {
  if (setupError) throw setupError;
});

afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const firstNames = (table: string, n: number) =>
  page.$$eval(`${table} tbody tr`, (rows, n) => rows.slice(0, n).map((r) => r.querySelector('.unit-name')!.textContent!.trim()), n);

describe('report in Chromium', () => {
  it('renders every unit of the map, with and without evidence', async () => {
    expect(await page.locator('#coverage-table tbody tr').count()).toBe(63);
    expect(await page.locator('#coverage-table tbody tr.no-evidence').count()).toBe(58);
    await expect(page.locator('#pv-44').innerText()).resolves.toMatch(/Nghị quyết\s+đã ban hành · Tỉnh ủy/);
  });

  it('sorts the coverage table when a heading is clicked', async () => {
    expect(await firstNames('#coverage-table', 2)).toEqual(['Hà Nội', 'Hà Giang']);
    const heading = page.locator('#coverage-table thead th', { hasText: 'Số chỉ tiêu' });
    await heading.locator('button').click();
    expect(await heading.getAttribute('aria-sort')).toBe('ascending');
    expect(await firstNames('#coverage-table', 1)).toEqual(['Hà Nội']);
    await heading.locator('button').click();
    expect(await heading.getAttribute('aria-sort')).toBe('descending');
    expect(await firstNames('#coverage-table', 1)).toEqual(['Hưng Yên']);
    // Units without figures stay at the bottom either way.
    const names = page.locator('#coverage-table thead th', { hasText: 'Tỉnh, thành phố' }).locator('button');
    await names.click();
    expect(await firstNames('#coverage-table', 2)).toEqual(['An Giang', 'Bà Rịa - Vũng Tàu']);
    await heading.locator('button').click();
    const last = await page.$$eval('#coverage-table tbody tr', (rows) => rows[rows.length - 1].className);
    expect(last).toBe('no-evidence');
  });

  it('sorts the matrix by a target column', async () => {
    const heading = page.locator('#matrix-table thead th[data-indicator="econ.digital-economy.share-of-gdp"][data-year="2030"]');
    await heading.locator('button').click();
    await heading.locator('button').click();
    expect(await firstNames('#matrix-table', 2)).toEqual(['Vĩnh Phúc', 'Hưng Yên']);
    await expect(page.locator('#mt-44 td.lower').count()).resolves.toBe(2);
  });

  it('draws the chart with bars in proportion to the targets', async () => {
    const bars = page.locator('#chart-digital-economy svg a rect');
    expect(await bars.count()).toBe(5);
    const widths = await bars.evaluateAll((rects) =>
      Object.fromEntries(rects.map((r) => [r.querySelector('title')!.textContent, r.getBoundingClientRect().width])),
    );
    expect(widths['Vĩnh Phúc, 2030: 35%']).toBeCloseTo((widths['Hưng Yên, 2025: 20%'] * 35) / 20, 0);
    expect(await page.locator('#chart-digital-economy svg').boundingBox()).toMatchObject({ width: expect.any(Number) });
  });

  it('follows a figure to its evidence sentence', async () => {
    await page.locator('#mt-44 td.lower a').first().click();
    expect(new URL(page.url()).hash).toBe('#ct-3-2');
    await expect(page.locator('#ct-3-2 mark').innerText()).resolves.toBe('năng suất lao động tăng tối thiểu 6,5%/năm');
  });

  it('runs nothing from the crafted article and loads nothing from the network', async () => {
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
    await expect(page.locator('body').innerText()).resolves.toContain('<script>window.__pwned=3</script>');
  });

  it('takes a screenshot of the matrix and the chart', async () => {
    await page.locator('#targets').scrollIntoViewIfNeeded();
    await page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash = '#targets');
    const png = join(dir, 'report.png');
    await page.screenshot({ path: png, fullPage: false });
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(20_000);
    if (process.env.CHITIEU_REPORT_SCREENSHOT) copyFileSync(png, process.env.CHITIEU_REPORT_SCREENSHOT);
  });
});
