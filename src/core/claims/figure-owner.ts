/**
 * Who gives a figure the engine found no speaker for, when the sentence says so in its own words: a body's document
 * (“The ministry's daily bulletin said 142 cases …”) speaks for the body; analysts' expectations (“Analysts polled by
 * the agency had expected revenue of $4.1 billion”, “… expected by economists”) are the analysts'.
 */
import type { Token } from '../text/tokenize';

/** Documents a body publishes its figures in. */
const DOCUMENTS: ReadonlySet<string> = new Set([
  'bulletin', 'report', 'statement', 'update', 'tally', 'figures', 'data', 'count', 'estimate', 'estimates', 'survey', 'review', 'audit',
  'filing', 'study', 'census', 'register', 'records', 'database', 'website', 'dashboard', 'briefing', 'release', 'announcement',
]);
/** Verbs of a document giving a figure. */
const DOCUMENT_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'showed', 'shows', 'reported', 'reports', 'listed', 'lists', 'put', 'puts', 'gave', 'gives', 'recorded', 'records',
  'counted', 'counts', 'found', 'finds', 'stated', 'states', 'estimated', 'estimates', 'confirmed', 'confirms', 'noted', 'notes',
]);
/** Auxiliaries of a passive: “had been confirmed” is no one's verb. */
const PASSIVE: ReadonlySet<string> = new Set(['been', 'be', 'being', 'is', 'was', 'were', 'are']);
/** Pronoun possessives: “its report” names no one. */
const PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** How many words before the figure the document's verb may stand (“said 142 cases had been confirmed by laboratory tests since Aug. 28, with 17 deaths”). */
const VERB_BACK = 24;
/** Punctuation that ends a clause; a comma or a currency sign does not. */
const STOPS: ReadonlySet<string> = new Set(['.', ';', ':', '?', '!', '(', ')']);

/** Token t ends the clause a figure is in. */
function stop(t: Token, prev: Token | undefined): boolean {
  // (“since Aug. 28”: an abbreviation's full stop ends nothing)
  if (t.text === '.' && prev && prev.kind === 'word' && prev.text.length <= 4 && prev.cap) return false;
  return t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && STOPS.has(t.text));
}
/** Words between a possessive and its document: “the ministry's |daily| bulletin”, “|latest weekly| report”. */
const DOCUMENT_GAP = 3;

/** A possessive word: “ministry's”, “Reuters’”. */
function possessive(t: Token): boolean {
  return t.kind === 'word' && (/['’]s$/.test(t.lower) || /s['’]$/.test(t.lower)) && !PRONOUNS.has(t.lower);
}

/**
 * “The ministry's daily bulletin said 142 cases had been confirmed”: the token range of the owner (“The ministry's”)
 * whose document gives the figure at `at`, or null. The document and its verb come before the figure, in its clause.
 */
export function documentOwner(tokens: Token[], at: number): { start: number; end: number } | null {
  for (let v = at - 1; v >= 0 && at - v <= VERB_BACK; v--) {
    const t = tokens[v];
    if (stop(t, tokens[v - 1])) return null;
    if (!DOCUMENT_VERBS.has(t.lower) || PASSIVE.has(tokens[v - 1]?.lower ?? '')) continue; // (“142 cases had been confirmed”)
    // “…, and the agency counted 17 deaths”: another verb of its own, whose figure is not the document's
    if (!DOCUMENTS.has(tokens[v - 1]?.lower ?? '')) return null;
    for (let o = v - 2; o >= 0 && v - 1 - o <= DOCUMENT_GAP; o--) {
      const w = tokens[o];
      if (w.kind !== 'word') return null;
      if (!possessive(w)) continue;
      let start = o;
      while (start > 0 && tokens[start - 1].kind === 'word' && tokens[start - 1].cap && o - start < 4) start--;
      if (tokens[start - 1]?.lower === 'the') start--;
      return { start, end: o + 1 };
    }
    return null;
  }
  return null;
}

