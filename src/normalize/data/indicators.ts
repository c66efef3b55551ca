// The indicator catalogue: every id of INDICATORS.md plus the well-evidenced extras, pillar by pillar. Where two
// entries tie on a metric phrase, the earlier one wins, so within a pillar the more specific entries come first.
import { ECON_INDICATORS } from './indicators-econ.js';
import { GOV_INDICATORS } from './indicators-gov.js';
import { INFRA_INDICATORS } from './indicators-infra.js';
import { RANK_INDICATORS } from './indicators-rank.js';
import { SOC_INDICATORS } from './indicators-soc.js';
import type { IndicatorEntry } from './indicators-types.js';

export const INDICATOR_CATALOGUE: readonly IndicatorEntry[] = [
  ...GOV_INDICATORS,
  ...ECON_INDICATORS,
  ...SOC_INDICATORS,
  ...INFRA_INDICATORS,
  ...RANK_INDICATORS,
];
