/**
 * A name after a dash closes the quote: “I will look into it.” — Hillary Clinton
 * (also on the next line: “…” ¶ - Hillary Clinton).
 */
import type { ArticleContext, Attribution } from '../context';
import { describeMention } from './describe';
import { phraseStartingAt } from './noun-phrase';

const DASHES = new Set(['—', '–', '-', '―', '~']);

/** “…” — X, at the end of the paragraph or on the next line by itself. */
export function matchDash(ctx: ArticleContext, qi: number): Attribution | null {
  const q = ctx.quotes[qi];
  const tokens = ctx.tokens;
  let i = q.closeTok + 1;
  if (q.raw.unclosed) i = q.closeTok + 1;
  if (tokens[i]?.kind === 'break') i++;
  if (!tokens[i] || !DASHES.has(tokens[i].text)) return null;
  const ceil = Math.min(tokens.length, i + 12);
  const m = phraseStartingAt(ctx, i + 1, ceil);
  if (!m || m.type === 'pronoun') return null;
  const after = tokens[m.end];
  // the dash line must end after the name (a comma may add a role: — Jane Doe, mayor)
  if (after && after.kind !== 'break' && !['.', ',', '(', ';'].includes(after.text)) return null;
  return { form: 'dash', mention: m, cue: { start: i, end: i + 1 }, rule: 'dash', detail: `dash then ${describeMention(ctx, m)} after the quote`, strength: 0.9 };
}
