// An instrument named in running text: `Ban Thường vụ Tỉnh ủy đã ban hành Nghị quyết số 09-NQ/TU ngày 5/2/2022 về
// chuyển đổi số toàn diện tỉnh Quảng Ninh đến năm 2025, định hướng đến năm 2030`.
import type { Issuer } from '../../output/schema.js';
import { clauseEnd, clauseStart, sentenceStart } from './clause.js';
import { horizonBetween, type Horizon } from './horizon.js';
import { readIssueDate } from './issue-date.js';
import { isGenericOwner, isNationalIssuer, issuerBeforeCue, issuerInTitle, issuerNames } from './issuer.js';
import { WELL_KNOWN_NATIONAL, type WellKnownInstrument } from './national-instruments.js';
import type { NounMention } from './noun-mentions.js';
import { lastProvinceIn, namesUnnamedProvince, provinceIn, type DocumentContext, type MentionReading } from './reading.js';
import { firstAtOrAfter, startingIn } from '../spans.js';
import { statusAfter, statusBefore, type StatusReading } from './status.js';
import { digitalSentence, hasNationalScope, readSubject } from './subject.js';
import { titleWindow, type TitleWindow } from './title-window.js';
import { titleWords } from './title-words.js';
import { singleSpaced } from '../../ingest/white-space.js';
import { endsWithPhraseThenSpace, phraseEndsAt, spaceRunStart, tailPhrases } from './text-tail.js';

const COORDINATION = /^[\s,]*(?:(?:và|hoặc)\s+)?(?:dự thảo\s+)?$/u;
/** Verbs that take the next instrument as their object, written with single spaces. */
const TAKES_OBJECT = ['ban hành', 'phê duyệt', 'triển khai', 'thực hiện', 'xây dựng'].map((verb) => [verb]);
const VERB_GAP = /^\s*(?:về việc\s+)?(?:ban hành|phê duyệt|triển khai|thực hiện|xây dựng)\s+$/u;
/** What a noun inside another instrument's title follows, and what a plural noun follows: then white space. */
const NESTED_AFTER = tailPhrases(['về việc', 'về']);
const PLURAL_BEFORE = tailPhrases(['các', 'những', 'nhiều', 'mọi']);
/** Beyond this a noun is past any title window, nested or not. */
const NESTING_REACH = 300;
/** How far before a making verb its subject may name a place. */
const AGENT_REACH = 50;
/** How far a sentence runs around a noun, each way. */
const SENTENCE_REACH = 400;
/** How far back a generic owner may stand and still be the subject of the making verb. */
const GENERIC_REACH = 60;

/** A national instrument on digital transformation cited by its number alone (`Nghị quyết 57`, `749/QĐ-TTg`). */
function wellKnownNational(mention: NounMention): WellKnownInstrument | undefined {
  const number = mention.number;
  if (!number) return undefined;
  const key = Number(number.key);
  return WELL_KNOWN_NATIONAL.find(
    (k) => k.type === mention.type && Number(k.number) === key && (!number.issuer || isNationalIssuer(number.issuer)),
  );
}

/** The title window after `from` (the noun or its number), its horizon and where the title ends. */
function titleSpan(ctx: DocumentContext, from: number): { window: TitleWindow; horizon: Horizon; titleEnd: number } {
  // A noun after `về` is inside this title (`Nghị quyết … về Chương trình chuyển đổi số …`): the title runs over it.
  let k = firstAtOrAfter(ctx.anyNouns, from);
  const nested = (n: { start: number }) => endsWithPhraseThenSpace(ctx.canonical, Math.max(from, n.start - 12), n.start, NESTED_AFTER);
  while (k < ctx.anyNouns.length && ctx.anyNouns[k].start < from + NESTING_REACH && nested(ctx.anyNouns[k])) k++;
  const nextNoun = ctx.anyNouns[k]?.start ?? ctx.canonical.length;
  const window = titleWindow(ctx.nfc, ctx.canonical, from, nextNoun);
  const horizon = horizonBetween(ctx.canonical, ctx.years, from, window.ownEnd);
  return { window, horizon, titleEnd: horizon.end ?? window.ownEnd };
}

/**
 * A noun listed before another that carries the title (`dự thảo Đề án, dự thảo Nghị quyết về chuyển đổi số …`)
 * shares that title: its words after the partner's noun, and its horizon.
 */
