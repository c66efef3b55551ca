import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE } from '../../src/normalize/data/indicators.js';
import { foldWord, indicatorWords, matchIndicator, nationalTargetFor } from '../../src/normalize/indicators.js';
import type { Unit } from '../../src/output/schema.js';

interface SpecCase {
  metric: string;
  unit: Unit;
  id: string | null;
}

const spec = JSON.parse(readFileSync(new URL('../specs/indicators.json', import.meta.url), 'utf8')) as { cases: SpecCase[] };

/** The ids INDICATORS.md makes the contract: gold files and other tools join on them. */
const REQUIRED_IDS = [
  'gov.online-services.full-process-share',
  'gov.online-services.share',
  'gov.online-services.uptake',
  'gov.applications.online-share',
  'gov.applications.full-online-share',
  'gov.applications.digitization-share',
  'gov.applications.online-payment-share',
  'gov.online-services.national-portal-integration',
  'gov.services.satisfaction-share',
  'gov.work-records.online-processing-share',
  'gov.documents.electronic-exchange-share',
  'gov.data.databases-completion',
  'gov.data.databases-sharing',
  'gov.inspection.digital-share',
  'gov.reporting.online-share',
  'gov.cloud.agency-share',
  'gov.budget.dx-share',
  'econ.digital-economy.share-of-gdp',
  'econ.digital-economy.sector-share',
  'econ.labour-productivity.growth',
  'econ.ecommerce.retail-share',
  'econ.digital-tech-enterprises.count',
  'econ.enterprises.ict-adoption-share',
  'econ.enterprises.e-transaction-share',
  'econ.enterprises.e-invoice-share',
  'econ.sme.digital-platform-share',
  'soc.payments.e-payment-account-share',
  'soc.online-public-services.adult-use-share',
  'soc.payments.bank-account-share',
  'soc.identity.digital-id-share',
  'soc.identity.digital-signature-share',
  'soc.health.ehr-share',
  'soc.health.telemedicine-facility-share',
  'soc.education.remote-learning-facility-share',
  'soc.skills.basic-digital-skills-share',
  'infra.fiber.household-share',
  'infra.internet.household-share',
  'infra.internet.user-share',
  'infra.mobile.4g-coverage',
  'infra.mobile.5g-coverage',
  'sec.soc-monitoring.agency-share',
  'urban.smart-cities.count',
  'rank.dti',
  'rank.dti.digital-government',
  'rank.cybersecurity',
  'rank.egdi',
  'rank.idi',
  'rank.gii',
  'rank.gci-competitiveness',
  'index.dti',
];

describe('indicator spec corpus (test/specs/indicators.json)', () => {
  it.each(spec.cases)('$metric [$unit] → $id', ({ metric, unit, id }) => {
    expect(matchIndicator(metric, unit).id).toBe(id);
  });
});

describe('indicator catalogue', () => {
  it('holds every id of INDICATORS.md, once', () => {
    const ids = INDICATOR_CATALOGUE.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
  });

  it('follows the id scheme and names every entry in both languages', () => {
    for (const entry of INDICATOR_CATALOGUE) {
      expect(entry.id).toMatch(/^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*){1,2}$/);
      expect(entry.nameVi.length).toBeGreaterThan(0);
      expect(entry.nameEn.length).toBeGreaterThan(0);
      expect(entry.phrasings.length).toBeGreaterThan(0);
      for (const phrasing of entry.phrasings) expect(indicatorWords(phrasing).length).toBeGreaterThan(0);
    }
  });

  it('gives every national target a year, a comparator and its source decision', () => {
    for (const entry of INDICATOR_CATALOGUE) {
      for (const target of entry.nationalTargets) {
        expect(target.year).toBeGreaterThanOrEqual(2020);
        expect(target.source).toMatch(/^(QĐ|NQ|Bộ) /);
        if (entry.unit === 'rank') expect(target.comparator).toBe('lte');
      }
    }
  });
});

describe('indicatorWords', () => {
  it('reads the canonical view: lower case, new-style tones, abbreviations expanded, spelling variants unified', () => {
    expect(indicatorWords('Tỉ lệ DVCTT')).toEqual(['tỷ', 'lệ', 'dịch', 'vụ', 'công', 'trực', 'tuyến']);
    expect(indicatorWords('số hóa hồ sơ TTHC')).toEqual(['số', 'hoá', 'hồ', 'sơ', 'thủ', 'tục', 'hành', 'chính']);
    expect(indicatorWords('mức độ 3,4')).toEqual(indicatorWords('mức độ 3, 4'));
  });

  it('folds diacritics and the y/i spelling pair for the diacritic-free stage', () => {
    expect(foldWord('đường')).toBe('duong');
    expect(foldWord('tỷ')).toBe(foldWord('tỉ'));
  });
});

