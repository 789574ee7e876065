/**
 * A chamber's vote told as a tally (“The bill passed by 187 votes to 142”, “MPs voted 312 to 250 in favour”, “the motion
 * was defeated 48-52”): two figures, the votes for (`votes-for`) and the votes against (`votes-against`), each a claim of
 * its own, so the record of the division can check either and the two sides are never compared with each other.
 */
import type { Token } from '../text/tokenize';
import { NUMBER_WORDS } from './data/numbers';

/** One tally: the token range of the claim, and each side's figure with its token range. */
export interface Tally {
  start: number;
  end: number;
  for: { value: number; start: number; end: number };
  against: { value: number; start: number; end: number };
}

/** Verbs of voting: “MPs voted 312 to 250”, “the council votes 7-2”. */
const VOTING: ReadonlySet<string> = new Set(['voted', 'vote', 'votes', 'voting']);
/** Outcomes of a vote won by the larger side: “passed 312-250”, “approved by 60 votes to 38”. */
const PASSING: ReadonlySet<string> = new Set(['passed', 'approved', 'adopted', 'carried', 'backed', 'endorsed', 'ratified', 'confirmed', 'upheld', 'cleared']);
/** Outcomes of a vote the larger side was against: “defeated 48-52”, “rejected the deal by 432 votes to 202”. */
const FAILING: ReadonlySet<string> = new Set(['defeated', 'rejected', 'overturned', 'failed', 'blocked', 'vetoed']);
/**
 * What a chamber votes on and who votes: a sentence of an outcome verb and a tally names one (“The motion was defeated
 * 48-52”), so a match won 3-1 is no vote.
 */
const CHAMBER_WORDS: ReadonlySet<string> = new Set([
  'bill', 'bills', 'motion', 'amendment', 'resolution', 'measure', 'legislation', 'law', 'proposal', 'nomination', 'ordinance',
  'treaty', 'budget', 'senate', 'house', 'parliament', 'assembly', 'congress', 'council', 'committee', 'chamber', 'lawmakers',
  'legislators', 'mps', 'senators', 'representatives', 'deputies', 'councillors', 'councilors', 'commissioners', 'justices',
  'delegates', 'referendum', 'ballot', 'board', 'shareholders', 'members',
]);
/** Words after a tally that say which side its first figure is: “voted 312 to 250 in favour”, “voted 6-1 against”. */
const FOR_AFTER: ReadonlySet<string> = new Set(['favour', 'favor', 'for']);
const AGAINST_AFTER: ReadonlySet<string> = new Set(['against']);
/** Words the figures of a tally may not be followed by: a range of shares, years, money (“48-52 percent”, “5-10 years”). */
const NOT_A_TALLY_AFTER: ReadonlySet<string> = new Set([
  'percent', 'per', '%', 'pc', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'million', 'billion', 'thousand', 'people',
  'degrees', 'points', 'seats', 'goals', 'runs',
]);
/** A figure that reads as a year. */
const YEAR = (n: number): boolean => n >= 1800 && n <= 2100;
/** How far before a tally its verb may stand: “passed by”, “was narrowly defeated”, “voted overwhelmingly”. */
const VERB_BACK = 3;
/** Words between the verb and the tally: “passed by 187 votes”, “voted narrowly 5-4”. */
const BETWEEN: ReadonlySet<string> = new Set(['by', 'a', 'narrowly', 'overwhelmingly', 'unanimously', 'easily', 'comfortably', 'only', 'just']);

/** A whole number as written: “187”, “1,187”, “seven”. */
function wholeNumber(t: Token | undefined): number | null {
  if (!t) return null;
  if (t.kind === 'num' && /^(?:\d+|\d{1,3}(?:,\d{3})+)$/.test(t.text)) return Number(t.text.replace(/,/g, ''));
  const w = NUMBER_WORDS.get(t.lower);
  return w !== undefined && Number.isInteger(w) ? w : null;
}

/** A pair at token k: “48-52”, “5-to-4”, “312 to 250”, “187 votes to 142 (votes)”. */
function pairAt(tokens: Token[], k: number): { a: number; b: number; aEnd: number; bStart: number; end: number; votes: boolean } | null {
  const t = tokens[k];
  const joined = /^(\d{1,4})-(?:to-)?(\d{1,4})$/.exec(t.text);
  if (joined) return { a: Number(joined[1]), b: Number(joined[2]), aEnd: k + 1, bStart: k, end: k + 1, votes: false };
  const a = wholeNumber(t);
  if (a === null) return null;
  const votes = tokens[k + 1]?.lower === 'votes';
  const to = votes ? k + 2 : k + 1;
  if (tokens[to]?.lower !== 'to') return null;
  const b = wholeNumber(tokens[to + 1]);
  if (b === null) return null;
  const end = votes && tokens[to + 2]?.lower === 'votes' ? to + 3 : to + 2;
  return { a, b, aEnd: votes ? k + 2 : k + 1, bStart: to + 1, end, votes };
}