function coordinatedTitle(ctx: DocumentContext, nounEnd: number, windowEnd: number): { title: string; horizon: number[] } | null {
  const partner = ctx.anyNouns[firstAtOrAfter(ctx.anyNouns, nounEnd)];
  if (!partner || partner.start >= windowEnd || !COORDINATION.test(ctx.canonical.slice(nounEnd, partner.start))) return null;
  const { horizon, titleEnd } = titleSpan(ctx, partner.end);
  const tail = singleSpaced(ctx.nfc.slice(partner.end, titleEnd)).trim();
  return tail ? { title: tail, horizon: horizon.years } : null;
}

/**
 * A title that ends in a verb whose object is the next instrument (`Quyết định … phê duyệt Đề án …`, `Kế hoạch
 * triển khai Nghị quyết …`) runs on through that instrument's title.
 */
function objectTitleEnd(ctx: DocumentContext, titleEnd: number): number {
  const object = ctx.anyNouns[firstAtOrAfter(ctx.anyNouns, titleEnd)];
  if (!object) return titleEnd;
  const gap = ctx.canonical.slice(titleEnd, object.start);
  // The title's last 24 characters end with such a verb, white space after it or not.
  const lastWords = Math.max(0, titleEnd - 24);
  const verbEnds = phraseEndsAt(ctx.canonical, lastWords, spaceRunStart(ctx.canonical, lastWords, titleEnd), TAKES_OBJECT);
  if (!(/^\s*$/u.test(gap) && verbEnds) && !VERB_GAP.test(gap)) return titleEnd;
  return titleSpan(ctx, object.end).titleEnd;
}

/**
 * An item of a list after `;` (`Kỳ họp đã thông qua 12 nghị quyết, trong đó có Nghị quyết …; Nghị quyết …`) stands
 * where the list's first item stands: the cue before that item governs them all.
 */
function listStatus(ctx: DocumentContext, clauseFrom: number): StatusReading | null {
  if (ctx.canonical[clauseFrom - 1] !== ';') return null;
  const from = sentenceStart(ctx.canonical, clauseFrom);
  const first = ctx.anyNouns[firstAtOrAfter(ctx.anyNouns, from)];
  if (!first || first.start >= clauseFrom) return null;
  const lead = statusBefore(ctx.canonical, from, first.start, ctx.anyNouns);
  return lead.cue ? { ...lead, trace: `${lead.trace}:list` } : null;
}

/**
 * Who issues the instrument: named in its title, coded in its number, the agent of a passive, the subject of the
 * issuing verb, or the issuer of the well-known national instrument it is. `issuerSpan` is where the name stands.
 */
function readIssuer(
  ctx: DocumentContext,
  mention: NounMention,
  clauseFrom: number,
  ownEnd: number,
  status: StatusReading,
  known: WellKnownInstrument | undefined,
): { issuer: Issuer | null; issuerSpan: { start: number; end: number } | null } {
  const { canonical } = ctx;
  const fromTitle = issuerInTitle(canonical, mention.end, ownEnd, mention.number?.end ?? null);
  let issuer: Issuer | null = fromTitle?.issuer ?? mention.number?.issuer ?? null;
  let issuerSpan: { start: number; end: number } | null = fromTitle;
  if (!issuer && status.agent) {
    const agent = issuerNames(canonical, status.agent.start, status.agent.end)[0];
    if (agent) [issuer, issuerSpan] = [agent.issuer, { start: agent.start, end: status.agent.end }];
  }
  if (!issuer && status.status === 'issued' && status.cue && status.cue.end <= mention.start) {
    const subject = issuerBeforeCue(canonical, clauseFrom, status.cue.start);
    if (subject) [issuer, issuerSpan] = [subject.issuer, { start: subject.start, end: status.cue.start }];
  }
  if (known && (!issuer || issuer === known.issuer)) issuer = known.issuer;
  return { issuer, issuerSpan };
}

