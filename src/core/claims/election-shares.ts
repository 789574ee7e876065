/**
 * Shares of an election: a candidate's share of the vote is about the candidate (“Marlow had 50.8 percent of the vote”,
 * “to Hartvig's 47.1 percent”, “45.9 percent for Hartvig”), and turnout is about the place the election story is filed
 * from, so that the figures of one election meet in one topic across articles and their revisions can be seen.
 */
import type { Token } from '../text/tokenize';
import type { ClaimResult } from './types';
import type { WordLookup } from './source';
import type { Sentence } from './sentence';

/** What a candidate's share is of: “50.8 percent of the vote”. */
const VOTE_GROUPS: ReadonlySet<string> = new Set(['vote', 'votes', 'ballots']);
/** Verbs of a candidate taking a share: “Marlow had 50.8 percent”, “Okoro trailed with 2.1 percent”. */
const TAKING: ReadonlySet<string> = new Set([
  'had', 'has', 'received', 'receives', 'won', 'wins', 'got', 'gets', 'took', 'takes', 'trailed', 'trails', 'garnered', 'secured', 'polled',
  'captured', 'drew', 'led', 'leads', 'finished', 'giving', 'gave', 'gives', 'with', 'only', 'just', 'about', 'nearly', 'almost',
  // the place a candidate finished in: “Horváth finished second with 42.1%”, “came third with 8.8 percent”
  'came', 'placed', 'first', 'second', 'third', 'fourth', 'fifth', 'last',
]);
/**
 * Verbs of a candidate winning or leading, after their name, whose clause a share “with N percent” ends: “Zsófia Varga took
 * an early lead in the mayoral election on Sunday night, with 48.2% of the vote”, “Varga has been elected mayor with 46.7%”.
 */
const WINNING: ReadonlySet<string> = new Set([
  'took', 'takes', 'won', 'wins', 'led', 'leads', 'elected', 're-elected', 'reelected', 'finished', 'came', 'claimed', 'secured', 'swept',
  'topped', 'tops', 'edged', 'trailed', 'trails', 'declared',
]);
/** Auxiliaries between a candidate's name and a verb of winning: “Varga has been elected”. */
const WINNING_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'been', 'was', 'is', 'were', 'now', 'narrowly', 'easily', 'comfortably']);
/** How far back from “with” a candidate's verb of winning may stand. */
const CLAUSE_BACK = 20;
/** Pronouns standing for a candidate named before in the sentence: “giving her 52.6 percent of the vote”. */
const CANDIDATE_PRONOUNS: ReadonlySet<string> = new Set(['her', 'him']);
/** Words before a figure that make it the one another share is set against: “lower than the 63 percent”, “its earlier estimate of 61 percent”. */
const COMPARAND_LEADS: ReadonlySet<string> = new Set(['than', 'estimate', 'figure', 'from', 'of']);

/** A claim with the token range of its figure. */
export interface ShareDraft {
  claim: ClaimResult;
  valueStart: number;
  valueEnd: number;
}

