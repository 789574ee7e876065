/**
 * Ranking and comparison claims: “the deadliest attack since the war began”,
 * “Syria's second-largest city”, “twice as many as last year”, “higher than in 2015”.
 */
import type { Token } from '../text/tokenize';
import { COMPARATIVES, MULTIPLIERS, ORDINALS, PHRASE_STOPS, SUPERLATIVES } from './data/rankings';
import { readNumber } from './quantity';
import { NUMBER_WORDS } from './data/numbers';
import { PERCENT_WORDS, TIME_UNITS } from './data/measures';
import { WordShapes } from '../text/word-shapes';

/** A ranking or comparison: token range, rank (1 = top) or multiplier. */
export interface RankHit {
  kind: 'ranking' | 'comparison';
  start: number;
  end: number;
  value: number | null;
}

/** Words that can start a ranking or comparison, by shape (a superlative may follow an ordinal and a dash). */
const SUPERLATIVE_SHAPES = new WordShapes(SUPERLATIVES);
const COMPARISON_SHAPES = new WordShapes([...MULTIPLIERS.keys(), ...COMPARATIVES]);

const MAX_PHRASE = 9;
const THAN_WINDOW = 4;

/** Multipliers that are also adverbs of how often: “scored twice”, “counted twice”. */
const ADVERB_MULTIPLIERS: ReadonlySet<string> = new Set(['twice', 'thrice', 'double', 'triple']);
/** A figure stands right before the comparative at k: “about $74 million more than a year ago”, “12 percent higher”. */
function figureBefore(tokens: Token[], k: number): boolean {
  const t = tokens[k - 1];
  return !!t && (t.kind === 'num' || NUMBER_WORDS.has(t.lower) || SCALE_OR_UNIT.test(t.lower));
}

/** Words ending a figure: a scale or a unit (“$74 million”, “12 percent”, “3,000 dollars”). */
const SCALE_OR_UNIT = /^(?:million|billion|trillion|thousand|hundred|percent|%|dollars|euros|pounds|points)$/;

/** Words after a multiplier and “as” that say how much of something: “twice as many”, “three times as likely”. */
const AMOUNT_WORDS: ReadonlySet<string> = new Set([
  'many', 'much', 'few', 'little', 'likely', 'unlikely', 'high', 'low', 'large', 'big', 'small', 'long', 'short', 'fast', 'slow', 'quickly',
  'expensive', 'costly', 'cheap', 'deadly', 'often', 'frequently', 'common', 'far', 'heavy', 'old', 'wide', 'deep', 'tall', 'rich', 'great',
  'productive', 'efficient', 'profitable', 'fast',
]);

/** Words after a multiplier that make it one of an amount: “twice as many”, “twice the number”, “double what it was”. */
const MULTIPLIED: ReadonlySet<string> = new Set([
  'as', 'the', 'that', 'what', 'than', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'my', 'your', 'a', 'an',
]);
/** Words after “than” that name no figure to compare with: “more than enough”, “fewer than half”, “higher than anyone's”. */
const NO_COMPARAND: ReadonlySet<string> = new Set([
  'enough', 'half', 'anyone', "anyone's", 'anyone’s', 'anybody', "anybody's", 'anybody’s', 'everyone', 'everybody', 'necessary',
  'needed', 'usual', 'expected', 'ever', 'once', 'happy', 'willing', 'welcome',
]);

/** End of the noun phrase after token k: stops at punctuation, marks and clause words. */
function phraseEnd(tokens: Token[], k: number): number {
  let e = k;
  while (e < tokens.length && e - k < MAX_PHRASE && tokens[e].kind !== 'punct' && tokens[e].kind !== 'mark' && !PHRASE_STOPS.has(tokens[e].lower)) e++;
  return e;
}

/** Adjectives after “most” that a figure decides: “the most expensive transfer”, “the nation's most populous state”. */
const MEASURED_ADJECTIVES: ReadonlySet<string> = new Set([
  'expensive', 'costly', 'valuable', 'populous', 'populated', 'visited', 'watched', 'viewed', 'read', 'popular', 'profitable',
  'lucrative', 'common', 'frequent', 'densely', 'heavily', 'widely', 'prolific', 'decorated', 'successful', 'recent',
]);
/** Endings of adjectives: “transparent”, “basic”, “dangerous”, “important”. */
const ADJECTIVE_ENDING = /(?:ous|ive|ent|ant|al|ic|ful|ble|less|ing|ed|ary|ile|ian)$/;

