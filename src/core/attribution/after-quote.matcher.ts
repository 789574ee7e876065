/**
 * Attributions written after the closing mark: “…,” Shamkhani said. · “…,” said
 * Shamkhani. · “…,” according to the ministry. The window ends with the sentence.
 */
import { sentenceStartOf, type ArticleContext, type Attribution } from '../context';
import { CUE_MODIFIERS, DETERMINERS, PRONOUNS, TIME_WORDS } from '../data/function-words';
import { cueAt, isParticiple, type CueMatch } from './cues';
import { CUE_WORDS } from '../data/cue-verbs';
import { phraseStartingAt } from './noun-phrase';
import { describeMention } from './describe';
import { bareDescription, cueAfterTail, headingDescription, homographName, loneQuantifier, partitivePhrase } from './speaker-phrase';
import { closesSentence, endsClauseAfter, linkedPhraseEnd, reportsNewContent } from './clause-end';
import { farCue, quotedTermEnd } from './far-cue';
import { nameRunForward } from './name-run';
import { foreignCueAt, invertedCueAt } from './foreign-cue';


const WINDOW = 40;
function endsWithStop(ctx: ArticleContext, qi: number): boolean {
  const q = ctx.quotes[qi];
  const last = q.segments[q.segments.length - 1];
  const ch = ctx.text[last.end - 1];
  return ch === '.' || ch === '?' || ch === '!';
}

/** Ducey called the lines “unacceptable.” Stanton wrote … — a quote closing with a full stop a sentence begun before it ends there. */
function endsSentenceMidway(ctx: ArticleContext, qi: number): boolean {
  const q = ctx.quotes[qi];
  const last = q.segments[q.segments.length - 1];
  if (ctx.text[last.end - 1] !== '.') return false;
  const start = sentenceStartOf(ctx, q.openTok, 40);
  return start < q.openTok - 2;
}

/** A letter or digit (ASCII, or any non-ASCII character): the quoted words end without punctuation. */
function isWordEnd(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

function paragraphCeil(ctx: ArticleContext, from: number): number {
  const max = Math.min(ctx.tokens.length, from + WINDOW);
  for (let i = from; i < max; i++) {
    const t = ctx.tokens[i];
    if (t.kind === 'break') return i;
    if (t.kind !== 'mark') continue;
    // “…,” Bill Eastland, wearing “Ted Cruz” campaign pins, said — a few quoted words after a comma do not end the attribution
    const term = ctx.tokens[i - 1]?.kind === 'word' && i > from + 2 ? quotedTermEnd(ctx, i) : -1;
    if (term < 0 || !afterComma(ctx, from, i)) return i;
    i = term;
  }
  return max;
}

/** A comma stands between tokens `from` and `to`: the words there are an apposition. */
function afterComma(ctx: ArticleContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.tokens[k].text === ',') return true;
  return false;
}

/** The quote stops mid-sentence: “…,” / “…!” / “…?” (the comma may follow the closing mark). */
function endsWithComma(ctx: ArticleContext, qi: number): boolean {
  const q = ctx.quotes[qi];
  const ch = ctx.text[q.segments[q.segments.length - 1].end - 1];
  return ch === ',' || ch === '!' || ch === '?' || ctx.tokens[q.closeTok + 1]?.text === ',';
}

/**
 * “…,” beamed Tom Ames. · “…,” reads a Monday editorial. — right after a quote that stops mid-sentence, any
 * reporting form (even one too common to count alone) or past-tense verb, then a speaker that ends the clause.
 */
function invertedBareVerb(ctx: ArticleContext, qi: number, i: number, ceil: number): CueMatch | null {
  const t = ctx.tokens[i];
  if (t.kind !== 'word' || t.cap || ctx.inQuote[i] >= 0 || !endsWithComma(ctx, qi)) return null;
  if (!CUE_WORDS.has(t.lower) && !(t.lower.length > 4 && t.lower.endsWith('ed'))) return null;
  // “…,” read one. — a quantifier alone may name the speaker too
  const m = phraseStartingAt(ctx, i + 1, ceil) ?? homographName(ctx, i + 1, ceil) ?? partitivePhrase(ctx, i + 1, ceil) ?? loneQuantifier(ctx, i + 1) ?? phraseStartingAt(ctx, i + 1, ceil, true);
  if (!m || m.type === 'pronoun') return null;
  if (!endsClauseAfter(ctx, m.end, ceil)) return null;
  return { start: i, end: i + 1, strength: 'speech', according: false };
}

