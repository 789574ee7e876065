/**
 * Negation and hedging around a claim: “denied that 300 civilians were killed”,
 * “no fewer than” is a qualifier, not a negation; “may have been killed” is hedged.
 */
import type { Token } from '../text/tokenize';

/** Words that deny the claim that follows or holds them. */
const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'never', 'denied', 'deny', 'denies', 'denying', 'rejected', 'rejects', 'dismissed', 'refuted', 'false', 'untrue', 'nor', 'neither',
]);

/** Words that soften a claim. */
const HEDGES: ReadonlySet<string> = new Set([
  'may', 'might', 'could', 'reportedly', 'allegedly', 'possibly', 'unconfirmed', 'unverified', 'feared', 'believed', 'likely',
  'perhaps', 'probably', 'suspected', 'purportedly', 'rumoured', 'rumored',
]);
/**
 * Words of expecting: a forecast is no figure yet (“analysts had expected revenue of $4.1 billion”, “is projected to be
 * $544 billion”); but after “than” the expectation is what the figure is measured against (“10,000 more than most party
 * insiders expected”).
 */
const EXPECTING: ReadonlySet<string> = new Set(['expected', 'expect', 'expects', 'forecast', 'forecasts', 'forecasted', 'predicted', 'projected', 'anticipated']);

/** Words before “forecast” that make it a verb: “is forecast to”, “had forecast”, “will forecast”. */
const FORECAST_VERB_LEADS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'to', 'will', 'would', 'not']);
/** Determiners of a noun: “its forecast”, “the forecast”. */
const FORECAST_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'the', 'a', 'this', 'that', 'new', 'latest']);

/**
 * “forecast” at k is the noun naming what the figure is (“cut its growth forecast for next year to 0.9 percent”, “the
 * forecast of 2 percent”): a body's forecast, told as such, is a figure of that forecast, not a hedge on one; the verb of
 * a forecast still hedges (“is forecast to reach 3 percent”, “analysts forecast 2 percent”).
 */
