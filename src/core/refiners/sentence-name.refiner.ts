/**
 * A quote opening its sentence with no cue, whose sentence goes on to name a person, is that person's rather than
 * the subject of the sentence before: “Thousands of farmers blocked motorways. « Nous ne pouvons pas … », a martelé
 * Arnaud Rousseau, président du syndicat, to reporters.” — a verb the cue tables do not know still leaves the person
 * named beside the quote a better reading than the crowd of the sentence before.
 */
import { sentenceEndOf, sentenceStartOf, type ArticleContext, type Mention } from '../context';
import { cueAt, mayOpenCue } from '../attribution/cues';
import { describeMention } from '../attribution/describe';
import { phraseStartingAt } from '../attribution/noun-phrase';
import { isNameWord } from '../attribution/name-run';
import { endsClauseAfter } from '../attribution/clause-end';
import { namesOrganisation } from '../data/role-nouns';
import { endsPossessive } from '../text/possessive';

/** Most tokens read after the closing mark. */
const WINDOW = 24;

/**
 * The first person's full name in the rest of the sentence after the closing mark at `closeTok`: two name words or
 * more, no body's name, no possessive (“Smith's office”), ending its clause; null when a cue stands in that stretch (a verb that links
 * the words to someone else was the matchers' to read) or no such name does.
 */
function nameAfter(ctx: ArticleContext, closeTok: number): Mention | null {
  const tokens = ctx.tokens;
  const end = Math.min(sentenceEndOf(ctx, closeTok, WINDOW), closeTok + 1 + WINDOW);
  for (let k = closeTok + 1; k < end; k++) {
    const t = tokens[k];
    if (t.kind === 'mark' || ctx.inQuote[k] >= 0) return null;
    if (t.kind !== 'word') continue;
    if (mayOpenCue(t) && cueAt(ctx, k)) return null;
    if (!isNameWord(t)) continue;
    const m = phraseStartingAt(ctx, k, end);
    if (!m || m.type !== 'name') return null;
    const head = m.head ?? m;
    if (head.end - head.start < 2 || namesOrganisation(tokens, head.start, head.end) || endsPossessive(tokens[head.end - 1].text)) return null;
    // (the name ends its clause: “…, a martelé Arnaud Rousseau, président …”; not the subject of a verb of its own:
    // “…,” so Tomas Reiner was left without a buyer)
    if (!endsClauseAfter(ctx, m.end, end)) return null;
    return m;
  }
  return null;
}

/**
 * The quoted words end as speech does, with a comma, ! or ? inside the marks or a comma after them; words in marks
 * that run on into the sentence are a title or a term (““Broad City” star Arturo Castro”, ““Daily Show” host
 * Trevor Noah”), no one's words.
 */
function endsAsSpeech(ctx: ArticleContext, q: ArticleContext['quotes'][number]): boolean {
  const last = q.segments[q.segments.length - 1];
  const ch = ctx.text[last.end - 1];
  return ch === ',' || ch === '!' || ch === '?' || ch === '.' || ch === '…' || ctx.tokens[q.closeTok + 1]?.text === ',';
}

/** Give a quote that opens its sentence, still without a speaker, to the person its sentence names after it. */
export function refineSentenceName(ctx: ArticleContext): void {
  for (const q of ctx.quotes) {
    if (q.attribution || q.mergedInto !== null || q.raw.unclosed) continue;
    if (sentenceStartOf(ctx, q.openTok, 60) < q.openTok || !endsAsSpeech(ctx, q)) continue;
    const m = nameAfter(ctx, q.closeTok);
    if (!m) continue;
    q.attribution = { form: 'embedded', mention: m, cue: null, rule: 'sentence-name-after', detail: `${describeMention(ctx, m)} is named in the quote's own sentence, after it (no reporting verb)`, strength: 0.5 };
  }
}