/** The verb of voting or of an outcome within a few words before token k: its token and kind, or null. */
function verbBefore(tokens: Token[], k: number): { at: number; kind: 'vote' | 'pass' | 'fail' } | null {
  for (let b = k - 1; b >= 0 && k - b <= VERB_BACK; b--) {
    const w = tokens[b].lower;
    if (VOTING.has(w)) return { at: b, kind: tokens[b + 1]?.lower === 'down' ? 'fail' : 'vote' };
    if (PASSING.has(w)) return { at: b, kind: 'pass' };
    if (FAILING.has(w)) return { at: b, kind: 'fail' };
    if (!BETWEEN.has(w)) return null;
  }
  return null;
}

/** How far before a tally an outcome may be told with what it was of between: “rejected the deal by 432 votes to 202”. */
const OUTCOME_BACK = 8;

/** The outcome told in the words just before token k, in its clause: pass, fail, or null. */
function outcomeBefore(tokens: Token[], k: number): 'pass' | 'fail' | null {
  for (let b = k - 1; b >= 0 && k - b <= OUTCOME_BACK; b--) {
    const t = tokens[b];
    if (t.kind !== 'word') return null;
    if (PASSING.has(t.lower)) return 'pass';
    if (FAILING.has(t.lower)) return 'fail';
  }
  return null;
}

/**
 * An outcome told with what was voted on between it and the tally, in its clause: “voted down the measure 45 to 55”,
 * “passed the bill 52-48”, “rejected the amendment by 210 votes to 190”. Its token and kind, or null.
 */
function outcomeAcross(tokens: Token[], k: number): { at: number; kind: 'pass' | 'fail' } | null {
  for (let b = k - 1; b >= 0 && k - b <= OUTCOME_BACK; b--) {
    const t = tokens[b];
    if (t.kind !== 'word') return null;
    if (PASSING.has(t.lower)) return { at: b, kind: 'pass' };
    if (FAILING.has(t.lower)) return { at: b, kind: 'fail' };
    if (VOTING.has(t.lower) && tokens[b + 1]?.lower === 'down') return { at: b, kind: 'fail' };
  }
  return null;
}

/** The sentence names a chamber or what it votes on. */
function namesChamber(tokens: Token[]): boolean {
  for (const t of tokens) if (CHAMBER_WORDS.has(t.lower)) return true;
  return false;
}

/** Which side the first figure is, from the words after the tally: 1 for, -1 against, 0 unsaid. */
function sideAfter(tokens: Token[], end: number): -1 | 0 | 1 {
  const a = tokens[end]?.lower ?? '';
  const b = tokens[end + 1]?.lower ?? '';
  if (AGAINST_AFTER.has(a) || (a === 'to' && FAILING.has(b)) || (a === 'to' && (b === 'reject' || b === 'block'))) return -1;
  if (FOR_AFTER.has(a) || (a === 'in' && FOR_AFTER.has(b)) || (a === 'to' && (b === 'approve' || b === 'pass' || b === 'adopt' || b === 'back'))) return 1;
  return 0;
}

/**
 * The tallies of a sentence: a pair of whole numbers after a verb of voting (“voted 312 to 250”), or after a verb of an
 * outcome in a sentence naming a chamber or what it votes on (“The motion was defeated 48-52”), or written as votes to
 * votes (“by 187 votes to 142”), or as a vote (“a 5-to-4 vote”). The larger side won: it is the votes for what passed
 * and against what failed; with no outcome, words after the tally say which side the first figure is (“in favour”,
 * “against”), else the first is for.
 */
export function findTallies(tokens: Token[]): Tally[] {
  const out: Tally[] = [];
  let chamber: boolean | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'num' && t.kind !== 'word') continue;
    const p = pairAt(tokens, k);
    // (“from 2015 to 2019”: years are no tally)
    if (!p || NOT_A_TALLY_AFTER.has(tokens[p.end]?.lower ?? '') || (YEAR(p.a) && YEAR(p.b))) continue;
    // (“Senators voted down the measure 45 to 55”: what was voted on stands between the outcome and its tally)
    const verb = verbBefore(tokens, k) ?? outcomeAcross(tokens, k);
    const voteAfter = tokens[p.end]?.lower === 'vote' && (tokens[k - 1]?.lower === 'a' || tokens[k - 1]?.lower === 'the');
    const voteOf = tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'vote';
    if (!verb && !voteAfter && !voteOf && !p.votes) continue;
    if (verb && verb.kind !== 'vote' && !p.votes && !(chamber ??= namesChamber(tokens))) continue;
    const side = sideAfter(tokens, voteAfter ? p.end + 1 : p.end);
    const big = Math.max(p.a, p.b);
    const small = Math.min(p.a, p.b);
    const outcome = verb && verb.kind !== 'vote' ? verb.kind : outcomeBefore(tokens, k);
    let forFirst: boolean;
    if (outcome === 'pass') forFirst = p.a === big;
    else if (outcome === 'fail') forFirst = p.a === small && p.a !== p.b;
    else forFirst = side >= 0;
    const first = { value: p.a, start: k, end: p.aEnd };
    const second = { value: p.b, start: p.bStart, end: p.end };
    const start = verb ? verb.at : voteOf ? k - 2 : k;
    const end = voteAfter ? p.end + 1 : p.end;
    out.push({ start, end, for: forFirst ? first : second, against: forFirst ? second : first });
    k = end - 1;
  }
  return out;
}
