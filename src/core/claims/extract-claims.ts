/**
 * `extractClaims`: scan once for figures, cut the sentence around each, parse its claims
 * and tie them to the engine's quotes and statements. Pure; linear in the text length.
 */
import { CORRECTION_LABELS } from '../attribution/interview.matcher';
import type { ArticleAnalysis, SpeakerRef } from '../types';
import type { ClaimOptions, ClaimResult, TimeRef } from './types';
import { FIGURE, hasSupport, nextAnchor, type AnchorScan } from './anchors';
import { cutSentence, sentenceBounds, tokenRange, type Sentence } from './sentence';
import { findTimePhrases, type TimePhrase } from './time-ref';
import { sentenceDrafts, type CarriedCount, type Draft } from './drafts';
import { findSubject, outbreakRegion } from './subject';
import { findCitedSource } from './cited-source';
import { polarityOf, unnamedSources } from './polarity';
import { buildSourceIndex, personWords, sourceAt, type SourceIndex, type WordLookup } from './source';
import { sourceKey } from './source-key';
import { checkWorthiness as scoreOf } from './score';
import { isoDay, parseIsoDay } from './dates';
import { takeTokens } from '../text/article-tokens';
import { NAME_ABBREVIATIONS } from '../data/abbreviations';
import { NUMBER_WORDS, SCALES } from './data/numbers';
import { CURRENCIES, CURRENCY_FAMILIES, GROUP_NOUNS, ILLNESS_WORDS, MEASURE_WORDS, PERCENT_WORDS } from './data/measures';
import { COUNTRIES } from '../data/places';
import { MONTHS } from './data/calendar';
import { documentOwner, forecasters, givenBy } from './figure-owner';
import { electionShares, type ShareDraft } from './election-shares';
import { RECORD_MEASURES, sideBefore } from './records';
import { thingAnchor } from './things';

/** Per-article inputs shared by every sentence; the source index and person words are built when a first claim needs them. */
interface Env {
  text: string;
  said: number | null;
  analysis: ArticleAnalysis;
  index: SourceIndex | null;
  persons: WordLookup | null;
  organisations?: Set<string>;
  saidAt: string | null;
  /** Counts that are no claim but whose place later figures take (“three deaths had been counted twice”). */
  placeOnly?: Set<ClaimResult>;
  /** The article gave a candidate's share of the vote so far. */
  votes?: boolean;
  /** The last count drafted in the article so far: what a corrected figure after it counts (“the correct figure was 49”). */
  lastCount?: CarriedCount;
  /** The periods of the figures so far, the last of each measure and the last of any (“since January”). */
  periods?: Map<string, TimeRef>;
  lastPeriod?: TimeRef;
  /** The place the story is filed from (“BRENNHAM —”), once looked for; null when there is none. */
  dateline?: { text: string; start: number; end: number } | null;
  /** The place of the article's election (`electionPlaceOf`), once looked for. */
  electionPlace?: { text: string; start: number; end: number } | null;
}

function indexOf(env: Env): SourceIndex {
  return (env.index ??= buildSourceIndex(env.analysis));
}

function personsOf(env: Env): WordLookup {
  return (env.persons ??= personWords(env.analysis));
}

/** The names of the organisations the article names, lower case (without a leading “the”). */
function organisationsOf(env: Env): ReadonlySet<string> {
  if (!env.organisations) {
    env.organisations = new Set();
    for (const p of env.analysis.people) if (p.kind === 'organisation') env.organisations.add(p.name.toLowerCase().replace(/^the\s+/, ''));
  }
  return env.organisations;
}

/** The text range r lies inside the name of an organisation the article names, written there: “Relief Medics International”. */
function insideOrganisation(env: Env, s: Sentence, r: { start: number; end: number }): boolean {
  const from = Math.max(s.base, r.start - 80);
  const around = s.text.slice(from, Math.min(s.end, r.end + 80)).toLowerCase();
  for (const name of organisationsOf(env)) {
    if (name.length <= r.end - r.start) continue;
    for (let i = around.indexOf(name); i >= 0; i = around.indexOf(name, i + 1)) {
      if (from + i <= r.start && from + i + name.length >= r.end) return true;
    }
  }
  return false;
}

const SUBJECT_REACH = 16;
const TIME_REACH = 14;

function hasMark(s: Sentence, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (s.tokens[k].kind === 'mark') return true;
  return false;
}

/**
 * Tokens [a, b) between a claim and a time phrase after it hold the figure a change started from: “had risen to 64, from
 * 29 on Wednesday” — the day is the 29's, not the 64's.
 */
function earlierFigure(s: Sentence, a: number, b: number): boolean {
  for (let k = a; k < b - 1; k++) {
    if (s.tokens[k].lower !== 'from') continue;
    // (“lowered its own death toll to 297, from the 341 it had announced on Wednesday”: the day is the 341's)
    const at = s.tokens[k + 1].lower === 'the' || s.tokens[k + 1].lower === 'its' ? k + 2 : k + 1;
    const n = s.tokens[at];
    if (!n || (n.kind !== 'num' && !NUMBER_WORDS.has(n.lower))) continue;
    // right after the earlier figure and its unit (“from 54 percent in July”, “from 2.8 billion euros in 2023”), not a
    // clause later (“cut to 10 percent from 12 percent, to stimulate the economy in 2010”); a clause of who gave it may
    // stand between when a determiner names it as theirs (“from the 341 it had announced on Wednesday”)
    const words = at > k + 1 ? FROM_CLAUSE_WORDS : FROM_UNIT_WORDS;
    if (b - (at + 1) > words) return false;
    for (let j = at + 1; j < b; j++) if (s.tokens[j].kind !== 'word') return false;
    return true;
  }
  return false;
}

/** Words of a unit between an earlier figure and its day: “from 2.8 billion euros in 2023”. */
const FROM_UNIT_WORDS = 2;
/** Words of the clause telling who gave an earlier figure: “from the 341 it had announced on Wednesday”. */
const FROM_CLAUSE_WORDS = 4;

/** Participles that date the things counted, not the count: “86,000 vehicles built between March and August 2025”. */
const MADE_WORDS: ReadonlySet<string> = new Set(['built', 'made', 'produced', 'manufactured', 'assembled', 'sold', 'bought', 'registered', 'delivered', 'installed', 'fitted']);

/** A participle of making stands between the figure and a time phrase after it: the phrase dates the things. */
function madeBetween(s: Sentence, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (MADE_WORDS.has(s.tokens[k].lower)) return true;
  return false;
}

/** The time phrase nearest the claim, outside it and within reach, in the same quote or narration. */
function nearestTime(s: Sentence, phrases: TimePhrase[], d: Draft): TimePhrase | null {
  let best: TimePhrase | null = null;
  let bestDist = TIME_REACH + 1;
  for (const p of phrases) {
    // (“the correct figure for Monday was 49”: the day a count of the claim's own words is for)
    if (p.start > d.start && p.end <= d.valueStart && (s.tokens[p.start].lower === 'for' || s.tokens[p.start - 1]?.lower === 'for') && d.kind === 'count') return p;
    if (p.start < d.end && p.end > d.start) continue;
    const dist = p.start >= d.end ? p.start - d.end : d.start - p.end;
    const [a, b] = p.start >= d.end ? [d.end, p.start] : [p.end, d.start];
    if (p.start >= d.end && madeBetween(s, a, b)) continue;
    if (dist < bestDist && !hasMark(s, a, b) && !(p.start >= d.end && earlierFigure(s, a, b)) && !otherFigures(s, p, d) && !acrossRelative(s, a, b, p, d)) { best = p; bestDist = dist; }
  }
  return best;
}

