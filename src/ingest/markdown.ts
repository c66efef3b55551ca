// Markdown (CommonMark + GFM tables): headings, paragraphs, list items and table rows become blocks; the markdown
// syntax is dropped and every character maps back into the raw markdown through the parser's positions.
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { alignDecoded } from './align.js';
import type { BlockKind, RawBlock } from './blocks.js';
import { onFirstUse, requirePackage } from './lazy-module.js';
import { MappedTextBuilder } from './mapped-text.js';

// The parser stack is loaded with the first Markdown document.
const markdownParsers = onFirstUse(() => {
  const { unified } = requirePackage<typeof import('unified')>('unified');
  const remarkParse = requirePackage<typeof import('remark-parse')>('remark-parse').default;
  const remarkGfm = requirePackage<typeof import('remark-gfm')>('remark-gfm').default;
  return { commonmark: unified().use(remarkParse), gfm: unified().use(remarkParse).use(remarkGfm) };
});
const CELL_SEPARATOR = ' | ';

/**
 * True when some line is a GFM table delimiter row (`| --- | :---: |`). GFM's autolink pass is slow on long runs of
 * digits and dots, so the GFM parser is used only for documents that have a table.
 */
function hasTable(source: string): boolean {
  const line = /[^\r\n]+/g;
  for (let m = line.exec(source); m; m = line.exec(source)) {
    const row = m[0].trim();
    if (row.includes('|') && row.includes('-') && !/[^|:\- \t]/.test(row)) return true;
  }
  return false;
}

export function markdownBlocks(source: string): RawBlock[] {
  const { commonmark, gfm } = markdownParsers();
  const parser = hasTable(source) ? gfm : commonmark;
  const tree = parser.runSync(parser.parse(source)) as Root;
  const blocks: RawBlock[] = [];
  const emit = (kind: BlockKind, fill: (b: MappedTextBuilder) => void) => {
    const b = new MappedTextBuilder();
    fill(b);
    if (b.size) blocks.push({ text: b.build(), kind });
  };
  const phrasing = (b: MappedTextBuilder, nodes: PhrasingContent[]) => {
    for (const node of nodes) writeInline(b, node, source);
  };
  const walk = (node: RootContent, listItem: boolean) => {
    switch (node.type) {
      case 'heading':
        return emit('heading', (b) => phrasing(b, node.children));
      case 'paragraph':
        return emit(listItem ? 'list-item' : 'paragraph', (b) => phrasing(b, node.children));
      case 'tableRow':
        return emit('table-row', (b) => {
          for (const cell of node.children) {
            if (b.size) b.insert(CELL_SEPARATOR, offsetOf(cell, 'start'));
            phrasing(b, cell.children);
          }
        });
      case 'code':
        return emit('paragraph', (b) => writeLiteral(b, node, source));
      case 'listItem':
        // The first paragraph of an item is the item; the paragraphs after it read as its continuation.
        return node.children.forEach((child, i) => walk(child, i === 0 || child.type !== 'paragraph'));
      case 'list':
      case 'blockquote':
      case 'table':
      case 'footnoteDefinition':
        return (node.children as RootContent[]).forEach((child) => walk(child, false));
      default:
        return; // html, thematic breaks, definitions, front matter: no prose
    }
  };
  for (const child of tree.children) walk(child, false);
  return blocks;
}

function offsetOf(node: Nodes, edge: 'start' | 'end'): number {
  return node.position?.[edge].offset ?? 0;
}

function writeInline(b: MappedTextBuilder, node: PhrasingContent, source: string): void {
  switch (node.type) {
    case 'text': {
      const start = offsetOf(node, 'start');
      b.append(alignDecoded(node.value, source.slice(start, offsetOf(node, 'end')), start));
      return;
    }
    case 'inlineCode':
      return writeLiteral(b, node, source);
    case 'break':
      b.insert(' ', offsetOf(node, 'start'));
      return;
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'link':
    case 'linkReference':
      for (const child of node.children) writeInline(b, child, source);
      return;
    default:
      return; // images, inline html, footnote references
  }
}

/** A literal (code) value sits verbatim inside its node's raw text, after the fence or backticks. */
function writeLiteral(b: MappedTextBuilder, node: Nodes & { value: string }, source: string): void {
  const start = offsetOf(node, 'start');
  const raw = source.slice(start, offsetOf(node, 'end'));
  const at = raw.indexOf(node.value);
  if (at >= 0) b.copy(node.value, start + at);
  else b.append(alignDecoded(node.value, raw, start));
}
