// Parses a report page as a browser would (rehype-parse, the HTML spec's parser) for structural assertions.
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

export function parsePage(page: string): Root {
  return unified().use(rehypeParse).parse(page);
}

export function elements(node: Root | RootContent): Element[] {
  const found: Element[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === 'element') found.push(n);
    if ('children' in n) n.children.forEach(walk);
    if (n.type === 'element' && n.content) walk(n.content);
  };
  walk(node);
  return found;
}
