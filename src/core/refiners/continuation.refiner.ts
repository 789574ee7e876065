/**
 * Quotes with no attribution of their own take the speaker of a neighbouring quote in
 * the same paragraph: “We’re global,” he said. “I think it’s good to have a goal.”
 */
import type { ArticleContext, QuoteDraft } from '../context';

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
    q.attribution = {
      ...att,
      form: 'continuation',
      rule: 'continuation-paragraph',
      detail: `same paragraph as a quote attributed by ${att.rule} (${before ? 'before' : 'after'} it)`,
      strength: Math.min(att.strength, before ? 0.86 : 0.8),
    };
  }
}