/**
 * “most” or “least” before token k ranks by a figure: before a plural noun or a noun of one (“won the most votes”, “the
 * most state contests”) or an adjective a figure decides (“the most expensive transfer”); not before another adjective
 * (“the most transparent company”).
 */
function measuredMost(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  if (MEASURED_ADJECTIVES.has(w) || MEASURED_MASS.has(w)) return true;
  if (ADJECTIVE_ENDING.test(w) && !MEASURED_PLURAL.test(w)) return false;
  // “won the most seats”, “the most state contests”: a plural noun counted, or a noun of one before it; not a clause (“the
  // least I could do”, “the most it could ever do”) nor an adjective of another ending (“the most stubborn player”)
  // (“is the most in the nation”, “the most since 1998”: the most of what was just told, within a field)
  if (w === 'in' || w === 'since' || w === 'ever' || w === 'on') return true;
  return tokens[k]?.kind === 'word' && (MEASURED_PLURAL.test(w) || MEASURED_PLURAL.test(tokens[k + 1]?.lower ?? ''));
}

/** Nouns of what there is more or less of, counted without a plural: “drew the most attention”, “raised the most money”. */
const MEASURED_MASS: ReadonlySet<string> = new Set(['money', 'attention', 'support', 'damage', 'rain', 'rainfall', 'snow', 'snowfall', 'time']);

/** Plural nouns whose ending reads as an adjective's: “the most seats”, “the most points”. */
const MEASURED_PLURAL = /(?:[^su]s)$/;

/** “the worst …”, “Syria's second-largest …”: the superlative must follow “the” or a possessive. */
function rankingAt(tokens: Token[], k: number): RankHit | null {
  const w = tokens[k].lower;
  if (w === 'first') return firstWithin(tokens, k);
  const dash = w.indexOf('-');
  if (!SUPERLATIVE_SHAPES.mayHave(w, dash + 1)) return null;
  if (!SUPERLATIVES.has(dash < 0 ? w : w.slice(dash + 1))) return null;
  const sup = dash < 0 ? w : w.slice(dash + 1);
  const rank = dash < 0 ? 1 : ORDINALS.get(w.slice(0, dash)) ?? null;
  const prev = tokens[k - 1];
  if (rank === null || !prev || !(prev.lower === 'the' || prev.lower.endsWith("'s") || prev.lower.endsWith('’s') || prev.lower === 'its')) return null;
  if ((sup === 'most' || sup === 'least') && (tokens[k + 1]?.lower === 'of' || tokens[k + 1]?.kind !== 'word')) return null; // “the most of”
  // “the most transparent company in the DAX”, “the most basic audit procedure”: a judgment of quality, no rank a figure decides
  if ((sup === 'most' || sup === 'least') && !measuredMost(tokens, k + 1)) return null;
  // “the strongest a magnitude 6.3 tremor”: the superlative stands alone and the rank is told elsewhere
  if (tokens[k + 1]?.lower === 'a' || tokens[k + 1]?.lower === 'an') return null;
  const end = phraseEnd(tokens, k + 1);
  if (end <= k + 1 || !claimsRank(tokens, k - 1, end) || namesSpeaker(tokens, end)) return null;
  return { kind: 'ranking', start: k - 1, end, value: rank };
}

/**
 * “halting traffic at the port for the first time in nine years”, “the first strike since 2017”: a first within a span of
 * time is a record to check. “First” alone ranks nothing of the kind (“She was the first to arrive”, “the first round”):
 * only with the span that says since when, in the phrase or just after it.
 */
