// Figure candidates → contract targets: owner to province code, metric to indicator id, view spans to source
// evidence; one claim stated twice (lede and body) becomes one target with every span in `mentions`.
import type { FigureCandidate } from '../extract/types.js';
import type { IngestedDocument } from '../ingest/types.js';
import type { Diagnostic, Target } from '../output/schema.js';
import type { DocumentPlace } from './document-province.js';
import { matchIndicator, nationalTargetFor } from './indicators.js';
import { evidenceOf } from './index.js';
import { provinceFields } from './provinces.js';
import { nfc } from '../ingest/canonical.js';
import { unitTest } from '../ingest/unit-class.js';
import { foldedGaps, isEvenlySpaced } from '../ingest/white-space.js';
import { memoized } from '../extract/memo.js';

export function normalizeTargets(
  doc: IngestedDocument,
  figures: FigureCandidate[],
  place: DocumentPlace,
): { targets: Target[]; warnings: Diagnostic[] } {
  const targets: Target[] = [];
  const warnings: Diagnostic[] = [];
  const claims = new Claims();
  for (const f of figures) {
    const target = toTarget(doc, f, place);
    const same = claims.sameAs(target);
    if (same) {
      same.mentions = [...(same.mentions ?? [same.evidence]), target.evidence];
      same.confidence = Math.max(same.confidence, target.confidence);
      continue;
    }
    targets.push(target);
    if (target.indicator === null) {
      warnings.push({ code: 'UNKNOWN_INDICATOR', message: `no catalogue indicator for the metric «${target.metric}» (${target.value} ${target.unit})` });
    }
  }
  for (const t of targets) if (t.mentions && t.mentions.length < 2) delete t.mentions;
  return { targets, warnings };
}

function toTarget(doc: IngestedDocument, f: FigureCandidate, place: DocumentPlace): Target {
  const { code, era } = ownerCode(f, place);
  const match = matchIndicator(f.metric, f.unit);
  const province = provinceFields(code, era);
  // One literal with every key in output order: V8 builds it in one step (a spread or Object.assign adds key by key).
  const target: Target = {
    province: province.province,
    provinceName: province.provinceName,
    provinceEra: province.provinceEra,
    province2025: province.province2025,
    indicator: match.id,
    metric: f.metric,
    level: f.level,
    value: f.value,
    unit: f.unit,
    comparator: f.comparator,
    year: f.year,
    kind: f.kind,
    evidence: evidenceOf(doc, f.start, f.end),
    sentence: sentenceOf(doc, f),
    nationalTarget: match.id ? nationalTargetFor(match.id, f.year, f.level) : null,
    confidence: f.confidence,
  };
  if (f.valueMax !== undefined) target.valueMax = f.valueMax;
  return target;
}

function sentenceOf(doc: IngestedDocument, f: FigureCandidate): string {
  const sentence = doc.view.text.slice(f.sentence.start, f.sentence.end);
  return doc.nfcStable ? sentence : nfc(sentence);
}

function ownerCode(f: FigureCandidate, place: DocumentPlace): { code: string | null; era: DocumentPlace['era'] } {
  if (f.owner.kind === 'province') return { code: f.owner.code, era: f.owner.era };
  if (f.owner.kind === 'national') return { code: null, era: place.era };
  return { code: place.code, era: place.era };
}

// The same claim: same owner, indicator, metric words, level, value, unit, comparator, year and kind. Two claims
// with one indicator and one value (`100% các xã có cáp quang`, `tỷ lệ xã có Internet băng rộng đạt 100%`) stay two.
class Claims {
  /** The claims met so far, by every field but the metric words: those are read only when the other fields agree. */
  private readonly byFields = new Map<string, { first: Target; byWords?: Map<string, Target> }>();

  /** The claim met earlier that `t` states again; otherwise `t` is remembered as a new claim and undefined returned. */
  sameAs(t: Target): Target | undefined {
    // Written as `[…].join('|')` would write each field (null and undefined as nothing); no field holds a `|`.
    const key = `${t.province ?? ''}|${t.indicator ?? ''}|${t.level ?? ''}|${t.value}|${t.valueMax ?? ''}|${t.unit}|${t.comparator}|${t.year ?? ''}|${t.kind}`;
    const group = this.byFields.get(key);
    if (!group) {
      this.byFields.set(key, { first: t });
      return undefined;
    }
    group.byWords ??= new Map([[claimWords(group.first.metric), group.first]]);
    const words = claimWords(t.metric);
    const same = group.byWords.get(words);
    if (!same) group.byWords.set(words, t);
    return same;
  }
}

const SPACE_OR_PUNCTUATION_RUN = /[\s\p{P}]+/gu;
const isSpaceOrPunctuation = unitTest(/[\s\p{P}]/u);

/** Claim words by metric, for the document at hand: one document states a metric several times. */
const claimWords = memoized(readClaimWords);

/**
 * The metric in lower case, each run of spaces and punctuation one space, trimmed. A loop over a per-character table:
 * the regular expression costs ~80 ns a character; beyond the BMP (surrogates) it still decides.
 */
function readClaimWords(metric: string): string {
  const lower = metric.toLowerCase();
  if (isEvenlySpaced(lower, isSpaceOrPunctuation)) return lower; // most metrics: nothing to fold
  return foldedGaps(lower, isSpaceOrPunctuation) ?? lower.replace(SPACE_OR_PUNCTUATION_RUN, ' ').trim();
}
