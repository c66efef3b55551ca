// What article text may become on the page: escaped text, and links only to web addresses.
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, Markup, safeWebUrl } from '../../src/output/report/html/escape.js';

describe('escaping', () => {
  it('escapes the five characters that open markup or close an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes every interpolated value, in arrays too, but not markup built by the tag', () => {
    const crafted = '</style><script>alert(1)</script>';
    const page = html`<p title="${crafted}">${[crafted, html`<b>${crafted}</b>`]}</p>`;
    expect(page).toBeInstanceOf(Markup);
    expect(page.html).not.toContain('<script>');
    expect(page.html).toContain('<b>&lt;/style&gt;');
    expect(html`${null}${undefined}${false}${0}`.html).toBe('0');
  });
});

describe('links to articles', () => {
  it.each([
    ['https://baoquangbinh.vn/chuyen-doi-so/202106/a.html?x=1&y=2', 'https://baoquangbinh.vn/chuyen-doi-so/202106/a.html?x=1&y=2'],
    ['  http://hungyen.gov.vn/tin-tuc  ', 'http://hungyen.gov.vn/tin-tuc'],
    ['javascript:alert(1)', null],
    [' JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['/duong-dan/tuong-doi', null],
    ['', null],
    [null, null],
  ])('%s → %s', (url, href) => {
    expect(safeWebUrl(url)).toBe(href);
  });
});
