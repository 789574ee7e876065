/**
 * Last resort for quotes without a cue: the speaker named in the sentence before.
 * “Kirk was blunt about the vote. “That’s where your problem is.””
 */
import { sentenceStartOf, type ArticleContext, type Mention } from '../context';
import { cueAt } from '../attribution/cues';
import { clauseSubject, subjectOf } from '../attribution/subject';
import { describeMention } from '../attribution/describe';
import { phraseStartingAt } from '../attribution/noun-phrase';
import { endsPossessive } from '../text/possessive';

/** How far back (tokens) the previous sentences may reach. */
const WINDOW = 90;

function speakerBefore(ctx: ArticleContext, openTok: number): { mention: Mention | null; cue: { start: number; end: number } | null } | null {
  const floor = Math.max(0, openTok - WINDOW);
  const ownStart = sentenceStartOf(ctx, openTok, WINDOW);
  let end = ownStart;
  for (let s = 0; s < 2 && end > floor; s++) {
    let prevEnd = end - 1;
    if (ctx.tokens[prevEnd]?.kind === 'break') prevEnd--;
    if (prevEnd < floor) break;
    const start = sentenceStartOf(ctx, prevEnd, WINDOW);
    // a live blog's time stamp (“12:50 GMT”) opens a new entry: the quote under it is the entry's heading (“"Danger to
    // life"”), not words of someone in the entry before
    if (isTimeStamp(ctx, start, prevEnd + 1)) return { mention: null, cue: null };
    for (let i = prevEnd; i >= start; i--) {
      const cue = ctx.inQuote[i] < 0 ? cueAt(ctx, i) : null;
      if (!cue || cue.according) continue;
      // “Asked whether the tax cut would complicate the bank's task, Aalto chose her words carefully. “…”” — a
      // participle opening the sentence is the subject's after its comma
      const m = subjectOf(ctx, cue, start) ?? (cue.start === start ? subjectAfterOpening(ctx, cue.end, prevEnd + 1) : null);
      // Graham, who backs the bill. “…” — the quote belongs to Graham, not to the relative clause
      if (m && (m.antecedent || ctx.tokens[m.start].lower !== 'who')) return { mention: m.antecedent ?? m, cue };
    }
    const subject = clauseSubject(ctx, start, prevEnd + 1);
    // (the sentence before opens with no one: the quote stays, given to no one, rather than to a word such as “Wait”)
    if (subject && subject.type !== 'description') return noSubject(ctx, subject) ? { mention: null, cue: null } : { mention: subject, cue: null };
    end = start;
  }
  return null;
}

/** Words of a time stamp besides its figures: “12:50 GMT”, “9.15am”, “14:02 local time”. */
const TIME_STAMP_WORDS: ReadonlySet<string> = new Set(['gmt', 'bst', 'utc', 'cet', 'cest', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'ct', 'cdt', 'ist', 'aest', 'jst', 'am', 'pm', 'a.m', 'p.m', 'local', 'time']);

/** Tokens [start, end) are a time stamp alone on its line: figures, “:” or “.”, and a zone. */
function isTimeStamp(ctx: ArticleContext, start: number, end: number): boolean {
  const tokens = ctx.tokens;
  let figures = 0;
  for (let k = start; k < end; k++) {
    const t = tokens[k];
    if (t.kind === 'num') figures++;
    else if (t.kind === 'break' || t.text === ':' || t.text === '.') continue;
    else if (!(t.kind === 'word' && (TIME_STAMP_WORDS.has(t.lower) || /^\d{1,2}[:.]?\d{0,2}(am|pm)$/.test(t.lower)))) return false;
    else if (/^\d/.test(t.lower)) figures++;
  }
  return figures > 0 && end - start <= 6 && (tokens[end]?.kind === 'break' || tokens[start - 1]?.kind === 'break');
}

/** The name right after the comma closing an opening phrase that ends before token `end` (from token `from`), else null. */
function subjectAfterOpening(ctx: ArticleContext, from: number, end: number): Mention | null {
  for (let k = from; k < end && k < from + 40; k++) {
    const t = ctx.tokens[k];
    if (ctx.inQuote[k] >= 0) continue;
    if (t.kind === 'break' || t.kind === 'mark') return null;
    if (t.text !== ',') continue;
    const m = phraseStartingAt(ctx, k + 1, end);
    return m && m.type === 'name' ? m : null;
  }
  return null;
}

/** Marks that end a word standing alone: “Wait, it gets better:”, “Answer:”, “Pause.” */
const LONE_WORD_ENDS = new Set([',', ':', '.', '!', '?', ';']);

/**
 * A phrase that opens the sentence before but is no one who could be speaking: one capitalised word set off by a mark
 * (“Wait, it gets better: “…””, “Pause. “…””, “ABSTRACT.”), or a possessive (“France's bar is high. “…””: what is
 * France's speaks no words).
 */
function noSubject(ctx: ArticleContext, m: Mention): boolean {
  const tokens = ctx.tokens;
  if (endsPossessive(tokens[m.end - 1].text)) return true;
  return m.end - m.start === 1 && LONE_WORD_ENDS.has(tokens[m.end]?.text ?? '');
}

/** Attribute still-unattributed quotes to the subject of a previous sentence. */
export function refinePreviousSentence(ctx: ArticleContext): void {
  for (const q of ctx.quotes) {
    if (q.attribution || q.mergedInto !== null) continue;
    const found = speakerBefore(ctx, q.openTok);
    if (!found) continue;
    if (!found.mention) {
      q.attribution = { form: 'previous-sentence', mention: null, cue: null, rule: 'previous-sentence-none', detail: 'the sentence before the quote opens with no one who could have said it', strength: 0.2 };
      continue;
    }
    q.attribution = {
      form: 'previous-sentence',
      mention: found.mention,
      cue: found.cue,
      rule: found.cue ? 'previous-sentence-cue' : 'previous-sentence-subject',
      detail: `${describeMention(ctx, found.mention)} is the ${found.cue ? 'speaker' : 'subject'} of the sentence before the quote`,
      strength: found.cue ? 0.6 : 0.45,
    };
  }
}
