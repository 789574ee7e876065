/**
 * Transcripts and Q&A interviews print each turn as a paragraph opening with the speaker's
 * label, with no quotation marks: “Brenner: Our count this morning is 88 cases.” / “Pike: Who
 * told you to record the payments?”. Those turns are the speakers' own words, as a quotation is,
 * so each becomes a quote (its label the speaker, through the interview matcher), but only where
 * the text reads as a dialogue: at least two labels, each opening two turns or more. A headline
 * such as “Graham: Trump's rhetoric is hateful” labels one paragraph only, and a tally such as
 * “Clinton: 1,769.” has no words.
 */
import type { RawQuote } from './scan-quotes';
import { ANSWER_LABELS, NOTE_LABELS, QUESTION_LABELS } from '../attribution/interview.matcher';

/** One labelled paragraph: where its label's colon is, and what it says after it. */
interface Turn {
  label: string;
  colon: number;
  start: number;
  end: number;
  /** The turn holds a quotation: it counts towards the dialogue, the quotation stays as it is. */
  quoted: boolean;
}

/**
 * Labels that open notes, not turns (the interview matcher's: “Correction: …”, “Photo: …”), and “Q:” and “A:”, whose
 * speakers the interview matcher finds from the quotes inside them.
 */
const NOT_SPEAKERS: ReadonlySet<string> = new Set([
  ...NOTE_LABELS, ...ANSWER_LABELS, ...QUESTION_LABELS, 'photos', 'credit', 'caption', 'poll', 'the latest', 'editor’s note', "editor's note",
]);

/** The longest label read, in characters: a name of up to four words. */
const LABEL_MAX = 48;
/** Words with a letter after the label, at least. */
const MIN_WORDS = 2;
/** Most turns read from one text (a bound on the work for a hostile text of many short lines). */
const MAX_TURNS = 2000;

/** A letter, a combining mark, a full stop, an apostrophe or a hyphen (ASCII read by code, the rest by class). */
function isLabelChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 39 || c === 45 || c === 0x2019) return true;
  return c > 127 && /[\p{L}\p{M}]/u.test(text[i]);
}

/** “Global Health Review:”, “JAKE TAPPER:”, “Brenner:” — capitalised words then a colon and a space, at `from`. */
function labelAt(text: string, from: number): { label: string; colon: number } | null {
  const limit = Math.min(text.length, from + LABEL_MAX);
  let words = 0;
  let i = from;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (!(c >= 65 && c <= 90) && !(c > 127 && text[i] !== text[i].toLowerCase())) return null; // a capital opens each word
    words++;
    if (words > 4) return null;
    i++;
    while (i < limit && isLabelChar(text, i)) i++;
    if (text[i] === ':' && (text[i + 1] === ' ' || text[i + 1] === '\u00a0')) return { label: text.slice(from, i), colon: i };
    if (text[i] !== ' ') return null;
    i++;
  }
  return null;
}

/** Count words holding a letter in text[start, end), up to `enough`. */
function wordsWithLetters(text: string, start: number, end: number, enough: number): number {
  let n = 0;
  let inWord = false;
  let letter = false;
  for (let i = start; i < end && n < enough; i++) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t') {
      if (inWord && letter) n++;
      inWord = false;
      letter = false;
    } else {
      inWord = true;
      if (!letter && /\p{L}/u.test(ch)) letter = true;
    }
  }
  if (inWord && letter) n++;
  return n;
}

/** The last word of a label, in lower case: “JAKE TAPPER” and “TAPPER” are one speaker. */
function lastWord(label: string): string {
  return label.slice(label.lastIndexOf(' ') + 1).toLowerCase();
}

/** A paragraph with no label that may go on with the turn before it: words, not in brackets, not announcing a list. */
function goesOn(text: string, p: { start: number; end: number }): boolean {
  const first = text[p.start];
  const last = text[p.end - 1];
  if (first === '(' || first === '[' || last === ':' || last === ')' || last === ']') return false;
  return wordsWithLetters(text, p.start, p.end, MIN_WORDS) >= MIN_WORDS;
}

/** One paragraph of the text: where it starts and ends, and its label if it opens with one. */
interface Paragraph {
  start: number;
  end: number;
  /** `turn`: a speaker's label; `question`/`answer`: “Q:”/“A:”; `note`: a label of a note; null: none. */
  label: 'turn' | 'question' | 'answer' | 'note' | null;
  found: { label: string; colon: number } | null;
}

/** The text's paragraphs (non-blank lines), with their labels; at most MAX_TURNS labelled ones. */
function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let labelled = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let from = start;
    while (from < end && (text[from] === ' ' || text[from] === '\t' || text[from] === '\r')) from++;
    let to = end;
    while (to > from && /\s/.test(text[to - 1])) to--;
    if (to > from) {
      const found = labelled < MAX_TURNS && to - from > 3 ? labelAt(text, from) : null;
      const lower = found?.label.toLowerCase() ?? '';
      const label = !found ? null : QUESTION_LABELS.has(lower) ? 'question' : ANSWER_LABELS.has(lower) ? 'answer' : NOT_SPEAKERS.has(lower) ? 'note' : 'turn';
      if (found) labelled++;
      out.push({ start: from, end: to, label, found });
    }
    start = end + 1;
  }
  return out;
}

