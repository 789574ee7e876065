import { boilerplateRule } from './boilerplate';

// Elements that end the running paragraph. Everything else (a, em, span, q…) is inline.
const BLOCKS = new Set(
  ('address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul').split(' '),
);
// Never text a reader sees.
const SKIPPED = new Set('script style noscript template iframe svg math object embed canvas button select textarea'.split(' '));

/** Collapses whitespace (nbsp and zero-width characters included) into single spaces. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Splits an article element into paragraphs, one per block element, with entities already
 * decoded by the DOM. Iterative, so depth costs no stack; boilerplate paragraphs are dropped.
 */
export function collectParagraphs(root: Element): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = normalizeWhitespace(current);
    current = '';
    if (text && !boilerplateRule(text)) paragraphs.push(text);
  };
  // Each entry is a node to enter, or a block element being left (flush on exit).
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop() as { node: Node; exit: boolean };
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).localName;
    if (SKIPPED.has(tag)) continue;
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (exit) continue;
    if (block) stack.push({ node, exit: true });
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false });
  }
  flush();
  return paragraphs;
}
