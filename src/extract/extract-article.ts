import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { bylineTexts, isLeadingByline } from './byline';
import { dateTexts, isDateOnlyLine, isLeadingDateLine } from './dateline';
import { decodeHtml } from './decode-html';
import { ExtractError } from './extract-error';
import { httpUrl, readMetadata } from './metadata';
import { removeNonArticleBlocks } from './non-article';
import { collectParagraphs, normalizeWhitespace } from './paragraphs';
import { assertStructure, assertTextual, DEFAULT_STRUCTURE_LIMITS } from './precheck';

/** Where the page came from and the limits to apply. */
export interface ExtractOptions {
  /** The page's URL: base for relative links and the canonical URL. */
  url: string;
  /** The Content-Type header, e.g. "text/html; charset=windows-1252". */
  contentType?: string | null;
  /** Charset from the transport, when known; wins over the one in contentType. */
  charset?: string | null;
  maxBytes?: number;
  /** Readability slows down sharply past these (measured: 10k nested-div pairs took a minute). */
  maxElements?: number;
  maxDepth?: number;
  maxAttributes?: number;
  maxContainers?: number;
  /** Budget checked between phases (the DOM build itself cannot be interrupted). */
  timeoutMs?: number;
}

/** An article's readable text and metadata. */
export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  language: string | null;
  publishedAt: string | null;
  /** Paragraphs joined by "\n": the quote engine relies on one paragraph per line. */
  text: string;
  paragraphs: string[];
  /** Non-fatal problems, e.g. an unknown charset that fell back to utf-8. */
  notes: string[];
  elapsedMs: number;
}

const MIN_TEXT_CHARS = 80;
const HTML_TYPES = new Set(['', 'text/html', 'application/xhtml+xml']);

/**
 * Extracts an article from page bytes with Readability on jsdom (no scripts, no resource
 * loads, no network). Size and structure are checked by linear scans before the DOM is
 * built, so hostile pages are refused quickly. Throws ExtractError.
 */
export function extractArticle(input: string | Buffer, options: ExtractOptions): ExtractedArticle {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const checkpoint = (phase: string): void => {
    if (performance.now() - started > timeoutMs) {
      throw new ExtractError('timeout', `Extracting the article took longer than ${timeoutMs / 1000} s (${phase}).`);
    }
  };
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  if (size > maxBytes) {
    throw new ExtractError('too_large', `The page is ${(size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(1)} MB.`);
  }
  const [mediaType, ...params] = (options.contentType ?? '').toLowerCase().split(';');
  const headerCharset = options.charset ?? /charset\s*=\s*"?([^";\s]+)/.exec(params.join(';'))?.[1] ?? null;
  const decoded = decodeHtml(input, headerCharset);
  assertTextual(decoded.html);
  const base = httpUrl(options.url, options.url) ?? 'about:blank';
  if (mediaType.trim() === 'text/plain') return plainText(decoded.html, decoded.notes, started);
  if (!HTML_TYPES.has(mediaType.trim())) {
    throw new ExtractError('not_an_article', `The page is ${mediaType.trim()}, not an HTML article.`);
  }
  const maxElements = options.maxElements ?? DEFAULT_STRUCTURE_LIMITS.maxElements;
  assertStructure(decoded.html, {
    maxElements,
    maxDepth: options.maxDepth ?? DEFAULT_STRUCTURE_LIMITS.maxDepth,
    maxAttributes: options.maxAttributes ?? DEFAULT_STRUCTURE_LIMITS.maxAttributes,
    maxContainers: options.maxContainers ?? DEFAULT_STRUCTURE_LIMITS.maxContainers,
  });
  checkpoint('scan');

  const dom = new JSDOM(decoded.html, { url: base, virtualConsole: new VirtualConsole() });
  try {
    checkpoint('parse');
    const doc = dom.window.document;
    // Before metadata too: a comment's <time> or itemprop="author" is not the article's.
    removeNonArticleBlocks(doc);
    const markedBylines = bylineTexts(doc);
    const shownDates = dateTexts(doc);
    // the page's headlines, which may be longer than its <title> ("Rail strike looms" / "… as talks collapse")
    const headlines = Array.from(doc.querySelectorAll('h1'), (h) => normalizeWhitespace(h.textContent ?? '')).filter(Boolean).slice(0, 5);
    checkpoint('clean');
    const meta = readMetadata(doc, base);
    checkpoint('metadata');
    const article = new Readability<Node>(doc, { serializer: (node) => node, maxElemsToParse: maxElements * 2 }).parse();
    checkpoint('readability');
    const title = meta.title ?? clean(article?.title) ?? clean(doc.title);
    const paragraphs = article?.content ? collectParagraphs(article.content as Element) : [];
    // the headline kept as an <h1>, whether or not the title says the same
    if (paragraphs.length > 0 && (paragraphs[0] === title || headlines.includes(paragraphs[0]))) paragraphs.shift();
    const byline = meta.byline ?? clean(article?.byline)?.replace(/^by\s+/i, '') ?? null;
    // the byline and the date shown above the text, in either order, are metadata (the date is
    // publishedAt, read from the same <time>): one line of each is dropped; so are up to two lines that are only a
    // date and its label with no <time> (“Published 3 March 2026, 10:14 GMT”, then “Updated: 4 March 2026”)
    const above = { byline: false, date: false, unmarked: 0 };
    while (paragraphs.length > 1) {
      if (!above.byline && isLeadingByline(paragraphs[0], byline, markedBylines)) above.byline = true;
      else if (!above.date && isLeadingDateLine(paragraphs[0], shownDates)) above.date = true;
      else if (above.unmarked < 2 && isDateOnlyLine(paragraphs[0])) above.unmarked++;
      else break;
      paragraphs.shift();
    }
    const text = paragraphs.join('\n');
    if (text.length < MIN_TEXT_CHARS) {
      throw new ExtractError('not_an_article', 'No article text was found on the page.');
    }
    return {
      ...meta,
      title,
      byline,
      siteName: meta.siteName ?? clean(article?.siteName),
      language: meta.language ?? clean(article?.lang),
      text,
      paragraphs,
      notes: decoded.notes,
      elapsedMs: Math.round(performance.now() - started),
    };
  } finally {
    dom.window.close();
  }
}

function clean(value: string | null | undefined): string | null {
  return value ? normalizeWhitespace(value) || null : null;
}

// Plain text has no markup to mine: paragraphs are the blank-line separated blocks.
function plainText(text: string, notes: string[], started: number): ExtractedArticle {
  const paragraphs = text.split(/\n\s*\n/).map(normalizeWhitespace).filter(Boolean);
  if (paragraphs.join('').length < MIN_TEXT_CHARS) throw new ExtractError('not_an_article', 'The text is too short to be an article.');
  const empty = { title: null, byline: null, siteName: null, canonicalUrl: null, language: null, publishedAt: null };
  return { ...empty, text: paragraphs.join('\n'), paragraphs, notes, elapsedMs: Math.round(performance.now() - started) };
}
