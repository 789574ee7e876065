/**
 * The per-token typed arrays of one analysis (sentence starts, paragraphs, quote membership,
 * registry mentions). A typed array of a thousand elements keeps its memory outside the JS
 * heap and costs 2–3 µs to allocate and free, several times what filling it costs, and an
 * article needs four. `analyseArticle` analyses one text at a time and none of these arrays
 * outlives the analysis, so it takes views of one set of buffers kept here; any other caller
 * (tests, tools) gets fresh arrays.
 */

/** Arrays indexed by token, sized to the token count. */
export interface TokenArrays {
  /** Zeroed; `findBoundaries` marks sentence starts. */
  sentenceStart: Uint8Array;
  /** Written in full by `findBoundaries`. */
  paragraph: Int32Array;
  /** Filled with -1; `buildContext` marks the tokens inside each quote. */
  inQuote: Int32Array;
  /** Zeroed; the registry marks where each mention starts. */
  mentionAt: Int32Array;
}

/** New arrays, owned by the caller. */
export function freshTokenArrays(n: number): TokenArrays {
  return { sentenceStart: new Uint8Array(n), paragraph: new Int32Array(n), inQuote: new Int32Array(n).fill(-1), mentionAt: new Int32Array(n) };
}

/** Largest token count served from the kept buffers (a 64K-character window has about 13K tokens); longer lists get fresh arrays, so no huge buffer stays alive. */
const KEEP_MAX_TOKENS = 1 << 16;

let capacity = 0;
let sentenceStartBuf = new Uint8Array(0);
let paragraphBuf = new Int32Array(0);
let inQuoteBuf = new Int32Array(0);
let mentionAtBuf = new Int32Array(0);

/**
 * Views of the kept buffers, cleared: valid until the next call, so only for an analysis that
 * finishes (and drops its context) before the next one starts.
 */
export function reusedTokenArrays(n: number): TokenArrays {
  if (n > KEEP_MAX_TOKENS) return freshTokenArrays(n);
  if (n > capacity) {
    capacity = Math.max(1024, 1 << Math.ceil(Math.log2(n)));
    sentenceStartBuf = new Uint8Array(capacity);
    paragraphBuf = new Int32Array(capacity);
    inQuoteBuf = new Int32Array(capacity);
    mentionAtBuf = new Int32Array(capacity);
  }
  return {
    sentenceStart: sentenceStartBuf.subarray(0, n).fill(0),
    paragraph: paragraphBuf.subarray(0, n),
    inQuote: inQuoteBuf.subarray(0, n).fill(-1),
    mentionAt: mentionAtBuf.subarray(0, n).fill(0),
  };
}
