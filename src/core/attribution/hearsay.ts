/**
 * Words that say a quote reached the article second-hand: “Lutz reportedly told friends …”, “Perez is said to have
 * called the forward “…””. The outlet did not hear these words said, so a reviewer should see that, and the quote
 * goes to review whatever its form.
 */
import type { ArticleContext, Attribution } from '../context';

/** Adverbs that put a report at one remove: “he reportedly said”. */
const HEARSAY_ADVERBS: ReadonlySet<string> = new Set(['reportedly', 'allegedly', 'supposedly', 'purportedly', 'rumoredly', 'rumouredly']);
/** Passives of report before “to have”: “is said to have told”, “was reported to have called”. */
const REPORT_PASSIVES: ReadonlySet<string> = new Set(['said', 'reported', 'understood', 'believed', 'alleged', 'rumoured', 'rumored', 'thought']);
const BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'been']);
/** How far around the speaker and the cue a marker is read. */
const REACH = 8;

/**
 * The words marking the attribution of the quote opening at token `openTok` as second-hand, or null. They are read
 * between the speaker, the cue and the quote, outside quotation marks.
 */
export function hearsayMarker(ctx: ArticleContext, att: Attribution, openTok: number): string | null {
  const m = att.mention;
  if (!m) return null;
  const tokens = ctx.tokens;
  let from = m.start;
  let to = m.end;
  if (att.cue) { from = Math.min(from, att.cue.start); to = Math.max(to, att.cue.end); }
  // (nothing but the speaker: “Perez is said to have called the forward “…”” — up to the quote)
  if (!att.cue && openTok > to && openTok - to <= REACH) to = openTok;
  if (to - from > REACH * 2) return null;
  for (let i = Math.max(0, from - 1); i < to; i++) {
    const t = tokens[i];
    if (ctx.inQuote[i] >= 0 || t.kind !== 'word') continue;
    if (HEARSAY_ADVERBS.has(t.lower)) return t.text;
    if (BE.has(t.lower) && REPORT_PASSIVES.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'to' && ctx.inQuote[i + 2] < 0) {
      return `${t.text} ${tokens[i + 1].text} to`;
    }
  }
  return null;
}
