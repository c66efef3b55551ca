// The instrument itself, or its cover: the type noun as a heading in capitals, the title in capitals below it, and
// above it the issuing body, the number and the place and date (`ỦY BAN NHÂN DÂN TỈNH VĨNH LONG … Số: 43/KH-UBND …
// Vĩnh Long, ngày 06 tháng 6 năm 2022 … KẾ HOẠCH / PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ …`). A `DỰ THẢO` mark above
// makes it a draft; a number or a date makes it issued.
import { phraseRegex, hasPhrase } from '../phrases.js';
import { horizonBetween } from './horizon.js';
import { readIssueDate } from './issue-date.js';
import { isNationalIssuer, issuerNames } from './issuer.js';
import type { NounMention } from './noun-mentions.js';
import { readNumberAt } from './reference-number.js';
import { provinceIn, type DocumentContext, type MentionReading } from './reading.js';
import { firstAtOrAfter } from '../spans.js';
import { readSubject } from './subject.js';
import { titleWords } from './title-words.js';
import { singleSpaced } from '../../ingest/white-space.js';

const DRAFT_MARK = phraseRegex(['dự thảo']);
const NUMBER_LABEL = /(?<!\p{L})số\s{0,3}:/gu;
/** How many blocks above the heading form the cover, and how many below may hold the title. */
const COVER_BLOCKS = 14;
const TITLE_BLOCKS = 4;
/** The issuing body's place follows its name (`ỦY BAN NHÂN DÂN / TỈNH GIA LAI`). */
const BODY_NAME_REACH = 40;

const inCapitals = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
/** A decision's subject line under its heading, in sentence case: `Về việc phê duyệt Đề án …`, `V/v ban hành …`. */
const SUBJECT_LINE = /^(?:Về|V\/v)\s/u;
/** The first heading of the body (`I. TÌNH HÌNH`, `1. MỤC TIÊU`) is no part of the title. */
const SECTION_HEADING = /^(?:[IVXLC]+|\d+)[.)]\s/u;

/** The reading of a heading noun (`KẾ HOẠCH` alone on its line), or null when `mention` is no such heading. */
export function readDocumentForm(ctx: DocumentContext, mention: NounMention): MentionReading | null {
  if (!mention.capitals) return null;
  const { nfc, canonical, blocks } = ctx;
  const at = firstAtOrAfter(blocks, mention.start);
  if (at >= blocks.length || blocks[at].start !== mention.start) return null;
  let titleEnd = blocks[at].end;
  for (let k = at + 1; k < blocks.length && k <= at + TITLE_BLOCKS; k++) {
    const line = nfc.slice(blocks[k].start, blocks[k].end);
    if (SECTION_HEADING.test(line) || !(inCapitals(line) || (k === at + 1 && SUBJECT_LINE.test(line)))) break;
    titleEnd = blocks[k].end;
    if (!inCapitals(line)) break;
  }
  if (titleEnd <= mention.end) return null;

  const coverFrom = blocks[Math.max(0, at - COVER_BLOCKS)].start;
  NUMBER_LABEL.lastIndex = 0;
  const label = [...canonical.slice(coverFrom, mention.start).matchAll(NUMBER_LABEL)].at(-1);
  const number = label ? readNumberAt(nfc, coverFrom + label.index) : mention.number;
  const date = readIssueDate(canonical, coverFrom, mention.start);
  const draft = hasPhrase(DRAFT_MARK, canonical, coverFrom, mention.start);
  const status = draft ? 'draft' : number || date ? 'issued' : 'referenced';
  const body = issuerNames(canonical, coverFrom, mention.start)[0] ?? null;
  const issuer = number?.issuer ?? body?.issuer ?? null;
  const bodyPlace = body ? provinceIn(ctx, body.start, Math.min(mention.start, body.end + BODY_NAME_REACH)) : null;
  const province = provinceIn(ctx, mention.end, titleEnd) ?? bodyPlace;
  const horizon = horizonBetween(canonical, ctx.years, mention.end, titleEnd);
  const words = titleWords(canonical, mention.end, titleEnd, ctx.provinces);
  return {
    type: mention.type,
    start: mention.start,
    end: titleEnd,
    nounStart: mention.start,
    status,
    issuer,
    province,
    national: isNationalIssuer(issuer),
    localOwner: false,
    governed: true,
    number,
    date: date?.iso ?? null,
    horizon: horizon.years,
    title: singleSpaced(nfc.slice(mention.start, titleEnd)),
    words,
    subject: readSubject(canonical, mention.end, titleEnd, words),
    digitalSentence: () => false,
    trace: [`document-form:${status}`],
  };
}
