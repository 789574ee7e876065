/**
 * A side's recent record (“they have lost four of their last five”, “won seven of their last ten matches”): how many
 * of its last games it won, lost or drew, a count of its own (`wins`, `losses`, `draws`) in the unit of the games it is
 * out of (“of last 5”), so a record of five games is compared only with another of five.
 */
import type { Token } from '../text/tokenize';
import type { Figure } from './qualifier';
import type { Measure } from './types';
import { NUMBER_WORDS } from './data/numbers';

/** Verbs of a result and the count they make. */
const RESULTS: ReadonlyMap<string, Measure> = new Map<string, Measure>([
  ...['won', 'win', 'wins', 'winning'].map((w) => [w, 'wins'] as [string, Measure]),
  ...['lost', 'lose', 'loses', 'losing'].map((w) => [w, 'losses'] as [string, Measure]),
  ...['drew', 'drawn', 'draw', 'draws', 'drawing', 'tied'].map((w) => [w, 'draws'] as [string, Measure]),
]);
/** Words before “last”: “of their last five”, “of the last ten”, “of its last 12”. */
const OWNERS: ReadonlySet<string> = new Set(['their', 'the', 'its', 'his', 'her', 'our', 'my', 'your']);
/** Words of the games counted back: “last”, “past”, “previous”. */
const BACK: ReadonlySet<string> = new Set(['last', 'past', 'previous']);
/** Nouns of the games a record is of, which the claim takes in when written: “of their last ten matches”. */
const GAMES: ReadonlySet<string> = new Set([
  'games', 'matches', 'fixtures', 'outings', 'starts', 'races', 'meetings', 'bouts', 'fights', 'contests', 'ties', 'series',
  'league', 'home', 'away',
]);

/** A whole number as written: “5”, “five”. */
function whole(t: Token | undefined): number | null {
  if (!t) return null;
  if (t.kind === 'num' && /^\d{1,3}$/.test(t.text)) return Number(t.text);
  const w = NUMBER_WORDS.get(t.lower);
  return w !== undefined && Number.isInteger(w) ? w : null;
}

/** A record at the figure `f`: “lost four of their last five (games)”; null otherwise. */
export function record(tokens: Token[], f: Figure): { measure: Measure; unit: string; start: number; end: number; valueEnd: number } | null {
  const raw = f.raw;
  if (f.start !== raw.start || raw.vague || raw.range) return null;
  // (“have won all four of”, “lost just two of”: one adverb may stand between)
  const v = tokens[f.start - 1]?.kind === 'word' && /^(?:just|only|all|each)$/.test(tokens[f.start - 1].lower) ? f.start - 2 : f.start - 1;
  const measure = RESULTS.get(tokens[v]?.lower ?? '');
  if (!measure) return null;
  let k = raw.end;
  if (tokens[k]?.lower !== 'of' || !OWNERS.has(tokens[k + 1]?.lower ?? '') || !BACK.has(tokens[k + 2]?.lower ?? '')) return null;
  const out = whole(tokens[k + 3]);
  const n = whole(tokens[raw.start]);
  if (out === null || n === null || raw.end - raw.start !== 1 || n > out) return null;
  k += 4;
  while (k - (raw.end + 4) < 2 && GAMES.has(tokens[k]?.lower ?? '')) k++;
  return { measure, unit: `of last ${out}`, start: v, end: k, valueEnd: raw.end };
}

/** Measures of a side's record. */
export const RECORD_MEASURES: ReadonlySet<string> = new Set(['wins', 'losses', 'draws']);
/** Auxiliaries between a side and its verb of a result: “Rovers have won”, “Harlow had lost”. */
const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'now', 'also', 'only', 'already', 'just', 'still']);

/**
 * The side whose record it is, named right before the verb at `verb` (“Rovers won seven of their last ten”, “Harlow
 * have lost”): its token range, or null for a pronoun or a word opening the sentence that is no name (“They”).
 */
export function sideBefore(tokens: Token[], verb: number): { start: number; end: number; place: boolean } | null {
  let e = verb;
  while (e > 0 && AUXILIARIES.has(tokens[e - 1].lower)) e--;
  let s = e;
  while (s > 0 && e - s < 4 && tokens[s - 1].kind === 'word' && tokens[s - 1].cap) s--;
  if (s === e || (s === 0 && e === 1 && tokens[0].lower.length < 4) || /^(?:they|we|he|she|it|the)$/.test(tokens[s].lower)) return null;
  return { start: s, end: e, place: false };
}
