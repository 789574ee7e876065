/**
 * A sentence that announces the quotation after it: “Harbour master Captain Ingrid Solberg gave the following account
 * to the inquiry.” ¶ “At about ten past two …” · “Reyes had this to say:” · “She put it as follows:”. The verb
 * need not be a reporting one (“gave”, “made”, “issued”): the announcing words say that speech follows, and the
 * verb's subject speaks.
 */
import type { ArticleContext, Attribution, Mention } from '../context';
import { isCommonWordAt } from './common-words';
import { isAgentHead } from './noun-phrase';
import { ANNOUNCING_PHRASES, CUE_WORDS } from '../data/cue-verbs';
import { subjectOf } from './subject';
import { describeMention } from './describe';

const PHRASES: readonly string[][] = ANNOUNCING_PHRASES.map((p) => p.split(' '));
/** Nouns of time after “the following”, which then announces nothing. */
const FOLLOWING_TIMES: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning', 'afternoon',
  'evening', 'night', 'weekend', 'season', 'spring', 'summer', 'autumn', 'winter', 'decade', 'hours', 'minutes', 'time', 'round', 'match', 'game']);

/** The announcing words in tokens [floor, end), as a token range, or null. */
function announcingWords(ctx: ArticleContext, floor: number, end: number): { start: number; end: number } | null {
  const tokens = ctx.tokens;
  for (let k = floor; k < end; k++) {
    if (ctx.inQuote[k] >= 0 || tokens[k].kind !== 'word') continue;
    for (const words of PHRASES) {
      let ok = true;
      for (let n = 0; n < words.length && ok; n++) ok = tokens[k + n]?.lower === words[n] && k + n < end;
      // (not a time: “The following week, Reyes resigned.”, “in the following days”)
      if (ok && !FOLLOWING_TIMES.has(tokens[k + words.length]?.lower ?? '')) return { start: k, end: k + words.length };
    }
  }
  return null;
}

/** Someone who can speak: not “it”, nor a word such as “Transcript” or “Partial” heading a text (“Transcript as follows:”). */
function canSpeak(ctx: ArticleContext, m: Mention): boolean {
  const tokens = ctx.tokens;
  if (m.type === 'pronoun') return tokens[m.start].lower !== 'it';
  if (m.type === 'name') return !(m.end - m.start === 1 && isCommonWordAt(ctx, m.start));
  return isAgentHead(tokens[(m.head ?? m).end - 1].lower);
}

/**
 * The sentence [floor, end) announces the quotation that follows it (`end` is its closing “:” or “.”): its subject,
 * as the speaker of that quotation, or null.
 */
export function matchAnnouncement(ctx: ArticleContext, floor: number, end: number, rule: string): Attribution | null {
  const tokens = ctx.tokens;
  const words = announcingWords(ctx, floor, end);
  if (!words) return null;
  // “gave the following account”, “had this to say”: the verb right before the words; “as follows” after a verb of
  // saying only (“put it as follows”, “described it as follows”; not a heading: “Transcript as follows:”)
  let verb = words.start - 1;
  if (tokens[words.start].lower === 'as') {
    if (tokens[verb]?.lower === 'it') verb--;
    if (!CUE_WORDS.has(tokens[verb]?.lower ?? '')) return null;
  }
  const lead = tokens[verb];
  if (verb <= floor || !lead || lead.kind !== 'word' || lead.cap || ctx.inQuote[verb] >= 0) return null;
  const cue = { start: verb, end: words.end, strength: 'speech' as const, according: false };
  const m = subjectOf(ctx, cue, floor);
  if (!m || !canSpeak(ctx, m)) return null;
  const said = ctx.text.slice(tokens[words.start].start, tokens[words.end - 1].end);
  return { form: 'speaker-colon-quote', mention: m, cue, rule, detail: `${describeMention(ctx, m)} announces the quotation (“${said}”)`, strength: 0.86 };
}
