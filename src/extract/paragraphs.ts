import { boilerplateRule } from './boilerplate';

/** Elements that end the running paragraph. Everything else (a, em, span, q…) is inline. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set(
  ('address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul').split(' '),
);
// Never text a reader sees.
const SKIPPED = new Set('script style noscript template title iframe svg math object embed canvas button select textarea'.split(' '));

/** How an element's text is cut into paragraphs. */
export interface ParagraphOptions {
  /** Drop share buttons, "Your Comment" and other boilerplate lines (a fetched page's, not a person's own text). */
  dropBoilerplate?: boolean;
  /** A line break in the text ends a paragraph too (text with inline markup only, where lines are its paragraphs). */
  lineBreaks?: boolean;
}

/** Collapses whitespace (nbsp and zero-width characters included) into single spaces. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * The texts of the first `most` elements matching `selector` that are no longer than `maxChars` once their whitespace is
 * collapsed: the short elements of a page that show a byline or a date, read before Readability rewrites the page.
 */
export function shortElementTexts(doc: Document, selector: string, most: number, maxChars: number): string[] {
  const texts: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(selector)).slice(0, most)) {
    const text = normalizeWhitespace(el.textContent ?? '');
    if (text && text.length <= maxChars) texts.push(text);
  }
  return texts;
}

/** Quotation marks a paragraph's text opens and closes, counted as the text grows. */
class QuotationBalance {
  curly = 0;
  guillemets = 0;
  straight = 0;

  add(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x201c) this.curly++;
      else if (c === 0x201d) this.curly--;
      else if (c === 0xab) this.guillemets++;
      else if (c === 0xbb) this.guillemets--;
      else if (c === 0x22) this.straight++;
    }
  }

  /** More “ than ”, more « than », or an odd number of straight quotes so far. */
  open(): boolean {
    return this.curly > 0 || this.guillemets > 0 || this.straight % 2 === 1;
  }

  reset(): void {
    this.curly = 0;
    this.guillemets = 0;
    this.straight = 0;
  }
}

/**
 * Splits an article element into paragraphs, one per block element, with entities already
 * decoded by the DOM. Iterative, so depth costs no stack; boilerplate paragraphs are dropped
 * unless told otherwise.
 */
export function collectParagraphs(root: Node, options: ParagraphOptions = {}): string[] {
  const { dropBoilerplate = true, lineBreaks = false } = options;
  const paragraphs: string[] = [];
  let current = '';
  const balance = new QuotationBalance();
  const flush = (): void => {
    const text = normalizeWhitespace(current);
    current = '';
    balance.reset();
    if (text && !(dropBoilerplate && boilerplateRule(text))) paragraphs.push(text);
  };
  // Each entry is a node to enter, or a block element being left (flush on exit).
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop() as { node: Node; exit: boolean };
    if (node.nodeType === 3) {
      const lines = lineBreaks ? (node.nodeValue ?? '').split('\n') : [node.nodeValue ?? ''];
      lines.forEach((line, i) => {
        if (i > 0) flush();
        current += line;
        balance.add(line);
      });
      continue;
    }
    // elements, and a parsed fragment as the root
    if (node.nodeType !== 1 && node.nodeType !== 11) continue;
    const tag = (node as Element).localName ?? '';
    if (SKIPPED.has(tag)) continue;
    // “… every Friday and Sunday.<br>We will review it in March.” — a line break inside an open quotation is a space:
    // the quotation goes on in the same paragraph
    if (tag === 'br' && balance.open()) { current += ' '; continue; }
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) flush();
    if (exit) continue;
    if (block) stack.push({ node, exit: true });
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false });
  }
  flush();
  return paragraphs;
}
