/**
 * Words the article itself says the named speaker did not say: a correction or a fact check quotes the misattributed
 * remark, then says so (“… reported that Dufresne told a conference: “We cannot afford …”. ¶ Dufresne did not make that
 * statement.”). Such a quote is given to no one: the article's own words deny the reading, and a reviewer decides.
 */
import { sentenceEndOf, type ArticleContext } from '../context';

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
        q.attribution = { form: att.form, mention: null, cue: att.cue, rule: 'denied-after', detail: `the article says next that ${t[att.mention.end - 1].text} did not say these words: given to no one`, strength: 0.3 };
        break;
      }
      s = sentenceEndOf(ctx, s, 80);
    }
  }
}
