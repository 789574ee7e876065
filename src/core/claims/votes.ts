/**
 * Election figures: a candidate's votes (“Petrakis received 37,902 votes”), a winning margin (“won by 611 votes”,
 * “a margin of 398 votes”) and the votes cast in all (“7.3 million votes were cast”). Only the plural “votes” is read: “Clinton's 2002 vote to authorize …”, “the popular vote”
 * and “a 60-vote threshold” are no tallies. Tallies (“voted 6-1”, “by 60 votes to 38”), changes of a margin
 * (“expanded his margin … by 69,000 votes”) and totals a share is of (“73 percent of 223 votes cast”) are no claims;
 * delegates are not votes.
 */
import type { Token } from '../text/tokenize';
import type { Figure } from './qualifier';
import type { ReadFigure } from './types';

/** What `votes` found: the measure, the candidate (as written) and the token range [start, end) of the claim. */
export type VoteFigure = ReadFigure;

/** Nouns of a lead in votes: “a margin of 398 votes”, “her lead of 3 million votes”. */
const MARGIN_NOUNS: ReadonlySet<string> = new Set(['margin', 'lead', 'majority', 'edge', 'advantage', 'plurality', 'victory', 'win']);
/** Words after “N votes” that make it a lead: “611 votes ahead”. */
const AHEAD: ReadonlySet<string> = new Set(['ahead', 'behind', 'short']);
/** Verbs of a candidate's tally: “Petrakis had 38,415 votes”, “Trump won a combined 25 million votes”. */
const TALLY_VERBS: ReadonlySet<string> = new Set([
  'had', 'has', 'have', 'received', 'receives', 'won', 'wins', 'got', 'gets', 'polled', 'polls', 'took', 'takes', 'secured', 'garnered',
  'earned', 'captured', 'collected', 'drew', 'obtained', 'gained', 'amassed',
]);
/** Words between a tally verb and the figure: “won a combined 25 million”, “has a total of”. */
const TALLY_FILLERS: ReadonlySet<string> = new Set(['a', 'combined', 'total', 'of', 'just', 'only', 'some', 'now']);
/**
 * Adverbs and auxiliaries between a candidate and the verb (“Clinton now has”, “Clinton has won”), and the relative of an
 * apposition (“Obama, who got”).
 */
const ADVERBS: ReadonlySet<string> = new Set(['now', 'also', 'only', 'just', 'already', 'still', 'then', 'who', 'has', 'have', 'had', 'will', 'would']);
/** Verbs of a change before “by”: “expanded his margin … by about 69,000 votes” gives the change, not the margin. */
const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'expanded', 'widened', 'narrowed', 'increased', 'grew', 'cut', 'reduced', 'shrank', 'shrunk', 'fell', 'rose', 'dropped', 'extended',
  'improved', 'changed', 'moved', 'shifted', 'slashed', 'trimmed',
]);
const BY_BACK = 9;
const TALLY_BACK = 24;

function isName(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap;
}

