/**
 * Attributions written before the opening mark, in the same sentence:
 * Shamkhani said, “…” · Tester added: “…” · Trump called the judge a “hater” (embedded)
 * · According to the ministry, “…”. The nearest cue with a readable subject wins.
 */
import { NOTHING_SAID } from '../data/function-words';
import { sentenceStartOf, type ArticleContext, type Attribution, type Mention } from '../context';
import type { AttributionForm } from '../types';
import { cueAt, isParticiple } from './cues';
import { describeMention, mentionText } from './describe';
import { phraseEndingAt, phraseStartingAt } from './noun-phrase';
import { clauseSubject, DASHES, subjectOf } from './subject';
import { isCommonWordAt } from './common-words';
import { endsPossessive } from '../text/possessive';
import { agentAfterCue, agentAfterQuote, isPassiveCue } from './passive';
import { matchAnnouncement } from './announcement';

/** Tokens looked at before a quote (the sentence is usually shorter). */
const WINDOW = 60;
const GLUE = new Set([',', ':', 'that', '—', '–', '-']);

function formFor(ctx: ArticleContext, cueEnd: number, openTok: number): AttributionForm {
  const between = openTok - cueEnd;
  const prev = ctx.tokens[openTok - 1];
  if (prev?.text === ':') return 'speaker-colon-quote';
  if (between === 0 || (between <= 2 && GLUE.has(prev?.lower ?? ''))) return 'speaker-cue-quote';
  return 'embedded';
}

/** Words that open a clause of its own: “…, although he tweeted that he “…”” is not reported by the verb before it. */
const CLAUSE_STARTS = new Set([',', ';', 'with', 'although', 'though', 'but', 'and', 'while', 'whereas', 'when', 'after', 'before', 'because', 'since', 'as', 'if', 'or', 'then']);

/** The nearer speaker stands after a clause boundary (or opens the sentence), so an earlier verb does not report its words. */
function opensOwnClause(ctx: ArticleContext, m: Mention | null, floor: number): boolean {
  if (!m) return false;
  if (m.start <= floor) return true;
  return CLAUSE_STARTS.has(ctx.tokens[m.start - 1].lower);
}

function isPossessive(lower: string): boolean {
  return endsPossessive(lower);
}

/** Adverbs between the speaker and the verb of “What Petrakis actually said … was: “…””. */
const CLEFT_ADVERBS = new Set(['actually', 'really', 'in', 'fact', 'originally', 'first', 'then', 'later', 'last']);

/**
 * “What Petrakis actually said on Monday night, according to a recording of his speech, was: “…”” — the sentence
 * opens with “What”, a speaker and a verb of saying, and “was” (then perhaps a colon or comma) comes right before the
 * quote: the quote is what that speaker said, whatever source the sentence cites on the way.
 */
function whatSaidWas(ctx: ArticleContext, openTok: number, floor: number): Attribution | null {
  const tokens = ctx.tokens;
  let k = openTok - 1;
  if (tokens[k]?.text === ':' || tokens[k]?.text === ',') k--;
  const verb = tokens[k]?.lower;
  if (verb !== 'was' && verb !== 'is' && verb !== 'were') return null;
  if (tokens[floor]?.lower !== 'what' || floor + 2 >= k) return null;
  const m = phraseStartingAt(ctx, floor + 1, k);
  if (!m) return null;
  let c = m.end;
  while (c < k && CLEFT_ADVERBS.has(tokens[c].lower)) c++;
  const cue = cueAt(ctx, c);
  if (!cue || cue.according || cue.end > k) return null;
  return {
    form: formFor(ctx, k + 1, openTok) === 'speaker-colon-quote' ? 'speaker-colon-quote' : 'speaker-cue-quote', mention: m, cue, rule: 'what-said-was',
    detail: `“What ${describeMention(ctx, m)} ${tokens[cue.start].text} … ${tokens[k].text}” before the quote`, strength: 0.86,
  };
}