/** The reading of the noun `mention` (index `i` in `ctx.nouns`), or null when it names no single instrument. */
export function readRunningMention(ctx: DocumentContext, i: number): MentionReading | null {
  const { canonical, nfc } = ctx;
  const mention: NounMention = ctx.nouns[i];
  const trace: string[] = [];
  const from = clauseStart(canonical, mention.start);
  // A noun in another instrument's title (`dự thảo Nghị quyết … về Chương trình chuyển đổi số …`) is that title.
  const nested = endsWithPhraseThenSpace(canonical, from, mention.start, NESTED_AFTER);
  if (nested && startingIn(ctx.anyNouns, from, mention.start).length > 0) return null;
  if (endsWithPhraseThenSpace(canonical, from, mention.start, PLURAL_BEFORE)) return null;

  const numberEnd = mention.number?.end ?? null;
  const { window, horizon, titleEnd } = titleSpan(ctx, numberEnd ?? mention.end);
  const ownFrom = mention.end;
  const ownEnd = window.ownEnd;

  if (isGenericOwner(canonical, ownFrom, Math.min(ownEnd, ownFrom + 40))) return null;

  const passive = statusAfter(canonical, window.end, clauseEnd(canonical, window.end, 160));
  const own = passive ?? statusBefore(canonical, from, mention.start, ctx.anyNouns);
  const status = own.cue || own.prospective ? own : (listStatus(ctx, from) ?? own);
  trace.push(status.trace);
  const making = status.status !== 'referenced' || status.prospective;
  if (making && isGenericOwner(canonical, Math.max(from, mention.start - GENERIC_REACH), mention.start)) return null;


  const known = wellKnownNational(mention);
  const { issuer, issuerSpan } = readIssuer(ctx, mention, from, ownEnd, status, known);

  // The place the instrument names: in its title, its issuer, or as the subject of the making verb (`Hà Nội ban hành
  // Kế hoạch …`, `Đà Nẵng: Thông qua Đề án …`).
  // A cue in this clause (not a list's lead) starts the evidence, and its subject may name the place and the date.
  const cueBefore = status.cue && status.cue.start >= from && status.cue.end <= mention.start ? status.cue : null;
  // The date after the number (`số 09-NQ/TU ngày 5/2/2022`), or the dateline of the news of issue (`Ngày 20/10/2022,
  // Tỉnh ủy … ban hành Nghị quyết …`).
  const date =
    readIssueDate(canonical, numberEnd ?? mention.end, Math.min(ownEnd, (numberEnd ?? mention.end) + 40)) ??
    (status.status === 'issued' && cueBefore ? readIssueDate(canonical, from, cueBefore.start) : null);
  const madeBy = making && cueBefore ? lastProvinceIn(ctx, Math.max(from, cueBefore.start - AGENT_REACH), cueBefore.start) : null;
  const byIssuer = issuerSpan ? provinceIn(ctx, issuerSpan.start, issuerSpan.end + 1) : null;
  const province = provinceIn(ctx, ownFrom, titleEnd) ?? byIssuer ?? madeBy;
  const national = isNationalIssuer(issuer) || hasNationalScope(canonical, ownFrom, ownEnd);
  const words = titleWords(canonical, numberEnd ?? ownFrom, titleEnd, ctx.provinces);
  const read = readSubject(canonical, ownFrom, window.end, words);
  // A well-known national instrument on digital transformation gives its subject to the one that carries it out
  // (`Chương trình hành động thực hiện Nghị quyết 57`).
  let carriesOutKnown = false;
  for (let k = firstAtOrAfter(ctx.nouns, ownEnd); k < ctx.nouns.length && ctx.nouns[k].start < window.end && !carriesOutKnown; k++) {
    carriesOutKnown = wellKnownNational(ctx.nouns[k]) !== undefined;
  }
  const subject = known || (read === 'other' && carriesOutKnown) ? 'digital' : read;
  trace.push(`subject:${subject}`, ...(known ? ['well-known'] : []));
  const titled = titleEnd > (numberEnd ?? mention.end) && (words.size > 0 || horizon.years.length > 0);
  const partner = titled || mention.number ? null : coordinatedTitle(ctx, mention.end, window.end);
  const start = cueBefore ? cueBefore.start : mention.start;
  const shownEnd = titled ? objectTitleEnd(ctx, titleEnd) : titleEnd;
  const end = Math.max(shownEnd, numberEnd ?? mention.end, mention.end);
  return {
    type: mention.type,
    start,
    end,
    nounStart: mention.start,
    status: status.status,
    issuer,
    province,
    national,
    governed: status.cue !== null,
    // `của UBND tỉnh`: the issuer's place is the province the document speaks from.
    localOwner:
      !province &&
      (namesUnnamedProvince(nfc, ownFrom, titleEnd) ||
        (issuerSpan !== null && namesUnnamedProvince(nfc, issuerSpan.start, issuerSpan.end + 8))),
    number: mention.number,
    date: date?.iso ?? null,
    horizon: partner?.horizon ?? horizon.years,
    title: titled
      ? singleSpaced(nfc.slice(mention.start, shownEnd))
      : partner
        ? `${nfc.slice(mention.start, mention.end)} ${partner.title}`
        : null,
    words,
    subject,
    digitalSentence: () =>
      subject === 'bare' &&
      digitalSentence(canonical, clauseStart(canonical, mention.start, SENTENCE_REACH), clauseEnd(canonical, mention.end, SENTENCE_REACH)),
    trace,
  };
}