function forecastNamed(tokens: Token[], k: number): boolean {
  const w = tokens[k].lower;
  if (w !== 'forecast' && w !== 'forecasts') return false;
  const prev = tokens[k - 1]?.lower ?? '';
  if (FORECAST_VERB_LEADS.has(prev)) return false;
  if (FORECAST_DETERMINERS.has(prev) || /['’]s$/.test(prev)) return true;
  const next = tokens[k + 1]?.lower ?? '';
  return next === 'for' || next === 'of' || next === 'to' || next === 'at';
}

const LOOK_BACK = 8;

/** Words after “not” that deny one of something: “Not one day”, “not a single night”. */
const ONE_OF: ReadonlySet<string> = new Set(['one', 'a', 'single']);

/** Forms of “to be” between a figure and its denial: “54 percent was never plausible”, “has not been accurate”. */
const BE: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had']);
/** “isn't”, “wasn’t”, “hasn't” (been). */
const BE_NOT = /^(?:is|was|were|are|has|have|had)n[’']t$/;

/**
 * Words that judge a figure's truth. Only they deny the figure itself after it: “300 people
 * were not evacuated” or “the biggest victor was not on the stage” deny something else of it.
 */
const TRUTH: ReadonlySet<string> = new Set([
  'true', 'accurate', 'correct', 'right', 'plausible', 'credible', 'believable', 'realistic', 'real', 'reliable', 'valid', 'genuine', 'possible',
]);

/**
 * A figure denied by the words after it: “54 percent was never plausible”, “300 deaths is not
 * accurate”, “the 14 was never remotely true”, “that figure wasn't correct”. `end` is the token after the figure.
 */
function deniedAfter(tokens: Token[], end: number): boolean {
  let k = end;
  let be = 0;
  while (k < tokens.length && be < 2 && BE.has(tokens[k].lower)) { k++; be++; }
  const w = tokens[k]?.lower;
  const denied = (be > 0 && (w === 'not' || w === 'never')) || (be === 0 && w !== undefined && BE_NOT.test(w));
  if (!denied || tokens[k + 1]?.lower === 'only') return false;
  k++;
  if (tokens[k]?.lower === 'been' || tokens[k]?.lower === 'be') k++;
  // one adverb between: “never remotely plausible”, “not entirely accurate”
  if (tokens[k] && !TRUTH.has(tokens[k].lower) && tokens[k].kind === 'word' && tokens[k].lower.endsWith('ly')) k++;
  return tokens[k] !== undefined && TRUTH.has(tokens[k].lower);
}

/** Words naming a kind of case, with “and” and “or” between them: “suspected and confirmed”. */
const CASE_KINDS: ReadonlySet<string> = new Set(['suspected', 'probable', 'possible', 'confirmed', 'laboratory-confirmed', 'lab-confirmed', 'and', 'or']);

/** The hedge at k names a kind of case, not a doubt: “88 suspected and confirmed cases”, “probable cases”. */
function kindOfCase(tokens: Token[], k: number): boolean {
  let j = k + 1;
  while (j < tokens.length && j - k <= 3 && CASE_KINDS.has(tokens[j].lower)) j++;
  const w = tokens[j]?.lower;
  return w === 'cases' || w === 'case';
}

/** Polarity and hedging of claim tokens [start, end), looking back a few words. */
export function polarityOf(tokens: Token[], start: number, end: number): { polarity: 'affirmed' | 'negated'; hedged: boolean } {
  let negated = false;
  let hedged = false;
  let than = false;
  // “Not one day, for 214 days, did we know …”: the denial of “one day”, set off by its comma, leaves the figure after it
  let notOne = false;
  for (let k = Math.max(0, start - LOOK_BACK); k < end && k < tokens.length; k++) {
    const w = tokens[k].lower;
    if (tokens[k].kind === 'punct' && k < start && w !== ',') { negated = false; hedged = false; than = false; notOne = false; continue; } // a new clause
    if (w === ',' && k < start && notOne) { negated = !negated; notOne = false; continue; }
    // “not only 300 …” is emphasis, not denial
    if ((NEGATORS.has(w) && tokens[k + 1]?.lower !== 'only') || (w.endsWith("n't") || w.endsWith('n’t'))) {
      negated = !negated;
      notOne = (w === 'not' || w === 'never') && ONE_OF.has(tokens[k + 1]?.lower ?? '');
    }
    if (HEDGES.has(w) && !(w === 'may' && tokens[k].cap) && !kindOfCase(tokens, k)) hedged = true; // “in May” is a month
    if (w === 'than') than = true;
    else if (EXPECTING.has(w) && !than && !forecastNamed(tokens, k)) hedged = true;
  }
  if (deniedAfter(tokens, end)) negated = !negated;
  return { polarity: negated ? 'negated' : 'affirmed', hedged };
}

/** Nouns of sources no one names: “sources close to the club”, “reports in Spain”. */
const UNNAMED_SOURCES: ReadonlySet<string> = new Set(['sources', 'reports', 'rumours', 'rumors', 'speculation']);
/** Verbs an unnamed source's figure is told with: “reports in Spain say”. */
const REPORT_VERBS: ReadonlySet<string> = new Set(['say', 'said', 'says', 'suggest', 'suggested', 'suggests', 'claim', 'claimed', 'claims', 'indicate', 'indicated']);
/** How far after the noun its verb may stand: “reports in Spain say”, “sources close to the club said”. */
const REPORT_REACH = 5;

/**
 * The sentence gives its figures on the word of sources or reports it does not name, so they are hedged: “Sevilla,
 * according to sources close to the club, value Ibarra at €65m”, “need to raise around €40m …, reports in Spain say”,
 * “pressed Lindqvist on reports that the company was in talks to buy Clearwell … for about $2 billion”. Not reports a
 * body is named as giving (“according to reports by the UN”, “a report from the ministry”).
 */
export function unnamedSources(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (!UNNAMED_SOURCES.has(tokens[k].lower) || tokens[k].cap) continue;
    const next = tokens[k + 1]?.lower;
    if (next === 'by' || next === 'from' || next === 'of') continue;
    const before = tokens[k - 1]?.lower;
    // “according to sources”, “citing reports”, “on reports that”, “media reports”, “unconfirmed reports”
    if (before === 'to' && tokens[k - 2]?.lower === 'according') return true;
    if (before === 'citing' || (before === 'on' && next === 'that') || before === 'media' || before === 'press' || before === 'unconfirmed' || before === 'unnamed') return true;
    for (let j = k + 1; j < tokens.length && j - k <= REPORT_REACH; j++) {
      const t = tokens[j];
      if (t.kind === 'mark' || (t.kind === 'punct' && t.text !== ',')) break;
      if (REPORT_VERBS.has(t.lower)) return true;
    }
  }
  return false;
}
