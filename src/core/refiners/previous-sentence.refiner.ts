/**
 * Last resort for quotes without a cue: the speaker named in the sentence before.
 * “Kirk was blunt about the vote. “That’s where your problem is.””
 */
import { sentenceStartOf, type ArticleContext, type Mention } from '../context';
import { cueAt } from '../attribution/cues';
import { clauseSubject, subjectOf } from '../attribution/subject';
import { describeMention } from '../attribution/describe';

/** How far back (tokens) the previous sentences may reach. */
const WINDOW = 90;

function speakerBefore(ctx: ArticleContext, openTok: number): { mention: Mention; cue: { start: number; end: number } | null } | null {
  const floor = Math.max(0, openTok - WINDOW);
  const ownStart = sentenceStartOf(ctx, openTok, WINDOW);
  let end = ownStart;
  for (let s = 0; s < 2 && end > floor; s++) {
    let prevEnd = end - 1;
    if (ctx.tokens[prevEnd]?.kind === 'break') prevEnd--;
    if (prevEnd < floor) break;
    const start = sentenceStartOf(ctx, prevEnd, WINDOW);
    for (let i = prevEnd; i >= start; i--) {
      const cue = ctx.inQuote[i] < 0 ? cueAt(ctx, i) : null;
      if (!cue || cue.according) continue;
      const m = subjectOf(ctx, cue, start);
      // Graham, who backs the bill. “…” — the quote belongs to Graham, not to the relative clause
      if (m && (m.antecedent || ctx.tokens[m.start].lower !== 'who')) return { mention: m.antecedent ?? m, cue };
    }
    const subject = clauseSubject(ctx, start, prevEnd + 1);
    if (subject && subject.type !== 'description') return { mention: subject, cue: null };
    end = start;
  }
  return null;
}

/** Attribute still-unattributed quotes to the subject of a previous sentence. */
export function refinePreviousSentence(ctx: ArticleContext): void {
  for (const q of ctx.quotes) {
    if (q.attribution || q.mergedInto !== null) continue;
    const found = speakerBefore(ctx, q.openTok);
    if (!found) continue;
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
