// `· 3 nguồn: 1, 2, 3`: one numbered link per mention when several articles state the same thing.
import { html, type Markup } from './escape.js';

export function sourceLinks(entries: { anchor: string }[]): Markup {
  if (entries.length < 2) return html``;
  const links = entries.map((e, i) => html`${i ? ', ' : ''}<a href="#${e.anchor}">${i + 1}</a>`);
  return html` <span class="sources">· ${entries.length} nguồn: ${links}</span>`;
}
