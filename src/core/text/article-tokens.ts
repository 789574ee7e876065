/**
 * The tokens the engine cut for the article it analysed last, kept for the claim parser,
 * which reads the same sentences right after (ingest analyses an article and then parses its
 * claims). One slot: the next analysis replaces it, and the parser checks that it is handed
 * the very result and text the tokens belong to; otherwise (a result parsed from JSON, or
 * another article analysed in between) it cuts the text itself.
 */
import type { Token } from './tokenize';

/**
 * Longest text whose tokens are kept (UTF-16 units). The slot holds them until the next
 * analysis or parse, so a huge input's tokens (about 100 bytes each, one per five characters)
 * are not kept alive in a process that analyses nothing after it; news articles are far shorter.
 */
const KEEP_MAX_CHARS = 256 * 1024;

let lastResult: object | null = null;
let lastText = '';
let lastTokens: Token[] | null = null;

/** Keep the tokens of `text`, which the engine's `result` was found in. */
export function keepTokens(result: object, text: string, tokens: Token[]): void {
  if (text.length > KEEP_MAX_CHARS) { lastResult = null; lastText = ''; lastTokens = null; return; }
  lastResult = result;
  lastText = text;
  lastTokens = tokens;
}

/** Let the kept tokens go. */
export function forgetTokens(): void {
  lastResult = null;
  lastText = '';
  lastTokens = null;
}

/** The kept tokens, when they belong to this result and text (and let them go); else null. */
export function takeTokens(result: object, text: string): Token[] | null {
  if (result !== lastResult || text !== lastText) return null;
  const tokens = lastTokens;
  lastResult = null;
  lastText = '';
  lastTokens = null;
  return tokens;
}
