// The page as markup: sections, links from every figure to its evidence, and a crafted article that cannot
// inject markup, script or links.
import { describe, expect, it } from 'vitest';
import { toText } from 'hast-util-to-text';
import { renderReportPage } from '../../src/output/report/html/page.js';
import { buildReportModel } from '../../src/output/report/model.js';
import { fixtureDocuments } from './fixtures.js';
import { elements, parsePage } from './parse-page.js';

const generatedAt = new Date('2026-12-03T10:00:00Z');
const seedsPage = renderReportPage(buildReportModel(fixtureDocuments('seed-situation.jsonl')), { generatedAt });

function byId(page: string, id: string) {
  return elements(parsePage(page)).find((e) => e.properties.id === id);
}

describe('report page', () => {
  it('is Vietnamese, self-contained, and has one script and one style sheet', () => {
    const all = elements(parsePage(seedsPage));
    expect(all.find((e) => e.tagName === 'html')?.properties.lang).toBe('vi');
    expect(all.filter((e) => e.tagName === 'script')).toHaveLength(1);
    expect(all.filter((e) => e.tagName === 'script' && e.properties.src)).toHaveLength(0);
    expect(all.filter((e) => e.tagName === 'link')).toHaveLength(0);
    expect(seedsPage).toContain('Báo cáo rà soát chỉ tiêu chuyển đổi số');
    expect(seedsPage).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('lists all 63 units, four with evidence and 59 without', () => {
    const rows = elements(byId(seedsPage, 'coverage-table')!).filter((e) => e.tagName === 'tr' && e.properties.dataCode);
    expect(rows).toHaveLength(63);
    const without = rows.filter((r) => String(r.properties.className).includes('no-evidence'));
    expect(without).toHaveLength(59);
    const quangBinh = rows.find((r) => r.properties.dataCode === '44')!;
    expect(toText(quangBinh)).toContain('Nghị quyết');
    expect(toText(quangBinh)).toContain('đã ban hành');
    expect(toText(quangBinh)).toContain('Tỉnh ủy');
    expect(toText(byId(seedsPage, 'no-evidence-list')!)).toMatch(/^59 đơn vị chưa có bằng chứng: Hà Nội, Hà Giang/);
  });

  it('flags the 6,5% labour-productivity target under the national ≥ 7%', () => {
    const row = byId(seedsPage, 'mt-44')!;
    const flagged = elements(row).filter((e) => e.tagName === 'td' && String(e.properties.className).includes('lower'));
    const shown = flagged.map((td) => elements(td).filter((e) => e.tagName === 'a' || e.tagName === 'span').map((e) => toText(e).trim()));
    expect(shown).toEqual([
      ['≥ 6,5%', '▼ thấp hơn QG', 'QG: ≥ 7%'],
      ['> 75%', '▼ thấp hơn QG', 'QG: > 80%'],
    ]);
    const heading = elements(byId(seedsPage, 'matrix-table')!).find(
      (e) => e.tagName === 'th' && e.properties.dataIndicator === 'econ.labour-productivity.growth' && e.properties.dataYear === '2025',
    )!;
    expect(toText(heading)).toContain('QG: ≥ 7% (QĐ 749/QĐ-TTg)');
  });

  it('links every figure and instrument to an evidence entry that exists', () => {
    const all = elements(parsePage(seedsPage));
    const ids = new Set(all.map((e) => e.properties.id).filter(Boolean));
    const internal = all.filter((e) => e.tagName === 'a' && String(e.properties.href ?? '').startsWith('#'));
    expect(internal.length).toBeGreaterThan(20);
    for (const link of internal) expect(ids).toContain(String(link.properties.href).slice(1));
    const evidence = byId(seedsPage, 'ct-3-2')!;
    expect(toText(evidence)).toContain('năng suất lao động tăng tối thiểu 6,5%/năm');
    expect(elements(evidence).find((e) => e.tagName === 'mark')).toBeDefined();
  });

  it('draws the digital-economy chart with a bar per province and year', () => {
    const chart = byId(seedsPage, 'chart-digital-economy')!;
    const bars = elements(chart).filter((e) => e.tagName === 'a');
    expect(bars.map((b) => b.properties.href)).toEqual(['#ct-4-1', '#ct-1-1', '#ct-1-3', '#ct-3-1']);
    expect(toText(chart)).toContain('Quốc gia 2025: 20%');
  });
});

describe('a crafted article', () => {
  const page = renderReportPage(buildReportModel(fixtureDocuments('hostile.json')), { generatedAt });
  const all = elements(parsePage(page));

  it('injects no element, attribute or link', () => {
    expect(all.filter((e) => e.tagName === 'script')).toHaveLength(1);
    expect(all.filter((e) => ['img', 'iframe'].includes(e.tagName))).toHaveLength(0);
    expect(all.filter((e) => e.tagName === 'b' && ['đậm', 'chiếm'].includes(toText(e)))).toHaveLength(0);
    expect(all.filter((e) => e.tagName === 'svg')).toHaveLength(1);
    expect(all.filter((e) => e.tagName === 'style')).toHaveLength(1);
    for (const e of all) {
      expect(Object.keys(e.properties).filter((p) => /^on/i.test(p))).toEqual([]);
      expect(String(e.properties.href ?? '')).not.toMatch(/^\s*javascript:/i);
    }
  });

  it('shows the crafted text as text', () => {
    const text = toText(all.find((e) => e.tagName === 'body')!);
    expect(text).toContain('<script>window.__pwned=3</script>');
    expect(text).toContain('"><img src=x onerror="window.__pwned=1">');
  });

  it('keeps a Content-Security-Policy that admits only its own script', () => {
    const csp = all.find((e) => e.tagName === 'meta' && e.properties.httpEquiv)!;
    expect(String(csp.properties.content)).toMatch(/default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+';/);
  });
});

describe('a province many articles write about', () => {
  const quangBinh = fixtureDocuments('seed-situation.jsonl').find((d) => d.province === '44')!;
  const copies = Array.from({ length: 7 }, (_, i) => ({ ...quangBinh, id: `qb-${i + 1}`, title: `Bài ${i + 1}` }));
  const page = renderReportPage(buildReportModel(copies), { generatedAt });

  it('shows each instrument and each figure once, with a numbered link to every article', () => {
    const row = byId(page, 'pv-44')!;
    expect(elements(row).filter((e) => e.properties.className?.toString() === 'instrument')).toHaveLength(1);
    expect(toText(row)).toContain('7 nguồn: 1, 2, 3, 4, 5, 6, 7');
    const cells = elements(byId(page, 'mt-44')!).filter((e) => e.tagName === 'td' && String(e.properties.className).includes('lower'));
    expect(toText(cells[0])).toMatch(/^≥ 6,5% · 7 nguồn: 1, 2, 3, 4, 5, 6, 7 ▼ thấp hơn QG/);
  });

  it('names five documents in the row and counts the rest', () => {
    const row = byId(page, 'pv-44')!;
    expect(toText(row)).toContain('Bài 5');
    expect(toText(row)).not.toContain('Bài 6');
    expect(toText(row)).toContain('và 2 tài liệu khác (mục 4)');
  });
});

describe('a document the extraction could not read', () => {
  it('is listed with the reason', () => {
    const [hue] = fixtureDocuments('seed-situation.jsonl').filter((d) => d.province === '46');
    const failed = { ...hue, instruments: [], targets: [], errors: [{ code: 'UNREADABLE', message: 'EACCES: <không có quyền>' }] };
    const block = byId(renderReportPage(buildReportModel([failed]), { generatedAt }), 'tl-1')!;
    expect(toText(block)).toContain('Không đọc được: UNREADABLE: EACCES: <không có quyền>');
  });
});

describe('a range in the chart', () => {
  it('draws a solid bar to the lower end and a pale one on to the upper end', () => {
    const [hungYen] = fixtureDocuments('seed-situation.jsonl').filter((d) => d.province === '33');
    const share2030 = hungYen.targets.find((t) => t.indicator === 'econ.digital-economy.share-of-gdp' && t.year === 2030)!;
    const ranged = { ...share2030, value: 15, valueMax: 20, comparator: 'range' as const };
    const chart = byId(renderReportPage(buildReportModel([{ ...hungYen, targets: [ranged] }]), { generatedAt }), 'chart-digital-economy')!;
    const bar = elements(chart).find((e) => e.tagName === 'a')!;
    const [solid, pale] = elements(bar).filter((e) => e.tagName === 'rect');
    expect(Number(pale.properties.x)).toBeCloseTo(Number(solid.properties.x) + Number(solid.properties.width));
    expect(Number(pale.properties.fillOpacity)).toBe(0.35);
    expect(Number(pale.properties.width) * 3).toBeCloseTo(Number(solid.properties.width), 0);
    expect(toText(chart)).toContain('15–20%');
  });
});
