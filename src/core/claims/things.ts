/**
 * Counts of things a deed made, took or did (“the team led three expeditions”, “published more than 120 papers”, “opened
 * five new hubs”, “received 40 replies”): a figure right after a verb of a deed and before a plural noun of things is a
 * quantity in that noun, as “20 trucks” is. Only a noun a fact-checker could count from a record: not a figure of speech
 * or of talk (“made two mistakes”, “gave three reasons”, “took two questions”), nor a stretch of time (“spent two
 * nights”), nor some of a whole (“three kinds of”).
 */
import type { Token } from '../text/tokenize';

/** Irregular past forms of deeds (regular ones end in “-ed”): “led three expeditions”, “built 40 schools”. */
const PAST_DEEDS: ReadonlySet<string> = new Set([
  'led', 'built', 'won', 'sold', 'made', 'held', 'ran', 'wrote', 'took', 'got', 'gave', 'sent', 'bought', 'brought', 'drew', 'found',
  'shot', 'spent', 'set', 'began', 'grew', 'hit', 'cut', 'paid', 'laid', 'caught', 'fought', 'taught', 'threw', 'struck', 'sank',
  'flew', 'dug', 'shut', 'sought', 'upheld', 'withdrew', 'overturned', 'undertook', 'oversaw', 'wrote', 'rebuilt', 'sold', 'lost',
  'sank', 'stole', 'broke', 'froze', 'chose', 'rode', 'won', 'saw', 'issued', 'filed',
]);
/** Words ending in “-ed” that are no past deed: “need”, “hundred”, “speed”. */
const NOT_PAST: ReadonlySet<string> = new Set(['need', 'needed', 'seed', 'speed', 'feed', 'indeed', 'hundred', 'bed', 'red', 'shed', 'based', 'aged', 'used', 'named', 'called', 'ranked', 'rated', 'estimated', 'expected', 'projected', 'predicted', 'forecasted', 'reported', 'recorded', 'registered', 'confirmed', 'counted', 'numbered', 'totalled', 'totaled', 'exceeded', 'reached', 'topped', 'passed', 'surpassed', 'included', 'involved', 'affected', 'killed', 'injured', 'wounded']);
/**
 * Plural nouns that count no thing a record holds: talk and thought (“reasons”, “questions”), figures of speech (“ways”,
 * “things”), stretches of time (“nights”, “rounds”), scores (“points”, “goals” are a match's, read elsewhere), parts
 * (“kinds”, “pieces”) and body parts.
 */
const NOT_COUNTED: ReadonlySet<string> = new Set([
  'things', 'ways', 'times', 'reasons', 'questions', 'answers', 'issues', 'mistakes', 'errors', 'points', 'words', 'steps', 'sides',
  'kinds', 'types', 'sorts', 'ideas', 'options', 'nights', 'mornings', 'evenings', 'afternoons', 'weekends', 'seasons', 'occasions',
  'moments', 'minutes', 'seconds', 'rounds', 'chances', 'lessons', 'examples', 'terms', 'stages', 'phases', 'parts', 'pieces',
  'hands', 'eyes', 'feet', 'inches', 'laps', 'shots', 'goals', 'runs', 'wickets', 'sets', 'games', 'matches', 'races', 'contests',
  'seats', 'states', 'counties', 'districts', 'delegates', 'primaries', 'caucuses', 'votes', 'ballots', 'percent', 'cents',
  'places', 'spots', 'positions', 'levels', 'degrees', 'feet', 'yards', 'pounds', 'ounces', 'grams', 'kilograms', 'kilos',
  'lines', 'pages', 'paragraphs', 'sentences', 'letters', 'names', 'numbers', 'figures', 'digits', 'months', 'days', 'years',
  'weeks', 'hours', 'decades', 'centuries', 'generations', 'terms', 'bills', 'laws', 'amendments', 'charges', 'counts', 'doses',
  'children', 'sons', 'daughters', 'siblings', 'brothers', 'sisters', 'grandchildren', 'friends', 'stars', 'shares',
  // people, counted as people or not at all: “1,000 adults”, “two judges”, “guests”
  'adults', 'judges', 'guests', 'teens', 'youths', 'girls', 'boys', 'kids', 'officials', 'leaders', 'fans', 'players', 'staff',
  'colleagues', 'allies', 'aides', 'candidates', 'clients', 'recruits', 'volunteers', 'veterans', 'nurses', 'pilots', 'cops',
  'chiefs', 'heads', 'couples', 'twins', 'parents', 'relatives', 'deputies', 'attorneys', 'lawyers', 'experts', 'scientists',
]);
/** The least figure a count of things is read from: “two glasses”, “one of his two picks” describe, they count nothing to check. */
export const LEAST_THINGS = 3;
/** Adjectives between a figure and its noun: “five new hubs”, “three Arctic expeditions”, “40 written replies”. */
const ADJECTIVE = /^(?:new|more|additional|major|separate|large|small|big|different|further|[a-z]+(?:al|ic|ive|ous|ful|able|ible|ed|en))$/;

