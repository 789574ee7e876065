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

/**
 * `raw` (the quotes scanned from `text`, in text order) with the turns of a transcript added as
 * quotes, in text order. Turns holding a quotation count towards the dialogue but are left as they are.
 */
export function withTranscriptTurns(text: string, raw: RawQuote[]): RawQuote[] {
  // a dialogue has four turns at least, each with a colon and a space: most texts have fewer (a native search tells)
  for (let n = 0, at = 0; n < 4; n++, at++) {
    at = text.indexOf(': ', at);
    if (at < 0) return raw;
  }
  const turns: Turn[] = [];
  let q = 0;
  let questions = 0;
  for (let start = 0; start < text.length && turns.length < MAX_TURNS;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let from = start;
    while (from < end && (text[from] === ' ' || text[from] === '\t')) from++;
    const found = end - from > 3 ? labelAt(text, from) : null;
    // (a question label is the other party of an interview: “Q: … ¶ Haddad: …” — counted, its turns not quoted)
    if (found && QUESTION_LABELS.has(found.label.toLowerCase())) questions++;
    else if (found && !NOT_SPEAKERS.has(found.label.toLowerCase())) {
      while (q < raw.length && raw[q].outer.end <= from) q++;
      const quoted = q < raw.length && raw[q].outer.start < end;
      let contentEnd = end;
      while (contentEnd > found.colon + 1 && /\s/.test(text[contentEnd - 1])) contentEnd--;
      const contentStart = found.colon + 2;
      if (contentEnd > contentStart && wordsWithLetters(text, contentStart, contentEnd, MIN_WORDS) >= MIN_WORDS) {
        turns.push({ label: found.label, colon: found.colon, start: contentStart, end: contentEnd, quoted });
      }
    }
    start = end + 1;
  }
  if (turns.length + questions < 4) return raw;
  const counts = new Map<string, number>();
  for (const t of turns) counts.set(lastWord(t.label), (counts.get(lastWord(t.label)) ?? 0) + 1);
  let speakers = questions >= 2 ? 1 : 0;
  for (const n of counts.values()) if (n >= 2) speakers++;
  if (speakers < 2) return raw;
  const added: RawQuote[] = turns
    .filter((t) => !t.quoted && (counts.get(lastWord(t.label)) ?? 0) >= 2)
    .map((t) => ({ segments: [{ start: t.start, end: t.end }], outer: { start: t.colon, end: t.end }, openMark: ':', family: 'double', unclosed: false }));
  if (added.length === 0) return raw;
  const merged = [...raw, ...added];
  merged.sort((a, b) => a.outer.start - b.outer.start);
  return merged;
}
