// An instrument named in running text: `Ban Thường vụ Tỉnh ủy đã ban hành Nghị quyết số 09-NQ/TU ngày 5/2/2022 về
// chuyển đổi số toàn diện tỉnh Quảng Ninh đến năm 2025, định hướng đến năm 2030`.
import type { Issuer } from '../../output/schema.js';
import { clauseEnd, clauseStart } from './clause.js';
import { horizonBetween } from './horizon.js';
import { readIssueDate } from './issue-date.js';
import { isGenericOwner, isNationalIssuer, issuerBeforeCue, issuerInTitle, issuerNames } from './issuer.js';
import { WELL_KNOWN_NATIONAL } from './national-instruments.js';
import type { NounMention } from './noun-mentions.js';
import { provinceIn, type DocumentContext, type MentionReading } from './reading.js';
import { statusAfter, statusBefore } from './status.js';
import { hasNationalScope, readSubject } from './subject.js';
import { titleWindow } from './title-window.js';
import { titleWords } from './title-words.js';

const NESTED_AFTER = /(?<!\p{L})về(?:\s+việc)?\s+$/u;
const PLURAL_BEFORE = /(?<!\p{L})(?:các|những|nhiều|mọi)\s+$/u;
/** How far back a generic owner may stand and still be the subject of the making verb. */
const GENERIC_REACH = 60;

/** The reading of the noun `mention` (index `i` in `ctx.nouns`), or null when it names no single instrument. */
export function readRunningMention(ctx: DocumentContext, i: number): MentionReading | null {
  const { canonical, nfc } = ctx;
  const mention: NounMention = ctx.nouns[i];
  const trace: string[] = [];
  const from = clauseStart(canonical, mention.start);
  const before = canonical.slice(from, mention.start);
  // A noun in another instrument's title (`dự thảo Nghị quyết … về Chương trình chuyển đổi số …`) is that title.
  if (NESTED_AFTER.test(before) && ctx.anyNouns.some((n) => n.end <= mention.start && n.start >= from)) return null;
  if (PLURAL_BEFORE.test(before)) return null;

  const nextNoun = ctx.anyNouns.find((n) => n.start >= mention.end)?.start ?? canonical.length;
  const numberEnd = mention.number?.end ?? null;
  const window = titleWindow(canonical, numberEnd ?? mention.end, nextNoun);
  const ownFrom = mention.end;
  const ownEnd = window.ownEnd;

  if (isGenericOwner(canonical, ownFrom, Math.min(ownEnd, ownFrom + 40))) return null;

  const otherNouns = ctx.anyNouns.map((n) => n.start);
  const passive = statusAfter(canonical, window.end, clauseEnd(canonical, window.end, 160));
  const status = passive ?? statusBefore(canonical, from, mention.start, otherNouns);
  trace.push(status.trace);
  const making = status.status !== 'referenced';
  if (making && isGenericOwner(canonical, Math.max(from, mention.start - GENERIC_REACH), mention.start)) return null;

  const horizon = horizonBetween(canonical, ctx.years, ownFrom, ownEnd);
  const titleEnd = horizon.end ?? ownEnd;
  const date = readIssueDate(canonical, numberEnd ?? mention.end, Math.min(ownEnd, (numberEnd ?? mention.end) + 40));

  const fromTitle = issuerInTitle(canonical, ownFrom, ownEnd, numberEnd);
  let issuer: Issuer | null = fromTitle?.issuer ?? mention.number?.issuer ?? null;
  let issuerSpan: { start: number; end: number } | null = fromTitle;
  if (!issuer && status.agent) {
    const agent = issuerNames(canonical, status.agent.start, status.agent.end)[0];
    if (agent) [issuer, issuerSpan] = [agent.issuer, { start: agent.start, end: status.agent.end }];
  }
  if (!issuer && status.status === 'issued' && status.cue && status.cue.end <= mention.start) {
    const subject = issuerBeforeCue(canonical, from, status.cue.start);
    if (subject) [issuer, issuerSpan] = [subject.issuer, { start: subject.start, end: status.cue.start }];
  }
  if (!issuer && mention.number && !mention.number.text.match(/\D/u)) {
    const known = WELL_KNOWN_NATIONAL.find((k) => k.type === mention.type && Number(k.number) === Number(mention.number?.key));
    if (known) {
      issuer = known.issuer;
      trace.push('issuer:well-known');
    }
  }

  const province = provinceIn(ctx, ownFrom, titleEnd) ?? (issuerSpan ? provinceIn(ctx, issuerSpan.start, issuerSpan.end + 1) : null);
  const national = isNationalIssuer(issuer) || hasNationalScope(canonical, ownFrom, ownEnd);
  const words = titleWords(canonical, numberEnd ?? ownFrom, titleEnd, ctx.provinces);
  const subject = readSubject(canonical, ownFrom, window.end, words);
  trace.push(`subject:${subject}`);
  const titled = titleEnd > (numberEnd ?? mention.end) && (words.size > 0 || horizon.years.length > 0);
  const start = status.cue && status.cue.end <= mention.start ? status.cue.start : mention.start;
  const end = Math.max(titleEnd, numberEnd ?? mention.end, mention.end);
  return {
    type: mention.type,
    start,
    end,
    nounStart: mention.start,
    status: status.status,
    issuer,
    province,
    national,
    number: mention.number,
    date: date?.iso ?? null,
    horizon: horizon.years,
    title: titled ? nfc.slice(mention.start, titleEnd).replace(/\s+/gu, ' ') : null,
    words,
    subject,
    trace,
  };
}