function firstWithin(tokens: Token[], k: number): RankHit | null {
  const prev = tokens[k - 1];
  if (!prev || !(prev.lower === 'the' || prev.lower.endsWith("'s") || prev.lower.endsWith('’s') || prev.lower === 'its')) return null;
  // (“the first six months of the year”, “the first decade of the century”, “the first lady”: a part of a period, a title)
  const next = tokens[k + 1];
  if (!next || next.kind === 'num' || NUMBER_WORDS.has(next.lower) || FIRST_NOT_RECORD.has(next.lower)) return null;
  const end = phraseEnd(tokens, k + 1);
  if (end <= k + 1) return null;
  // (the span itself: “in nine years”, “in a decade”, “since 2017”, “ever”, “in Ethiopia's history”; not a time word of
  // something else said after it: “… than their mothers' generation”)
  for (let j = k + 1; j < tokens.length && j <= end + 4; j++) {
    // (nor past “than”, which opens a comparison of its own: “… than in their mothers' generation”)
    if (tokens[j].kind === 'punct' || tokens[j].kind === 'mark' || tokens[j].lower === 'than') break;
    const w = tokens[j].lower;
    if (!rankScope(tokens, j) || w === 'world' || w === 'country' || w === 'nation' || w === 'yet') continue;
    let opened = w === 'since' || w === 'ever';
    for (let b = j - 1; !opened && b > k && b >= j - 3; b--) opened = SPAN_OPENERS.has(tokens[b].lower);
    if (!opened) continue;
    return namesSpeaker(tokens, end) ? null : { kind: 'ranking', start: k - 1, end: Math.max(end, j + 1), value: 1 };
  }
  return null;
}

/** Words opening the span a first is within: “in nine years”, “since 2017”, “on record”. */
const SPAN_OPENERS: ReadonlySet<string> = new Set(['in', 'since', 'on', 'for', 'over']);
/** Words after “first” that name a part of a period or a title, not a record: “the first half”, “the first lady”. */
const FIRST_NOT_RECORD: ReadonlySet<string> = new Set([
  'half', 'quarter', 'decade', 'century', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours',
  'lady', 'minister', 'secretary', 'round', 'leg', 'phase', 'stage', 'part', 'few', 'several',
]);

/** Verbs of speech whose subject a superlative may describe: “…, the state's largest utility said”. */
const SPEAKING: ReadonlySet<string> = new Set(['said', 'says', 'told', 'announced', 'reported', 'added', 'stated', 'confirmed', 'warned', 'estimated']);

/**
 * The superlative's phrase ending at `end` is who speaks: “…, the state's largest utility said”, “Florida Power, the
 * state's largest utility, said”. It describes the speaker to say who they are (a rank the story takes for granted), and
 * makes no claim of rank to check; “Aleppo, Syria's largest city, was bombed” still does.
 */
function namesSpeaker(tokens: Token[], end: number): boolean {
  const next = tokens[end]?.text === ',' ? tokens[end + 1] : tokens[end];
  return next !== undefined && SPEAKING.has(next.lower);
}

/** Verbs that state a rank of their subject: “It was the deadliest attack”, “ranks as the largest”. */
const RANK_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'become', 'became', 'becomes', 'remain', 'remains', 'remained', 'rank', 'ranks',
  'ranked', 'as', "it's", 'it’s', "that's", 'that’s', "i'm", 'i’m', "we're", 'we’re', "they're", 'they’re', "he's", 'he’s',
  "she's", 'she’s', "you're", 'you’re', 'proved', 'proves', 'proven', 'seemed', 'seems', 'considered', 'deemed', 'called', 'named',
  'emerged',
  // holding the rank: “won the most votes”, “has the largest population”
  'won', 'win', 'wins', 'winning', 'received', 'receives', 'got', 'gets', 'has', 'have', 'had', 'earned', 'drew', 'took', 'holds', 'held',
]);
/** Adverbs between a verb and the rank it states: “was now the largest”, “is by far the biggest”. */
const RANK_ADVERBS: ReadonlySet<string> = new Set(['now', 'still', 'probably', 'possibly', 'likely', 'arguably', 'easily', 'by', 'far', 'also', 'already']);
/** Words that set the field a rank is within: “the deadliest attack since 2011”, “the largest in a generation”, “on record”. */
const RANK_SCOPES: ReadonlySet<string> = new Set([
  'since', 'ever', 'yet', 'record', 'history', 'generation', 'decade', 'decades', 'century', 'years', 'months', 'memory', 'world', 'country', 'nation',
]);

