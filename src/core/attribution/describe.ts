/**
 * Short human-readable renderings used in evidence strings.
 */
import type { ArticleContext, Mention } from '../context';

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