/** People whose expectations of a figure a business story reports. */
const FORECASTERS: ReadonlySet<string> = new Set(['analysts', 'economists', 'forecasters', 'strategists']);
/** Verbs and nouns of expecting. */
const EXPECTING: ReadonlySet<string> = new Set([
  'expected', 'expect', 'expects', 'expecting', 'forecast', 'forecasts', 'forecasted', 'predicted', 'predict', 'predicts', 'projected',
  'anticipated', 'estimate', 'estimates', 'consensus',
]);
/** How far the forecasters may stand from the figure. */
const FORECAST_REACH = 24;

/**
 * “Analysts polled by the agency had expected revenue of $4.1 billion”, “a profit of $2 million expected by economists”:
 * the token range of the forecasters (with what follows them up to the verb: “Analysts polled by the agency”), or null.
 */
export function forecasters(tokens: Token[], at: number): { start: number; end: number } | null {
  let expecting = false;
  for (let k = at - 1; k >= 0 && at - k <= FORECAST_REACH; k--) {
    const t = tokens[k];
    if (stop(t, tokens[k - 1])) break;
    if (EXPECTING.has(t.lower)) expecting = true;
    if (FORECASTERS.has(t.lower) && expecting) {
      let end = k + 1;
      while (end < at && !EXPECTING.has(tokens[end].lower) && tokens[end].lower !== 'had' && tokens[end].lower !== 'have') end++;
      return { start: k, end };
    }
  }
  // “… expected by analysts”
  for (let k = at + 1; k < tokens.length && k - at <= FORECAST_REACH; k++) {
    const t = tokens[k];
    if (stop(t, tokens[k - 1])) break;
    if (EXPECTING.has(t.lower) && tokens[k + 1]?.lower === 'by' && FORECASTERS.has(tokens[k + 2]?.lower ?? '')) return { start: k + 2, end: k + 3 };
  }
  return null;
}

/** Verbs of a body giving a figure, in the passive: “12 deaths confirmed by the county coroner”. */
const GIVEN_BY: ReadonlySet<string> = new Set(['confirmed', 'reported', 'recorded', 'counted', 'registered', 'verified', 'certified', 'tallied', 'logged']);
/** Auxiliaries between a figure and its passive verb: “14 deaths had been confirmed by”. */
const AUXILIARIES: ReadonlySet<string> = new Set(['were', 'was', 'had', 'have', 'has', 'been', 'being', 'already', 'now', 'so', 'far', 'officially']);
/** Nouns of an office that counts: the end of the body's name after “by” (“the Calder County coroner”, “the state health department”). */
const OFFICES: ReadonlySet<string> = new Set([
  'coroner', 'coroners', 'sheriff', 'police', 'examiner', 'examiners', 'office', 'department', 'agency', 'ministry', 'authorities',
  'officials', 'service', 'board', 'commission', 'government', 'hospital', 'hospitals', 'morgue', 'registry', 'council', 'administration',
]);
/** How many words the body's name may take after “by”. */
const BODY_WORDS = 6;

/**
 * “the 12 deaths confirmed by the Calder County coroner on Thursday”, “14 deaths were reported by the state health
 * department”: the token range of the body (from “the”) whose count the figure ending at `end` is, or null. Only a body
 * named by an office noun.
 */
export function givenBy(tokens: Token[], end: number): { start: number; end: number } | null {
  let k = end;
  while (k < tokens.length && k - end < 3 && AUXILIARIES.has(tokens[k].lower)) k++;
  if (!GIVEN_BY.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'by') return null;
  const start = k + 2;
  let j = start;
  if (tokens[j]?.lower === 'the') j++;
  let office = -1;
  for (; j < tokens.length && j - start <= BODY_WORDS; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') break;
    const bare = t.lower.replace(/['’]s$/, '');
    if (OFFICES.has(bare)) { office = j; continue; }
    // (the words of the body's name: “Calder County”, “state health”)
    if (!t.cap && office >= 0) break;
  }
  return office >= 0 ? { start, end: office + 1 } : null;
}