/** Time words that set a rank's field only after a word of span: “the largest in 20 years”, “for decades”. */
const SPAN_SCOPES: ReadonlySet<string> = new Set(['years', 'months', 'decade', 'decades', 'century']);
/** Words opening a span of time a rank is within: “in 20 years”, “for decades”, “in more than a decade”. */
const SPAN_WORDS: ReadonlySet<string> = new Set(['in', 'for', 'over', 'past', 'last', 'than', 'since', 'of', 'a']);

/**
 * Token j sets the field of a rank. A time word does so after a word of span, not as a figure's unit: “the poorest
 * constituencies could expect to live only 8.3 years” ranks nothing.
 */
function rankScope(tokens: Token[], j: number): boolean {
  const w = tokens[j].lower;
  if (!RANK_SCOPES.has(w)) return false;
  if (!SPAN_SCOPES.has(w)) return true;
  const prev = tokens[j - 1];
  if (!prev || SPAN_WORDS.has(prev.lower)) return true;
  if (prev.kind !== 'num' && !/^\p{L}+$/u.test(prev.text)) return false;
  // “in 20 years”, “in more than 20 years”, “for two decades”
  for (let b = j - 2; b >= 0 && j - b <= 4; b--) if (tokens[b].lower === 'in' || tokens[b].lower === 'for' || tokens[b].lower === 'over' || tokens[b].lower === 'past' || tokens[b].lower === 'last') return true;
  return false;
}

/**
 * A superlative states a rank when a verb says the thing holds it (“It was the deadliest attack”, “won the most votes”), an
 * apposition gives it (“Aleppo, the largest city”), a possessive names whose it is (“Syria's second-largest city”) or the phrase
 * says within what (“the largest housing development in a generation”, “since 2011”). A superlative that only picks
 * something out is no claim of rank: “the hospital where the most severe cases were taken”, “the director of its largest
 * hospital”, “sold contracts to the highest bidder”; nor is “one of the largest”, which puts it among several.
 */
function claimsRank(tokens: Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]?.lower;
  if ((before === 'of' && tokens[start - 2]?.lower === 'one') || before === 'among') return false;
  for (let j = end; j < tokens.length && j <= end + 4; j++) if (rankScope(tokens, j)) return true;
  for (let j = start + 1; j < end; j++) if (rankScope(tokens, j)) return true;
  // “Syria's second-largest city”, “the world's richest bankers”: a possessive names whose rank it is (a pronoun's does not)
  if (tokens[start].lower !== 'the' && tokens[start].lower !== 'its') return true;
  let b = start - 1;
  while (b >= 0 && start - b <= 3 && RANK_ADVERBS.has(tokens[b].lower)) b--;
  const verb = tokens[b];
  return !verb || verb.text === ',' || verb.kind === 'mark' || RANK_VERBS.has(verb.lower);
}

/** Comparatives of how many: “more votes than”, “fewer deaths than”. */
const QUANTITY_COMPARATIVES: ReadonlySet<string> = new Set(['more', 'fewer', 'less']);
/** Words of a comparand that is a figure of another time or an expected one: “higher than last year”, “than forecast”. */
const MEASURED_COMPARANDS: ReadonlySet<string> = new Set([
  'last', 'previous', 'earlier', 'ago', 'before', 'prior', 'average', 'usual', 'expected', 'forecast', 'forecasts', 'predicted',
  'estimated', 'projected', 'record', 'since', 'target', 'budgeted',
]);

/** “more votes than”, “fewer new cases than”, “a higher crime rate than”: one or two lower-case words ending in a plural noun between the comparative at k and “than” at j. */
function countedBetween(tokens: Token[], k: number, j: number): boolean {
  if (j - k < 2 || j - k > 3) return false;
  for (let m = k + 1; m < j; m++) if (tokens[m].kind !== 'word' || tokens[m].cap) return false;
  const noun = tokens[j - 1].lower;
  // “a higher crime rate than”, “a lower death toll than”
  if (MEASURED_NOUNS.has(noun)) return true;
  if (!QUANTITY_COMPARATIVES.has(tokens[k].lower)) return false;
  return IRREGULAR_PLURALS.has(noun) || (noun.length > 3 && noun.endsWith('s') && !/(?:ss|us|is|ous)$/.test(noun));
}

/** Plurals without an “s”: “deported more people than any other president”. */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'children', 'men', 'women', 'staff']);

