/**
 * Reported (indirect) speech outside quote marks: “Shamkhani noted the Syrian army’s
 * valuable achievements …” → speaker, cue and the content up to the sentence end.
 */
import { sentenceEndOf, sentenceStartOf, type ArticleContext } from '../context';
import type { StatementResult } from '../types';
import { cueAt, mayOpenCue } from '../attribution/cues';
import { subjectOf } from '../attribution/subject';
import { mentionText } from '../attribution/describe';
import type { Registry } from '../entities/registry';
import { resolveMention } from '../entities/resolve-speaker';

// Bound once at load: called for every token, and each read of an import through the
// CommonJS interop layer is a getter call.
const cueAtToken = cueAt;
const mayOpen = mayOpenCue;

/** Verbs too vague to report a statement on their own (“called”, “read”). */
const MIN_CONTENT_TOKENS = 3;

/** One statement per sentence: the first speech cue with a subject and quote-free content after it. */
export function findStatements(ctx: ArticleContext, reg: Registry): StatementResult[] {
  const out: StatementResult[] = [];
  const { tokens } = ctx;
  let i = 0;
  while (i < tokens.length) {
    // cues start with a word outside quote marks
    const t = tokens[i];
    const cue = t.kind === 'word' && ctx.inQuote[i] < 0 && mayOpen(t) ? cueAtToken(ctx, i) : null;
    if (!cue || cue.according || cue.strength === 'attitude' && tokens[cue.start].lower !== 'called') { i++; continue; }
    const end = sentenceEndOf(ctx, i);
    let contentStart = cue.end;
    if (tokens[contentStart]?.lower === 'that' || tokens[contentStart]?.text === ',') contentStart++;
    let hasQuote = false;
    for (let k = contentStart; k < end && !hasQuote; k++) hasQuote = tokens[k].kind === 'mark';
    let last = end - 1;
    while (last > contentStart && tokens[last].kind === 'punct') last--;
    // the subject only for content worth reporting: most cues introduce a quotation
    const subject = !hasQuote && last - contentStart + 1 >= MIN_CONTENT_TOKENS ? subjectOf(ctx, cue, sentenceStartOf(ctx, i)) : null;
    if (subject) {
      const res = resolveMention(ctx, reg, subject);
      const cs = tokens[contentStart].start;
      const ce = tokens[last].end;
      const sm = { text: mentionText(ctx, subject), start: tokens[subject.start].start, end: tokens[subject.end - 1].end };
      out.push({
        speaker: res.speaker,
        speakerMention: sm,
        cue: { text: ctx.text.slice(tokens[cue.start].start, tokens[cue.end - 1].end), start: tokens[cue.start].start, end: tokens[cue.end - 1].end },
        content: { text: ctx.text.slice(cs, ce), start: cs, end: ce },
        confidence: subject.type === 'name' ? 0.8 : res.entity ? 0.7 : 0.5,
        evidence: { rule: 'reported-speech', detail: `${sm.text} + cue “${tokens[cue.start].text}” without quote marks; ${res.how}` },
      });
      i = end;
      continue;
    }
    i++;
  }
  return out;
}