/** A plural noun of things in lower case: “expeditions”, “papers”, “hubs”, “replies”. */
function pluralThing(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap || t.lower.length < 4 || !t.lower.endsWith('s') || /(?:ss|us|is|['’]s)$/.test(t.lower)) return false;
  return /^[a-z-]+$/.test(t.lower) && !NOT_COUNTED.has(t.lower);
}

/** Forms of “have” before “got”: “it's got”, “we've got”, “has got”. */
const HAVE = /^(?:has|have|had|\w+['’](?:s|ve|d))$/;

/**
 * “got” after a form of “have” is having, no deed: “it's got about 18 million cracks in it”, “we've got 40 trucks” tell
 * what something holds, often in a figure of speech, and nothing a record counts was done.
 */
function hasGot(verb: string, before: string): boolean {
  return verb === 'got' && HAVE.test(before);
}

/** A verb of a deed done at token t: “led”, “published”, “opened”. */
function pastDeed(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap) return false;
  const w = t.lower;
  return PAST_DEEDS.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w));
}

/**
 * The figure in tokens [start, rawStart, rawEnd) counts things a deed did: the verb just before it (or before its
 * qualifier), at most one adjective, then a plural noun of things not followed by “of”. The noun's token, or -1.
 */
export function thingCount(tokens: Token[], start: number, rawEnd: number): number {
  // (“knew of only 11 complaints”: past one qualifier)
  const of = SCAN_QUALIFIERS.has(tokens[start - 1]?.lower ?? '') ? start - 2 : start - 1;
  const knownOf = tokens[of]?.lower === 'of' && KNOWING_OF.has(tokens[of - 1]?.lower ?? '');
  if (!knownOf && (!pastDeed(tokens[start - 1]) || hasGot(tokens[start - 1].lower, tokens[start - 2]?.lower ?? ''))) return -1;
  let k = rawEnd;
  const adj = tokens[k];
  if (adj && adj.kind === 'word' && (adj.cap ? !pluralThing(adj) : ADJECTIVE.test(adj.lower)) && !pluralThing(adj)) k++;
  if (!pluralThing(tokens[k])) return -1;
  const next = tokens[k + 1]?.lower;
  // (“three kinds of”, “two rounds of”: some of a whole; “40 papers a year” is a rate, counted elsewhere)
  if (next === 'of' || next === 'per' || next === 'a' && /^(?:year|month|week|day)$/.test(tokens[k + 2]?.lower ?? '')) return -1;
  return k;
}

/** Words of knowing before “of” and a count of things, the count a record holds: “it knew of only 11 complaints”, “is aware of 40 cases”. */
const KNOWING_OF: ReadonlySet<string> = new Set(['knew', 'know', 'knows', 'aware', 'learned', 'learnt', 'heard']);

/** Qualifiers a deed's figure may carry in the anchor scan: “received about 40 replies”. */
const SCAN_QUALIFIERS: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'some', 'around', 'roughly', 'over', 'just', 'only', 'at', 'least']);

/** The word of letters ending just before `end` (spaces skipped): its start and text. */
function wordEndingAt(text: string, end: number): { start: number; word: string } {
  let e = end;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  let s = e;
  while (s > 0 && /[A-Za-z]/.test(text[s - 1])) s--;
  return { start: s, word: text.slice(s, e) };
}

/** How many words after a figure the anchor scan looks for its noun: “five new hubs”. */
const NOUN_REACH = 2;

/**
 * The anchor scan's test for a figure at offset `at` in a sentence with no word of a measure: a verb of a deed before it
 * (past one qualifier) and a plural noun of things within two words after it (“opened five new hubs”, “received 40
 * replies”). Cheap: it reads a few words around the figure only.
 */
export function thingAnchor(text: string, at: number): boolean {
  let w = wordEndingAt(text, at);
  for (let n = 0; n < 2 && SCAN_QUALIFIERS.has(w.word.toLowerCase()) && w.start > 0; n++) w = wordEndingAt(text, w.start);
  if (w.word === 'of' && w.start > 0 && KNOWING_OF.has(wordEndingAt(text, w.start).word.toLowerCase())) return nounAfter(text, at);
  const v = w.word;
  if (!v || v[0] !== v[0].toLowerCase() || !(PAST_DEEDS.has(v) || (v.length > 4 && v.endsWith('ed') && !NOT_PAST.has(v)))) return false;
  if (v === 'got' && HAVE.test(text.slice(Math.max(0, w.start - 12), w.start).trim().split(/\s+/).pop()?.toLowerCase() ?? '')) return false;
  return nounAfter(text, at);
}

/** A plural noun of things within two words after the figure at `at`. */
function nounAfter(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && text.charCodeAt(i) > 32) i++;
  for (let n = 0; n < NOUN_REACH; n++) {
    while (i < text.length && text.charCodeAt(i) === 32) i++;
    const s = i;
    while (i < text.length && /[a-z-]/.test(text[i])) i++;
    const word = text.slice(s, i);
    if (word.length >= 4 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word) && !NOT_COUNTED.has(word)) return true;
    if (word === '') return false;
  }
  return false;
}