/** Nouns of a figure between a comparative and “than”: “a higher crime rate than”. */
const MEASURED_NOUNS: ReadonlySet<string> = new Set(['rate', 'rates', 'number', 'share', 'toll', 'cost', 'price', 'prices', 'turnout', 'percentage', 'proportion', 'total']);

/** The comparand [from, to) holds a figure or another time's or an expected one: “than the 187 won by”, “than in any year since 2004”. */
function measuredComparand(tokens: Token[], from: number, to: number): boolean {
  // (a few words past the phrase: “higher than most analysts had forecast”)
  for (let m = from; m < tokens.length && m < to + COMPARAND_TAIL; m++) {
    const t = tokens[m];
    // (a bare number after “at” is an age or an hour, no figure: “What you do at 50 may matter more than what you do at 70”)
    if ((t.kind === 'num' && !(tokens[m - 1]?.lower === 'at' && !PERCENT_WORDS.has(tokens[m + 1]?.lower ?? ''))) || MEASURED_COMPARANDS.has(t.lower)) return true;
    if (m >= to && t.kind !== 'word') return false;
  }
  return false;
}

/** Words past the comparand's phrase where its time or forecast may still be told. */
const COMPARAND_TAIL = 3;

/**
 * “higher than in 2015”, “twice as many as”, “doubled”; “more than 300” is a qualifier, not a comparison. A comparison with
 * no multiplier is a claim only when it compares counts (“more votes than Kasich”) or a figure of another time or an
 * expected one (“higher than last year”, “than forecast”): “more Ukrainian than the Ukrainians”, “afraid of the
 * aftershocks more than the cold” and “smaller than they sound” are figures of speech, nothing to check.
 */
function comparisonAt(tokens: Token[], k: number): RankHit | null {
  const w = tokens[k].lower;
  if (!COMPARISON_SHAPES.hasShape(tokens[k].shape)) return null;
  const mult = MULTIPLIERS.get(w);
  if (mult !== undefined) {
    // “scored twice”, “three deaths had been counted twice”: how often, not how much more
    if (ADVERB_MULTIPLIERS.has(w) && !MULTIPLIED.has(tokens[k + 1]?.lower ?? '') && tokens[k + 1]?.kind !== 'num') return null;
    // “rules twice as strict”, “twice as bad”: a quality made more, nothing counted (“twice as many”, “three times as likely”,
    // “twice as high in Utah” are)
    if (tokens[k + 1]?.lower === 'as' && tokens[k + 2]?.kind === 'word' && !AMOUNT_WORDS.has(tokens[k + 2].lower)) return null;
    return { kind: 'comparison', start: k, end: phraseEnd(tokens, k + 1), value: mult };
  }
  if (!COMPARATIVES.has(w)) return null;
  for (let j = k + 1; j <= k + THAN_WINDOW && j < tokens.length; j++) {
    if (tokens[j].lower !== 'than') { if (tokens[j].kind !== 'word') return null; continue; }
    const after = tokens[j + 1];
    if (!after || after.kind === 'num' || (j === k + 1 && readNumber(tokens, j + 1))) return null; // “more than 300”
    // “waiting more than a year for hospital treatment”: a duration's qualifier, not a comparison (“$74 million more than a
    // year ago”, with its figure before it, still is one)
    if (j === k + 1 && (after.lower === 'a' || after.lower === 'an') && TIME_UNITS.has(tokens[j + 2]?.lower ?? '') && !figureBefore(tokens, k)) return null;
    // “more than enough”, “fewer than half of them”, “higher than anyone's figure”: no figure to compare with
    if (NO_COMPARAND.has(after.lower)) return null;
    const end = phraseEnd(tokens, j + 1);
    if (end <= j + 1 || !(countedBetween(tokens, k, j) || measuredComparand(tokens, j + 1, end))) return null;
    return { kind: 'comparison', start: k, end, value: null };
  }
  return null;
}

/** Ranking and comparison claims in a sentence, not overlapping `taken` token flags. */
export function findRankings(tokens: Token[], taken: Uint8Array): RankHit[] {
  const out: RankHit[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (taken[k] || tokens[k].kind !== 'word') continue;
    const hit = rankingAt(tokens, k) ?? comparisonAt(tokens, k);
    if (hit) { out.push(hit); k = hit.end - 1; }
  }
  return out;
}