/** Verbs of saying whose denial (“did not say”, “never called”) says the words were not said. */
const SAYING: ReadonlySet<string> = new Set(['say', 'says', 'said', 'tell', 'tells', 'told', 'call', 'calls', 'called', 'claim', 'claimed', 'write', 'wrote', 'describe', 'described', 'use', 'used']);
/** Verbs denying what a clause after them reports someone said. */
const DENYING: ReadonlySet<string> = new Set(['deny', 'denies', 'denied', 'denying', 'dispute', 'disputes', 'disputed', 'rejected', 'rejects', 'dismissed', 'dismisses']);

/** Verbs that judge something “as” a word: “dismissed as “exaggerated””, “branded it “a disgrace””. */
const JUDGING: ReadonlySet<string> = new Set(['dismissed', 'dismisses', 'branded', 'brands', 'labelled', 'labeled', 'described', 'describes', 'denounced', 'decried', 'condemned', 'derided', 'ridiculed']);

/** The attribution's cue judges the quoted words as its subject's (“dismissed as “exaggerated””), its subject named, not a pronoun. */
function characterises(ctx: ArticleContext, att: Attribution): boolean {
  if (!att.cue || !att.mention || att.mention.type === 'pronoun') return false;
  if (!JUDGING.has(ctx.tokens[att.cue.start].lower)) return false;
  for (let k = att.cue.end; k < att.cue.end + 6 && k < ctx.tokens.length; k++) {
    if (ctx.tokens[k].kind === 'mark') return false;
    if (ctx.tokens[k].lower === 'as') return true;
  }
  return false;
}

/** Words asking who or what, which speak for no one. */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['who', 'what', 'which', 'whom']);

/** Cue before the quote in the same sentence, and its subject. */
export function matchBeforeQuote(ctx: ArticleContext, qi: number): Attribution | null {
  const q = ctx.quotes[qi];
  const floor = sentenceStartOf(ctx, q.openTok, WINDOW);
  const att = matchBeforeToken(ctx, q.openTok, floor);
  // Solberg gave the following account: “…” — words announcing the quotation, with no reporting verb
  if (!att && ctx.tokens[q.openTok - 1]?.text === ':') return matchAnnouncement(ctx, floor, q.openTok - 1, 'announced-quote');
  return att;
}

