/**
 * A quote inside a sentence with no reporting verb belongs to that sentence’s subject:
 * “The Rove ad hits Clinton for taking “54 times more money” …” → the Rove ad.
 * When the subject cannot speak (“It’s”, “The timing of …”), the nearest speaker-like
 * phrase before the quote in the same sentence takes it instead.
 */
import { CORRECTION_LABELS } from '../attribution/interview.matcher';
import { sentenceEndOf, sentenceStartOf, type ArticleContext, type Mention } from '../context';
import { passiveAgent } from '../attribution/passive';
import { clauseSubject, DASHES } from '../attribution/subject';
import { describeMention } from '../attribution/describe';
import { isAgentHead, phraseEndingAt, phraseStartingAt } from '../attribution/noun-phrase';
import { isNameWord } from '../attribution/name-run';
import { isCommonWordAt } from '../attribution/common-words';
import { possessiveSpeaker } from '../attribution/possessive-speech';
import { cueAt, mayOpenCue } from '../attribution/cues';

/** Subjects that stand for no one: “It’s become such a presence that …”, “There’s still time for …”. */
const DUMMY_SUBJECTS = new Set(['it', 'it’s', "it's", 'that', 'that’s', "that's", 'there', 'there’s', "there's", 'this', 'here', 'what']);
/** Personal pronouns that may take over from a dummy subject. */
const PERSONAL = new Set(['he', 'she', 'they']);
/** Words after which a phrase opens a clause as its subject: “… when |Trump| called …”, “with |the union| calling her …”. */
const CLAUSE_OPENERS = new Set([',', 'that', 'when', 'and', 'while', 'as', 'because', 'if', 'but', 'where', 'after', 'before', 'since', 'though',
  'although', 'with', 'until', 'once', 'whether', 'so', '—', '–', ';', 'why', 'how']);
/** How far back from the quote the nearer speaker is looked for. */
const NEAR_WINDOW = 40;

/** A subject that cannot have said anything: a dummy pronoun, a common word, or a description whose head is not an agent. */
function weakSubject(ctx: ArticleContext, m: Mention): boolean {
  const first = ctx.tokens[m.start];
  if (DUMMY_SUBJECTS.has(first.lower)) return true;
  if (m.type === 'name') return m.end - m.start === 1 && isCommonWordAt(ctx, m.start);
  if (m.type !== 'description') return false;
  const head = ctx.tokens[(m.head ?? m).end - 1];
  // the Daily News, the Des Moines Register — a capitalised head names an organisation
  return !isAgentHead(head.lower) && !(head.cap && m.end - m.start >= 2);
}

/** Prepositions before the phrase ending at a colon: it is then an object in the sentence, not a label for the quote (“from” names a source: “More from Jones: …”). */
const LABEL_BLOCKERS = new Set(['for', 'to', 'with', 'at', 'on', 'about', 'of', 'in', 'by', 'into', 'against', 'toward', 'towards']);

/** Words before a phrase that show it is no object of a verb: prepositions and conjunctions. */
const NOT_VERBS = new Set(['of', 'for', 'at', 'from', 'with', 'to', 'in', 'on', 'by', 'about', 'like', 'than', 'as', 'into', 'over', 'under', 'and', 'or', 'but']);

/** That prompted Ines Ruiz to call the plan “…” — the object of a verb followed by “to” and a verb performs that verb. */
function infinitiveSubject(ctx: ArticleContext, m: Mention): boolean {
  const tokens = ctx.tokens;
  const to = tokens[m.end];
  const verb = tokens[m.end + 1];
  const before = tokens[m.start - 1];
  if (to?.lower !== 'to' || !verb || verb.kind !== 'word' || verb.cap || ctx.inQuote[m.end + 1] >= 0) return false;
  return before.kind === 'word' && !before.cap && !NOT_VERBS.has(before.lower);
}

