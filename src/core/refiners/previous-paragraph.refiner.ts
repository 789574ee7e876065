/**
 * A paragraph that opens with a quote and names nobody takes its speaker from the
 * paragraph before: “Tester added:” ¶ “That’s where your problem is.” — or continues the
 * previous paragraph’s quote when that paragraph was a quote by the same speaker.
 */
import { sentenceStartOf, type ArticleContext } from '../context';
import { matchBeforeToken } from '../attribution/before-quote.matcher';
import { matchAnnouncement } from '../attribution/announcement';

/** Cues of a turn in questioning: the line after such a turn may be the other side's. */
const TURN_CUES: ReadonlySet<string> = new Set(['replied', 'replies', 'answered', 'answers', 'responded', 'responds', 'retorted', 'countered', 'asked', 'asks']);
/** Confidence of a bare line continuing such a turn: below the review threshold. */
const TURN_STRENGTH = 0.45;

/** Colon at the end of the previous paragraph, then quote continuation across paragraphs. */
export function refinePreviousParagraph(ctx: ArticleContext): void {
  const { tokens, quotes, bounds } = ctx;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    if (q.attribution || q.mergedInto !== null) continue;
    const para = bounds.paragraph[q.openTok];
    if (para === 0 || bounds.paragraphStart[para] !== q.openTok) continue;
    const breakTok = q.openTok - 1;
    let last = breakTok - 1;
    if (last < 0) continue;
    if (tokens[last].kind === 'mark' && ctx.inQuote[last] < 0 && last > 0) last--; // …said: ” typos
    if (tokens[last].text === ':') {
      // X said: ¶ “…”
      const att = matchBeforeToken(ctx, last + 1, sentenceStartOf(ctx, last, 80));
      if (att?.mention) {
        q.attribution = { form: 'speaker-colon-quote', mention: att.mention, cue: att.cue, rule: 'colon-previous-paragraph', detail: `${att.detail}, ending the previous paragraph with a colon`, strength: Math.min(att.strength, 0.9) };
        continue;
      }
    }
    // Solberg gave the following account to the inquiry. ¶ “…” — a paragraph announcing the quotation after it
    if (tokens[last].text === ':' || tokens[last].text === '.') {
      const att = matchAnnouncement(ctx, sentenceStartOf(ctx, last, 80), last, 'announced-previous-paragraph');
      if (att) { q.attribution = att; continue; }
    }
    // the previous paragraph was a quote (ending it) by a known speaker: the speech goes on
    for (let k = qi - 1; k >= 0 && k >= qi - 4; k--) {
      const p = quotes[k];
      const pPara = bounds.paragraph[p.openTok];
      if (pPara < para - 1) break;
      if (pPara !== para - 1) continue;
      const endsParagraph = p.closeTok + 1 >= breakTok || tokens[p.closeTok + 1]?.kind === 'break';
      const att = p.attribution;
      if (att?.mention && (endsParagraph || att.form === 'quote-cue-speaker' || att.form === 'quote-speaker-cue')) {
        // “…,” Karalis replied. ¶ “But you didn't mention any photo.” — after a turn of a questioning the bare line is as
        // likely the other side's: kept, but for review
        const turn = att.cue ? TURN_CUES.has(tokens[att.cue.start].lower) : false;
        const detail = turn ? `continues the quote of the previous paragraph (${att.rule}), though it answered or asked in an exchange: the line may be the other side's`
          : `continues the quote of the previous paragraph (${att.rule})`;
        q.attribution = { form: 'continuation', mention: att.mention, cue: att.cue, rule: 'continuation-next-paragraph', detail, strength: turn ? Math.min(att.strength, TURN_STRENGTH) : Math.min(att.strength, endsParagraph ? 0.8 : 0.7) };
      }
      break;
    }
  }
}
