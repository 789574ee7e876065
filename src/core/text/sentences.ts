/**
 * Sentence and paragraph boundaries at token level, computed once per article so every
 * matcher can bound its look-around window to "this sentence" or "this paragraph".
 */
import { ABBREVIATIONS } from '../data/abbreviations';
import type { Token } from './tokenize';
import type { TokenArrays } from './token-arrays';

/** Per-token boundary facts. */
export interface Boundaries {
  /** sentenceStart[i]: token i opens a sentence. */
  sentenceStart: Uint8Array;
  /** paragraph[i]: index of the paragraph holding token i (breaks belong to the paragraph they end). */
  paragraph: Int32Array;
  /** First token index of each paragraph. */
  paragraphStart: number[];
}

/** . ? ! … (punctuation tokens are one character). */
function isEnderCode(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 0x2026;
}
/** Capitalised words that open sentences and are never part of a name or a title after an abbreviation. */
const SENTENCE_OPENERS = new Set(['he', 'she', 'they', 'we', 'it', 'the', 'but', 'and', 'this', 'that', 'these', 'those', 'there', 'his', 'her',
  'their', 'its', 'our', 'in', 'on', 'at', 'if', 'when', 'while', 'after', 'before', 'as', 'so', 'yet', 'still', 'however', 'meanwhile', 'what']);

/** “… in Tehran on Sunday. Shamkhani also …” — a period followed by a capital opens a sentence. */
function endsSentence(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'punct') return false;
  const c = t.text.charCodeAt(0);
  if (!isEnderCode(c)) return false;
  if (c !== 46) return true;
  const prev = tokens[i - 1];
  if (!prev || prev.end !== t.start) return true;
  // “Sen. Kirk”, “U.S. officials”, “John F. Kerry”: abbreviations and initials do not end sentences
  const lastPart = prev.lower.slice(prev.lower.lastIndexOf('-') + 1); // (R-Wis.)
  const next = tokens[i + 1];
  // “… in the U.S. He says …”, “… at 7 p.m. She …” — an abbreviation ends the sentence when a word that never names anyone follows
  // (or a quotation opening after a space: “… at 8:40 a.m. “He texted me …”)
  if (prev.kind === 'word' && (ABBREVIATIONS.has(lastPart) || lastPart.length === 1)) {
    if (next && next.kind === 'mark' && next.start > t.end) return tokens[i + 2]?.kind === 'word' && tokens[i + 2].cap && tokens[i + 2].start === next.end;
    return !!next && next.kind === 'word' && next.cap && SENTENCE_OPENERS.has(next.lower);
  }
  if (next && (next.text === ')' || next.text === ',')) return false;
  return true;
}

/** Compute sentence starts and paragraph membership for every token (into `arrays` when given: `sentenceStart` zeroed). */
export function findBoundaries(tokens: Token[], arrays?: Pick<TokenArrays, 'sentenceStart' | 'paragraph'>): Boundaries {
  const n = tokens.length;
  const sentenceStart = arrays ? arrays.sentenceStart : new Uint8Array(n);
  const paragraph = arrays ? arrays.paragraph : new Int32Array(n);
  const paragraphStart: number[] = [0];
  let para = 0;
  let pendingEnd = true;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    paragraph[i] = para;
    if (t.kind === 'break') {
      para++;
      paragraphStart.push(i + 1);
      pendingEnd = true;
      continue;
    }
    if (pendingEnd && t.kind !== 'punct') {
      // “He left.” She said — a closing mark right after the period stays in the old sentence
      const closingMark = t.kind === 'mark' && i > 0 && tokens[i - 1].end === t.start && tokens[i - 1].kind === 'punct';
      if (!closingMark) {
        sentenceStart[i] = 1;
        pendingEnd = false;
      }
    }
    if (t.kind === 'punct' && endsSentence(tokens, i)) pendingEnd = true;
    else if (t.kind === 'word' || t.kind === 'num') pendingEnd = false;
  }
  return { sentenceStart, paragraph, paragraphStart };
}
