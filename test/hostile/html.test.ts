// Hostile HTML: 10,000-deep nesting (closed or not), unclosed and misnested tags, huge attributes, entities. Every
// page is read without a stack overflow, keeps its figures, and its evidence maps back into the source.
import { describe, expect, it } from 'vitest';
import { flattenDeepNesting } from '../../src/ingest/html-depth.js';
import { ingestString } from '../ingest/helpers.js';
import { processDocument } from '../../src/pipeline.js';

const PARAGRAPH = '<p>Đến năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 80%, kinh tế số chiếm 20% GRDP.</p>';

function extractHtml(html: string) {
  const ingested = ingestString('page.html', html);
  const doc = processDocument(ingested);
  for (const t of doc.targets) expect(ingested.sourceText.slice(t.evidence.start, t.evidence.end)).toBe(t.evidence.text);
  return { ingested, doc, values: doc.targets.map((t) => t.value).sort((a, b) => a - b) };
}

describe('flattenDeepNesting', () => {
  it('blanks only the tags below the depth limit, keeping every offset', () => {
    const html = '<div><section><p>Đạt <b>80%</b></p></section></div>';
    const { html: flat, blanked } = flattenDeepNesting(html, 2);
    expect(flat).toBe('<div><section>   Đạt    80%        </section></div>');
    expect(flat.length).toBe(html.length);
    expect(blanked).toBe(4);
  });

  it('leaves a page of ordinary depth untouched', () => {
    const html = `<html><body><article>${PARAGRAPH}<br><img src="a.png"></article></body></html>`;
    expect(flattenDeepNesting(html)).toEqual({ html, blanked: 0 });
  });
});

describe('hostile pages', () => {
  it.each([
    ['closed', '</div>'],
    ['unclosed', ''],
  ])('reads a page nested 10,000 deep (%s) with its figures and a warning', (_, close) => {
    const html = `<html><body>${'<div class="w">'.repeat(10_000)}${PARAGRAPH}${close.repeat(10_000)}</body></html>`;
    const { ingested, values } = extractHtml(html);
    expect(values).toEqual([20, 80]);
    expect(ingested.warnings.map((w) => w.code)).toContain('HTML_TOO_DEEP');
  });

  it('reads 10,000 unclosed inline tags and misnested blocks', () => {
    const html = `<html><body><article><p>${'<b><i><font>'.repeat(10_000)}Đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%.</p><p><div>Kinh tế số chiếm 20% GRDP năm 2025</p></span></article>`;
    expect(extractHtml(html).values).toEqual([20, 80]);
  });

  it('reads a page with a 1 MB attribute', () => {
    const html = `<html><body><article><div data-state="${'x'.repeat(1_000_000)}"></div><img alt="${'ả '.repeat(500_000)}">${PARAGRAPH}</article></body></html>`;
    expect(extractHtml(html).values).toEqual([20, 80]);
  });

  it('decodes &nbsp;, &#37; and &#x25; in figures and maps them to the whole entity', () => {
    const html = '<html><body><article><p>Đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt&nbsp;80&#37;, kinh tế số chiếm 20&#x25; GRDP.</p></article></body></html>';
    const { doc, values } = extractHtml(html);
    expect(values).toEqual([20, 80]);
    expect(doc.targets.find((t) => t.value === 80)!.evidence.text).toContain('80&#37;');
  });
});