/** “…,” X said / “…,” said X / “…,” according to X. */
export function matchAfterQuote(ctx: ArticleContext, qi: number): Attribution | null {
  const q = ctx.quotes[qi];
  if (q.raw.unclosed && !q.raw.closedBeforeAttribution) return null;
  const tokens = ctx.tokens;
  let i = q.closeTok + 1;
  // “Ted Cruz” campaign pins — quoted words that end without punctuation and run on into a lower-case word modify it
  const next = tokens[i];
  if (next?.kind === 'word' && !next.cap && !PRONOUNS.has(next.lower) && !DETERMINERS.has(next.lower) && isWordEnd(ctx.text.charCodeAt(tokens[q.closeTok].start - 1)) && !cueAt(ctx, i) && !cueAt(ctx, i + 1)) return null;
  if (tokens[i]?.text === ',' || tokens[i]?.text === '—' || tokens[i]?.text === '–') i++;
  const ceil = paragraphCeil(ctx, i);
  if (i >= ceil) return null;
  if (endsSentenceMidway(ctx, qi)) return null;
  const first = cueAt(ctx, i) ?? invertedBareVerb(ctx, qi, i, ceil);
  // “…,” adding that it is why … — a cue followed by “that” reports a clause, it names no speaker
  if (first && tokens[first.end]?.lower === 'that') return null;
  // “…,” promising the Friends of Abe will return — a participle after the quote reports for the sentence's subject, not for the words after it
  if (first && !first.according && isParticiple(ctx, first)) return null;
  if (first) {
    let m = phraseStartingAt(ctx, first.end, ceil) ?? homographName(ctx, first.end, ceil) ?? partitivePhrase(ctx, first.end, ceil) ?? loneQuantifier(ctx, first.end);
    // “…,” said a Tarnby Democrat. — after an inverted cue, a description of any head that ends the clause speaks
    if (!m && !first.according) {
      const loose = phraseStartingAt(ctx, first.end, ceil, true);
      if (loose && (endsClauseAfter(ctx, loose.end, ceil) || participleDescribes(ctx, loose.end, ceil))) m = loose;
      // 'Too close to call', says electoral commission — a heading names its speaker without a determiner
      m = m ?? headingDescription(ctx, first.end);
    }
    if (m && endsWithStop(ctx, qi) && !closesSentence(ctx, m.end)) return null;
    if (m && first.according) return { form: 'according-to', mention: m, cue: first, rule: 'according-to-after', detail: `“according to ${describeMention(ctx, m)}” after the quote`, strength: 0.88 };
    if (m && first.strength !== 'attitude') return { form: 'quote-speaker-cue', mention: m, cue: first, rule: 'quote-speaker-cue', detail: `cue “${tokens[first.start].text}” right after the quote, then ${describeMention(ctx, m)}`, strength: 0.95 };
    return null;
  }
  // « … », a déclaré Arnaud Rousseau, président du syndicat, to reporters — a cue in the quotation's own language
  const foreign = foreignCueAt(ctx, qi, i);
  if (foreign) {
    const m = phraseStartingAt(ctx, foreign.end, ceil);
    if (!m || m.type === 'pronoun' || !endsClauseAfter(ctx, m.end, ceil) || (endsWithStop(ctx, qi) && !closesSentence(ctx, m.end))) return null;
    const words = ctx.text.slice(tokens[foreign.start].start, tokens[foreign.end - 1].end);
    if (foreign.according) return { form: 'according-to', mention: m, cue: foreign, rule: 'according-to-after', detail: `“${words} ${describeMention(ctx, m)}” after the quote`, strength: 0.88 };
    return { form: 'quote-speaker-cue', mention: m, cue: foreign, rule: 'quote-speaker-cue', detail: `cue “${words}” right after the quote, then ${describeMention(ctx, m)}`, strength: 0.95 };
  }
  // « … », a-t-il déclaré · « … », estime-t-elle — a French verb inverted before its pronoun: the pronoun speaks
  const inverted = invertedCueAt(ctx, qi, i);
  if (inverted) {
    const m = { start: inverted.pronoun, end: inverted.pronoun + 1, type: 'pronoun' as const };
    const words = ctx.text.slice(tokens[inverted.cue.start].start, tokens[inverted.cue.end - 1].end);
    return { form: 'quote-speaker-cue', mention: m, cue: inverted.cue, rule: 'quote-speaker-cue', detail: `cue “${words}” right after the quote, its pronoun the speaker`, strength: 0.9 };
  }
  // “…,” as Cruz said on the radio — “as” then the speaker and the cue
  if (tokens[i].lower === 'as') {
    const att = speakerThenCue(ctx, qi, i + 1, ceil);
    return att && att.mention?.type !== 'pronoun' ? { ...att, detail: `${att.detail} (after “as”)` } : null;
  }
  return speakerThenCue(ctx, qi, i, ceil);
}

