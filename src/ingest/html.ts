// HTML: the article's text as blocks. Furniture is dropped by element (script, nav, aside…) and by class/id words
// (menu, related, share…); the main content is the `articleBody`, else the element richest in paragraph text with
// its siblings that read as part of it; block-level elements become blocks; entities map to the whole entity.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { alignDecoded } from './align.js';
import type { BlockKind, RawBlock } from './blocks.js';
import { canonicalize } from './canonical.js';
import { isoFromMeta } from './dateline.js';
import { BLOCK_TAGS, DROPPED_TAGS, FURNITURE_ROLES, FURNITURE_SLUGS, FURNITURE_WORDS } from './data/html-boilerplate.js';
import { isRelatedHeading } from './furniture.js';
import { flattenDeepNesting, MAX_HTML_DEPTH } from './html-depth.js';
import type { Diagnostic } from '../output/schema.js';
import { onFirstUse, requirePackage } from './lazy-module.js';
import { MappedTextBuilder } from './mapped-text.js';

// The parser stack is loaded with the first HTML document.
const htmlParser = onFirstUse(() => {
  const { unified } = requirePackage<typeof import('unified')>('unified');
  return unified().use(requirePackage<typeof import('rehype-parse')>('rehype-parse').default);
});
const CELL_SEPARATOR = ' | ';
// A sibling of the best element joins the content when it holds this share of the best element's score.
const SIBLING_SHARE = 0.2;
// A block that is (nearly) all link text is a link to another story.
const MAX_LINK_DENSITY = 0.9;
// A box of links to other stories has mostly link text, besides its heading.
const RELATED_BOX_LINK_DENSITY = 0.5;
const LIST_TAGS = new Set(['ul', 'ol', 'dl']);
const DATE_CLASS = /date|time|publish|ngay|posted/i;

export interface HtmlPage {
  blocks: RawBlock[];
  meta: HtmlMeta;
  warnings: Diagnostic[];
}

export interface HtmlMeta {
  /** og:title, else the `<title>` text, as written. */
  title: string | null;
  /** The publication date as the page states it (ISO or a dateline); the caller makes it an ISO date. */
  published: string | null;
  outlet: string | null;
  url: string | null;
}

export function parseHtml(source: string): Root {
  return htmlParser().parse(source) as Root;
}

export function htmlPage(source: string): HtmlPage {
  // Tags blanked to spaces of the same length: the parser's offsets still point into `source`.
  const { html, blanked } = flattenDeepNesting(source);
  const warnings: Diagnostic[] = blanked
    ? [{ code: 'HTML_TOO_DEEP', message: `${blanked} tags nested deeper than ${MAX_HTML_DEPTH} levels were read as plain text runs` }]
    : [];
  const tree = parseHtml(html);
  const page = new Page(source);
  const meta = page.meta(tree);
  const body = page.content(tree);
  const title = page.titleElement(tree);
  const blocks: RawBlock[] = [];
  if (title && !body.some((el) => contains(el, title))) blocks.push(...page.blocksOf([title], 'title'));
  blocks.push(...page.blocksOf(body, null));
  return { blocks, meta, warnings };
}

function contains(ancestor: Element, node: Element): boolean {
  if (ancestor === node) return true;
  return ancestor.children.some((c) => c.type === 'element' && contains(c, node));
}

function attr(el: Element, name: string): string {
  const v = el.properties?.[name];
  return Array.isArray(v) ? v.join(' ') : v == null ? '' : String(v);
}

const furnitureCache = new WeakMap<Element, boolean>();

/**
 * True for an element whose content is never article text: by tag, hidden, by landmark role, or by class/id words.
 * Class words are hints, not proof (one outlet's main column is `sidebar-1`): an element that holds the article
 * (`article`, `main`, `h1`) is kept whatever its class says.
 */
export function isFurniture(el: Element): boolean {
  let cached = furnitureCache.get(el);
  if (cached === undefined) {
    cached = DROPPED_TAGS.has(el.tagName) || isHidden(el) || (hasFurnitureWords(el) && !holdsArticle(el));
    furnitureCache.set(el, cached);
  }
  return cached;
}

function isHidden(el: Element): boolean {
  const hidden = el.properties?.hidden;
  if (hidden != null && hidden !== false) return true;
  return /display\s*:\s*none/i.test(attr(el, 'style')) || FURNITURE_ROLES.has(attr(el, 'role').toLowerCase());
}

