// A text that remembers where each of its characters came from in the decoded source: the provenance primitive.
// Every cleaning step (markup removal, entity decoding, NFC, furniture removal) builds a MappedText, so a span found
// by a rule in the cleaned text maps back to `source.slice(start, end)`.
//
// The map is a list of segments rather than an offset per character, so memory stays proportional to the number of
// edits, not to the length of the text. A segment is either linear (copied verbatim: view char k ↔ source char
// srcStart + k) or atomic (a replacement: every view char in it maps to the whole source range).

export interface SourceSpan {
  start: number;
  end: number;
}

export interface Segment {
  viewStart: number;
  srcStart: number;
  srcEnd: number;
  linear: boolean;
}

export class MappedText {
  private constructor(
    readonly text: string,
    private readonly segments: Segment[],
  ) {}

  /** A text that is its own source: identity map. */
  static identity(text: string): MappedText {
    return new MappedText(text, text.length ? [{ viewStart: 0, srcStart: 0, srcEnd: text.length, linear: true }] : []);
  }

  static fromSegments(text: string, segments: Segment[]): MappedText {
    return new MappedText(text, segments);
  }

  get length(): number {
    return this.text.length;
  }

  /** The map itself, for builders that splice mapped texts together. */
  get segmentList(): readonly Segment[] {
    return this.segments;
  }

  private segmentIndex(i: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].viewStart <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Source offset where view character `i` begins. */
  sourceStart(i: number): number {
    if (!this.segments.length) return 0;
    if (i >= this.text.length) return this.sourceEnd(this.text.length);
    const seg = this.segments[this.segmentIndex(i)];
    return seg.linear ? seg.srcStart + (i - seg.viewStart) : seg.srcStart;
  }

  /** Source offset where the view text up to (excluding) `end` ends, i.e. the end of character `end - 1`. */
  sourceEnd(end: number): number {
    if (!this.segments.length) return 0;
    if (end <= 0) return this.sourceStart(0);
    const seg = this.segments[this.segmentIndex(end - 1)];
    return seg.linear ? seg.srcStart + (end - seg.viewStart) : seg.srcEnd;
  }

  /** The source span of view span [start, end). */
  sourceSpan(start: number, end: number): SourceSpan {
    if (end <= start) {
      const at = this.sourceStart(start);
      return { start: at, end: at };
    }
    return { start: this.sourceStart(start), end: this.sourceEnd(end) };
  }

  /**
   * Compose: `this` maps into `inner.text`, `inner` maps into the source. The result maps `this.text` straight into
   * the source of `inner`.
   */
  over(inner: MappedText): MappedText {
    const out: Segment[] = [];
    for (let s = 0; s < this.segments.length; s++) {
      const seg = this.segments[s];
      const viewEnd = s + 1 < this.segments.length ? this.segments[s + 1].viewStart : this.text.length;
      if (!seg.linear) {
        const span = inner.sourceSpan(seg.srcStart, seg.srcEnd);
        out.push({ viewStart: seg.viewStart, srcStart: span.start, srcEnd: span.end, linear: false });
        continue;
      }
      // A linear run of `this` may cross several segments of `inner`: split it at their borders.
      let v = seg.viewStart;
      let m = seg.srcStart;
      while (v < viewEnd) {
        const k = inner.segmentIndex(m);
        const innerSeg = inner.segments[k];
        const innerEnd = k + 1 < inner.segments.length ? inner.segments[k + 1].viewStart : inner.text.length;
        const run = Math.min(viewEnd - v, innerEnd - m);
        if (innerSeg.linear) {
          out.push({ viewStart: v, srcStart: innerSeg.srcStart + (m - innerSeg.viewStart), srcEnd: 0, linear: true });
          out[out.length - 1].srcEnd = out[out.length - 1].srcStart + run;
        } else {
          out.push({ viewStart: v, srcStart: innerSeg.srcStart, srcEnd: innerSeg.srcEnd, linear: false });
        }
        v += run;
        m += run;
      }
    }
    return new MappedText(this.text, mergeSegments(out));
  }
}

function mergeSegments(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segs) {
    const last = out[out.length - 1];
    if (last && last.linear && seg.linear && last.srcEnd === seg.srcStart && seg.viewStart - last.viewStart === last.srcEnd - last.srcStart) {
      last.srcEnd = seg.srcEnd;
      continue;
    }
    out.push({ ...seg });
  }
  return out;
}

/** Builds a MappedText piece by piece, each piece saying where in the source it came from. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;

  /** Text copied verbatim from the source at `srcStart`. */
  copy(text: string, srcStart: number): this {
    if (!text) return this;
    const last = this.segments[this.segments.length - 1];
    if (last && last.linear && last.srcEnd === srcStart && this.length - last.viewStart === last.srcEnd - last.srcStart) {
      last.srcEnd += text.length;
    } else {
      this.segments.push({ viewStart: this.length, srcStart, srcEnd: srcStart + text.length, linear: true });
    }
    this.parts.push(text);
    this.length += text.length;
    return this;
  }

  /** Text that stands for the source range [srcStart, srcEnd) as a whole (an entity, a composed letter). */
  replace(text: string, srcStart: number, srcEnd: number): this {
    if (!text) return this;
    this.segments.push({ viewStart: this.length, srcStart, srcEnd, linear: false });
    this.parts.push(text);
    this.length += text.length;
    return this;
  }

  /** A mapped text appended whole, keeping its map (its source must be the builder's source). */
  append(piece: MappedText): this {
    const segs = piece.segmentList;
    for (let s = 0; s < segs.length; s++) {
      const seg = segs[s];
      const viewEnd = s + 1 < segs.length ? segs[s + 1].viewStart : piece.text.length;
      const text = piece.text.slice(seg.viewStart, viewEnd);
      if (seg.linear) this.copy(text, seg.srcStart);
      else this.replace(text, seg.srcStart, seg.srcEnd);
    }
    return this;
  }

  /** Text with no source of its own (a paragraph break between blocks), anchored at source offset `at`. */
  insert(text: string, at: number): this {
    return this.replace(text, at, at);
  }

  get size(): number {
    return this.length;
  }

  /** The last character appended, or '' when empty. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] : '';
  }

  build(): MappedText {
    return MappedText.fromSegments(this.parts.join(''), this.segments);
  }
}