/** How far before a time phrase the figure it dates may stand: “63 percent it had announced on November 5”. */
const DATED_FIGURE_BACK = 5;

/**
 * The time phrase dates another figure, which it follows closely, while the claim is further away: “Turnout was 62.4
 * percent, the board said, lower than the 63 percent it had announced on November 5”, “fell to 5.8 percent in May from
 * 6.4 percent in April, …, but remains well above the bank's 2 percent target”. (A year is no such figure.)
 */
function otherFigures(s: Sentence, p: TimePhrase, d: Draft): boolean {
  for (let k = p.start - 1; k >= 0 && p.start - k <= DATED_FIGURE_BACK; k--) {
    const t = s.tokens[k];
    if (t.kind === 'mark' || t.kind === 'break' || t.kind === 'punct') return false;
    if (k >= d.valueStart && k < d.valueEnd) return false;
    if (t.kind === 'num' && !/^(?:1[89]|20)\d\d$/.test(t.text)) return sameKind(s, d, k) && !pairedWith(s, d, k);
  }
  return false;
}

/**
 * The figure at token k is of the claim's kind, a share beside a share or an amount beside an amount (“$21 million in
 * January, bringing its total to almost $95 million”); a count of something else dates nothing of the claim's (“among
 * 25 senators in 2008 to vote against the $700 billion bailout”).
 */
function sameKind(s: Sentence, d: Draft, k: number): boolean {
  const t = s.tokens;
  if (d.unit === 'percent') return PERCENT_WORDS.has(t[k + 1]?.lower ?? '');
  if (d.measure !== 'money') return false;
  return CURRENCIES.has(t[k - 1]?.lower ?? '') || CURRENCIES.has(t[k + 1]?.lower ?? '') || (SCALES.has(t[k + 1]?.lower ?? '') && CURRENCIES.has(t[k + 2]?.lower ?? ''));
}

/** How far after a figure the other end of its pair may stand: “54 percent of union households to Clinton's 46 percent”. */
const PAIR_REACH = 5;

/** The figure at token k is the other end of the claim's pair: “26 percent to 28 percent in 2025”. */
function pairedWith(s: Sentence, d: Draft, k: number): boolean {
  if (k < d.valueEnd || k - d.valueEnd > PAIR_REACH) return false;
  for (let j = d.valueEnd; j < k; j++) if (s.tokens[j].lower === 'to') return true;
  return false;
}

/** Words opening a relative clause after a comma: “Marlow, who resigned … in January to run, has promised …”. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom']);

/**
 * The time phrase and the claim are on two sides of a relative clause's comma: the clause tells of something else
 * (“Marlow, who resigned as chief prosecutor in January to run, has promised to cut property taxes by 8 percent”; “The
 * measure, which passed with 57.9 percent of the vote, will take effect in July”).
 */
function acrossRelative(s: Sentence, a: number, b: number, p: TimePhrase, d: Draft): boolean {
  let comma = -1;
  for (let k = a; k < b; k++) if (s.tokens[k].text === ',') { comma = k; break; }
  if (comma < 0) return false;
  // the clause holding whichever comes first opens with “, who” / “, which”
  const first = Math.min(p.start, d.start);
  for (let k = first - 1; k >= 0 && first - k <= 20; k--) {
    const t = s.tokens[k];
    // (“Sanders, who held a rally in Mason City on Wednesday night, drawing 1,110 people”: the clause goes on after its comma)
    if (t.text === ',') return RELATIVES.has(s.tokens[k + 1]?.lower ?? '') && !s.tokens[comma + 1]?.lower.endsWith('ing');
    if (t.kind === 'mark' || (t.kind === 'punct' && t.text !== '.')) return false;
  }
  return false;
}

/**
 * A claim's period: the phrase's, or for “over the same period” the period of the last figure before it of the same
 * measure, else of any (“at least 1,200 children had died … since January. The ministry said 180 children had died …
 * over the same period”: both since January, so the two tolls are compared). With none before, no period is stated.
 */
function claimPeriod(env: Env, s: Sentence, p: TimePhrase | null, measure: string, valueStart: number): TimeRef | null {
  if (!p) return null;
  const ref = timeRef(s, p);
  // “the deadliest earthquake in Nepal since 2015, when nearly 9,000 people were killed”: the figure of the clause of
  // “when” after “since” is of that day or year, not of all the time since
  if (p.since && p.end < valueStart && s.tokens[p.end]?.text === ',' && s.tokens[p.end + 1]?.lower === 'when') {
    ref.from = p.since.from === null ? null : isoDay(p.since.from);
    ref.to = p.since.to === null ? null : isoDay(p.since.to);
    ref.relative = false;
  }
  if (p.same) {
    const earlier = env.periods?.get(measure) ?? env.lastPeriod;
    if (!earlier) return null;
    ref.from = earlier.from;
    ref.to = earlier.to;
    ref.precision = earlier.precision;
    ref.relative = earlier.relative;
    return ref;
  }
  if (ref.from !== null && ref.to !== null) {
    (env.periods ??= new Map()).set(measure, ref);
    env.lastPeriod = ref;
  }
  return ref;
}

function timeRef(s: Sentence, p: TimePhrase): TimeRef {
  const r = tokenRange(s, p.start, p.end);
  return { text: s.text.slice(r.start, r.end), start: r.start, end: r.end, from: p.from === null ? null : isoDay(p.from), to: p.to === null ? null : isoDay(p.to), precision: p.precision, relative: p.relative };
}

function span(text: string, r: { start: number; end: number }): { text: string; start: number; end: number } {
  return { text: text.slice(r.start, r.end), start: r.start, end: r.end };
}

/** The word part of a body's noun: “ministry's” → ministry. */
const BODY_WORD = /^[\p{L}]+/u;

/**
 * The speaker of a figure in the article's own narration, named by the sentence itself: the body whose document gives it
 * (“The ministry's daily bulletin said 142 cases …” → the Health Ministry the article names, else “The ministry” as
 * written) or the analysts who expected it (“Analysts polled by the agency had expected revenue of $4.1 billion”).
 */
