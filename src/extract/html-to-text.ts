import { JSDOM } from 'jsdom';
import { ExtractError } from './extract-error';
import { BLOCK_ELEMENTS, collectParagraphs } from './paragraphs';
import { assertStructure, DEFAULT_STRUCTURE_LIMITS, type StructureLimits } from './precheck';

/** The limits pasted markup is held to: those of a fetched page. */
export interface HtmlToTextOptions extends Partial<StructureLimits> {
  maxBytes?: number;
  /** Budget checked between phases (parsing itself cannot be interrupted). */
  timeoutMs?: number;
}

// Elements a person's paste or a CMS export is made of; a "<" before anything else is prose.
const TAG_NAMES =
  'a|abbr|address|article|aside|b|big|blockquote|body|br|caption|center|cite|code|dd|del|details|div|dl|dt|em|figcaption|figure|' +
  'font|footer|h[1-6]|head|header|hr|html|i|iframe|img|ins|kbd|li|link|main|mark|meta|nav|noscript|ol|p|pre|q|s|script|section|' +
  'small|source|span|strike|strong|style|sub|summary|sup|table|tbody|td|template|tfoot|th|thead|time|title|tr|tt|u|ul|wbr';
/**
 * A tag of a known element: `<p>`, `</u>`, `<br/>`, or one with an attribute (`<a href="…">`).
 * “x < 5”, “a<b and c>d” and “<3” are not: after the name comes the end of the tag or a name
 * followed by “=”. Linear: each try starts at a “<” and stops at the next “<” or “>”.
 */
const HTML_TAG = new RegExp(`<!doctype\\s+html|<\\/?(?:${TAG_NAMES})(?:\\s*\\/?>|\\s+[a-z][\\w:.-]{0,40}\\s*=[^<>]{0,4000}>)`, 'i');

/** Whether a submitted text is evidently HTML (it has markup tags), not prose that happens to hold a “<”. */
export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

/**
 * Turns pasted HTML into the plain text the quote engine reads: script, style, noscript and
 * template contents dropped, entities decoded, the words of inline tags kept, one paragraph
 * per line (block elements and <br> end one). Markup with no block elements at all is text
 * with inline tags sprinkled in, so its own line breaks stay paragraph breaks. Parsed with
 * jsdom as an inert fragment (nothing runs, nothing loads), after the same size and structure
 * checks as a fetched page. Throws ExtractError.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const checkpoint = (phase: string): void => {
    if (performance.now() - started > timeoutMs) {
      throw new ExtractError('timeout', `Converting the HTML took longer than ${timeoutMs / 1000} s (${phase}).`);
    }
  };
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const size = Buffer.byteLength(html);
  if (size > maxBytes) {
    throw new ExtractError('too_large', `The HTML is ${(size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(1)} MB.`);
  }
  assertStructure(html, { ...DEFAULT_STRUCTURE_LIMITS, ...definedLimits(options) }, 'HTML');
  checkpoint('scan');
  const fragment = JSDOM.fragment(html);
  checkpoint('parse');
  const blocks = fragment.querySelector(Array.from(BLOCK_ELEMENTS).join(',')) !== null;
  const paragraphs = collectParagraphs(fragment, { dropBoilerplate: false, lineBreaks: !blocks });
  checkpoint('text');
  return paragraphs.join('\n');
}

function definedLimits(options: HtmlToTextOptions): Partial<StructureLimits> {
  const { maxElements, maxDepth, maxAttributes, maxContainers } = options;
  return Object.fromEntries(Object.entries({ maxElements, maxDepth, maxAttributes, maxContainers }).filter(([, v]) => v !== undefined));
}
