/**
 * Where an attribution after a quote ends: the rest of its sentence (“said Sunday in a statement.”), a short
 * linked phrase (“reads an editorial in the Tarnby Star.”), and cues that start new content instead
 * (“She further announced that …”).
 */
import type { ArticleContext } from '../context';
import { cueAt } from './cues';

/** Words that open a short linked phrase after a speaker. */
const LINK_WORDS = new Set(['in', 'of', 'from', 'at', 'for', 'on', 'with']);
const SENTENCE_END = new Set(['.', '!', '?', ';']);
/**
 * Tokens allowed between the attribution and the end of its sentence (“said Sunday in a statement.”,
 * “said Ines Ruiz, a former harbour pilot now at the port authority.”) when no quote mark comes first.
 */
const LONG_TAIL = 40;

/** “…” He added, “…” belongs to the next quote: after a full-stop quote, the attribution must end its sentence. */
export function closesSentence(ctx: ArticleContext, from: number): boolean {
  const tokens = ctx.tokens;
  for (let k = from; k < Math.min(tokens.length, from + LONG_TAIL); k++) {
    const t = tokens[k];
    if (t.kind === 'break' || SENTENCE_END.has(t.text)) return true;
    if (t.kind === 'mark') return false;
    // “…,” said one Democrat familiar with the talks, who added that … “…” — a relative clause about the speaker
    if (t.text === ',' && tokens[k + 1]?.lower === 'who') return true;
    // …, Hollande said Tuesday in Paris, noting the nominee “makes you want to retch.” — a participle adds a clause of its own
    if (t.text === ',' && tokens[k + 1]?.kind === 'word' && !tokens[k + 1].cap && tokens[k + 1].lower.endsWith('ing')) return true;
    if (t.text === ',' && tokens[k + 1]?.kind === 'mark') return false;
  }
  return from + LONG_TAIL > tokens.length;
}

/** After a speaker phrase ending at `k`: the end of a short linked phrase (“on the website”) when one follows, else `k`. */
export function linkedPhraseEnd(ctx: ArticleContext, k: number, ceil: number): number {
  if (!LINK_WORDS.has(ctx.tokens[k]?.lower ?? '')) return k;
  let e = k + 1;
  // stop on the last word before the clause ends: that word is the verb
  for (let n = 0; n < 6 && e < ceil && ctx.tokens[e].kind === 'word'; n++) {
    const next = ctx.tokens[e + 1]?.text;
    if (next === '.' || next === ',') break;
    e++;
  }
  return e;
}

/** The clause ends at token `k`, or after a short linked phrase: “…,” reads an editorial |in the Tarnby Star|. */
export function endsClauseAfter(ctx: ArticleContext, k: number, ceil: number): boolean {
  if (LINK_WORDS.has(ctx.tokens[k]?.lower ?? '')) for (let n = 0; n < 8 && k < ceil && ctx.tokens[k].kind === 'word'; n++) k++;
  const next = ctx.tokens[k];
  return !next || next.text === '.' || next.text === ',' || next.kind === 'break' || next.kind === 'mark';
}

/** Words after a cue that open what it reports: “added |that| …”, “said |he| would …”, “noted |a| planned rally”. */
const CONTENT_OPENERS = new Set(['that', 'he', 'she', 'they', 'we', 'i', 'a', 'an', 'the', 'his', 'her', 'their', 'its']);

/**
 * “…enforcement.” She further announced that the department … / “…state.” She noted a planned rally … — after a
 * quote that ends its own sentence, a cue followed by what it reports starts a new statement, and the quote’s
 * attribution is elsewhere. A cue that names its audience is still an attribution: “…?” Todd asked the mogul.
 */
export function reportsNewContent(ctx: ArticleContext, cueEnd: number): boolean {
  const t = ctx.tokens[cueEnd];
  if (!t) return false;
  if (t.text === ':') return true;
  // “She went on to say:”
  if (t.lower === 'to' && cueAt(ctx, cueEnd + 1)) return true;
  if (t.kind !== 'word' || !CONTENT_OPENERS.has(t.lower)) return false;
  const cue = ctx.tokens[cueEnd - 1].lower;
  return !(cue.startsWith('told') || cue.startsWith('tell') || cue.startsWith('ask') || cue.startsWith('urg'));
}