/** Relative pronouns that open a clause about the phrase before them. */
const RELATIVE_PRONOUNS = new Set(['who', 'which']);
/** Verbs of thinking right after the relative pronoun. */
const THOUGHT_VERBS = new Set(['think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'feel', 'feels', 'felt', 'fear', 'fears', 'feared', 'hope', 'hopes', 'hoped', 'worry', 'worries', 'worried', 'expect', 'expects', 'expected']);
/** Articles opening a phrase whose adjectives a comma may separate. */
const ARTICLES = new Set(['a', 'an', 'the']);
/** How far before the quote the relative pronoun may stand. */
const RELATIVE_WINDOW = 20;

/**
 * Clinton, who could be celebrating being dubbed the “presumptive nominee” — the quote stands in a relative clause
 * set off by a comma (no comma has closed it): the relative pronoun is the mention, the phrase before it the speaker.
 */
function relativeHolding(ctx: ArticleContext, floor: number, openTok: number): Mention | null {
  const tokens = ctx.tokens;
  // a comma right before the quote may set off a title inside the clause: “who is promoting his book, “…””
  const last = tokens[openTok - 1]?.text === ',' ? openTok - 2 : openTok - 1;
  for (let k = last; k > floor && k >= openTok - RELATIVE_WINDOW; k--) {
    const t = tokens[k];
    // a generous, caring man — a comma between two adjectives leaves the clause open
    if (t.text === ',' && listComma(ctx, k)) continue;
    if (ctx.inQuote[k] >= 0 || t.kind === 'mark' || t.kind === 'break' || t.text === ',' || t.text === ';' || DASHES.has(t.text)) return null;
    if (!RELATIVE_PRONOUNS.has(t.lower) || k === last) continue;
    // candidates who think they can “…” — a clause of thinking describes its antecedent, the sentence reports
    if (THOUGHT_VERBS.has(tokens[k + 1].lower)) return null;
    // the lawyer who ran three marathons is talking about “…” — a clause with no comma before it may end without one;
    // … who portrayed him as an executive who would be “…” — or sit inside a clause set off before it: look on
    if (tokens[k - 1].text !== ',') continue;
    const antecedent = phraseEndingAt(ctx, k - 1, floor);
    if (!antecedent || antecedent.type === 'pronoun') return null;
    return { start: k, end: k + 1, type: antecedent.type, antecedent };
  }
  return null;
}

/** The comma at `k` stands between two plain lower-case words inside a phrase (“a generous, caring man”), after an article or a word after one. */
function listComma(ctx: ArticleContext, k: number): boolean {
  const tokens = ctx.tokens;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (!before || !after || before.kind !== 'word' || after.kind !== 'word' || before.cap || after.cap) return false;
  return ARTICLES.has(tokens[k - 2]?.lower ?? '') || ARTICLES.has(tokens[k - 3]?.lower ?? '');
}

/** The nearest name, personal pronoun or agent description before the quote: “It’s the pull of Obama’s “…”” → Obama. */
function nearestSpeaker(ctx: ArticleContext, floor: number, openTok: number): Mention | null {
  const tokens = ctx.tokens;
  for (let k = openTok - 1; k > floor && k >= openTok - NEAR_WINDOW; k--) {
    if (ctx.inQuote[k] >= 0) continue;
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    if (PERSONAL.has(t.lower) || isNameWord(t) || (!t.cap && isAgentHead(t.lower))) {
      const m = phraseEndingAt(ctx, k + 1, floor);
      if (!m || (m.type === 'name' && m.end - m.start === 1 && isCommonWordAt(ctx, m.start))) continue;
      if (m.start === floor || CLAUSE_OPENERS.has(tokens[m.start - 1].lower) || infinitiveSubject(ctx, m)) return m;
      k = m.start;
    }
  }
  return null;
}

const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'remains', 'remained', 'seems', 'seemed']);

/** Words that open a clause whose own subject may follow: “… as she keeps …”, “… even though he found …”. */
const SUBCLAUSE_OPENERS = new Set(['and', 'but', 'as', 'when', 'while', 'because', 'though', 'although', 'after', 'before', 'since', 'until', 'once', 'so']);

/**
 * The personal pronoun opening the last clause before the quote, after the sentence's subject: the nearest
 * clause's subject performs it (“Lund toured the depot, and she called it “…””). The pronoun must be followed
 * by a plain word (its verb) and no other pronoun clause may stand between it and the quote.
 */
function clausePronoun(ctx: ArticleContext, floor: number, openTok: number): Mention | null {
  const tokens = ctx.tokens;
  for (let k = openTok - 2; k > floor && k >= openTok - NEAR_WINDOW; k--) {
    const t = tokens[k];
    if (ctx.inQuote[k] >= 0 || t.kind === 'break') return null;
    if (!PERSONAL.has(t.lower) || !SUBCLAUSE_OPENERS.has(tokens[k - 1].lower)) continue;
    const verb = tokens[k + 1];
    // … because he is “Mexican” — a pronoun whose verb is a copula is what the words describe, not who said them
    if (verb.kind !== 'word' || verb.cap || COPULAS.has(verb.lower)) return null;
    // The senator is telling reporters that … because he will have “…” — a clause inside what a verb reports stays
    // with that verb's subject; so does a quote reported by a later verb with “that” (“… and said that …”)
    let reported = false;
    for (let j = floor; j < openTok; j++) {
      if (j === k || ctx.inQuote[j] >= 0) continue;
      if (reported && j < k && tokens[j].lower === 'that') return null;
      const cue = mayOpenCue(tokens[j]) ? cueAt(ctx, j) : null;
      if (!cue || cue.according) continue;
      if (j > k && reportsThat(ctx, cue.end, openTok)) return null;
      reported = true;
    }
    return { start: k, end: k + 1, type: 'pronoun' };
  }
  return null;
}

