// Pathologically deep HTML (10,000 nested or unclosed `<div>`s) overflows the stack of the HTML-to-tree converter,
// which recurses. Before parsing, the tags nested deeper than a real page ever goes are blanked out with spaces of
// the same length: the text between them is kept, and every offset stays the same, so the parser's positions still
// point into the source. Only the structure below that depth is lost.
//
//   flattenDeepNesting('<div><div><p>Đạt 80%</p></div></div>', 1).html === '<div>          Đạt 80%          </div>'

/** Deeper than any real page nests (news pages reach 30 to 60); far below where the recursive walks overflow. */
export const MAX_HTML_DEPTH = 400;

// A start or end tag; attribute values with `<` or `>` are rare enough to be read loosely. Linear: one class run.
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// How far down the stack an end tag may close (misnested markup closes a few open elements at once).
const CLOSE_REACH = 16;

export interface Flattened {
  html: string;
  /** How many tags were blanked (0: the input is returned as it is). */
  blanked: number;
}

export function flattenDeepNesting(html: string, maxDepth = MAX_HTML_DEPTH): Flattened {
  const open: { name: string; blanked: boolean }[] = [];
  const cuts: [number, number][] = [];
  for (const m of html.matchAll(TAG)) {
    const name = m[2].toLowerCase();
    if (!m[1]) {
      if (VOID.has(name) || m[0].endsWith('/>')) continue;
      const blanked = open.length >= maxDepth;
      open.push({ name, blanked });
      if (blanked) cuts.push([m.index, m.index + m[0].length]);
      continue;
    }
    for (let k = open.length - 1; k >= Math.max(0, open.length - CLOSE_REACH); k--) {
      if (open[k].name !== name) continue;
      if (open[k].blanked) cuts.push([m.index, m.index + m[0].length]);
      open.length = k;
      break;
    }
  }
  if (!cuts.length) return { html, blanked: 0 };
  let out = '';
  let from = 0;
  for (const [start, end] of cuts) {
    out += html.slice(from, start) + ' '.repeat(end - start);
    from = end;
  }
  return { html: out + html.slice(from), blanked: cuts.length };
}
