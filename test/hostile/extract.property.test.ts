// Property: real-style articles (fixtures/hostile/articles), mutated as crawled text is (NFD, zero-width characters,
// soft hyphens, NBSP, entities, CR line ends, cut at random points), never make extraction throw, and every
// evidence span of the output round-trips into the decoded source. Mutations that keep the meaning keep the figures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { processDocument } from '../../src/pipeline.js';
import type { ChitieuDocument } from '../../src/output/schema.js';

const DIR = new URL('../../fixtures/hostile/articles/', import.meta.url).pathname;
const ARTICLES = readdirSync(DIR)
  .sort()
  .map((name) => ({ name, text: readFileSync(join(DIR, name), 'utf8') }));
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];

interface Extracted {
  doc: ChitieuDocument;
  sourceText: string;
}

function run(name: string, text: string): Extracted[] {
  return ingestBytes({ bytes: new TextEncoder().encode(text), source: name }).map((ingested) => ({
    doc: processDocument(ingested),
    sourceText: ingested.sourceText,
  }));
}

function badSpans({ doc, sourceText }: Extracted): string[] {
  const spans = [...doc.targets.map((t) => t.evidence), ...doc.instruments.map((i) => i.evidence)];
  return spans.filter((e) => sourceText.slice(e.start, e.end) !== e.text).map((e) => `${e.start}-${e.end}: ${e.text}`);
}

const figures = (doc: ChitieuDocument) => doc.targets.map((t) => `${t.value} ${t.unit} ${t.year} ${t.comparator}`).sort();

/** Inserts an invisible character before every `step`-th character, never inside an HTML tag or entity. */
function insertInvisible(text: string, step: number, pick: number, html: boolean): string {
  let out = '';
  let inMarkup = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (html && (c === '<' || c === '&')) inMarkup = true;
    if (!inMarkup && i % step === 0 && /\p{L}/u.test(c)) out += INVISIBLE[(i + pick) % INVISIBLE.length];
    out += c;
    if (html && (c === '>' || c === ';')) inMarkup = false;
  }
  return out;
}

/** Writes some letters of an HTML page's text as numeric entities. */
function entityEncode(text: string, pick: number): string {
  let inTag = false;
  return Array.from(text, (c, i) => {
    if (c === '<') inTag = true;
    if (c === '>') inTag = false;
    return !inTag && c.charCodeAt(0) > 127 && (i + pick) % 4 === 0 ? `&#${c.codePointAt(0)};` : c;
  }).join('');
}

const mutation = fc.record({
  nfd: fc.boolean(),
  invisibleStep: fc.option(fc.integer({ min: 2, max: 40 }), { nil: undefined }),
  pick: fc.nat(5),
  nbsp: fc.boolean(),
  lineEnds: fc.constantFrom('\n', '\r\n', '\r'),
  entities: fc.boolean(),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(name: string, text: string, m: Mutation): string {
  const html = name.endsWith('.html');
  let out = text;
  if (m.nfd) out = out.normalize('NFD');
  if (m.nbsp) out = out.replace(/(?<=\p{L}) (?=\d)|(?<=\d) (?=\p{L})/gu, '\u00a0');
  if (m.invisibleStep) out = insertInvisible(out, m.invisibleStep, m.pick, html);
  if (html && m.entities) out = entityEncode(out, m.pick);
  return out.replace(/\n/g, m.lineEnds);
}

describe('extraction over mutated real-style articles', () => {
  it('reads every fixture article with figures', () => {
    for (const { name, text } of ARTICLES) expect(run(name, text)[0].doc.targets.length, name).toBeGreaterThan(2);
  });

  it('keeps the figures and round-trips the evidence under meaning-keeping mutations', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ARTICLES), mutation, ({ name, text }, m) => {
        const original = run(name, text)[0].doc;
        const [mutated] = run(name, mutate(name, text, m));
        expect(badSpans(mutated)).toEqual([]);
        expect(mutated.doc.errors).toEqual([]);
        expect(figures(mutated.doc)).toEqual(figures(original));
      }),
      { numRuns: 60 },
    );
  });

  it('never throws and round-trips the evidence when the text is cut at random points', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ARTICLES), mutation, fc.nat(), fc.nat(), ({ name, text }, m, a, b) => {
        const mutated = mutate(name, text, m);
        const [from, to] = [a % (mutated.length + 1), b % (mutated.length + 1)].sort((x, y) => x - y);
        // Cut out the middle, or keep only a stretch: both leave torn words, tags and entities.
        for (const piece of [mutated.slice(0, from) + mutated.slice(to), mutated.slice(from, to)]) {
          for (const extracted of run(name, piece)) expect(badSpans(extracted)).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });
});
