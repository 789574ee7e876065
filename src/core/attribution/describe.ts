/**
 * Short human-readable renderings used in evidence strings.
 */
import type { ArticleContext, Mention } from '../context';
import { endsPossessive } from '../text/possessive';

/** The words of a mention as written: “the Russian envoy”. */
export function mentionText(ctx: ArticleContext, m: { start: number; end: number }): string {
  const toks = ctx.tokens;
  if (m.end <= m.start) return '';
  return ctx.text.slice(toks[m.start].start, toks[m.end - 1].end);
}

/** “the Russian envoy” in quotes, ready for an evidence sentence. */
export function describeMention(ctx: ArticleContext, m: Mention): string {
  return `“${mentionText(ctx, m)}”`;
}

/**
 * The words of a mention that name the speaker, as the result reports them: a name less the club or body owning it
 * (“Harbour City's Tomas Costa” → “Tomas Costa”, “CNN’s Dana Bash” → “Dana Bash”), so the owner is never taken for
 * part of a name or an alias. Two name words at least stay; other mentions are returned whole.
 */
export function namingSpan(ctx: ArticleContext, m: Mention): { start: number; end: number } {
  if (m.type !== 'name') return m;
  const toks = ctx.tokens;
  for (let k = m.end - 3; k >= m.start; k--) {
    const t = toks[k];
    if (t.kind !== 'word' || !endsPossessive(t.text)) continue;
    for (let j = k + 1; j < m.end; j++) if (toks[j].kind !== 'word' || !toks[j].cap) return m;
    return { start: k + 1, end: m.end };
  }
  return m;
}
