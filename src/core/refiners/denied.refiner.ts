/**
 * Words the article itself says the named speaker did not say: a correction or a fact check quotes the misattributed
 * remark, then says so (“… reported that Dufresne told a conference: “We cannot afford …”. ¶ Dufresne did not make that
 * statement.”). Such a quote is given to no one: the article's own words deny the reading, and a reviewer decides.
 */
import { sentenceEndOf, type ArticleContext, type Mention } from '../context';
import { nameRunForward } from '../attribution/name-run';

/** How many sentences after the quote are read for the denial. */
const SENTENCES_AFTER = 2;
/** Verbs of saying after “did not” / “never”. */
const SAY_VERBS: ReadonlySet<string> = new Set(['say', 'make', 'utter', 'said', 'made', 'uttered', 'write', 'wrote']);
/** What was not said: “that statement”, “those words”, “the remark”. */
const WORDS_OF_SPEECH: ReadonlySet<string> = new Set(['statement', 'remark', 'remarks', 'words', 'comment', 'comments', 'quote', 'quotation', 'that', 'this', 'it', 'so']);
const NEGATIONS: ReadonlySet<string> = new Set(['never', 'not', "didn't", 'didn’t']);

/** The sentence starting at token `s` opens with `subject` (one word, any case) and denies saying it. */
function denies(ctx: ArticleContext, s: number, subject: string): boolean {
  const t = ctx.tokens;
  if (t[s]?.lower !== subject || ctx.inQuote[s] >= 0) return false;
  let k = s + 1;
  if (t[k]?.lower === 'did' || t[k]?.lower === 'has' || t[k]?.lower === 'had') k++;
  if (!NEGATIONS.has(t[k]?.lower ?? '')) return false;
  k++;
  if (!SAY_VERBS.has(t[k]?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + 3 && j < t.length; j++) if (WORDS_OF_SPEECH.has(t[j].lower)) return true;
  return false;
}

/** Verbs of speaking in the passive: “The words were spoken by …”, “The remark was made by …”. */
const SPOKEN: ReadonlySet<string> = new Set(['spoken', 'said', 'uttered', 'made', 'written', 'delivered']);

/**
 * “The words were spoken by Gordon Achterberg, …”: the sentence starting at token `s` names who did say them; the
 * name's token range, else null.
 */
function spokenBy(ctx: ArticleContext, s: number): Mention | null {
  const t = ctx.tokens;
  let k = s;
  if (t[k]?.lower !== 'the' && t[k]?.lower !== 'those' && t[k]?.lower !== 'these') return null;
  k++;
  if (!WORDS_OF_SPEECH.has(t[k]?.lower ?? '') || ctx.inQuote[k] >= 0) return null;
  k++;
  if (t[k]?.lower !== 'were' && t[k]?.lower !== 'was') return null;
  k++;
  if (t[k]?.lower === 'actually' || t[k]?.lower === 'in') k++;
  if (t[k]?.lower === 'fact') k++;
  if (!SPOKEN.has(t[k]?.lower ?? '') || t[k + 1]?.lower !== 'by') return null;
  const start = k + 2;
  const end = nameRunForward(t, start, Math.min(t.length, start + 8));
  return end - start >= 2 ? { start, end, type: 'name' } : null;
}

/** Give no speaker to a quote the next sentences say its named speaker did not say. */
export function refineDenied(ctx: ArticleContext): void {
  const t = ctx.tokens;
  for (const q of ctx.quotes) {
    const att = q.attribution;
    if (!att?.mention || att.mention.type !== 'name') continue;
    const subject = t[att.mention.end - 1].lower.replace(/['’]s$/, '');
    let s = q.closeTok + 1;
    for (let n = 0; n < SENTENCES_AFTER && s < t.length; n++) {
      while (s < t.length && (t[s].kind === 'break' || t[s].kind === 'punct' || ctx.inQuote[s] >= 0 || t[s].kind === 'mark')) s++;
      if (s >= t.length) break;
      if (denies(ctx, s, subject) || ((t[s].lower === 'he' || t[s].lower === 'she') && denies(ctx, s, t[s].lower))) {
        // (and when the sentence after says who did: “The words were spoken by Gordon Achterberg, …”)
        const next = sentenceEndOf(ctx, s, 80);
        let n2 = next;
        while (n2 < t.length && (t[n2].kind === 'break' || t[n2].kind === 'punct')) n2++;
        const by = spokenBy(ctx, n2);
        const denied = t[att.mention.end - 1].text;
        q.attribution = by
          ? { form: att.form, mention: by, cue: null, rule: 'denied-spoken-by', detail: `the article says next that ${denied} did not say these words, and who did`, strength: 0.6 }
          : { form: att.form, mention: null, cue: att.cue, rule: 'denied-after', detail: `the article says next that ${denied} did not say these words: given to no one`, strength: 0.3 };
        break;
      }
      s = sentenceEndOf(ctx, s, 80);
    }
  }
}