/** The capitalised run ending at token `last` (inclusive), as written: “Miriam Castellane”; without a possessive ending. */
function nameEndingAt(tokens: Token[], last: number): string | null {
  // “I have earned 9 million votes”: the speaker, whom the claim's speaker names
  if (!isName(tokens[last]) || tokens[last].text === 'I') return null;
  let first = last;
  while (first > 0 && last - first < 3 && isName(tokens[first - 1])) first--;
  // a capitalised word opening the sentence alone (“Later”, “The”) is no name; “Petrakis had …” is
  if (first === 0 && last === 0 && tokens[0].lower.length < 4) return null;
  const words: string[] = [];
  for (let k = first; k <= last; k++) words.push(tokens[k].text);
  return words.join(' ').replace(/['’]s$/, '');
}

/** The candidate before a tally verb at `verb`: “Daniel Petrakis, had”, “Clinton now has”. */
function candidateBefore(tokens: Token[], verb: number): string | null {
  let k = verb - 1;
  while (k >= 0 && ADVERBS.has(tokens[k].lower)) k--;
  if (tokens[k]?.text === ',') k--; // “the incumbent mayor, Daniel Petrakis, had”
  return k >= 0 ? nameEndingAt(tokens, k) : null;
}

/** The tally verb just before the figure at `start` (past a filler or two): its token, or -1. */
function tallyVerb(tokens: Token[], start: number): number {
  for (let b = start - 1; b >= 0 && start - b <= 3; b--) {
    if (TALLY_VERBS.has(tokens[b].lower)) return b;
    if (!TALLY_FILLERS.has(tokens[b].lower)) return -1;
  }
  return -1;
}

/** “won by 611 votes”, “led Castellane by 611 votes”; not a change of a margin (“expanded … by”). */
function byMargin(tokens: Token[], start: number): boolean {
  // “to win “by at least 1,200 votes””, “to win by “well over a thousand votes””
  const by = tokens[start - 1]?.kind === 'mark' ? start - 2 : start - 1;
  if (tokens[by]?.lower !== 'by') return false;
  for (let b = by - 1; b >= 0 && start - b <= BY_BACK; b--) {
    const t = tokens[b];
    if (t.kind === 'punct' || t.kind === 'mark') break;
    if (CHANGE_VERBS.has(t.lower)) return false;
  }
  return true;
}

/** A candidate's figure named with “votes” earlier in the sentence (“Castellane had 49,870 votes and Petrakis had 49,458”). */
function votesBefore(tokens: Token[], from: number): boolean {
  for (let b = from - 1; b >= 1 && from - b <= TALLY_BACK; b--) {
    if (tokens[b].lower === 'votes' && tokens[b - 1].kind === 'num') return true;
  }
  return false;
}

/** Nouns of the ballots an election counts: “7.3 million votes were cast”, “412,000 ballots cast”. */
const BALLOTS: ReadonlySet<string> = new Set(['votes', 'ballots']);
/** Words of a share before “of” and the total it is of: “73 percent of 223 votes cast”, “a third of the votes”. */
const SHARE_WORDS: ReadonlySet<string> = new Set(['percent', 'cent', '%', 'pc', 'half', 'third', 'thirds', 'quarter', 'fifth', 'majority', 'most']);
/** Words between “votes” and “cast”: “votes were cast”, “ballots had been cast”. */
const CAST_AUXILIARIES: ReadonlySet<string> = new Set(['were', 'was', 'had', 'have', 'has', 'been', 'being', 'validly', 'legally', 'in', 'total']);

/** “cast” after token `from`, past auxiliaries only: “were cast”, “had been cast”, “cast”; its token, or -1. */
function castFrom(tokens: Token[], from: number): number {
  for (let k = from; k <= from + 3 && tokens[k]; k++) {
    if (tokens[k].lower === 'cast') return k;
    if (!CAST_AUXILIARIES.has(tokens[k].lower)) return -1;
  }
  return -1;
}

/** Votes or ballots named earlier in the sentence than the figure at `from`: “a margin of 278,000 votes out of 7.3 million cast”. */
function ballotsBefore(tokens: Token[], from: number): boolean {
  for (let b = from - 1; b >= 0 && from - b <= TALLY_BACK; b--) {
    if (tokens[b].kind === 'punct' && tokens[b].text === '.') return false;
    if (BALLOTS.has(tokens[b].lower)) return true;
  }
  return false;
}

/**
 * How many votes an election counted, all candidates together (`votes-cast`): “7.3 million votes were cast”, “a margin of
 * about 278,000 votes out of 7.3 million cast”, “a turnout of 3.1 million votes”. Not the total a share is of (“73 percent
 * of 223 votes cast”), which stays no claim.
 */
function votesCast(tokens: Token[], f: Figure): VoteFigure | null {
  const raw = f.raw;
  const next = tokens[raw.end]?.lower ?? '';
  const before = tokens[f.start - 1]?.lower;
  // “73 percent of 223 votes cast”, “half of the 900 votes cast”: the total a share is of
  const shareOf = before === 'of' && (tokens[f.start - 2]?.kind === 'num' || SHARE_WORDS.has(tokens[f.start - 2]?.lower ?? '')
    || (tokens[f.start - 2]?.lower === 'the' && SHARE_WORDS.has(tokens[f.start - 3]?.lower ?? '')));
  const cast = (end: number): VoteFigure => ({ kind: 'count', measure: 'votes-cast', unit: 'vote', group: null, start: f.start, end, valueEnd: raw.end + (BALLOTS.has(next) ? 1 : 0) });
  // “out of 7.3 million cast”, once the votes were named
  if (next === 'cast') return !shareOf && ballotsBefore(tokens, f.start) ? cast(raw.end + 1) : null;
  if (!BALLOTS.has(next)) return null;
  // “a turnout of 3.1 million votes”
  if (before === 'of' && tokens[f.start - 2]?.lower === 'turnout') return { ...cast(raw.end + 1), start: f.start - 2 };
  const at = castFrom(tokens, raw.end + 1);
  if (at < 0 || shareOf) return null;
  return cast(at + 1);
}

/** Words that may follow a gapped tally: “and Horváth 50,270 by 11.30pm”, “and Okoro 1,204, the board said”. */
const GAPPED_AFTER: ReadonlySet<string> = new Set(['and', 'by', 'at', 'after', 'with', 'as']);

/**
 * “Varga had received 61,340 votes and Horváth 50,270 by 11.30pm”: a bare figure right after “and” and a candidate's
 * name, once a candidate's tally in votes was told before it in the sentence, is that candidate's tally, its verb left
 * out. Not a figure of something else (“and Horváth 12 seats”), nor one after a name with no tally before it.
 */
function gappedTally(tokens: Token[], f: Figure): VoteFigure | null {
  const raw = f.raw;
  const next = tokens[raw.end];
  if (f.start !== raw.start || (next && next.kind === 'word' && !GAPPED_AFTER.has(next.lower))) return null;
  const last = f.start - 1;
  if (!isName(tokens[last]) || /['’]s$/.test(tokens[last].lower)) return null;
  let first = last;
  while (first > 0 && last - first < 3 && isName(tokens[first - 1])) first--;
  if (tokens[first - 1]?.lower !== 'and' || !votesBefore(tokens, first - 1) || tallyVerb(tokens, votesAt(tokens, first - 1)) < 0) return null;
  const group = nameEndingAt(tokens, last);
  return group ? { kind: 'count', measure: 'votes', unit: 'vote', group, start: first, end: raw.end, valueEnd: raw.end } : null;
}

/** The token of the figure of the last “N votes” before `from`, or -1. */
function votesAt(tokens: Token[], from: number): number {
  for (let b = from - 1; b >= 1 && from - b <= TALLY_BACK; b--) if (tokens[b].lower === 'votes' && tokens[b - 1].kind === 'num') return b - 1;
  return -1;
}

/** An election figure at `f`, or null (the figure is then read as anything else). */
export function votes(tokens: Token[], f: Figure): VoteFigure | null {
  const raw = f.raw;
  const next = tokens[raw.end];
  const margin = (end: number): VoteFigure => ({ kind: 'count', measure: 'vote-margin', unit: 'vote', group: null, start: f.start, end, valueEnd: end });
  if (raw.range || raw.yearLike) return null;
  const total = votesCast(tokens, f);
  if (total) return total;
  if (next?.lower === 'votes') {
    const after = tokens[raw.end + 1];
    // “by 60 votes to 38”: a tally
    if (after?.lower === 'to' && tokens[raw.end + 2]?.kind === 'num') return null;
    const of = tokens[f.start - 1]?.lower === 'of';
    if ((of && MARGIN_NOUNS.has(tokens[f.start - 2]?.lower ?? '')) || byMargin(tokens, f.start) || (after && AHEAD.has(after.lower))) {
      const m = margin(raw.end + 1);
      if (of) m.start = f.start - 2;
      return m;
    }
    // “73 percent of 223 votes cast”: the total a share is of
    if (of) return null;
    const verb = tallyVerb(tokens, f.start);
    let group = verb >= 0 ? candidateBefore(tokens, verb) : null;
    // “36 votes for Donald Trump”, “Rubio's 17 votes”
    let end = raw.end + 1;
    if (!group && after?.lower === 'for' && isName(tokens[raw.end + 2])) {
      let e = raw.end + 2;
      while (e - raw.end < 5 && isName(tokens[e + 1])) e++;
      group = nameEndingAt(tokens, e);
      end = e + 1;
    }
    if (!group && f.start > 0 && /['’]s$/.test(tokens[f.start - 1].lower)) group = nameEndingAt(tokens, f.start - 1);
    // “recounts typically move a few dozen votes”: votes no one received are no one's tally
    if (!group && verb < 0) return null;
    return { kind: 'count', measure: 'votes', unit: 'vote', group, start: verb >= 0 && group ? verb : f.start, end, valueEnd: raw.end + 1 };
  }
  // “Varga had received 61,340 votes and Horváth 50,270 by 11.30pm”: the second candidate's tally with its verb left out
  const gapped = gappedTally(tokens, f);
  if (gapped) return gapped;
  // “… had 49,870 votes and Petrakis had 49,458”: a bare figure after a candidate's tally verb, once votes were named
  if (next && next.kind === 'word' && next.lower !== 'and') return null;
  const verb = tallyVerb(tokens, f.start);
  if (verb < 0 || !votesBefore(tokens, verb)) return null;
  const group = candidateBefore(tokens, verb);
  return group ? { kind: 'count', measure: 'votes', unit: 'vote', group, start: verb, end: raw.end, valueEnd: raw.end } : null;
}