/** Shared with the colon refiner, which looks at the sentence ending a previous paragraph. */
export function matchBeforeToken(ctx: ArticleContext, openTok: number, floor: number): Attribution | null {
  const tokens = ctx.tokens;
  const label = dashedLabel(ctx, openTok, floor);
  if (label) return { form: 'speaker-colon-quote', mention: label, cue: null, rule: 'colon-label', detail: `${describeMention(ctx, label)} set off by a dash right before the colon opening the quote`, strength: 0.8 };
  const cleft = whatSaidWas(ctx, openTok, floor);
  if (cleft) return cleft;
  let nearest: Attribution | null = null;
  let seenCue = false;
  for (let i = openTok - 1; i >= floor; i--) {
    if (ctx.inQuote[i] >= 0 || tokens[i].kind !== 'word') continue;
    const cue = cueAt(ctx, i);
    if (!cue || cue.end > openTok) continue;
    if (cue.according) {
      // (“According to the transcript, she told the jury: “…”” — the speaker whose verb opens the quote is its speaker, the
      // transcript the record of it; a partial quote inside what the source reports stays the source's)
      if (nearest && nearest.form !== 'embedded') continue;
      // According to the ministry, “…”
      const opensSentence = cue.start === floor || tokens[cue.start - 1]?.text === ',';
      const m = phraseStartingAt(ctx, cue.end, openTok) ?? (opensSentence ? sourceUpToComma(ctx, cue.end, openTok) : null);
      if (m) return { form: 'according-to', mention: m, cue, rule: 'according-to-before', detail: `“according to ${describeMention(ctx, m)}” before the quote`, strength: 0.85 };
      continue;
    }
    const form = formFor(ctx, cue.end, openTok);
    const firstCue = !seenCue;
    seenCue = true;
    // Feld did not say Delane “ordered her to steal” / Okoro never called his client “a criminal” — words denied, which
    // no one is given (a fact check's misquote is not the person's quote)
    if (NOTHING_SAID.has(tokens[cue.start - 1]?.lower ?? '') && SAYING.has(tokens[cue.start].lower) && firstCue) {
      return { form: 'embedded', mention: null, cue, rule: 'denied-speech', detail: `“${tokens[cue.start - 1].text} ${tokens[cue.start].text}” before the quote: words said not to have been said, given to no one`, strength: 0.3 };
    }
    if (isPassiveCue(ctx, cue.start)) {
      // It was dubbed “the enforcement plan” by the Farmers Party — the agent after “by” speaks, not the subject
      const q = ctx.quotes[ctx.inQuote[openTok + 1]];
      // Sanders was asked by host Bill Maher, “…” — or the agent right after the cue
      const agent = nearest ? null : agentAfterCue(ctx, cue.end, openTok) ?? (!q || openTok - cue.end > 1 ? null : agentAfterQuote(ctx, q.closeTok));
      if (agent) return { form: 'embedded', mention: agent, cue, rule: 'passive-agent', detail: `${describeMention(ctx, agent)} after “by” with the passive cue “${tokens[cue.start].text}”`, strength: 0.6 };
      continue;
    }
    const subject = subjectOf(ctx, cue, floor);
    // Priebus called Clinton’s remarks a “new low” — after a possessive the cue word is a noun
    if (subject && subject.type === 'name' && isPossessive(tokens[subject.end - 1].lower)) continue;
    if (subject) {
      const strength = form === 'embedded' ? (cue.strength === 'attitude' ? 0.6 : 0.75) : 0.86;
      const att: Attribution = { form, mention: subject, cue, rule: form, detail: `${describeMention(ctx, subject)} + cue “${tokens[cue.start].text}” before the quote`, strength };
      // Ruiz said he believes “…” / which she called “…” — a pronoun right before the quote may sit inside what an outer verb reports
      // Obama said he expected that Americans will say “no” — a modal cue reports no actual speech, so an outer verb may
      // Law said, noting that donors feel “…” — a stance verb inside a clause that another verb reports, likewise
      const reported = cue.strength === 'attitude' && tokens[subject.start - 1]?.lower === 'that';
      // “…,” she said, adding, “…” — a pronoun right after a closing mark opens an attribution of its own, not a reported clause
      const afterQuote = subject.type === 'pronoun' && tokens[subject.start - 1]?.kind === 'mark';
      const inner = ((subject.type === 'pronoun' && !afterQuote) || afterModal(ctx, cue.start) || reported) && !nearest;
      // (a question's “who” past the speaker found nearer: “when asked who told her …, she answered: “…””)
      if (nearest && QUESTION_WORDS.has(tokens[subject.start].lower)) continue;
      if (form !== 'embedded' && !inner) return att;
      // Trump said that Romney begged him and “would have dropped …” — the outermost speech verb reports the quote
      if (!nearest) nearest = att;
      // …, who spoke on condition of anonymity, said … / Ryan saying … and Trump calling it “…” — relative clauses and participles are never the outer verb
      // (not a denial: “The Kremlin denied a report that Putov had said the treaty “is already dead”” — the words are the
      // ones Putov is said to have said, and the Kremlin denies them)
      else if (DENYING.has(tokens[cue.start].lower)) {
        const kept: Attribution = nearest;
        nearest = { ...kept, strength: Math.min(kept.strength, 0.5), detail: `${kept.detail} (in a report ${describeMention(ctx, subject)} ${tokens[cue.start].text}: worth a check)` };
      }
      // (not past a body that names the words as its own judgement: “… in a report the government immediately dismissed
      // as “exaggerated”” is the government's word, not the reporting monitor's)
      else if (cue.strength === 'speech' && !subject.antecedent && !isParticiple(ctx, cue) && !opensOwnClause(ctx, nearest.mention, floor)
        && !characterises(ctx, nearest)) nearest = { ...att, form: nearest.form, detail: `${att.detail} (outer reporting verb)` };
      continue;
    }
    if (nearest) continue;
    // Asked about it, said Trump: “…”  — inverted order before the quote
    const after = phraseStartingAt(ctx, cue.end, openTok);
    // Said Dorothy Poynter, who grew up with him, “…” — a cue opening the sentence, its speaker right after it
    const opening = form === 'embedded' && cue.start === floor && tokens[cue.start].cap && !!after && after.type === 'name' && tokens[after.end]?.text === ',';
    if (after && after.type !== 'description' && (form !== 'embedded' || opening)) {
      const f = opening ? 'speaker-cue-quote' : form;
      return { form: f, mention: after, cue, rule: `${f}-inverted`, detail: `cue “${tokens[cue.start].text}” then ${describeMention(ctx, after)} before the quote`, strength: 0.85 };
    }
  }
  return nearest ? freeRelativeOwner(ctx, nearest, floor, openTok) : null;
}