/**
 * “…,” said one Republican involved in the planning, who … — a past participle and the phrase it
 * links to (“involved in”, “based at”) describe the speaker named before it; the clause ends after them.
 */
function participleDescribes(ctx: ArticleContext, k: number, ceil: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word' || t.cap || !t.lower.endsWith('ed') || ctx.inQuote[k] >= 0 || cueAt(ctx, k)) return false;
  const link = ctx.tokens[k + 1]?.lower ?? '';
  return (link === 'in' || link === 'at' || link === 'with' || link === 'on') && endsClauseAfter(ctx, k + 1, ceil);
}

/** Words that may open a short phrase between a bare cue and the end of its clause: “state in the white paper”. */
const BARE_LINKS = new Set(['in', 'on', 'at']);

/**
 * “…,” the Saudis state in the white paper, … — a plural speaker, a verb in its base form, then a
 * short linked phrase that ends the clause. The plural agreement tells the verb from a noun
 * (“a welcome message on the website reads”: “message” is no verb).
 */
function pluralThenBareVerb(ctx: ArticleContext, j: number): boolean {
  const tokens = ctx.tokens;
  const before = tokens[j - 1];
  const t = tokens[j];
  if (!before || before.kind !== 'word' || !before.cap || !before.lower.endsWith('s') || before.lower.endsWith('ss') || t.lower.endsWith('s')) return false;
  return BARE_LINKS.has(tokens[j + 1]?.lower ?? '') && endsClauseAfter(ctx, j + 1, Math.min(tokens.length, j + 10));
}

/** Prepositions after a past-tense verb that closes a quote's attribution: “riffed on”, “chimed in”. */
const AFTER_VERB_LINKS = new Set(['on', 'in', 'about', 'at', 'during', 'after', 'before', 'while', 'as', 'from']);

/**
 * “…,” an angry Moreau retorted. · “…,” read one. — a quote ending in a comma, then a phrase and a single
 * past-tense or ambiguous cue word that closes the clause: the shape itself reports speech.
 */
function bareVerbCue(ctx: ArticleContext, qi: number, j: number): CueMatch | null {
  const t = ctx.tokens[j];
  if (!t || t.kind !== 'word' || t.cap || ctx.inQuote[j] >= 0) return null;
  const q = ctx.quotes[qi];
  const ch = ctx.text[q.segments[q.segments.length - 1].end - 1];
  if (ch !== ',' && ch !== '!' && ch !== '?') return null;
  const next = ctx.tokens[j + 1];
  if (!next) return null;
  // “…,” the nominee riffed on her answer — a past-tense verb then a preposition reports as well
  const linked = ch === ',' && t.lower.length > 4 && t.lower.endsWith('ed') && AFTER_VERB_LINKS.has(next.lower);
  const closes = next.text === '.' || next.text === ',' || next.kind === 'break' || linked || pluralThenBareVerb(ctx, j);
  if (!closes) return null;
  if (!CUE_WORDS.has(t.lower) && !(t.lower.length > 4 && t.lower.endsWith('ed'))) return null;
  return { start: j, end: j + 1, strength: 'speech', according: false };
}