function hasFurnitureWords(el: Element): boolean {
  const words: string[] = [attr(el, 'className'), attr(el, 'id'), attr(el, 'type')];
  for (const [key, value] of Object.entries(el.properties ?? {})) {
    if (key.startsWith('data') && typeof value === 'string' && value.length < 100) words.push(value);
  }
  const raw = words.join(' ');
  if (!raw.trim()) return false;
  const joined = raw.toLowerCase();
  if (FURNITURE_SLUGS.some((slug) => joined.includes(slug))) return true;
  // Words of kebab, snake and camel case: `share_detail`, `box-related`, `VCObjectBoxRelatedNewsItemSapo`.
  return raw
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((w) => FURNITURE_WORDS.has(w));
}

const ARTICLE_TAGS = new Set(['article', 'main', 'h1']);

const holdsArticleCache = new WeakMap<Element, boolean>();

function holdsArticle(el: Element): boolean {
  let cached = holdsArticleCache.get(el);
  if (cached === undefined) {
    cached = el.children.some((c) => c.type === 'element' && (ARTICLE_TAGS.has(c.tagName) || attr(c, 'itemProp') === 'articleBody' || holdsArticle(c)));
    holdsArticleCache.set(el, cached);
  }
  return cached;
}

interface Stats {
  /** Text length outside furniture. */
  text: number;
  /** Text length inside links. */
  link: number;
}

class Page {
  private readonly stats = new Map<Element, Stats>();
  private readonly scores = new Map<Element, number>();
  private readonly parents = new Map<Element, Element>();

  constructor(private readonly source: string) {}

