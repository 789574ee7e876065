/**
 * Quotes with no attribution of their own take the speaker of a neighbouring quote in
 * the same paragraph: “We’re global,” he said. “I think it’s good to have a goal.”
 */
import { sentenceStartOf, type ArticleContext, type Mention, type QuoteDraft } from '../context';
import { clauseSubject, subjectOf } from '../attribution/subject';
import { cueAt, type CueMatch } from '../attribution/cues';
import { describeMention } from '../attribution/describe';
import { isCommonWordAt } from '../attribution/common-words';
import { isAgentHead } from '../attribution/noun-phrase';
import { possessiveSpeaker } from '../attribution/possessive-speech';

const PERSONAL = new Set(['he', 'she', 'they']);

const COPULAS = new Set(['is', 'was', 'are', 'were']);

/**
 * A description that may hold its own quote: one whose head can speak, or a plain noun (not a participle or a
 * hyphenated modifier, “The so-called”) that does something (“The report goes on to call …”); a thing that only
 * is something (“The offer is “an insult””) leaves the quote to the speaker before.
 */
function actingDescription(ctx: ArticleContext, m: Mention): boolean {
  const head = ctx.tokens[(m.head ?? m).end - 1].lower;
  if (isAgentHead(head)) return true;
  return !head.endsWith('ed') && !head.includes('-') && !COPULAS.has(ctx.tokens[m.end]?.lower ?? '');
}

/** ““…,” Ames said. Later, Moreau called the plan “…”” — a later sentence with its own named subject before the quote speaks for itself. */
function ownSubject(ctx: ArticleContext, q: QuoteDraft, after: number): Mention | null {
  const start = sentenceStartOf(ctx, q.openTok, 60);
  if (start <= after || start >= q.openTok) return null;
  // … and his call for “a total ban” — the owner of a noun of speech governing the quote
  const owner = possessiveSpeaker(ctx, start, q.openTok);
  if (owner) return owner;
  const m = clauseSubject(ctx, start, q.openTok, true);
  if (!m) return null;
  if (m.type === 'pronoun') return PERSONAL.has(ctx.tokens[m.start].lower) ? m : null;
  if (m.type === 'description') return actingDescription(ctx, m) ? m : null;
  if (m.type !== 'name' || (m.end - m.start === 1 && isCommonWordAt(ctx, m.start))) return null;
  return m;
}

/**
 * ““…,” says Gloria Garcia, a nurse. She says people should choose. “It is their life.”” — a whole sentence
 * between the earlier quote and this one names who speaks next: its subject (a name or a personal pronoun).
 */
function subjectBetween(ctx: ArticleContext, q: QuoteDraft, after: number): Mention | null {
  const ownStart = sentenceStartOf(ctx, q.openTok, 60);
  if (ownStart !== q.openTok || ownStart - 1 <= after) return null;
  const prevStart = sentenceStartOf(ctx, ownStart - 1, 60);
  if (prevStart <= after) return null;
  let cue: CueMatch | null = null;
  for (let i = prevStart; i < ownStart; i++) {
    if (ctx.inQuote[i] >= 0 || ctx.tokens[i].kind === 'mark') return null;
    cue ??= cueAt(ctx, i);
  }
  // the sentence must report something: “She says people should …”, “Greene added that …”
  const m = cue && !cue.according ? subjectOf(ctx, cue, prevStart) : null;
  if (!m || m.antecedent) return null;
  if (m.type === 'pronoun') return PERSONAL.has(ctx.tokens[m.start].lower) ? m : null;
  // ““…,” Ebeling said. Her husband cut in. “Don’t forget …”” — someone described, who can speak
  if (m.type === 'description') return isAgentHead(ctx.tokens[(m.head ?? m).end - 1].lower) ? m : null;
  return m.type === 'name' && !(m.end - m.start === 1 && isCommonWordAt(ctx, m.start)) ? m : null;
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
    const between = source && before && !own ? subjectBetween(ctx, q, Math.max(source.closeTok, source.attribution?.mention?.end ?? 0, source.attribution?.cue?.end ?? 0)) : null;
    if (between) {
      q.attribution = { form: 'previous-sentence', mention: between, cue: null, rule: 'sentence-before-subject', detail: `${describeMention(ctx, between)} reports something in the sentence between this quote and the earlier one`, strength: 0.6 };
      continue;
    }
    if (own) {
      q.attribution = { form: 'embedded', mention: own, cue: null, rule: 'sentence-own-subject', detail: `${describeMention(ctx, own)} is the subject of a later sentence holding the quote`, strength: 0.6 };
      continue;
    }
    // a literal rather than a spread of `att`: the spread's copies take a slow path on every store that follows
    q.attribution = {
      form: 'continuation',
      mention: att.mention,
      cue: att.cue,
      rule: 'continuation-paragraph',
      detail: `same paragraph as a quote attributed by ${att.rule} (${before ? 'before' : 'after'} it)`,
      strength: Math.min(att.strength, before ? 0.86 : 0.8),
    };
  }
}