/** “…,” Bree Maxwell, a volunteer, said — a speaker phrase then its cue, starting at token i. */
export function speakerThenCue(ctx: ArticleContext, qi: number, i: number, ceil: number, mustClose = false): Attribution | null {
  const tokens = ctx.tokens;
  // “…,” the gambling tycoon told Reuters — any description is a speaker when a cue follows it
  let m = phraseStartingAt(ctx, i, ceil) ?? phraseStartingAt(ctx, i, ceil, true) ?? homographName(ctx, i, ceil) ?? bareDescription(ctx, i, ceil);
  if (!m) return null;
  let j = m.end;
  // “…,” Ann Lowe and Tim Marsh wrote / “…,” Jeffrey Lewis of the Martin Center for Arms Studies wrote
  const tail = cueAfterTail(ctx, m, ceil);
  if (tail > 0) {
    m = { ...m, end: tail, head: m.head ?? { start: m.start, end: m.end } };
    j = tail;
  }
  if (tokens[j]?.text === ',') {
    // “…,” Bree Maxwell, a volunteer, said.
    let k = j + 1;
    while (k < ceil && tokens[k].text !== ',') k++;
    // “…,” the ministry’s spokesman, Ola Berg, said — a full name set off after a description is the speaker
    if (k < ceil && m.type === 'description' && k - (j + 1) >= 2 && nameRunForward(tokens, j + 1, k) === k) m = { start: j + 1, end: k, type: 'name' };
    if (k < ceil) j = k + 1;
  }
  if (tokens[j]?.text === '(') while (j < ceil && tokens[j].text !== ')') j++; // “…,” Sen. Kirk (R-Ill.) said
  if (tokens[j]?.text === ')') j++;
  for (let k = 0; k < 4 && j < ceil && (CUE_MODIFIERS.has(tokens[j].lower) || (TIME_WORDS.has(tokens[j].lower) && tokens[j].cap) || (!tokens[j].cap && tokens[j].lower.endsWith('ly') && tokens[j].lower.length > 4)); k++) j++;
  // „…“, Weselsky sagte — a verb of the quotation's own language after the speaker
  let cue = cueAt(ctx, j) ?? bareVerbCue(ctx, qi, j) ?? foreignCueAt(ctx, qi, j);
  // “…,” an angry councillor retorted. — the description swallowed the verb: give it back
  const last = m.end - 1;
  // “…,” the lawsuit reads. — also when the verb was taken for the head of a loose description
  if (!cue && j === m.end && m.type === 'description' && last > m.start + 1) {
    cue = bareVerbCue(ctx, qi, last);
    if (cue) m = { ...m, end: last, head: (m.head?.start ?? last) === last ? { start: last - 1, end: last } : m.head };
  }
  if (!cue) {
    // “…,” Anne Richards, assistant secretary of state for refugees, and migration, said · “…,” CBS This Morning co-anchor DeMarco Morgan said
    const far = farCue(ctx, m, ceil);
    if (far) { cue = far.cue; m = far.mention; }
  }
  if (!cue && m.type === 'description') {
    // “…!” a welcome message on the website reads. — a linked phrase, then a bare verb closing the clause
    const k = linkedPhraseEnd(ctx, m.end, ceil);
    const bare = k > m.end ? bareVerbCue(ctx, qi, k) : null;
    if (bare) { cue = bare; m = { ...m, end: k, head: m.head ?? { start: m.end - 1, end: m.end } }; }
  }
  // a “Party of Trump” campaign dubbing … — a participle right after the phrase makes it a noun phrase holding the quote
  if (!cue || cue.according || isParticiple(ctx, cue)) return null;
  if ((mustClose || endsWithStop(ctx, qi)) && !closesSentence(ctx, cue.end)) return null;
  if (endsWithStop(ctx, qi) && reportsNewContent(ctx, cue.end)) return null;
  const strength = cue.strength === 'attitude' ? 0.7 : 0.97;
  return { form: 'quote-cue-speaker', mention: m, cue, rule: 'quote-cue-speaker', detail: `${describeMention(ctx, m)} then cue “${tokens[cue.start].text}” right after the quote`, strength };
}