  meta(tree: Root): HtmlMeta {
    const found: HtmlMeta = { title: null, published: null, outlet: null, url: null };
    let titleTag: string | null = null;
    const visit = (node: Root | ElementContent | RootContent, inFurniture: boolean) => {
      if (node.type !== 'element' && node.type !== 'root') return;
      if (node.type === 'element') {
        const el = node;
        // The visible dateline search skips page headers, footers and sidebars (`<header>` shows today's date), but
        // not an author-and-share bar, where the article's time often stands.
        inFurniture ||= el.tagName !== 'head' && DROPPED_TAGS.has(el.tagName);
        if (el.tagName === 'meta') {
          const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemProp')).toLowerCase();
          const content = attr(el, 'content').trim();
          if (content) {
            if (key === 'og:title') found.title ??= content;
            else if (key === 'og:site_name') found.outlet ??= content;
            else if (key === 'og:url') found.url ??= content;
            else if (/^(?:article:published_time|datepublished|pubdate|publishdate|dc\.date\.issued|date)$/.test(key)) found.published ??= content;
          }
        } else if (el.tagName === 'link' && attr(el, 'rel').toLowerCase() === 'canonical') {
          found.url ??= attr(el, 'href') || null;
        } else if (el.tagName === 'title') {
          titleTag ??= textOf(el).trim() || null;
        } else if (el.tagName === 'script' && attr(el, 'type').toLowerCase() === 'application/ld+json') {
          found.published ??= /"datePublished"\s*:\s*"([^"]{4,40})"/.exec(textOf(el))?.[1] ?? null;
          return;
        } else if (el.tagName === 'time' && attr(el, 'dateTime')) {
          found.published ??= attr(el, 'dateTime');
        } else if (!found.published && !inFurniture && DATE_CLASS.test(`${attr(el, 'className')} ${attr(el, 'id')}`)) {
          // A page without date metadata shows its dateline in an element named for it (`post-date`, `ngay-dang`).
          const text = textOf(el);
          if (text.length <= 100 && isoFromMeta(text)) found.published = text;
        }
      }
      for (const child of node.children) visit(child, inFurniture);
    };
    visit(tree, false);
    return { ...found, title: found.title ?? titleTag };
  }

  /** The first h1 outside furniture, else `<title>`. */
  titleElement(tree: Root): Element | null {
    let h1: Element | null = null;
    let titleTag: Element | null = null;
    const visit = (node: Root | ElementContent | RootContent, inFurniture: boolean) => {
      if (h1 || (node.type !== 'element' && node.type !== 'root')) return;
      if (node.type === 'element') {
        if (node.tagName === 'title') titleTag ??= node;
        if (node.tagName === 'h1' && !inFurniture && textOf(node).trim()) h1 = node;
        if (node.tagName !== 'head' && isFurniture(node)) inFurniture = true;
      }
      for (const child of node.children) visit(child, inFurniture);
    };
    visit(tree, false);
    return h1 ?? titleTag;
  }

  /** The elements holding the article, in document order. */
  content(tree: Root): Element[] {
    const all: Element[] = [];
    let articleBody: Element | null = null;
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element' || isFurniture(child)) continue;
        if (node.type === 'element') this.parents.set(child, node);
        if (!articleBody && attr(child, 'itemProp') === 'articleBody') articleBody = child;
        all.push(child);
        visit(child);
      }
    };
    visit(tree);
    if (articleBody) return [articleBody];
    for (const el of all) this.scoreParagraph(el);
    let best: Element | null = null;
    let bestScore = 0;
    for (const [el, score] of this.scores) {
      if (score > bestScore) {
        best = el;
        bestScore = score;
      }
    }
    if (!best) {
      const body = all.find((el) => el.tagName === 'body');
      return body ? [body] : [];
    }
    const parent = this.parents.get(best);
    if (!parent) return [best];
    return parent.children.filter(
      (c): c is Element =>
        c.type === 'element' && !isFurniture(c) && (c === best || (this.scores.get(c) ?? 0) >= SIBLING_SHARE * bestScore || this.isProse(c)),
    );
  }

  /** A paragraph scores by its commas and length; its parent gets the score, its grandparent half of it. */
  private scoreParagraph(el: Element): void {
    // Paragraphs, and the text-only divs and table cells of older portals (lines split by <br>).
    const leaf = (el.tagName === 'div' || el.tagName === 'td') && !el.children.some((c) => c.type === 'element' && BLOCK_TAGS.has(c.tagName));
    if (el.tagName !== 'p' && !leaf) return;
    const { text, link } = this.statsOf(el);
    if (text < 25 || link / text > 0.5) return;
    const commas = (textOf(el).match(/[,.;]/g) ?? []).length;
    const score = 1 + commas + Math.min(text / 100, 3);
    // A text-only table cell of a layout table is the container itself, not a row's paragraph.
    const parent = el.tagName === 'td' ? el : this.parents.get(el);
    if (parent) {
      this.scores.set(parent, (this.scores.get(parent) ?? 0) + score);
      const grand = this.parents.get(parent);
      if (grand) this.scores.set(grand, (this.scores.get(grand) ?? 0) + score / 2);
    }
  }

  /** A long paragraph of running text next to the content: a lead (sapo) outside the body's container. */
  private isProse(el: Element): boolean {
    if (el.tagName !== 'p' && el.tagName !== 'h2' && el.tagName !== 'div') return false;
    const { text, link } = this.statsOf(el);
    return text >= 80 && link / text < 0.3;
  }

  statsOf(el: Element): Stats {
    const cached = this.stats.get(el);
    if (cached) return cached;
    const s: Stats = { text: 0, link: 0 };
    for (const child of el.children) {
      if (child.type === 'text') s.text += child.value.trim().length;
      else if (child.type === 'element' && !isFurniture(child)) {
        const c = this.statsOf(child);
        s.text += c.text;
        s.link += child.tagName === 'a' ? c.text : c.link;
      }
    }
    this.stats.set(el, s);
    return s;
  }

  /** The blocks of `elements`, read in order; `kind` forces the kind of every block (the title). */
  blocksOf(elements: Element[], kind: BlockKind | null): RawBlock[] {
    const reader = new BlockReader(this.source, this, kind);
    for (const el of elements) reader.element(el, 'paragraph');
    reader.flush();
    return reader.blocks;
  }
}