function ownerOf(env: Env, s: Sentence, at: number, who: { start: number; end: number } | null): SpeakerRef | null {
  const doc = documentOwner(s.tokens, at);
  if (doc) {
    const r = withoutPossessive(s.text, tokenRange(s, doc.start, doc.end));
    const written = s.text.slice(r.start, r.end).replace(/['’]$/, '');
    const last = (written.split(' ').pop() ?? '').toLowerCase().match(BODY_WORD)?.[0] ?? '';
    const people = env.analysis.people;
    for (let i = 0; i < people.length; i++) {
      const p = people[i];
      if (p.kind === 'organisation' && last.length > 2 && p.name.toLowerCase().split(' ').includes(last)) return { name: p.name, kind: 'organisation', entity: i };
    }
    return { name: written, kind: 'organisation', description: written };
  }
  if (!who) return null;
  const r = tokenRange(s, who.start, who.end);
  const written = s.text.slice(r.start, r.end).replace(/,$/, '');
  return { name: written, kind: 'anonymous', description: written };
}

/** The body a sentence names in tokens r, as the article names it (“the Health Ministry”), else as written there. */
function bodyNamed(env: Env, s: Sentence, r: { start: number; end: number }): SpeakerRef {
  const range = tokenRange(s, r.start, r.end);
  const written = s.text.slice(range.start, range.end);
  const lower = written.toLowerCase().replace(/^the\s+/, '');
  const people = env.analysis.people;
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    if (p.kind === 'organisation' && p.name.toLowerCase().replace(/^the\s+/, '') === lower) return { name: p.name, kind: 'organisation', entity: i };
  }
  return { name: written, kind: 'anonymous', description: written };
}

/**
 * The subject is a country's possessive before a body of it, in lower case: “Ardenia's disaster agency”, “Syria's health
 * ministry” (not “Ardenia's Velmora province”, a place in it, nor a firm's: “Veltrona's auditor”).
 */
function countryOfBody(s: Sentence, h: { start: number; end: number }): boolean {
  if (h.end - h.start !== 1) return false;
  const t = s.tokens[h.start];
  const next = s.tokens[h.end];
  const bare = t.lower.replace(/['’]s$/, '');
  return bare !== t.lower && COUNTRIES.has(bare) && next?.kind === 'word' && !next.cap;
}

/** Verbs of a place having a count, in a statement the engine read as the place's: “Angola has recorded 2,000 cases”. */
const RECORDING_VERBS: ReadonlySet<string> = new Set(['recorded', 'records', 'registered', 'registers', 'logged', 'logs', 'counted', 'counts', 'tallied']);

/**
 * The country the statement's speaker names, when it is the subject of a verb of recording the figure at `at`
 * (“Neighbouring Angola has recorded more than 2,000 cholera cases this year”): its token range, as a place; else null.
 */
function countryRecording(s: Sentence, speaker: SpeakerRef, at: number): { start: number; end: number; place: boolean } | null {
  if (!COUNTRIES.has(speaker.name.toLowerCase())) return null;
  const t = s.tokens;
  for (let k = at - 1; k > 0 && at - k <= 6; k--) {
    if (!RECORDING_VERBS.has(t[k].lower)) continue;
    let j = k - 1;
    while (j > 0 && (t[j].lower === 'has' || t[j].lower === 'have' || t[j].lower === 'had' || t[j].lower === 'now' || t[j].lower === 'already' || t[j].lower === 'so' || t[j].lower === 'far')) j--;
    return t[j].kind === 'word' && t[j].lower === speaker.name.toLowerCase() ? { start: j, end: j + 1, place: true } : null;
  }
  return null;
}

/** Dashes that end a dateline. */
const DATELINE_DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);
/** How far into a sentence a dateline may run: “SAN JOSE, Costa Rica, Oct. 2 (Wire) —”. */
const DATELINE_MAX = 14;

/**
 * The token just past a dateline opening the sentence (“MANCHESTER, England, Oct. 2 —”, “LONDON (Wire) -”), or 0: a city
 * in capitals, names, commas, a day and an agency in brackets before a dash.
 */
function datelineEnd(tokens: Sentence['tokens']): number {
  // (a city in capitals opens it: “Many Republicans - who made up 46 percent …” is no dateline)
  const city = tokens[0];
  if (!city || city.kind !== 'word' || city.text.length < 2 || city.text !== city.text.toUpperCase()) return 0;
  for (let k = 1; k < tokens.length && k <= DATELINE_MAX; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && DATELINE_DASHES.has(t.text)) return k + 1;
    if (t.kind === 'word' ? !t.cap : t.kind !== 'num' && !(t.kind === 'punct' && (t.text === ',' || t.text === '.' || t.text === '(' || t.text === ')'))) return 0;
  }
  return 0;
}

/** How far back from “who” the person it is about may be named: “Ingrid Sommer, an analyst at Hausbank Research, who”. */
const WHO_BACK = 12;
/** How far before a figure the “who” of its clause may stand. */
const WHO_REACH = 10;
/** Words of a judgment of one's own between “who” and its figure: “who cut her price target to 25 euros”. */
const OWN_JUDGMENTS: ReadonlySet<string> = new Set([
  'target', 'forecast', 'forecasts', 'estimate', 'estimates', 'estimated', 'predicted', 'predicts', 'projected', 'projects',
  'expects', 'expected', 'valued', 'values',
]);
/** Words opening an apposition after a name: “Ingrid Sommer, an analyst at …”. */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * “…, said Ingrid Sommer, an analyst at Hausbank Research, who cut her price target to 25 euros”: a figure the person
 * judges in a clause of “who” after their name (a target, a forecast, an estimate) is that person's own, the narration
 * giving it no speaker. Not what the clause tells of them (“Ali, who died Friday at age 74”: the article's fact). The
 * person the article names, or null.
 */
function whoDid(env: Env, s: Sentence, at: number): SpeakerRef | null {
  const t = s.tokens;
  let comma = -1;
  let judged = false;
  for (let k = at - 1; k > 0 && at - k <= WHO_REACH; k--) {
    const w = t[k];
    if (w.kind === 'mark' || w.kind === 'break' || (w.kind === 'punct' && w.text !== ',')) return null;
    if (OWN_JUDGMENTS.has(w.lower)) judged = true;
    if (w.lower === 'who' && t[k - 1].text === ',') { comma = k - 1; break; }
  }
  if (comma < 0 || !judged) return null;
  // past an apposition to the name before it: “Ingrid Sommer, an analyst at Hausbank Research, who”
  let nameEnd = comma;
  for (let k = comma - 1; k > 0 && comma - k <= WHO_BACK; k--) {
    if (t[k].text !== ',') continue;
    if (APPOSITION_OPENERS.has(t[k + 1]?.lower ?? '')) nameEnd = k;
    break;
  }
  const w = t[nameEnd - 1];
  if (!w || w.kind !== 'word' || !w.cap || !personsOf(env).has(w.lower)) return null;
  const people = env.analysis.people;
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    if (p.kind === 'person' && p.name.toLowerCase().split(' ').includes(w.lower)) return { name: p.name, kind: 'person', entity: i };
  }
  return null;
}

/** Nouns of a body's own judgment of a figure: “its growth forecast”, “their estimate”, “its target”. */
const BODY_JUDGMENTS: ReadonlySet<string> = new Set([
  'forecast', 'forecasts', 'estimate', 'estimates', 'projection', 'projections', 'outlook', 'target', 'targets', 'guidance', 'prediction', 'predictions',
]);
/** Verbs of setting or changing one's own figure: “cut its forecast”, “raised its estimate”. */
const SETTING_OWN: ReadonlySet<string> = new Set([
  'cut', 'cuts', 'raised', 'raises', 'lowered', 'lowers', 'revised', 'revises', 'trimmed', 'trims', 'lifted', 'lifts', 'upgraded', 'upgrades',
  'downgraded', 'downgrades', 'slashed', 'slashes', 'reduced', 'reduces', 'increased', 'increases', 'kept', 'keeps', 'held', 'holds',
  'maintained', 'maintains', 'set', 'sets', 'nudged', 'hiked',
]);
/** Adverbs between a subject and its verb: “The bank also cut”. */
const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(['also', 'again', 'then', 'later', 'now', 'already']);
/** How far before its figure a body's own judgment may be named: “its growth forecast for next year to”. */
const OWN_FIGURE_REACH = 8;

/**
 * “The bank cut its growth forecast for next year to 0.9 percent”: a figure of a body's own forecast, estimate or target,
 * set by a verb whose subject opens the sentence, is that body's (the narration tells what the bank says it expects). The
 * body as the article names it, or null; not a pronoun (“It cut its forecast”), whose body is told elsewhere.
 */
function ownFigureSetter(env: Env, s: Sentence, at: number): SpeakerRef | null {
  const t = s.tokens;
  for (let j = at - 1; j > 0 && at - j <= OWN_FIGURE_REACH; j--) {
    if (t[j].kind !== 'word' && t[j].kind !== 'num') return null;
    if (!BODY_JUDGMENTS.has(t[j].lower)) continue;
    let p = j - 1;
    while (p > 0 && j - p <= 2 && t[p].lower !== 'its' && t[p].lower !== 'their') p--;
    if (t[p]?.lower !== 'its' && t[p]?.lower !== 'their') return null;
    let v = p - 1;
    if (!SETTING_OWN.has(t[v]?.lower ?? '')) return null;
    let e = v;
    while (e > 0 && SUBJECT_ADVERBS.has(t[e - 1].lower)) e--;
    // the subject opens the sentence: “The bank”, “The central bank”, “Norges Bank”
    if (e < 1 || e > 5) return null;
    for (let k = 0; k < e; k++) if (t[k].kind !== 'word') return null;
    if (t[0].lower !== 'the' && !t[0].cap) return null;
    if (e === 1 && PRONOUN_SUBJECTS.has(t[0].lower)) return null;
    return bodyNamed(env, s, { start: 0, end: e });
  }
  return null;
}
/** Pronouns that open a sentence as its subject. */
const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you', 'this', 'that']);

/**
 * A speaker of unknown kind named only by a noun of the people counted (“The number of people confirmed dead … rose to 19,
 * Greece's coast guard said” read as said by “people”): no one to credit the figure to.
 */
function noOne(speaker: SpeakerRef): boolean {
  return speaker.kind === 'unknown' && GROUP_NOUNS.has(speaker.name.toLowerCase());
}

/** Turn one draft into a claim with subject, period, polarity, source and score. */
function toClaim(env: Env, s: Sentence, d: Draft, phrases: TimePhrase[], cited: { start: number; end: number } | null): ClaimResult {
  let subj = findSubject(s.tokens, d.valueStart, cited, personsOf(env));
  const valueStart = tokenRange(s, d.valueStart, d.valueEnd).start;
  const found = sourceAt(indexOf(env), valueStart);
  const { source } = found;
  const forecast = forecasters(s.tokens, d.valueStart);
  // “the 12 deaths confirmed by the Calder County coroner”: the coroner's count, and not about “Calder County” (the
  // county of the office that counted is no subject: the story's place is, as for the tolls around it)
  const counter = d.kind === 'count' ? givenBy(s.tokens, d.end) : null;
  if (subj && counter && subj.start >= counter.start && subj.end <= counter.end) subj = findSubject(s.tokens, d.valueStart, counter, personsOf(env));
  // “Neighbouring Angola has recorded more than 2,000 cases”: a country that recorded the figure is where it was counted,
  // not who says so
  const recorded = found.speaker ? countryRecording(s, found.speaker, d.valueStart) : null;
  if (recorded) subj = recorded;
  const said = found.speaker && !noOne(found.speaker) && !recorded ? found.speaker : null;
  const speaker = said ?? ownerOf(env, s, d.valueStart, forecast) ?? whoDid(env, s, d.valueStart) ?? (counter ? bodyNamed(env, s, counter) : null)
    ?? ownFigureSetter(env, s, d.valueStart);
  // “Ardenia's disaster agency said 3,488 people had died”: a country's own body counts in that country, so the country
  // stays the subject (the body is not what is counted, its country is)
  const ownCountry = subj !== null && countryOfBody(s, subj);
  // “According to a report by the Red Cross, 40 people are missing”: the body giving the figure is not what it is about
  if (subj && !ownCountry && speaker?.kind === 'organisation') {
    const r = tokenRange(s, subj.start, subj.end);
    if (speaker.name.toLowerCase().includes(s.text.slice(r.start, r.end).toLowerCase())) subj = findSubject(s.tokens, d.valueStart, subj, personsOf(env));
  }
  // “Relief Without Borders, which counted 97 dead”: a body the article names is who counts, not what is counted (nor is
  // a word of its name: “Relief Medics International, whose teams …” is not about “International”)
  const body = (h: { start: number; end: number }): boolean => {
    const r = tokenRange(s, h.start, h.end);
    const name = s.text.slice(r.start, r.end).toLowerCase();
    return organisationsOf(env).has(name) || insideOrganisation(env, s, r) || (speaker?.kind === 'organisation' && speaker.name.toLowerCase().includes(name));
  };
  if (subj && !ownCountry && body(subj)) {
    subj = findSubject(s.tokens, d.valueStart, subj, personsOf(env));
    if (subj && body(subj)) subj = null;
  }
  // “MANCHESTER, England, Oct. 2 — The prime minister promised 25 billion pounds …”: the dateline says where the story was
  // filed; an amount, a share or a rank is not about that place (a toll may be: “KABUL, Afghanistan — A bomb killed 12”)
  if (subj && !PLACED_MEASURES.has(d.measure)) {
    const filed = datelineEnd(s.tokens);
    if (subj.start < filed) {
      subj = findSubject(s.tokens, d.valueStart, { start: 0, end: filed }, personsOf(env));
      if (subj && body(subj)) subj = null;
    }
  }
  // “Petrakis had 38,415 votes”: the candidate is whose votes they are (the group), not what they are about
  if (subj && d.group && d.measure === 'votes') {
    const r = tokenRange(s, subj.start, subj.end);
    const name = s.text.slice(r.start, r.end);
    if (d.group.includes(name) || name.includes(d.group)) subj = findSubject(s.tokens, d.valueStart, subj, personsOf(env));
  }
  // “Varga had received 61,340 votes and Horváth 50,270”, in a story that names no place: the votes are the candidate's,
  // as a candidate's share of the vote is, so election night's count and the final one meet in one topic (“Varga — votes”)
  const candidate = !subj && d.group && d.measure === 'votes' ? candidateTokens(s, d) : null;
  if (candidate) subj = candidate;
  // “Rovers won seven of their last ten matches”: a record is about the side whose it is, and nothing else the sentence
  // names (“won seven of the past eight contests, including last week's Wisconsin”)
  if (RECORD_MEASURES.has(d.measure)) subj = sideBefore(s.tokens, d.start);
  // “A separate outbreak in the north has infected 2,310 people”: the part of the country the outbreak is in
  if (!subj && EVENT_MEASURES.has(d.measure)) subj = outbreakRegion(s.tokens, d.valueStart);
  let start = d.start;
  let end = d.end;
  if (subj) {
    const [a, b] = subj.start < start ? [subj.end, start] : [end, subj.start];
    if (b - a <= SUBJECT_REACH && !hasMark(s, a, b)) { start = Math.min(start, subj.start); end = Math.max(end, subj.end); }
  }
  const range = tokenRange(s, start, end);
  const valueRange = tokenRange(s, d.valueStart, d.valueEnd);
  const pol = polarityOf(s.tokens, d.start, d.end);
  // what analysts expected is a forecast, not a figure yet; what unnamed sources or reports say is not confirmed
  if (forecast || unnamedSources(s.tokens)) pol.hedged = true;
  const time = d.ownTime ? null : nearestTime(s, phrases, d);
  const citedSpan = cited ? span(s.text, withoutPossessive(s.text, tokenRange(s, cited.start, cited.end))) : null;
  const sentence = span(s.text, { start: s.base, end: s.end });
  const text = s.text;
  const subject = subj ? withoutPossessive(text, tokenRange(s, subj.start, subj.end)) : null;
  const citedSource = citedSpan ? { text: citedSpan.text, start: citedSpan.start, end: citedSpan.end, key: sourceKey(citedSpan.text) } : null;
  const checkWorthiness = scoreOf({
    measure: d.measure, hasSubject: !!subj, hasSpeaker: !!speaker, cited: !!cited, hedged: pol.hedged,
    vague: d.value?.qualifier === 'vague', negated: pol.polarity === 'negated', inQuote: source.type === 'quote',
  });
  // one literal, no spreads: claims are built often and must keep a fast object shape
  const claim: ClaimResult = {
    text: text.slice(range.start, range.end), start: range.start, end: range.end,
    kind: d.kind, measure: d.measure, group: d.group,
    subject: subject && subj ? { text: text.slice(subject.start, subject.end), start: subject.start, end: subject.end, kind: subj.place ? 'place' : candidate ? 'group' : 'other' } : null,
    value: d.value, unit: d.unit, valueSpan: span(text, valueRange),
    time: claimPeriod(env, s, time, d.measure, d.valueStart), impliedStart: d.impliedStart,
    polarity: pol.polarity, hedged: pol.hedged, speaker, source, citedSource,
    saidAt: env.saidAt, sentence, checkWorthiness,
  };
  return claim;
}

/**
 * The token of the candidate's last name a tally of votes gives before its figure (“Zsófia Varga had received 61,340
 * votes” → Varga, as a share of the vote names her, so “Varga” and “Zsófia Varga” meet), or null.
 */
function candidateTokens(s: Sentence, d: Draft): { start: number; end: number; place: boolean } | null {
  const last = (d.group ?? '').toLowerCase().split(' ').pop();
  for (let k = d.valueStart - 1; k >= 0 && d.valueStart - k <= CANDIDATE_BACK; k--) {
    if (s.tokens[k].lower.replace(/['’]s$/, '') === last) return { start: k, end: k + 1, place: false };
  }
  return null;
}

/** How far before its figure a tally's candidate may be named: “the incumbent mayor, Daniel Petrakis, had now received 38,415”. */
const CANDIDATE_BACK = 8;

/** A subject's range without a possessive ending: “in Dalmor's capital” is about Dalmor. */
function withoutPossessive(text: string, r: { start: number; end: number }): { start: number; end: number } {
  const c = text.charCodeAt(r.end - 2);
  return r.end - r.start > 2 && text[r.end - 1] === 's' && (c === 39 || c === 8217) ? { start: r.start, end: r.end - 2 } : r;
}

/** Offset just past the word or number at p. */
function wordEnd(text: string, p: number): number {
  let i = p + 1;
  while (i < text.length && text.charCodeAt(i) > 32) i++;
  return i;
}

/** Words that open a question: “Will …?”, “Did …?”, “How many …?”. */
const ASKING = new Set(['will', 'would', 'did', 'do', 'does', 'don’t', "don't", 'is', 'are', 'was', 'were', 'can', 'could', 'should', 'has', 'have', 'how', 'what', 'who', 'why', 'when', 'where', 'which']);

/**
 * A sentence that asks (“Will unemployment reach 5 percent next year?”) states no figure. Only a
 * sentence opening with a question word: “And with the jobless rate close to 5 percent, who
 * would not …?” still states its figure before it asks.
 */
function isQuestion(s: Sentence): boolean {
  let k = s.end - 1;
  while (k > s.base && /[\s"”’»)]/.test(s.text[k])) k--;
  if (s.text[k] !== '?') return false;
  const first = s.tokens.find((t) => t.kind === 'word');
  return first !== undefined && ASKING.has(first.lower);
}

/**
 * “the figure of 150 dead had no source, no basis and no shame”: a figure named as someone's, to speak of it, is
 * no claim of the sentence (“its figure of 40”, a body restating its own, still is).
 */
function namedFigure(tokens: Sentence['tokens'], valueStart: number): boolean {
  let k = valueStart - 1;
  while (k > 0 && QUALIFYING.has(tokens[k].lower)) k--;
  return tokens[k]?.lower === 'of' && (tokens[k - 1]?.lower === 'figure' || tokens[k - 1]?.lower === 'claim') && tokens[k - 2]?.lower === 'the';
}

/** Words between “the figure of” and its number: “the figure of more than 150”. */
const QUALIFYING: ReadonlySet<string> = new Set(['more', 'than', 'at', 'least', 'about', 'some', 'nearly', 'almost', 'over', 'around']);

/** Verbs of counting that a double count repeats: “counted twice”, “reported by the hospital and again by the district”. */
const COUNTING: ReadonlySet<string> = new Set(['counted', 'reported', 'recorded', 'registered', 'listed', 'included', 'tallied', 'logged', 'entered']);
/** Words after a verb of counting that make it a second count: “twice”, “again”, “two times”. */
const AGAIN: ReadonlySet<string> = new Set(['twice', 'again', 'double']);
/** How far after a figure its double count may be told. */
const DOUBLE_REACH = 12;

/**
 * “three deaths had been counted twice”, “Three patients who died were reported by the hospital and again by the
 * district”, “double-counted”: how many were miscounted, not a toll.
 */
function countedTwice(tokens: Sentence['tokens'], end: number): boolean {
  let counting = false;
  for (let k = end; k < tokens.length && k - end <= DOUBLE_REACH; k++) {
    const t = tokens[k];
    // (“St. Cyril”: an abbreviation's full stop ends nothing)
    if (t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && t.text !== ',' && !(t.text === '.' && NAME_ABBREVIATIONS.has(tokens[k - 1]?.text ?? '')))) return false;
    if (t.lower === 'double-counted' || t.lower === 'duplicated') return true;
    // “revised down to 29 after two people were found to have been counted twice”: the double count is the later figure's
    if (t.kind === 'num' || NUMBER_WORDS.has(t.lower)) return false;
    if (COUNTING.has(t.lower)) counting = true;
    else if (counting && (AGAIN.has(t.lower) || (t.lower === 'two' && tokens[k + 1]?.lower === 'times'))) return true;
  }
  return false;
}

/** Nouns of a body's own figure: “the ministry's count of four deaths”, “the agency's figure of 13”. */
const OWN_FIGURES: ReadonlySet<string> = new Set(['figure', 'figures', 'count', 'tally', 'toll', 'estimate', 'number']);
/** Possessives of a pronoun, which name no body: “its figure of 40” is the speaker's own. */
const PRONOUN_POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * “two more than the ministry's count of four deaths”, “disputed the agency's figure of 13 deaths”: the figure is the
 * body's, whom the speaker cites. The token range of the body with its possessive, or null.
 */
function possessedFigure(tokens: Sentence['tokens'], valueStart: number): { start: number; end: number } | null {
  let k = valueStart - 1;
  while (k > 0 && QUALIFYING.has(tokens[k].lower)) k--;
  if (tokens[k]?.lower !== 'of' || !OWN_FIGURES.has(tokens[k - 1]?.lower ?? '')) return null;
  const owner = tokens[k - 2];
  if (!owner || owner.kind !== 'word' || PRONOUN_POSSESSIVES.has(owner.lower) || !/['’]s$/.test(owner.lower)) return null;
  let start = k - 2;
  while (start > 0 && tokens[start - 1].kind === 'word' && tokens[start - 1].cap && start > k - 6) start--;
  if (tokens[start - 1]?.lower === 'the') start--;
  return { start, end: k - 1 };
}

/** Parse one sentence's claims into `out`. */
/** “Correction: An earlier version of this article misquoted Ms. Brenn as saying the fire was “30 percent contained.”” — the figures are the ones the article got wrong: no one's claim. */
function correctionNote(s: Sentence): boolean {
  return s.tokens[1]?.text === ':' && CORRECTION_LABELS.has(s.tokens[0]?.lower ?? '');
}

/**
 * What the sentence's last count counts: its last count drafted, else the last figure of a word of a measure it names
 * (“Yesterday we said 46 cases.”, no claim of its own), for a corrected figure after it; null when it counts nothing.
 */
function lastCount(s: Sentence, drafts: Draft[]): CarriedCount | null {
  for (let i = drafts.length - 1; i >= 0; i--) if (drafts[i].kind === 'count') return drafts[i];
  const t = s.tokens;
  for (let k = t.length - 2; k >= 0; k--) {
    if (t[k].kind !== 'num') continue;
    const w = t[k + 1].lower;
    const measure = w === 'cases' ? 'cases' : MEASURE_WORDS.get(w);
    if (measure) return { measure, unit: 'person', group: null };
  }
  return null;
}

/** How many paragraphs before a sentence's own the illness its “cases” are of may be named. */
const ILLNESS_PARAGRAPHS_BACK = 1;

/**
 * “Measles cases have surged this year. The health ministry recorded 127,350 cases in 2024”: the text before the sentence
 * at `base`, in its paragraph and the one before, names an illness, so the sentence's cases are its sick.
 */
function illnessBefore(text: string, base: number): boolean {
  let from = base;
  for (let n = 0; n <= ILLNESS_PARAGRAPHS_BACK && from > 0; n++) {
    const at = text.lastIndexOf('\n', from - 1);
    if (at < 0) { from = 0; break; }
    from = at;
    // (the blank lines between two paragraphs are one break)
    while (from > 0 && /\s/.test(text[from - 1])) from--;
  }
  for (const m of text.slice(from, base).toLowerCase().matchAll(/[\p{L}\d-]+/gu)) if (ILLNESS_WORDS.has(m[0])) return true;
  return false;
}

function sentenceClaims(env: Env, s: Sentence, out: ClaimResult[]): void {
  let phrases: TimePhrase[] | null = null;
  const getPhrases = (): TimePhrase[] => (phrases ??= findTimePhrases(s.tokens, env.said));
  const drafts = sentenceDrafts(s.tokens, getPhrases, env.said, env.lastCount ?? null, s.tokens.some((t) => t.lower === 'cases') && illnessBefore(env.text, s.base));
  const counted = lastCount(s, drafts);
  if (counted) env.lastCount = counted;
  if (drafts.length === 0 || isQuestion(s) || correctionNote(s)) return;
  const cited = findCitedSource(s.tokens);
  let shares: ShareDraft[] | null = null;
  for (const d of drafts) {
    if (namedFigure(s.tokens, d.valueStart)) continue;
    const c = toClaim(env, s, d, getPhrases(), cited ?? possessedFigure(s.tokens, d.valueStart));
    // “"Fourteen families are grieving tonight," the governor said”: families someone speaks of, no head count of people
    if (c.measure === 'people' && c.source.type === 'quote' && /^families$/i.test(c.group ?? '')) continue;
    // a double count is no toll, but the place it names is the story's (“the Velmora fever outbreak, saying three deaths
    // had been counted twice”): kept until the figures after it have taken it
    if (d.kind === 'count' && countedTwice(s.tokens, d.end)) (env.placeOnly ??= new Set()).add(c);
    if (c.measure === 'share') (shares ??= []).push({ claim: c, valueStart: d.valueStart, valueEnd: d.valueEnd });
    out.push(c);
  }
  if (shares) {
    env.votes = electionShares(s, shares, personsOf(env), env.votes === true, electionPlaceOf(env) ?? datelineOf(env));
    for (const { claim: c } of shares) if (!c.subject && c.group?.toLowerCase() === 'turnout') turnoutPlace(env, s, c);
  }
}

/** How many sentences back turnout with no place of its own looks for the place of its election. */
const TURNOUT_BACK = 2;

/**
 * “Voters in Norland went to the polls on Sunday. Turnout stood at 58.2%.”: turnout whose sentence names no place, in a
 * story with no dateline, is about the place the sentences just before name (within two sentences); with none it keeps
 * no place. The subject is marked as inherited: its offsets are in an earlier sentence.
 */
function turnoutPlace(env: Env, s: Sentence, c: ClaimResult): void {
  const text = env.text;
  let at = s.base;
  for (let n = 0; n < TURNOUT_BACK; n++) {
    while (at > 0 && /\s/.test(text[at - 1])) at--;
    if (at <= 0) return;
    const b = sentenceBounds(text, at - 1);
    const prev = cutSentence(text, b.start, Math.min(b.end, at));
    const hit = prev.tokens.length > 0 ? findSubject(prev.tokens, prev.tokens.length, null, personsOf(env)) : null;
    if (hit?.place) {
      const r = withoutPossessive(text, tokenRange(prev, hit.start, hit.end));
      c.subject = { text: text.slice(r.start, r.end), start: r.start, end: r.end, kind: 'place', inherited: true };
      c.checkWorthiness = scoreOf({
        measure: c.measure, hasSubject: true, hasSpeaker: !!c.speaker, cited: !!c.citedSource, hedged: c.hedged,
        vague: c.value?.qualifier === 'vague', negated: c.polarity === 'negated', inQuote: c.source.type === 'quote',
      });
      return;
    }
    at = b.start;
  }
}

/** A dateline's place in capitals opening the article: “BRENNHAM —”, “BRENNHAM, Nov 5 (WSI) -”. */
const DATELINE = /^\s*(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+)*)(?:,[^\n—–]{0,40}?)?\s+(?:\([^)\n]{1,30}\)\s+)?[—–-]\s/u;

/** The place the article is filed from, from its dateline, or null. */
function datelineOf(env: Env): { text: string; start: number; end: number } | null {
  if (env.dateline !== undefined) return env.dateline;
  const m = DATELINE.exec(env.text.slice(0, 120));
  if (!m) return (env.dateline = null);
  const start = m[0].indexOf(m[1]);
  return (env.dateline = { text: m[1], start, end: start + m[1].length });
}

/**
 * The place of the election the article is about, named with it: “won Sunday’s parliamentary election in Nordvik”.
 * Turnout is that place's, not the city the story is filed from (“TALLMARK, Nordvik —”). (“Vik’s election” may be a
 * person's: a possessive is not read.)
 */
const ELECTION_IN = /\belections?\s+in\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/u;

/** The place of the article's election, or null (a month or a day is no place: “the election in November”). */
function electionPlaceOf(env: Env): { text: string; start: number; end: number } | null {
  if (env.electionPlace !== undefined) return env.electionPlace;
  const m = ELECTION_IN.exec(env.text);
  if (!m || m[1].split(/\s+/).some((w) => MONTHS.has(w.toLowerCase()) || DAYS.has(w.toLowerCase()))) return (env.electionPlace = null);
  const start = m.index + m[0].indexOf(m[1]);
  return (env.electionPlace = { text: m[1], start, end: start + m[1].length });
}

/** Days, which are no place: “the elections in Tuesday’s primaries”. */
const DAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow']);

/** Find the factual claims of an article, most check-worthy kinds first within each sentence order. */
export function extractClaims(text: string, analysis: ArticleAnalysis, options: ClaimOptions = {}): ClaimResult[] {
  const said = parseIsoDay(options.publishedAt);
  const env: Env = { text, said, saidAt: said === null ? null : isoDay(said), analysis, index: null, persons: null };
  const out: ClaimResult[] = [];
  // the engine's tokens of this text, when it has just analysed it: its sentences need not be cut again
  const cut = takeTokens(analysis, text);
  const scan: AnchorScan = { text, than: -1, tokens: cut, tok: 0 };
  let minStart = 0;
  let bounds: { start: number; end: number } | null = null;
  let support = -1; // -1 unknown, 0 no, 1 yes — computed once per sentence
  for (let a = nextAnchor(scan, 0); a; ) {
    if (!bounds || a.at >= bounds.end) { bounds = sentenceBounds(text, a.at, minStart); support = -1; }
    if (a.kind === FIGURE && support < 0) support = hasSupport(text, bounds.start, bounds.end, cut) ? 1 : 0;
    // (“opened five new hubs”: a deed's count of things names what it counts in a noun no list holds)
    if (a.kind !== FIGURE || support === 1 || thingAnchor(text, a.at)) {
      sentenceClaims(env, cutSentence(text, bounds.start, bounds.end, cut), out);
      minStart = bounds.end;
      a = nextAnchor(scan, bounds.end);
      continue;
    }
    a = nextAnchor(scan, wordEnd(text, a.at));
  }
  siegeDetentions(text, out);
  revisersOf(text, out);
  inheritSubjects(text, out);
  nationalCurrencies(out);
  const placeOnly = env.placeOnly;
  return withoutRestatements(text, placeOnly ? out.filter((c) => !placeOnly.has(c)) : out);
}

/**
 * “Operating profit was 1.41 billion Swedish crowns … about 380 million crowns in savings”: an amount in a word several
 * countries' currencies share is in the one currency of that word the article names by its country, when it names
 * one only (an article of Swedish and Danish crowns leaves the bare word as it is).
 */
function nationalCurrencies(claims: ClaimResult[]): void {
  const named = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.measure !== 'money' || !c.unit) continue;
    for (const [bare, codes] of CURRENCY_FAMILIES) {
      if (!codes.has(c.unit)) continue;
      const set = named.get(bare) ?? new Set<string>();
      set.add(c.unit);
      named.set(bare, set);
    }
  }
  for (const c of claims) {
    const codes = c.measure === 'money' && c.unit ? named.get(c.unit) : undefined;
    if (codes && codes.size === 1) c.unit = [...codes][0];
  }
}

/** What makes two claims of one article one figure told twice: kind, measure, subject, group, unit, value and polarity. */
function figureKey(c: ClaimResult): string {
  const v = c.value;
  return [c.kind, c.measure, c.subject?.text.toLowerCase() ?? '', c.group?.toLowerCase() ?? '', c.unit ?? '', v ? `${v.low}:${v.high}:${v.qualifier}` : '', c.polarity].join('|');
}

/** A heading: a line of its own with no stop at its end (“23:58 - Turnout at 84 percent”). */
function inHeading(text: string, c: ClaimResult): boolean {
  const line = text.slice(c.sentence.start, c.sentence.end).trimEnd();
  const after = text.slice(c.sentence.end).match(/^[ \t]*(\r?\n|$)/);
  return after !== null && !/[.!?"”'’:;]$/.test(line);
}

/**
 * A heading and the body under it tell one figure twice (“23:58 - Turnout at 84 percent”, then “Turnout reached 84
 * percent, Lindqvist said”): the heading's claim gives way to the body's, which says who gave it. Only a figure that says
 * what it is of or about (not a bare “48 percent”, which two polls may both give), unsaid by anyone in the heading or
 * said there by the body's speaker, and of no period of its own.
 */
function withoutRestatements(text: string, claims: ClaimResult[]): ClaimResult[] {
  const told = new Map<string, ClaimResult[]>();
  for (const c of claims) {
    if (!c.value || (!c.group && !c.subject)) continue;
    const key = figureKey(c);
    const list = told.get(key);
    if (list) list.push(c); else told.set(key, [c]);
  }
  const dropped = new Set<ClaimResult>();
  for (const list of told.values()) {
    if (list.length < 2) continue;
    for (const h of list) {
      if (h.time || !inHeading(text, h)) continue;
      const who = h.speaker?.name.toLowerCase() ?? null;
      if (list.some((b) => b !== h && !dropped.has(b) && !inHeading(text, b) && (who === null || b.speaker?.name.toLowerCase() === who))) dropped.add(h);
    }
  }
  return dropped.size ? claims.filter((c) => !dropped.has(c)) : claims;
}

/**
 * A figure set by a verb of revising it whose subject points back to someone named before (“the company had revised the
 * number of trapped miners to 15”, “it corrected its count to 15”); not a new reviser (“Officials later revised …”).
 */
const REVISED_TO = /\b(?:(?:the|its) \p{Ll}+|it|they)\s+(?:(?:had|has|have|later|then|also|since)\s+)*(?:revised|revising|revises|corrected|correcting|corrects|amended|amends|updated|updating|updates)\b[^.;:!?"“”]{0,60}?\bto\s+$/iu;

/**
 * “On Wednesday the operator, Minera Sur, said 17 miners remained trapped. By Thursday the company had revised the number of
 * trapped miners to 15”: a revised figure is a new figure of whoever gave the one it revises. A figure after a verb of
 * revising it, with no speaker of its own, takes the speaker of the article's last figure before it of the same measure
 * and counted group, so the consistency check sees one speaker's revision (17, then 15) rather than two unrelated counts.
 */
function revisersOf(text: string, claims: ClaimResult[]): void {
  for (let i = 1; i < claims.length; i++) {
    const c = claims[i];
    if (c.speaker || c.kind !== 'count' || !c.valueSpan) continue;
    if (!REVISED_TO.test(text.slice(Math.max(c.sentence.start, c.valueSpan.start - 80), c.valueSpan.start))) continue;
    for (let j = i - 1; j >= 0; j--) {
      const e = claims[j];
      if (e.measure !== c.measure || e.sentence.start === c.sentence.start) continue;
      if (e.speaker) {
        c.speaker = e.speaker;
        c.checkWorthiness = scoreOf({
          measure: c.measure, hasSubject: !!c.subject, hasSpeaker: true, cited: !!c.citedSource, hedged: c.hedged,
          vague: c.value?.qualifier === 'vague', negated: c.polarity === 'negated', inQuote: c.source.type === 'quote',
        });
      }
      break;
    }
  }
}

/** A sentence of a siege's captives: “the hostages had been held for 100 hours”, “the siege … after being held”. */
const SIEGE_CAPTIVES = /\b(?:hostages?|captives?|siege)\b/i;

/**
 * In a story of a siege, how long its hostages were held is how long it lasted (“The siege … ended … after being held for
 * 96 hours”, “the hostages had been held for 100 hours”): both meet the siege's other durations (“the siege has lasted
 * more than 70 hours”) in one topic. Only when the article gives a siege's duration, and the sentence names hostages or
 * the siege; a prison term stays one.
 */
function siegeDetentions(text: string, claims: ClaimResult[]): void {
  if (!claims.some((c) => c.measure === 'siege-duration')) return;
  for (const c of claims) {
    if (c.measure !== 'detention-duration' || !SIEGE_CAPTIVES.test(text.slice(c.sentence.start, c.sentence.end))) continue;
    c.measure = 'siege-duration';
    c.checkWorthiness = scoreOf({
      measure: c.measure, hasSubject: !!c.subject, hasSpeaker: !!c.speaker, cited: !!c.citedSource, hedged: c.hedged,
      vague: c.value?.qualifier === 'vague', negated: c.polarity === 'negated', inQuote: c.source.type === 'quote',
    });
  }
}

/** Measures of events that happen somewhere (deaths, flight, sieges): shares, amounts and ranks are about other things than places. */
const PLACED_MEASURES: ReadonlySet<string> = new Set([
  'deaths', 'injuries', 'casualties', 'missing', 'displacement', 'evacuation', 'besieged', 'detention', 'releases', 'rescued', 'cases', 'infections', 'refugees', 'attacks',
  'turnout', 'siege-duration', 'conflict-duration', 'detention-duration', 'displacement-duration', 'votes', 'vote-margin', 'votes-cast',
  'intercepted', 'outages', 'arrivals',
]);

/** Counts of what one event did to people: they share its place (an outbreak's cases are where its dead are). */
const EVENT_MEASURES: ReadonlySet<string> = new Set(['deaths', 'injuries', 'casualties', 'missing', 'displacement', 'evacuation', 'rescued', 'cases']);

/**
 * Sentences that say their figure is about somewhere else than the story so far (also “in the south of the country”,
 * “other parts of the province”, “where a separate outbreak has recorded 2,310 cases”).
 */
export const ELSEWHERE = /\b(?:elsewhere|nationwide|worldwide|across the country|around the world|(?:north|south|east|west)(?:ern)?(?:[- ]?(?:east|west)(?:ern)?)? of the country|other (?:parts|regions|provinces|districts|areas) of|(?:a|the) separate (?:outbreak|epidemic)s?)\b/i;

/** A sentence opening with the place it is set in: “In Kessan, …”, “In Ardenia's capital, …”. */
const SETTING = /^\W*In (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)(?:['’]s \p{Ll}+)?,/u;

/** A period ending this many days or more before the claim was made is an earlier event's, not the story's. */
const EARLIER_EVENT_DAYS = 365;

/** The claim's period ended a year or more before it was made: “in 2019, when nine died”, said in 2025. */
function earlierEvent(c: ClaimResult): boolean {
  const to = c.time?.to ? parseIsoDay(c.time.to) : null;
  const said = c.saidAt ? parseIsoDay(c.saidAt) : null;
  return to !== null && said !== null && said - to >= EARLIER_EVENT_DAYS;
}

/**
 * The place of the story's toll when the last place counted was a part of it: the last figure with a place is below an
 * earlier one at another place (7 in Pine Hollow after 9 in Calder Valley) and the claim's figure is above the part
 * (“at least 11 people had died”). Null otherwise (the claim takes the last place).
 */
function wholeOf(list: Array<{ subject: NonNullable<ClaimResult['subject']>; value: number }> | undefined, c: ClaimResult): ClaimResult['subject'] {
  if (!list || list.length < 2 || !c.value) return null;
  const part = list[list.length - 1];
  if ((c.value.low ?? c.value.stated) <= part.value) return null;
  const key = part.subject.text.toLowerCase();
  for (let i = list.length - 2; i >= 0; i--) {
    const w = list[i];
    if (w.subject.text.toLowerCase() !== key && w.value > part.value) return w.subject;
  }
  return null;
}

/**
 * A figure whose sentence names no place of its own (“Only 30 people died in the fighting”)
 * is about the place of the article's last figure of the same measure before it (“at least 300
 * civilians killed in eastern Aleppo”), as a reader takes it; unless its sentence points
 * elsewhere. The subject is marked as inherited.
 */
function inheritSubjects(text: string, claims: ClaimResult[]): void {
  const last = new Map<string, ClaimResult['subject']>();
  // the places counted so far of each measure, with their figures: a part of a toll told at a place within the story's
  // (“The death toll … rose to nine” in Calder Valley, then “seven bodies had been recovered in Pine Hollow”) is no
  // new place for the tolls after it that outgrow the part (“at least 11 people had died”)
  const placed = new Map<string, Array<{ subject: NonNullable<ClaimResult['subject']>; value: number }>>();
  // the toll of one event: its injured, missing and displaced are counted where its dead were (“212 dead in the Marrow
  // Valley … more than 1,400 people had been injured”)
  let lastEvent: ClaimResult['subject'] = null;
  for (const c of claims) {
    if (!PLACED_MEASURES.has(c.measure)) continue;
    if (c.subject) {
      if (c.subject.kind === 'place' && !c.subject.inherited) {
        last.set(c.measure, c.subject);
        if (c.value) {
          const list = placed.get(c.measure) ?? [];
          list.push({ subject: c.subject, value: c.value.low ?? c.value.stated });
          placed.set(c.measure, list);
        }
        if (EVENT_MEASURES.has(c.measure)) lastEvent = c.subject;
      }
      continue;
    }
    const s = wholeOf(placed.get(c.measure), c) ?? last.get(c.measure) ?? (EVENT_MEASURES.has(c.measure) ? lastEvent : null);
    // “Ardenia last recorded an outbreak in 2019, when 31 people fell ill and nine died”: another event than the story's
    if (!s || earlierEvent(c) || ELSEWHERE.test(text.slice(c.sentence.start, c.sentence.end))) continue;
    // “In Kessan, the health ministry reported 186 deaths”: a sentence set in a place of its own, though that place is
    // where it was said, is not about the last figure's place
    const setting = SETTING.exec(text.slice(c.sentence.start, c.sentence.end));
    if (setting && !MONTHS.has(setting[1].toLowerCase()) && !s.text.includes(setting[1])) continue;
    c.subject = { text: s.text, start: s.start, end: s.end, kind: s.kind, inherited: true };
  }
}