/** “that” follows a cue within a few words (“said this week that”): the cue reports a clause. */
function reportsThat(ctx: ArticleContext, from: number, ceil: number): boolean {
  for (let j = from; j < Math.min(ceil, from + 4); j++) if (ctx.tokens[j].lower === 'that') return true;
  return false;
}

/** The longest apposition read between a name and the colon that opens its quote. */
const MAX_LABEL_APPOSITION = 24;

/**
 * Jo Gradwell, general secretary of the University and College Union: “…” — a name opening the sentence, set off by a
 * comma and followed by a lower-case apposition (a role, a body, a relative clause) up to the colon: the name labels
 * the quote; the bodies named in the apposition are where the person works, not who speaks.
 */
function appositionLabel(ctx: ArticleContext, start: number, colon: number): Mention | null {
  const tokens = ctx.tokens;
  const name = phraseStartingAt(ctx, start, colon);
  if (!name || name.type !== 'name' || tokens[name.end]?.text !== ',' || colon - name.end < 2 || colon - name.end > MAX_LABEL_APPOSITION) return null;
  if (name.end - name.start === 1 && isCommonWordAt(ctx, name.start)) return null;
  const first = tokens[name.end + 1];
  if (first.kind !== 'word' || first.cap) return null;
  for (let k = name.end + 1; k < colon; k++) {
    if (ctx.inQuote[k] >= 0 || tokens[k].kind === 'break' || (mayOpenCue(tokens[k]) && cueAt(ctx, k))) return null;
  }
  return name;
}

/** Verbs that give words to someone: “attributed the words “…” to”. */
const ATTRIBUTING = new Set(['attributed', 'attributes', 'attributing', 'misattributed', 'ascribed', 'ascribes', 'credited']);
/** What such a verb gives: “the words”, “a remark”, “the quote”. */
const WORDS_NOUNS = new Set(['words', 'remark', 'remarks', 'comment', 'comments', 'quote', 'quotation', 'line', 'phrase', 'statement']);
/** Participles of speaking in “They were spoken by …”. */
const SPOKEN = new Set(['spoken', 'said', 'written', 'uttered', 'made']);

/** The quote opening at `open` is what a verb attributes to someone: “attributed (the words) “…” to …”. */
function attributedWords(ctx: ArticleContext, open: number): boolean {
  const tokens = ctx.tokens;
  let k = open - 1;
  if (WORDS_NOUNS.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k] && (tokens[k].lower === 'the' || tokens[k].lower === 'a' || tokens[k].lower === 'these')) k--;
  return k >= 0 && ctx.inQuote[k] < 0 && ATTRIBUTING.has(tokens[k].lower);
}

/** “They were spoken by councillor Ollerton.” opening the sentence after the quote closing at `close`: the one named. */
function spokenByNext(ctx: ArticleContext, close: number): Mention | null {
  const tokens = ctx.tokens;
  let s = close + 1;
  while (s < tokens.length && s < close + 40 && ctx.bounds.sentenceStart[s] !== 1) {
    if (tokens[s].kind === 'break' || tokens[s].kind === 'mark') return null;
    s++;
  }
  let k = s;
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'these' || tokens[k]?.lower === 'those') k++;
  if (!(tokens[k]?.lower === 'they' || tokens[k]?.lower === 'it' || WORDS_NOUNS.has(tokens[k]?.lower ?? ''))) return null;
  k++;
  if (tokens[k]?.lower !== 'were' && tokens[k]?.lower !== 'was') return null;
  k++;
  if (tokens[k]?.lower === 'in' && tokens[k + 1]?.lower === 'fact') k += 2;
  if (!SPOKEN.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'by') return null;
  const ceil = sentenceEndOf(ctx, k, 40);
  const m = phraseStartingAt(ctx, k + 2, ceil) ?? phraseStartingAt(ctx, k + 2, ceil, true);
  return m && m.type !== 'pronoun' ? m : null;
}