describe('matchIndicator stages', () => {
  it('scores a whole-phrase match 1 and a phrase inside extra words lower, both as exact', () => {
    expect(matchIndicator('hồ sơ công việc', 'percent')).toEqual({
      id: 'gov.work-records.online-processing-share',
      score: 1,
      method: 'exact',
    });
    const inside = matchIndicator('90% hồ sơ công việc tại cấp tỉnh, thành phố được xử lý trên môi trường mạng', 'percent');
    expect(inside.id).toBe('gov.work-records.online-processing-share');
    expect(inside.method).toBe('exact');
    expect(inside.score).toBeLessThan(1);
    expect(inside.score).toBeGreaterThan(0.6);
  });

  it('matches text typed without diacritics on the folded key', () => {
    const match = matchIndicator('ty le dan so co tai khoan thanh toan dien tu', 'percent');
    expect(match).toMatchObject({ id: 'soc.payments.e-payment-account-share', method: 'folded' });
  });

  it('falls back to fuzzy words for a misspelt word', () => {
    expect(matchIndicator('doanh nghệp số', 'count')).toMatchObject({
      id: 'econ.digital-tech-enterprises.count',
      method: 'fuzzy',
    });
  });

  it('does not stretch fuzzy matching to different short syllables', () => {
    expect(matchIndicator('năng xuất lúa', 'percent')).toEqual({ id: null, score: 0, method: 'none' });
  });

  it('lets the longest phrasing decide between entries sharing a head noun', () => {
    expect(matchIndicator('dịch vụ công trực tuyến', 'percent').id).toBe('gov.online-services.share');
    expect(matchIndicator('dịch vụ công trực tuyến toàn trình', 'percent').id).toBe('gov.online-services.full-process-share');
    expect(matchIndicator('người dân sử dụng dịch vụ công trực tuyến', 'percent').id).toBe('gov.online-services.uptake');
  });

  it('drops an entry whose negative cue is present', () => {
    // `hồ sơ … trực tuyến` alone would be the online share; `thanh toán` makes it the payment share.
    expect(matchIndicator('hồ sơ thủ tục hành chính được thanh toán trực tuyến', 'percent').id).toBe(
      'gov.applications.online-payment-share',
    );
    expect(matchIndicator('kinh tế số trong từng ngành', 'percent').id).toBe('econ.digital-economy.sector-share');
  });

  it('only matches entries of the figure unit', () => {
    expect(matchIndicator('chuyển đổi số', 'rank').id).toBe('rank.dti');
    expect(matchIndicator('chuyển đổi số', 'rank-change').id).toBe('rank.dti');
    expect(matchIndicator('chuyển đổi số', 'score').id).toBe('index.dti');
    expect(matchIndicator('chuyển đổi số', 'count').id).toBeNull();
  });

  it('gives nothing for an empty phrase or one without words', () => {
    expect(matchIndicator('', 'percent').id).toBeNull();
    expect(matchIndicator(' … 100% ', 'percent').id).toBeNull();
  });

  it('reads only the head of a huge input of digits and punctuation', () => {
    const run = '1.234,5% '.repeat(120_000);
    expect(matchIndicator(run, 'percent').id).toBeNull();
  });
});

describe('nationalTargetFor', () => {
  it('returns the national target of the same year, with its source decision', () => {
    expect(nationalTargetFor('econ.digital-economy.share-of-gdp', 2025)).toEqual({
      value: 20,
      comparator: 'eq',
      year: 2025,
      source: 'QĐ 749/QĐ-TTg',
    });
    expect(nationalTargetFor('rank.egdi', 2030)).toMatchObject({ value: 50, comparator: 'lte' });
  });

  it('takes the level into account where the target differs by level', () => {
    const id = 'gov.work-records.online-processing-share';
    expect(nationalTargetFor(id, 2025, 'province')?.value).toBe(90);
    expect(nationalTargetFor(id, 2025, 'ministry')?.value).toBe(90);
    expect(nationalTargetFor(id, 2025, 'district')?.value).toBe(80);
    expect(nationalTargetFor(id, 2025, 'commune')?.value).toBe(60);
    expect(nationalTargetFor(id, 2030, 'commune')?.value).toBe(70);
    expect(nationalTargetFor(id, 2025)).toBeNull();
  });

  it('ignores the level where the target holds for all levels', () => {
    expect(nationalTargetFor('gov.online-services.full-process-share', 2025, 'commune')?.value).toBe(80);
  });

  it('is null without a year, for a year without a target and for an unknown id', () => {
    expect(nationalTargetFor('econ.digital-economy.share-of-gdp', null)).toBeNull();
    expect(nationalTargetFor('econ.digital-economy.share-of-gdp', 2027)).toBeNull();
    expect(nationalTargetFor('no.such.indicator', 2025)).toBeNull();
  });
});