/**
 * `raw` (the quotes scanned from `text`, in text order) with the turns of a transcript added as quotes, in text order.
 * A turn is the speaker's words whole: a quotation inside it (“A: As the chief constable told us, “nobody will be
 * rushed,” and I stand by that.”) stays inside it, as any quote inside a quote does, and a paragraph with no label
 * after a turn, before the next label, goes on with the same turn. In an interview of “Q:” and “A:”, the answers are
 * turns too.
 */
export function withTranscriptTurns(text: string, raw: RawQuote[]): RawQuote[] {
  // a dialogue has four turns at least, each with a colon and a space: most texts have fewer (a native search tells)
  for (let n = 0, at = 0; n < 4; n++, at++) {
    at = text.indexOf(': ', at);
    if (at < 0) return raw;
  }
  const paragraphs = paragraphsOf(text);
  const turns: (Turn & { paragraph: number; opensQuoted: boolean })[] = [];
  let questions = 0;
  let answers = 0;
  let q = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const { found, label, end } = paragraphs[p];
    if (!found || label === 'note') continue;
    if (label === 'question') { questions++; continue; }
    const contentStart = found.colon + 2;
    if (end > contentStart && wordsWithLetters(text, contentStart, end, MIN_WORDS) >= MIN_WORDS) {
      while (q < raw.length && raw[q].outer.end <= contentStart) q++;
      const quoted = q < raw.length && raw[q].outer.start < end;
      // (“A: “We will see,” said the finance minister, Olaf Berg.”: a turn opening with a quotation is that quotation,
      // with a cue of its own, and is left as it is; it still counts towards the dialogue)
      const opensQuoted = quoted && raw[q].outer.start === contentStart;
      turns.push({ label: found.label, colon: found.colon, start: contentStart, end, quoted, paragraph: p, opensQuoted });
      if (label === 'answer') answers++;
    }
  }
  if (turns.length + questions < 4) return raw;
  const counts = new Map<string, number>();
  for (const t of turns) counts.set(lastWord(t.label), (counts.get(lastWord(t.label)) ?? 0) + 1);
  let speakers = questions >= 2 ? 1 : 0;
  for (const [w, n] of counts) if (n >= 2 && !ANSWER_LABELS.has(w)) speakers++;
  const interview = questions >= 2 && answers >= 2;
  if (speakers < 2 && !interview) return raw;
  // (an “A:” answer is a turn where it quotes someone, so that the quotation stays inside it; the rest of an interview's
  // answers are the article's reading of the interview, as they were)
  // (a headline holding a quotation, “Fallin: Trump Is ‘Trying To Campaign …’”, is left to its quotation)
  const kept = turns.filter((t) => !(t.paragraph === 0 && t.quoted) && !t.opensQuoted
    && (ANSWER_LABELS.has(t.label.toLowerCase()) ? interview && t.quoted : speakers >= 2 && (counts.get(lastWord(t.label)) ?? 0) >= 2));
  if (kept.length === 0) return raw;
  const added: RawQuote[] = [];
  for (const t of kept) {
    const segments = [{ start: t.start, end: t.end }];
    // paragraphs with no label after the turn, up to the next labelled one, go on with it (not past the dialogue's end)
    // (not from a headline, the text's first paragraph, nor past a paragraph announcing what follows with a colon, a
    // stage direction in brackets or a line with no words: “(BEGIN VIDEO CLIP)”, “Partial transcript as follows:”)
    let p = t.paragraph + 1;
    while (p < paragraphs.length && paragraphs[p].label === null && goesOn(text, paragraphs[p])) p++;
    if (t.paragraph > 0 && p < paragraphs.length && paragraphs[p].label !== null && paragraphs[p].label !== 'note') {
      for (let c = t.paragraph + 1; c < p; c++) segments.push({ start: paragraphs[c].start, end: paragraphs[c].end });
    }
    const last = segments[segments.length - 1];
    added.push({ segments, outer: { start: t.colon, end: last.end }, openMark: ':', family: 'double', unclosed: false });
  }
  // the quotations inside a turn are the turn's words now (a turn a quotation runs out of is left to the quotation)
  const within = (r: RawQuote, a: RawQuote) => r.outer.start >= a.outer.start && r.outer.end <= a.outer.end;
  const crosses = (r: RawQuote, a: RawQuote) => r.outer.start < a.outer.end && r.outer.end > a.outer.start && !within(r, a);
  const turnsKept = added.filter((a) => !raw.some((r) => crosses(r, a)));
  if (turnsKept.length === 0) return raw;
  const merged = [...raw.filter((r) => !turnsKept.some((a) => within(r, a))), ...turnsKept];
  merged.sort((a, b) => a.outer.start - b.outer.start);
  return merged;
}