/**
 * POLLSTERS AGREE - Carl Bialik: “…” — a name set off by a dash and followed by the colon that
 * opens the quote labels it, whatever verb the words before the dash hold.
 */
function dashedLabel(ctx: ArticleContext, openTok: number, floor: number): Mention | null {
  const tokens = ctx.tokens;
  if (tokens[openTok - 1]?.text !== ':') return null;
  const m = phraseEndingAt(ctx, openTok - 1, floor);
  if (!m || m.type !== 'name' || m.start - 1 <= floor || !DASHES.has(tokens[m.start - 1].text)) return null;
  return m.end - m.start === 1 && isCommonWordAt(ctx, m.start) ? null : m;
}

/** Modals that make a cue hypothetical: “will say”, “would call”. */
const MODALS = new Set(['will', 'would', 'could', 'should', 'might', 'may', 'can', 'must', "won't", 'won’t']);

/** The cue at token `cueStart` follows a modal (an adverb may stand between). */
function afterModal(ctx: ArticleContext, cueStart: number): boolean {
  let p = cueStart - 1;
  if (ctx.tokens[p]?.lower.endsWith('ly') || ctx.tokens[p]?.lower === 'not') p--;
  return MODALS.has(ctx.tokens[p]?.lower ?? '');
}

/** According to some on Twitter, … — any short phrase between “according to” and its comma names the source. */
function sourceUpToComma(ctx: ArticleContext, start: number, openTok: number): Mention | null {
  const tokens = ctx.tokens;
  for (let k = start; k < Math.min(openTok, start + 8); k++) {
    const t = tokens[k];
    if (t.text === ',') return k > start ? { start, end: k, type: 'description', head: { start: k - 1, end: k } } : null;
    if ((t.kind !== 'word' && t.kind !== 'num') || ctx.inQuote[k] >= 0) return null;
  }
  return null;
}

/** The word that opens a free relative clause: “what he calls “…””. */
const FREE_RELATIVES = new Set(['what']);
const PERSONAL = new Set(['he', 'she']);

/**
 * Williamson assails in scoffing prose what he calls the “lie” — a pronoun inside a free relative clause stands for
 * the subject of the sentence, which is the speaker named at the attribution site.
 */
function freeRelativeOwner(ctx: ArticleContext, att: Attribution, floor: number, openTok: number): Attribution {
  const m = att.mention;
  if (!m || m.type !== 'pronoun' || !PERSONAL.has(ctx.tokens[m.start].lower) || !FREE_RELATIVES.has(ctx.tokens[m.start - 1]?.lower ?? '')) return att;
  const subject = clauseSubject(ctx, floor, m.start - 1);
  if (!subject || subject.type !== 'name' || subject.end > m.start - 1 || (subject.end - subject.start === 1 && isCommonWordAt(ctx, subject.start))) return att;
  return { ...att, mention: subject, detail: `${describeMention(ctx, subject)} is the subject of the sentence whose free relative “${mentionText(ctx, m)}” holds the cue` };
}
