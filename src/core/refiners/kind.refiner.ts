/**
 * Classifies each quote: `direct` (the whole reported content), `partial` (a fragment
 * inside paraphrase) or `term` (scare quotes and titles with no speech cue nearby).
 */
import type { ArticleContext, QuoteDraft } from '../context';
import { cueAt } from '../attribution/cues';
import { crowdMention, crowdSource } from '../attribution/crowd';

/** Quotes this short with no attribution are titles or scare quotes: the “Haley effect”. */
const TERM_MAX_WORDS = 5;
const CLAUSE_OPENERS = new Set([':', ',', 'that', '—', '–', '-']);

function wordCount(ctx: ArticleContext, q: QuoteDraft): number {
  let n = 0;
  for (let i = q.openTok + 1; i < q.closeTok; i++) if (ctx.tokens[i].kind === 'word' || ctx.tokens[i].kind === 'num') n++;
  return n;
}

/** Every word of the quote longer than three letters is capitalised: “The Art of the Deal”. */
function titleCase(ctx: ArticleContext, q: QuoteDraft): boolean {
  for (let i = q.openTok + 1; i < q.closeTok; i++) if (ctx.tokens[i].kind === 'word' && !ctx.tokens[i].cap && ctx.tokens[i].lower.length > 3) return false;
  return true;
}

/** Nouns of works whose title may follow set off by a comma: “In her memoir, “Steady Hands,” she wrote …”. */
const WORK_NOUNS: ReadonlySet<string> = new Set([
  'memoir', 'book', 'novel', 'film', 'movie', 'album', 'song', 'essay', 'column', 'documentary', 'play', 'poem', 'podcast',
  'series', 'programme', 'program', 'show', 'single', 'report', 'study', 'paper', 'exhibition', 'opera', 'musical',
]);
/** Words right before a name given, not said: “titled “…””, “the nom de guerre “Grom”” (a slogan is someone's words). */
const NAMING_WORDS: ReadonlySet<string> = new Set([
  'titled', 'entitled', 'headlined', 'nicknamed', 'nickname', 'codenamed', 'alias', 'guerre',
]);
/** Sounds of a crowd: “shouts of “Shame!””, “chants of “Lock her up””. */
const CROWD_SOUNDS: ReadonlySet<string> = new Set(['shouts', 'shout', 'chants', 'chant', 'cries', 'cry', 'cheers', 'jeers', 'boos', 'chorus', 'roars', 'screams', 'yells', 'heckles']);
/** Things words are written on: “a banner reading “Not for sale””, “placards saying “Stop the count””. */
const WRITTEN_ON: ReadonlySet<string> = new Set(['banner', 'banners', 'sign', 'signs', 'placard', 'placards', 'poster', 'posters', 'shirt', 'shirts', 't-shirt', 't-shirts', 'graffiti', 'sticker', 'stickers']);

/**
 * What the marks around a quote hold when it is no one's speech: a title or a name (“In her memoir, “Steady Hands,”
 * …”, “who uses the nom de guerre “Grom,””, “a banner reading “Not for sale””) → 'name'; the sound of a crowd (“He was
 * interrupted by shouts of “Shame!” from the opposition benches”) → 'crowd'; else null.
 */
function notSpeech(ctx: ArticleContext, q: QuoteDraft, words: number): 'name' | 'crowd' | null {
  const tokens = ctx.tokens;
  let k = q.openTok - 1;
  if (tokens[k]?.text === ',') k--;
  const w = tokens[k];
  if (!w || w.kind !== 'word' || ctx.inQuote[k] >= 0) return null;
  if (NAMING_WORDS.has(w.lower) && words <= 12) return 'name';
  if (w.lower === 'as' && tokens[k - 1]?.lower === 'known' && words <= 6) return 'name';
  if (WORK_NOUNS.has(w.lower) && k < q.openTok - 1 && words <= 8 && titleCase(ctx, q)) return 'name';
  // (“signs that read “Stop the Count””)
  const on = tokens[k - 1]?.lower === 'that' || tokens[k - 1]?.lower === 'which' ? tokens[k - 2] : tokens[k - 1];
  if ((w.lower === 'reading' || w.lower === 'saying' || w.lower === 'read' || w.lower === 'says') && WRITTEN_ON.has(on?.lower ?? '') && words <= 12) return 'name';
  if (w.lower === 'of' && CROWD_SOUNDS.has(tokens[k - 1]?.lower ?? '') && words <= 8) return 'crowd';
  return null;
}

/** The quote is all its paragraph holds: a subhead in marks (“'There's so much anger.'”) rather than a quotation going on. */
function wholeParagraph(ctx: ArticleContext, q: QuoteDraft): boolean {
  const before = ctx.tokens[q.openTok - 1];
  const after = ctx.tokens[q.closeTok + 1];
  return (!before || before.kind === 'break') && (!after || after.kind === 'break');
}

/** Most tokens read after a quote for the end of its paragraph. */
const HEADING_REACH = 16;

/**
 * The quote's paragraph ends in a word, with no full stop: a heading (“22:04 - 'Too close to call', says electoral
 * commission”), which sets its quotations in single marks also where the text below it writes double ones.
 */
