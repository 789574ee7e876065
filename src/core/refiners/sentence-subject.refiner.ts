/**
 * A quote inside a sentence with no reporting verb belongs to that sentence’s subject:
 * “The Rove ad hits Clinton for taking “54 times more money” …” → the Rove ad.
 */
import { sentenceStartOf, type ArticleContext } from '../context';
import { clauseSubject } from '../attribution/subject';
import { describeMention } from '../attribution/describe';
import { isAgentHead } from '../attribution/noun-phrase';

/** Attribute unattributed mid-sentence quotes to the subject opening their sentence. */
export function refineSentenceSubject(ctx: ArticleContext): void {
  for (const q of ctx.quotes) {
    if (q.attribution || q.mergedInto !== null) continue;
    const start = sentenceStartOf(ctx, q.openTok, 60);
    if (start >= q.openTok) continue;
    const m = clauseSubject(ctx, start, q.openTok, true);
    // “The so-called “reform”” — a description must at least end in a noun that can act
    const head = m ? ctx.tokens[(m.head ?? m).end - 1] : null;
    if (!m || (m.type === 'description' && (!head || head.lower.endsWith('ed') || head.lower.includes('-')) && !isAgentHead(head?.lower ?? ''))) continue;
    q.attribution = { form: 'embedded', mention: m, cue: null, rule: 'sentence-subject', detail: `${describeMention(ctx, m)} is the subject of the sentence holding the quote (no reporting verb)`, strength: 0.5 };
  }
}