const KIND_OF_TAG: Record<string, BlockKind> = { h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading', li: 'list-item', tr: 'table-row' };

/** Walks elements in document order, gathering inline text into blocks. */
class BlockReader {
  readonly blocks: RawBlock[] = [];
  private current = new MappedTextBuilder();
  /** Source offset of a table cell begun after text in the same row, until its first text. */
  private cellStart: number | null = null;
  private hasText = false;

  constructor(
    private readonly source: string,
    private readonly page: Page,
    private readonly forcedKind: BlockKind | null,
  ) {}

  /** Ends the block being gathered; text gathered outside any block element reads as a paragraph. */
  flush(): void {
    this.flushAs('paragraph');
  }

  private flushAs(kind: BlockKind): void {
    if (this.current.size) {
      const text = this.current.build();
      if (text.text.trim()) this.blocks.push({ text, kind: this.forcedKind ?? kind });
    }
    this.current = new MappedTextBuilder();
    this.cellStart = null;
    this.hasText = false;
  }

  /** Reads `el`; returns true when it was a related-story heading, so the caller drops what follows it. */
  element(el: Element, inheritedKind: BlockKind): boolean {
    if (isFurniture(el) && el.tagName !== 'title') return false;
    const tag = el.tagName;
    const inRow = inheritedKind === 'table-row';
    if (tag === 'br') {
      if (inRow) this.current.insert(' ', el.position?.start.offset ?? 0);
      else this.flush();
      return false;
    }
    if (tag === 'img') return false;
    // Inside a table row, cells are separated and nested blocks run on: the row is one block.
    const opensBlock = BLOCK_TAGS.has(tag) && (!inRow || tag === 'tr');
    if (inRow && (tag === 'td' || tag === 'th')) {
      if (this.hasText) this.cellStart = el.position?.start.offset ?? 0;
    } else if (inRow && BLOCK_TAGS.has(tag)) {
      if (this.current.size) this.current.insert(' ', el.position?.start.offset ?? 0);
    } else if (opensBlock) {
      if (this.isRelatedHeading(el)) return true;
      if (this.isLinkList(el)) return false;
      this.flush();
    }
    const kind = opensBlock ? (KIND_OF_TAG[tag] ?? inheritedKind) : inheritedKind;
    let skippingRelated = false;
    for (const child of el.children) {
      if (skippingRelated) {
        // After a related-story heading, its list: link-heavy siblings and lists go, prose resumes.
        if (child.type === 'text' && !child.value.trim()) continue;
        if (child.type === 'element' && (this.isLinkHeavy(child) || LIST_TAGS.has(child.tagName))) continue;
        skippingRelated = false;
      }
      if (child.type === 'text') {
        this.text(child.value, child.position?.start.offset, child.position?.end.offset);
      } else if (child.type === 'element' && this.element(child, kind)) {
        // A related-story heading. In a link-heavy element the element is the related box: its parent drops it.
        if (this.isLinkHeavy(el)) return true;
        skippingRelated = true;
      }
    }
    if (opensBlock) this.flushAs(kind);
    return false;
  }

  private isLinkHeavy(el: Element): boolean {
    const stats = this.page.statsOf(el);
    return stats.text > 0 && stats.link / stats.text >= RELATED_BOX_LINK_DENSITY;
  }

  /** A list item, paragraph or heading that is all link text: a link to another story. */
  private isLinkList(el: Element): boolean {
    if (el.tagName !== 'li' && el.tagName !== 'p' && !/^h[1-6]$/.test(el.tagName)) return false;
    const stats = this.page.statsOf(el);
    return stats.text > 0 && stats.link / stats.text >= MAX_LINK_DENSITY;
  }

  private text(value: string, start: number | undefined, end: number | undefined): void {
    if (start == null || end == null) return;
    // A cell separator is written only before a cell with text, so empty cells leave no trace.
    const hasText = value.trim() !== '';
    if (this.cellStart !== null && hasText) {
      this.current.insert(CELL_SEPARATOR, this.cellStart);
      this.cellStart = null;
    }
    this.hasText ||= hasText;
    this.current.append(alignDecoded(value, this.source.slice(start, end), start));
  }

  private isRelatedHeading(el: Element): boolean {
    const stats = this.page.statsOf(el);
    if (stats.text === 0 || stats.text > 60) return false;
    return isRelatedHeading(canonicalize(textOf(el).normalize('NFC')));
  }
}

/** The text of an element, for metadata and short checks (not mapped). */
function textOf(el: Element): string {
  let out = '';
  for (const child of el.children) {
    if (child.type === 'text') out += child.value;
    else if (child.type === 'element' && child.tagName !== 'script' && child.tagName !== 'style') out += ' ' + textOf(child);
  }
  return out.replace(/\s+/g, ' ');
}
