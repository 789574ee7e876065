/**
 * “according to” names the source a report reached the writer through, and that source is
 * who the quote is attributed to, wherever it stands in the sentence:
 * “…,” the mayor said, according to the Harbour Gazette. → the Harbour Gazette
 * According to court filings, Berg called the deal “a swindle.” → court filings
 * Not when a reported clause holds it: “Berg said that according to his count, “…”” → Berg.
 * A survey is such a source too for the respondents it counts: “In a Gazette poll, 41 percent said …”, and so is
 * an outlet reporting at the end of the sentence: “…,” said Ola Berg, the Tarnby Star reports.
 */
import { sentenceStartOf, type ArticleContext, type QuoteDraft } from '../context';
import { cueAt } from '../attribution/cues';
import { phraseEndingAt, phraseStartingAt } from '../attribution/noun-phrase';
import { describeMention } from '../attribution/describe';
import { WordShapes } from '../text/word-shapes';

/** Forms that already name their source, or whose label is not in the running sentence. */
const KEEP = new Set(['according-to', 'interview', 'dash', 'speaker-colon-quote']);

/** The “according to” cue at token `i` in the sentence [start, end) holding quote q, and the source after it. */
function accordingSource(ctx: ArticleContext, q: QuoteDraft, i: number, end: number) {
  const tokens = ctx.tokens;
  const cue = cueAt(ctx, i);
  if (!cue || !cue.according) return null;
  // Berg said that according to his count … — inside what another verb reports
  if (tokens[i - 1]?.lower === 'that') return null;
  // … “a lifeline,” and according to ticket data it carried … — a clause of its own after the quote
  if (i > q.closeTok && NEW_CLAUSE.has(tokens[i - 1]?.lower ?? '')) return null;
  // according to a study titled “…” — the quote is part of the source’s name
  if (cue.end <= q.openTok && q.openTok - cue.end <= 8) {
    let k = cue.end;
    while (k < q.openTok && tokens[k].text !== ',' && tokens[k].text !== ':') k++;
    if (k === q.openTok) return null;
  }
  const m = phraseStartingAt(ctx, cue.end, end) ?? phraseStartingAt(ctx, cue.end, end, true) ?? bareSource(ctx, cue.end, end);
  return m ? { cue, mention: m, how: 'according to' } : null;
}

/** Verbs of a news outlet passing a report on. */
const REPORTS = new Set(['reports', 'reported']);

/**
 * “…,” said Ola Berg, the union's leader, the Tarnby Star reports. / …, reported the Star. — a report verb closing the
 * sentence, set off by a comma after the quote and its own attribution, names the outlet the report came through.
 */
function reporterAtEnd(ctx: ArticleContext, q: QuoteDraft, end: number) {
  const tokens = ctx.tokens;
  const stop = tokens[end - 1]?.text === '.' ? end - 1 : end;
  const att = q.attribution;
  if (stop - 1 <= q.closeTok + 1) return null;
  // …, the Tarnby Star reports.
  const last = stop - 1;
  if (REPORTS.has(tokens[last].lower) && ctx.inQuote[last] < 0) {
    let m = phraseEndingAt(ctx, last, q.closeTok + 1);
    // the Tarnby Star — a name read without its article
    if (m && tokens[m.start - 1]?.lower === 'the') m = { ...m, start: m.start - 1, head: m.head ?? { start: m.start, end: m.end } };
    if (m && m.type !== 'pronoun' && tokens[m.start - 1]?.text === ',' && m.start - 1 > q.closeTok + 1 && (!att?.cue || att.cue.end < m.start)) {
      return { cue: { start: last, end: stop }, mention: m, how: tokens[last].text };
    }
    return null;
  }
  // …, reports the Tarnby Star.
  for (let k = last; k > q.closeTok + 2 && k > last - 8; k--) {
    if (tokens[k].text !== ',') continue;
    if (!REPORTS.has(tokens[k + 1]?.lower ?? '') || (att?.cue && att.cue.end > k)) return null;
    const m = phraseStartingAt(ctx, k + 2, stop);
    return m && m.end === stop && m.type !== 'pronoun' ? { cue: { start: k + 1, end: k + 2 }, mention: m, how: tokens[k + 1].text } : null;
  }
  return null;
}

/** Nouns naming a survey whose respondents’ answers it reports. */
const SURVEYS = new Set(['poll', 'polls', 'survey', 'surveys']);
/** Words that may open the phrase naming a survey. */
const SURVEY_OPENERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'new', 'latest']);

/** Counts of respondents: “41 percent of voters”, “31%”, “six in 10”. */
function countsRespondents(ctx: ArticleContext, from: number, to: number): boolean {
  const tokens = ctx.tokens;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (ctx.inQuote[k] >= 0) continue;
    if (t.lower === 'percent' || t.text === '%' || t.text.endsWith('%')) return true;
    if (t.lower === 'in' && tokens[k + 1]?.kind === 'num' && tokens[k - 1]?.kind !== 'break') {
      const before = tokens[k - 1];
      if (before.kind === 'num' || NUMBER_WORDS.has(before.lower)) return true;
    }
  }
  return false;
}
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);

/**
 * In a Harbour Gazette poll, 41 percent of voters said they were “very worried”. / The survey finds that 30 percent
 * say … “…” — respondents counted by a survey named earlier in the sentence answer through it: the survey is the source.
 */
