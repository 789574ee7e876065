/**
 * Quotes with no attribution of their own take the speaker of a neighbouring quote in
 * the same paragraph: “We’re global,” he said. “I think it’s good to have a goal.”
 */
import { sentenceStartOf, type ArticleContext, type Mention, type QuoteDraft } from '../context';
import { clauseSubject } from '../attribution/subject';
import { describeMention } from '../attribution/describe';
import { isCommonWordAt } from '../attribution/common-words';

const PERSONAL = new Set(['he', 'she', 'they']);

/** ““…,” Ames said. Later, Moreau called the plan “…”” — a later sentence with its own named subject before the quote speaks for itself. */
function ownSubject(ctx: ArticleContext, q: QuoteDraft, after: number): Mention | null {
  const start = sentenceStartOf(ctx, q.openTok, 60);
  if (start <= after || start >= q.openTok) return null;
  const m = clauseSubject(ctx, start, q.openTok);
  if (!m) return null;
  if (m.type === 'pronoun') return PERSONAL.has(ctx.tokens[m.start].lower) ? m : null;
  if (m.type === 'description') return m;
  if (m.type !== 'name' || (m.end - m.start === 1 && isCommonWordAt(ctx, m.start))) return null;
  return m;
}

function paragraphOf(ctx: ArticleContext, q: QuoteDraft): number {
  return ctx.bounds.paragraph[q.openTok];
}

/** Fill unattributed quotes from the previous (else the next) attributed quote in their paragraph. */
export function refineContinuations(ctx: ArticleContext): void {
  const quotes = ctx.quotes;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    if (q.attribution || q.mergedInto !== null) continue;
    const para = paragraphOf(ctx, q);
    let source: QuoteDraft | null = null;
    for (let k = qi - 1; k >= 0 && k >= qi - 6; k--) {
      if (paragraphOf(ctx, quotes[k]) !== para) break;
      if (quotes[k].attribution?.mention) { source = quotes[k]; break; }
    }
    const before = !!source;
    // “Nobody wanted this.” “It had to be done,” she said. — the attribution comes after
    for (let k = qi + 1; !source && k < quotes.length && k <= qi + 3; k++) {
      if (paragraphOf(ctx, quotes[k]) !== para) break;
      const att = quotes[k].attribution;
      if (att?.mention && att.form !== 'embedded') source = quotes[k];
    }
    const att = source?.attribution;
    if (!att) continue;
    // the source after the quote must stand in a later sentence: “Ruiz hopes for “a deal.” “…,” she said.”
    const own = !source ? null : before ? ownSubject(ctx, q, source.closeTok) : sentenceStartOf(ctx, source.openTok, 60) > q.closeTok ? ownSubject(ctx, q, -1) : null;
    if (own) {
      q.attribution = { form: 'embedded', mention: own, cue: null, rule: 'sentence-own-subject', detail: `${describeMention(ctx, own)} is the subject of a later sentence holding the quote`, strength: 0.6 };
      continue;
    }
    q.attribution = {
      ...att,
      form: 'continuation',
      rule: 'continuation-paragraph',
      detail: `same paragraph as a quote attributed by ${att.rule} (${before ? 'before' : 'after'} it)`,
      strength: Math.min(att.strength, before ? 0.86 : 0.8),
    };
  }
}
