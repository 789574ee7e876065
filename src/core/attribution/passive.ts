/**
 * Passive reports name their speaker after “by”: an option seen by organizers as a
 * “lifeboat” · the plan was called “strategic ambiguity” by Nora Beck.
 */
import { sentenceEndOf, type ArticleContext, type Mention } from '../context';
import { isAgentHead, phraseStartingAt } from './noun-phrase';
import { DETERMINERS, PRONOUNS } from '../data/function-words';

/** Past participles that are not -ed/-en forms. */
const IRREGULAR_PARTICIPLES = new Set(['seen', 'known', 'made', 'said', 'told', 'called', 'written', 'put', 'heard', 'read', 'described', 'quoted']);
/** Participles whose agent reports someone else's words: “quoted by”, “cited by”. */
const REPORTED_BY: ReadonlySet<string> = new Set(['quoted', 'cited']);
/** How close (tokens) the “by” must stand to the quote. */
const PASSIVE_WINDOW = 12;
/** Most tokens between the agent and the opening mark (“by organizers |as a| “…””), or between the closing mark and “by”. */
const BEFORE_GAP = 3;
const AFTER_GAP = 4;

/** The agent of a passive participle in the quote’s sentence, within a few tokens of the quote: “… by |the SVP|”. */
export function passiveAgent(ctx: ArticleContext, start: number, openTok: number, closeTok: number): Mention | null {
  const tokens = ctx.tokens;
  const end = Math.min(sentenceEndOf(ctx, closeTok, 40), closeTok + PASSIVE_WINDOW);
  for (let k = Math.max(start + 1, openTok - PASSIVE_WINDOW); k < end; k++) {
    if (tokens[k].lower !== 'by' || ctx.inQuote[k] >= 0 || (k > openTok && k < closeTok)) continue;
    let p = k - 1;
    if (tokens[p].lower.endsWith('ly') && p > start) p--; // known derisively by
    const w = tokens[p];
    if (w.kind !== 'word' || w.cap || !(w.lower.endsWith('ed') || w.lower.endsWith('en') || IRREGULAR_PARTICIPLES.has(w.lower))) continue;
    // “Alcántara was quoted by the newspaper Diario del Sur as saying …” — the one quoted speaks; the agent only printed it
    if (REPORTED_BY.has(w.lower)) continue;
    const m = agentAt(ctx, k + 1, end);
    // the agent stands right next to the quote: “seen by organizers as a “…””, “… “…” was called by the party”
    if (m && m.type !== 'pronoun' && (k > closeTok ? k - closeTok <= AFTER_GAP : openTok - m.end <= BEFORE_GAP)) return m;
  }
  return null;
}

/** “was called “…” by the Farmers Party” — the phrase after a “by” right after the quote’s closing mark. */
export function agentAfterQuote(ctx: ArticleContext, closeTok: number): Mention | null {
  const tokens = ctx.tokens;
  let k = closeTok + 1;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.lower !== 'by' || ctx.inQuote[k] >= 0) return null;
  const end = Math.min(tokens.length, k + 1 + PASSIVE_WINDOW);
  const m = agentAt(ctx, k + 1, end);
  return m && m.type !== 'pronoun' ? m : null;
}

/** “was asked by host Bill Maher” — the phrase after a “by” right after a passive cue, before the quote. */
export function agentAfterCue(ctx: ArticleContext, cueEnd: number, openTok: number): Mention | null {
  if (ctx.tokens[cueEnd]?.lower !== 'by' || ctx.inQuote[cueEnd] >= 0 || REPORTED_BY.has(ctx.tokens[cueEnd - 1]?.lower ?? '')) return null;
  const m = agentAt(ctx, cueEnd + 1, openTok);
  return m && m.type !== 'pronoun' ? m : null;
}

/** The agent phrase after “by”: a name or a description, or bare lower-case words ending in a plural agent noun (“by local officials”). */
function agentAt(ctx: ArticleContext, start: number, ceil: number): Mention | null {
  const m = phraseStartingAt(ctx, start, ceil) ?? phraseStartingAt(ctx, start, ceil, true);
  if (m) return m;
  const tokens = ctx.tokens;
  let head = -1;
  for (let k = start; k < Math.min(ceil, start + 4); k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.cap || ctx.inQuote[k] >= 0 || PRONOUNS.has(t.lower) || DETERMINERS.has(t.lower)) break;
    if (t.lower.endsWith('s') && isAgentHead(t.lower)) head = k;
  }
  return head < 0 ? null : { start, end: head + 1, type: 'description', head: { start: head, end: head + 1 } };
}

/** Auxiliaries that make the participle after them passive: “was called”. */
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/** “It was dubbed …” — the cue at token `cueStart` is a passive participle, so its subject is not the speaker. */
export function isPassiveCue(ctx: ArticleContext, cueStart: number): boolean {
  const w = ctx.tokens[cueStart];
  let p = cueStart - 1;
  if (ctx.tokens[p]?.lower.endsWith('ly') && p > 0) p--;
  if (!PASSIVE_AUX.has(ctx.tokens[p]?.lower ?? '')) return false;
  return w.lower.endsWith('ed') || w.lower.endsWith('en') || IRREGULAR_PARTICIPLES.has(w.lower);
}