function surveySource(ctx: ArticleContext, q: QuoteDraft, att: QuoteDraft['attribution'], start: number, k: number) {
  const tokens = ctx.tokens;
  const m = att?.mention;
  if (!att || !m || m.type === 'name' || !att.cue || k >= m.start || tokens[att.cue.start].lower === 'according') return null;
  if (!countsRespondents(ctx, k + 1, q.openTok)) return null;
  let s = k;
  while (s > start && k - s < 6 && tokens[s - 1].kind !== 'break' && tokens[s - 1].kind !== 'mark' && tokens[s - 1].text !== ',' && !SURVEY_OPENERS.has(tokens[s - 1].lower)) s--;
  while (s > start && k - s < 8 && SURVEY_OPENERS.has(tokens[s - 1].lower)) s--;
  return { cue: att.cue, mention: { start: s, end: k + 1, type: 'description' as const, head: { start: k, end: k + 1 } } };
}

/**
 * Where the sentence holding a quote ends: the next sentence or the paragraph's end. A question ending inside the
 * quote ends nothing when a lower-case word follows it: “When does it stop?,” the judge said, according to …
 */
function clauseRunEnd(ctx: ArticleContext, closeTok: number): number {
  const tokens = ctx.tokens;
  const max = Math.min(tokens.length, closeTok + 1 + 60);
  const starts = ctx.bounds.sentenceStart;
  for (let j = closeTok + 1; j < max; j++) {
    const t = tokens[j];
    if (t.kind === 'break' || t.kind === 'mark') return j;
    if (starts[j] && ctx.inQuote[j] < 0 && (j > closeTok + 1 || t.cap)) return j;
  }
  return max;
}

/** Conjunctions opening a clause of its own. */
const NEW_CLAUSE = new Set(['and', 'but', 'while', 'whereas', 'though', 'although', 'because', 'so', 'yet']);

/** Words that end a bare source phrase: “according to excerpts of her speech released by the city”. */
const SOURCE_STOPS = new Set(['that', 'who', 'which', 'and', 'but', 'when', 'as', 'while', 'because', 'he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** A source phrase without an article: plain words up to a comma or the sentence's end (“excerpts of her speech”). */
function bareSource(ctx: ArticleContext, from: number, end: number) {
  const tokens = ctx.tokens;
  let k = from;
  while (k < end && k - from < 10 && (tokens[k].kind === 'word' || tokens[k].kind === 'num') && !SOURCE_STOPS.has(tokens[k].lower)) k++;
  return k > from ? { start: from, end: k, type: 'description' as const, head: { start: from, end: from + 1 } } : null;
}

/** Give each quote in a sentence holding “according to X” the source X, and respondents’ answers their survey. */
export function refineAccordingTo(ctx: ArticleContext): void {
  const tokens = ctx.tokens;
  for (const q of ctx.quotes) {
    if (q.mergedInto !== null) continue;
    const att = q.attribution;
    if (att && KEEP.has(att.form)) continue;
    const start = sentenceStartOf(ctx, q.openTok, 60);
    const end = clauseRunEnd(ctx, q.closeTok);
    // the words looked for, outside the quote: most tokens are turned away by their shape without reading the word
    let according = -1, survey = -1, reports = false;
    for (let i = start; i < end; i++) {
      if (i === q.openTok) i = q.closeTok + 1;
      const t = tokens[i];
      if (!t || !SOURCE_SHAPES.hasShape(t.shape) || ctx.inQuote[i] >= 0) continue;
      const w = t.lower;
      if (w === 'according') { if (according < 0) according = i; }
      else if (SURVEYS.has(w)) { if (survey < 0 && i < q.openTok) survey = i; }
      else if (REPORTS.has(w)) reports = true;
    }
    const polled = survey >= 0 ? surveySource(ctx, q, att, start, survey) : null;
    if (polled) {
      q.attribution = { form: att?.form ?? 'embedded', mention: polled.mention, cue: polled.cue, rule: 'survey-source', detail: `the respondents of ${describeMention(ctx, polled.mention)} answer through it`, strength: Math.min(att?.strength ?? 0.6, 0.75) };
      continue;
    }
    const src = according >= 0 ? accordingSource(ctx, q, according, end) : reports ? reporterAtEnd(ctx, q, end) : null;
    if (!src) continue;
    // “…,” the mayor said, according to the Gazette. — the mayor said it; the Gazette is how the words reached the
    // writer, and stays in the evidence. A speaker whose own cue sits in the quote's sentence keeps the quote.
    if (att?.mention && att.cue && OWN_CUE_FORMS.has(att.form)) {
      q.attribution = { ...att, detail: `${att.detail}; as reported “${src.how}” ${describeMention(ctx, src.mention)}` };
      continue;
    }
    q.attribution = {
      form: 'according-to',
      mention: src.mention,
      cue: src.cue,
      rule: src.how === 'according to' ? 'according-to-sentence' : 'reported-by',
      detail: `“${src.how}” with ${describeMention(ctx, src.mention)} in the sentence holding the quote${att?.mention ? ` (the source of what ${describeMention(ctx, att.mention)} said)` : ''}`,
      strength: 0.85,
    };
  }
}

/** Forms in which a speaker and a cue of their own attribute the quote within its sentence. */
const OWN_CUE_FORMS: ReadonlySet<string> = new Set(['quote-cue-speaker', 'quote-speaker-cue', 'speaker-cue-quote', 'embedded']);

/** The words this refiner looks for, as shapes: most tokens are turned away without reading their string. */
const SOURCE_SHAPES = new WordShapes(['according', 'poll', 'polls', 'survey', 'surveys', 'reports', 'reported']);