function inHeading(ctx: ArticleContext, q: QuoteDraft): boolean {
  const tokens = ctx.tokens;
  const end = Math.min(tokens.length, q.closeTok + 1 + HEADING_REACH);
  for (let i = q.closeTok + 1; i < end; i++) {
    const next = tokens[i + 1];
    if (!next || next.kind === 'break') return tokens[i].kind === 'word';
  }
  return false;
}

/**
 * The text sets its quotations in single marks: two or more single-marked quotations right next to a speech cue
 * (‘We are a law-abiding State …,’ the Chief Minister said.), and no more double-marked quotations than single ones.
 * Headings do not count: their marks say nothing of the text's.
 */
function singleMarkStyle(ctx: ArticleContext): boolean {
  let singles = 0;
  let spoken = 0;
  let doubles = 0;
  for (const q of ctx.quotes) {
    if (q.raw.family === 'double') { doubles++; continue; }
    if (q.raw.family !== 'single' || inHeading(ctx, q)) continue;
    singles++;
    const form = q.attribution?.form;
    if (form === 'quote-cue-speaker' || form === 'quote-speaker-cue' || form === 'speaker-colon-quote') spoken++;
  }
  return spoken >= 2 && doubles <= singles;
}

/** direct / partial / term for every quote. */
export function refineKinds(ctx: ArticleContext): void {
  const { tokens, bounds } = ctx;
  const singleStyle = singleMarkStyle(ctx);
  for (const q of ctx.quotes) {
    const words = wordCount(ctx, q);
    const held = notSpeech(ctx, q, words);
    if (held === 'name') { q.kind = 'term'; continue; }
    // (a crowd's words are kept, with no one speaker: not the subject of the sentence they interrupted)
    if (held === 'crowd') {
      // (unless the sentence names the group raising it: “Harbour workers responded with chants of “…””)
      const noun = tokens[q.openTok - 1]?.text === ',' ? q.openTok - 3 : q.openTok - 2;
      // (or after “from”: “cries of “Shame!” from the government benches”)
      const group = crowdMention(ctx, noun) ?? crowdSource(ctx, q.closeTok);
      q.attribution = group
        ? { form: 'embedded', mention: group, cue: null, rule: 'crowd', detail: `words of a crowd (“${tokens[noun].text} of”) raised by the group the sentence names`, strength: 0.5 }
        : { form: 'embedded', mention: null, cue: null, rule: 'crowd', detail: `words of a crowd (“${tokens[noun].text} of”), no one speaker`, strength: 0.3 };
    }
    const att = q.attribution;
    // single marks (British style: ‘We will win,’ she said. / He said: ‘We will win.’) count as speech when the cue is
    // right next to them (a headline's “X Praises Y: ‘Very Good Reporter’” is no report); elsewhere they are too often
    // titles or scare quotes
    // (and the quotations that go on from such a quote: 'I just backed myself,' Hartley said. 'Reidy looked up …')
    const singleSpeech = att?.form === 'quote-cue-speaker' || att?.form === 'quote-speaker-cue' || (att?.form === 'speaker-colon-quote' && tokens[q.openTok - 1]?.text === ':' && att.cue?.end === q.openTok - 1)
      || (att?.form === 'continuation' && words >= 3 && !wholeParagraph(ctx, q));
    // (in a text that quotes in single marks, as British and Indian copy does, they are its quotation marks everywhere:
    // “said it was ‘too little and too late’ for delta farmers”)
    if (!att || (q.raw.family === 'single' && !singleSpeech && !singleStyle)) {
      // (a sentence of six words or more set in marks with no one named is speech whose speaker is not found — a
      // reviewer should see it flagged, not lose it: “Under socialism, you're poor. “They'll turn us all into beggars,
      // …”” — unless every longer word is capitalised, as in a title)
      if (words <= TERM_MAX_WORDS || (q.raw.family === 'single' && (!singleStyle || !att)) || (!att && !(bounds.sentenceStart[q.openTok] === 1 && !titleCase(ctx, q)))) {
        q.kind = 'term';
        continue;
      }
    }
    // a turn of a transcript (“Brenner: Our count …”) is the speaker's whole answer
    if (q.raw.openMark === ':') { q.kind = 'direct'; continue; }
    const prev = tokens[q.openTok - 1];
    const first = ctx.text[q.segments[0].start];
    // He said: “We will win.” / ¶“We will win,” he said.
    // …, adding “all existing capacities …” — a speech verb right before the mark introduces a clause; “called “…”” takes a noun phrase
    const afterCue = !!att?.cue && att.cue.end === q.openTok && cueAt(ctx, att.cue.start)?.strength !== 'attitude';
    const startsClause = !prev || prev.kind === 'break' || bounds.sentenceStart[q.openTok] === 1 || CLAUSE_OPENERS.has(prev.lower) || afterCue;
    const upper = first !== first.toLowerCase();
    q.kind = startsClause && (upper || words >= 6) ? 'direct' : 'partial';
  }
}