/** Token k is a person's name (possessive or not). */
function personAt(tokens: Token[], k: number, persons: WordLookup): boolean {
  const t = tokens[k];
  return !!t && t.kind === 'word' && t.cap && persons.has(t.lower.replace(/['’]s$/, ''));
}

/** Words after a share that leave it a share of the vote: “47.1 percent, …”, “45.9 percent for Hartvig”. */
const AFTER_SHARE: ReadonlySet<string> = new Set(['of', 'for', 'to', 'against', 'in', 'and', 'or', 'while', 'with', 'from', 'compared', 'versus', 'vs', 'among', 'on', 'after', 'as', 'but']);

/**
 * The share at [vs, ve) is of something else than the whole vote: a noun after it (“Obama's 34 percent support”,
 * “36 percent job-approval mark”) or a bloc or another vote named (“43 percent of the Hispanic vote”, “of that vote”).
 */
function otherShare(tokens: Token[], ve: number): boolean {
  const next = tokens[ve];
  if (next?.kind === 'word' && !AFTER_SHARE.has(next.lower)) return true;
  return next?.lower === 'of' && !(tokens[ve + 1]?.lower === 'the' && VOTE_GROUPS.has(tokens[ve + 2]?.lower ?? '')) && !VOTE_GROUPS.has(tokens[ve + 1]?.lower ?? '');
}

/** The token naming the candidate whose share the figure at [vs, ve) is, or -1. */
function candidateOf(tokens: Token[], vs: number, ve: number, persons: WordLookup): number {
  if (otherShare(tokens, ve)) return -1;
  // “to Hartvig's 47.1 percent”, “and independent Dana Okoro 1.8 percent”
  if (personAt(tokens, vs - 1, persons)) return vs - 1;
  // “45.9 percent for Hartvig”, “52.3 percent of the vote for Marlow”
  let k = ve;
  if (tokens[k]?.lower === 'of' && tokens[k + 1]?.lower === 'the' && VOTE_GROUPS.has(tokens[k + 2]?.lower ?? '')) k += 3;
  if (tokens[k]?.lower === 'for') {
    let e = k + 1;
    while (personAt(tokens, e + 1, persons) || (tokens[e]?.cap && personAt(tokens, e + 1, persons))) e++;
    if (personAt(tokens, e, persons)) return e;
  }
  // “Marlow had 50.8 percent”, “Okoro trailed with 2.1 percent”, “giving her 52.6 percent”
  let b = vs - 1;
  while (b >= 0 && vs - b <= 4 && TAKING.has(tokens[b].lower)) b--;
  if (b === vs - 1) return CANDIDATE_PRONOUNS.has(tokens[b]?.lower ?? '') ? namedBefore(tokens, b, persons) : -1;
  if (CANDIDATE_PRONOUNS.has(tokens[b]?.lower ?? '')) return namedBefore(tokens, b, persons);
  return personAt(tokens, b, persons) ? b : -1;
}

/**
 * The candidate whose verb of winning or leading opens the clause a share “with N percent” ends: “Independent candidate
 * Zsófia Varga took an early lead in the mayoral election on Sunday night, with 48.2% of the vote”. Not a speaker (“Okoro
 * said the measure passed with 57.9 percent”): the name must come right before the verb, past auxiliaries only, with no
 * figure, quote mark or other clause's stop between it and “with”.
 */
function winnerOfClause(tokens: Token[], withAt: number, persons: WordLookup): number {
  for (let k = withAt - 1; k >= 0 && withAt - k <= CLAUSE_BACK; k--) {
    const t = tokens[k];
    if (t.kind === 'num' || t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && t.text !== ',')) return -1;
    if (!personAt(tokens, k, persons)) continue;
    let v = k + 1;
    while (v < withAt && WINNING_AUXILIARIES.has(tokens[v].lower)) v++;
    return WINNING.has(tokens[v]?.lower ?? '') ? k : -1;
  }
  return -1;
}

/** Nouns closing a party's name: “Unity Party”, “Homeland Front”, “Green Alliance”. */
const PARTY_NOUNS: ReadonlySet<string> = new Set(['party', 'front', 'alliance', 'league', 'bloc', 'movement', 'coalition', 'congress', 'union']);
/** How long a clause set off by commas between a party and its verb may be: “, led by incumbent Prime Minister Anders Vik,”. */
const PARTY_ASIDE = 12;

/**
 * The party whose verb of taking comes right before a share (“The nationalist Homeland Front took 14.9 percent”, “The
 * Unity Party, led by Prime Minister Anders Vik, trailed with 29.1 percent”): the capitalised name ending in a party's
 * noun, as token range, or null.
 */
function partyOfClause(tokens: Token[], vs: number): { start: number; end: number } | null {
  let b = vs - 1;
  while (b >= 0 && vs - b <= 4 && TAKING.has(tokens[b].lower)) b--;
  if (b === vs - 1) return null;
  if (tokens[b]?.text === ',') {
    let o = b - 1;
    while (o >= 0 && b - o <= PARTY_ASIDE && tokens[o].kind === 'word') o--;
    if (tokens[o]?.text !== ',') return null;
    b = o - 1;
  }
  if (!tokens[b]?.cap || tokens[b].kind !== 'word' || !PARTY_NOUNS.has(tokens[b].lower)) return null;
  let start = b;
  while (start > 0 && tokens[start - 1].kind === 'word' && tokens[start - 1].cap && tokens[start - 1].lower !== 'the') start--;
  return start < b ? { start, end: b } : null;
}

/** The last person word before token `at` in the sentence: “certified Alicia Marlow's victory …, giving her”. */
function namedBefore(tokens: Token[], at: number, persons: WordLookup): number {
  for (let k = at - 1; k >= 0; k--) if (personAt(tokens, k, persons)) return k;
  return -1;
}

/** The figure at `vs` is the one an earlier share of its sentence is set against: “lower than the 63 percent it had announced”. */
function comparand(tokens: Token[], vs: number): boolean {
  let b = vs - 1;
  if (tokens[b]?.lower === 'the' || tokens[b]?.lower === 'its') b--;
  return COMPARAND_LEADS.has(tokens[b]?.lower ?? '') && (tokens[b].lower !== 'of' || tokens[b - 1]?.lower === 'estimate' || tokens[b - 1]?.lower === 'figure');
}

/**
 * Gives one sentence's shares of an election what they are about. `votesSoFar` tells whether the article gave a share of
 * the vote before (“Independent Dana Okoro trailed with 2.1 percent” after “Marlow had 50.8 percent of the vote”); the
 * return value, whether it has now. `dateline` is the place the story is filed from, which turnout is about.
 */
export function electionShares(s: Sentence, shares: ShareDraft[], persons: WordLookup, votesSoFar: boolean, dateline: { text: string; start: number; end: number } | null): boolean {
  const tokens = s.tokens;
  // (“14 percent of the Latino vote compared to Hillary Clinton's 76 percent”: shares of a bloc, no candidate's whole)
  if (shares.some((d) => VOTE_GROUPS.has((d.claim.group ?? '').toLowerCase()) && otherShare(tokens, d.valueEnd))) return votesSoFar;
  let votes = votesSoFar || shares.some((d) => VOTE_GROUPS.has((d.claim.group ?? '').toLowerCase()));
  let before: ClaimResult | null = null;
  for (const { claim: c, valueStart: vs, valueEnd: ve } of shares) {
    if (c.measure !== 'share' || c.unit !== 'percent') continue;
    // “Turnout was 62.4 percent, …, lower than the 63 percent it had announced”: the 63 is turnout too
    // (“52.6 percent of the vote, slightly more than the 52.3 percent reported on election night”: Marlow's too)
    if (c.group === null && before && before.group && comparand(tokens, vs)) {
      c.group = before.group;
      if (before.subject?.kind === 'group' && !c.subject) c.subject = { ...before.subject };
    }
    const group = (c.group ?? '').toLowerCase();
    let candidate = group === '' || VOTE_GROUPS.has(group) ? (votes || group !== '' ? candidateOf(tokens, vs, ve, persons) : -1) : -1;
    // (“Sanders won caucuses in Utah and Idaho with close to 80 percent of the vote”: the share is of the places named,
    // not the candidate's whole vote)
    if (candidate < 0 && (votes || group !== '') && (group === '' || VOTE_GROUPS.has(group)) && c.subject?.kind !== 'place' && tokens[vs - 1]?.lower === 'with' && !otherShare(tokens, ve)) {
      candidate = winnerOfClause(tokens, vs - 1, persons);
    }
    // “The nationalist Homeland Front took 14.9 percent”: a party's share, after the vote's
    const party = candidate < 0 && votes && group === '' && !c.subject ? partyOfClause(tokens, vs) : null;
    if (party) {
      const start = s.shift + tokens[party.start].start;
      const end = s.shift + tokens[party.end].end;
      c.subject = { text: s.text.slice(start, end), start, end, kind: 'group' };
      c.group = 'vote';
    }
    if (candidate >= 0) {
      const t = tokens[candidate];
      const start = s.shift + t.start;
      const end = s.shift + (/['’]s$/.test(t.lower) ? t.end - 2 : t.end);
      c.subject = { text: s.text.slice(start, end), start, end, kind: 'group' };
      if (c.group === null) c.group = 'vote';
      votes = true;
    } else if (group === 'turnout' && !c.subject && dateline) {
      c.subject = { text: dateline.text, start: dateline.start, end: dateline.end, kind: 'place' };
    }
    before = c;
  }
  return votes;
}