/** Attribute unattributed mid-sentence quotes to the subject opening their sentence. */
export function refineSentenceSubject(ctx: ArticleContext): void {
  for (const q of ctx.quotes) {
    if (q.attribution || q.mergedInto !== null) continue;
    const start = sentenceStartOf(ctx, q.openTok, 60);
    if (start >= q.openTok) continue;
    // POLLS TIGHTEN - Ines Ruiz: “…” — the name right before a colon labels the quote
    // (a phrase after a preposition is an object, not a label: “Berg had a message for the board: “…””)
    const colon = ctx.tokens[q.openTok - 1]?.text === ':';
    const apposed = colon ? appositionLabel(ctx, start, q.openTok - 1) : null;
    if (apposed) {
      q.attribution = { form: 'speaker-colon-quote', mention: apposed, cue: null, rule: 'colon-label', detail: `${describeMention(ctx, apposed)} before the apposition that runs to the colon opening the quote`, strength: 0.7 };
      continue;
    }
    const labelled = colon ? phraseEndingAt(ctx, q.openTok - 1, start) : null;
    const label = labelled && (labelled.start === start || !LABEL_BLOCKERS.has(ctx.tokens[labelled.start - 1].lower)) ? labelled : null;
    if (label && (label.type === 'name' || (label.type === 'description' && isAgentHead(ctx.tokens[label.end - 1].lower))) && !(label.end - label.start === 1 && isCommonWordAt(ctx, label.start))) {
      q.attribution = { form: 'speaker-colon-quote', mention: label, cue: null, rule: 'colon-label', detail: `${describeMention(ctx, label)} right before the colon opening the quote`, strength: 0.7 };
      continue;
    }
    // an option seen by organizers as a “lifeboat” / has been called “strategic ambiguity” by Joshua Hendrick
    const agent = passiveAgent(ctx, start, q.openTok, q.closeTok);
    if (agent) {
      q.attribution = { form: 'embedded', mention: agent, cue: null, rule: 'passive-agent', detail: `${describeMention(ctx, agent)} after “by” next to the quote (passive)`, strength: 0.5 };
      continue;
    }
    // … after his call for “a total ban” — the owner of a noun of speech governing the quote said it
    const owner = possessiveSpeaker(ctx, start, q.openTok);
    if (owner) {
      q.attribution = { form: 'embedded', mention: owner, cue: null, rule: 'possessive-speech', detail: `${describeMention(ctx, owner)} owns the noun of speech that governs the quote`, strength: 0.5 };
      continue;
    }
    // Trump, who has cast himself as the “law and order candidate,” has … — a relative clause holding the quote
    const rel = relativeHolding(ctx, start, q.openTok);
    if (rel) {
      q.attribution = { form: 'embedded', mention: rel, cue: null, rule: 'relative-clause', detail: `the relative clause of ${describeMention(ctx, rel.antecedent ?? rel)} holds the quote (no reporting verb)`, strength: 0.5 };
      continue;
    }
    // “Correction: An earlier version of this article misquoted Ms. Brenn as saying “…”” — in an editor's note the
    // words are the ones the article got wrong: neither the article's nor the person's, so no one is given them
    if (ctx.tokens[start + 1]?.text === ':' && CORRECTION_LABELS.has(ctx.tokens[start].lower)) {
      q.attribution = { form: 'embedded', mention: null, cue: null, rule: 'editors-note', detail: `inside an editor’s note (“${ctx.tokens[start].text}:”): words the article got wrong, given to no one`, strength: 0.2 };
      continue;
    }
    // “It also attributed the words “…” to councillor Heald. They were spoken by councillor Ollerton.” — words mentioned
    // as someone's are not the subject's: the one the next sentence says spoke them, else no one
    if (attributedWords(ctx, q.openTok)) {
      const by = spokenByNext(ctx, q.closeTok);
      q.attribution = by
        ? { form: 'embedded', mention: by, cue: null, rule: 'attributed-words', detail: `words the sentence attributes, spoken by ${describeMention(ctx, by)} as the next sentence says`, strength: 0.5 }
        : { form: 'embedded', mention: null, cue: null, rule: 'attributed-words', detail: 'words the sentence attributes to someone, not its subject’s: given to no one', strength: 0.2 };
      continue;
    }
    let m = clauseSubject(ctx, start, q.openTok, true);
    let near = false;
    if (!m || weakSubject(ctx, m)) {
      const alt = nearestSpeaker(ctx, start, q.openTok);
      if (alt) { m = alt; near = true; }
    } else {
      // Ruiz is winning applause as she keeps talking about the “…” — a later clause with its own pronoun subject holds the quote
      const inner = clausePronoun(ctx, m.end, q.openTok);
      if (inner) { m = inner; near = true; }
    }
    // Unclosed “quote here, said nobody — a mark never closed in its paragraph is too unsure a quotation to give the
    // subject of its sentence as its speaker when no verb reports it
    if (q.raw.unclosed) continue;
    // “The so-called “reform”” — a description must at least end in a noun that can act
    const head = m ? ctx.tokens[(m.head ?? m).end - 1] : null;
    if (!m || (m.type === 'description' && (!head || head.lower.endsWith('ed') || head.lower.includes('-')) && !isAgentHead(head?.lower ?? ''))) continue;
    const detail = near ? `${describeMention(ctx, m)} is the nearest speaker before the quote (no reporting verb, subject cannot speak)` : `${describeMention(ctx, m)} is the subject of the sentence holding the quote (no reporting verb)`;
    q.attribution = { form: 'embedded', mention: m, cue: null, rule: near ? 'sentence-near' : 'sentence-subject', detail, strength: 0.5 };
  }
}
