/**
 * A quote inside an adverbial clause that opens its sentence belongs to that clause's speaker, not to the main
 * clause after the comma: “While Okafor called the levy “a tax on the poor,” the council said …” is Okafor's, and
 * “Although she admitted the two had “met a few times,” she insisted …” is the first “she”'s.
 */
import { FRONTED_CLAUSE_OPENERS } from '../data/function-words';
import { sentenceStartOf, type ArticleContext, type Attribution, type QuoteDraft } from '../context';
import { matchBeforeToken } from './before-quote.matcher';
import { describeMention } from './describe';

/** Words that may stand before the conjunction: “But even as …”, “And while …”. */
const LEADING = new Set(['but', 'and', 'yet', 'even']);
/** Tokens looked at between the quote's end and the comma closing the clause. */
const TAIL = 25;
const ENDERS = new Set(['.', '!', '?', ';', ':']);

/** Token just past the comma that closes the fronted clause after the quote, or -1 when the sentence ends first. */
function clauseCommaAfter(ctx: ArticleContext, q: QuoteDraft): number {
  const { tokens, text } = ctx;
  const closeTok = q.closeTok;
  // “… a tax on the poor,” the council said — the comma inside the marks closes the clause
  if (text[q.segments[q.segments.length - 1].end - 1] === ',') return closeTok + 1;
  for (let k = closeTok + 1; k < Math.min(tokens.length, closeTok + 1 + TAIL); k++) {
    const t = tokens[k];
    if (t.kind === 'break' || t.kind === 'mark' || ENDERS.has(t.text)) return -1;
    if (t.text === ',') return k + 1;
  }
  return -1;
}

/** “(But) while|although|though|whereas|when|as X <cue> … “…”, <main clause>” — X speaks the quote. */
export function matchFrontedClause(ctx: ArticleContext, qi: number): Attribution | null {
  const q = ctx.quotes[qi];
  if (q.raw.unclosed) return null;
  const { tokens } = ctx;
  const floor = sentenceStartOf(ctx, q.openTok, 40);
  let k = floor;
  while (k < q.openTok && k - floor < 2 && LEADING.has(tokens[k].lower)) k++;
  if (!FRONTED_CLAUSE_OPENERS.has(tokens[k]?.lower ?? '') || k + 2 >= q.openTok) return null;
  const clause = k + 1;
  // the clause must run on to the quote: a comma before it has already closed the clause (“As Mayor Ruiz said, “…””)
  for (let i = clause; i < q.openTok; i++) if (ctx.inQuote[i] < 0 && (tokens[i].text === ',' || tokens[i].kind === 'break')) return null;
  const main = clauseCommaAfter(ctx, q);
  // a main clause must follow, with words of its own
  if (main < 0 || tokens[main]?.kind !== 'word') return null;
  const att = matchBeforeToken(ctx, q.openTok, clause);
  if (!att || !att.mention || !att.cue || att.mention.start < clause || att.form === 'according-to' || att.rule === 'passive-agent' || att.rule === 'denied-speech') return null;
  // As a candidate who promised “change,” Obama … — a relative clause inside the opening phrase describes the main clause's subject
  if (att.mention.antecedent) return null;
  return {
    ...att,
    rule: 'fronted-clause',
    detail: `${describeMention(ctx, att.mention)} + cue “${tokens[att.cue.start].text}” in the clause “${tokens[k].text} …” opening the sentence, before the main clause`,
    strength: Math.min(att.strength, 0.75),
  };
}
