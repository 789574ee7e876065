/**
 * Workers on strike: “2,300 of the port's 2,600 operational staff were on strike”, “about 900 drivers walked out”, and the
 * employer's side of the same dispute, “only 1,400 had failed to report for work”. A count of its own, `strikers`, so a
 * union's figure and an employer's meet in one topic; the whole the strikers are of (“of the port's 2,600 staff”) is no
 * count of strikers.
 */
import type { Token } from '../text/tokenize';
import type { Figure } from './qualifier';
import type { ReadFigure } from './types';
import { GROUP_NOUNS } from './data/measures';

/** What `strikers` found: the group (as written, if any) and the token range of the claim. */
export type StrikerFigure = ReadFigure;

/** Nouns of a workforce a strike counts, besides the counted groups: “staff”, “members”. */
const WORKFORCE: ReadonlySet<string> = new Set([
  'staff', 'employees', 'workers', 'members', 'teachers', 'nurses', 'doctors', 'drivers', 'pilots', 'personnel', 'dockers', 'dockworkers',
  'miners', 'cleaners', 'guards', 'controllers', 'conductors', 'crew',
]);
/** Words between a figure, its group and the strike: “have been”, “were still”, “reportedly”. */
const BETWEEN: ReadonlySet<string> = new Set([
  'had', 'have', 'has', 'been', 'were', 'was', 'are', 'is', 'still', 'also', 'reportedly', 'remained', 'remain', 'went', 'gone', 'go', 'had',
]);
/** Phrases of striking after the figure, by their first word: “on strike”, “walked out”, “failed to report for work”. */
const STRIKING: readonly (readonly string[])[] = [
  ['on', 'strike'], ['walked', 'out'], ['walk', 'out'], ['joined', 'the', 'strike'], ['join', 'the', 'strike'], ['struck'],
  ['failed', 'to', 'report', 'for', 'work'], ['did', 'not', 'report', 'for', 'work'], ['stayed', 'away', 'from', 'work'],
];
/** How many words a workforce's description may take before its noun: “operational staff”, “port security staff”. */
const DESCRIBING = 2;

/** The phrase of striking starting at token k: its end, or -1. */
function strikingAt(tokens: Token[], k: number): number {
  for (const phrase of STRIKING) {
    if (phrase.every((w, i) => tokens[k + i]?.lower === w)) return k + phrase.length;
  }
  return -1;
}

/** Strikers counted at `f`, or null. */
export function strikers(tokens: Token[], f: Figure): StrikerFigure | null {
  if (f.raw.yearLike || f.raw.age || f.raw.vague) return null;
  // “of the port's 2,600 operational staff”: the whole, not those on strike
  const before = tokens[f.start - 1]?.lower;
  if (before === 'of' || tokens[f.start - 1]?.lower.endsWith('’s') || tokens[f.start - 1]?.lower.endsWith("'s")) return null;
  let k = f.raw.end;
  // “2,300 of the port's 2,600 operational staff”: past the whole, to its noun
  if (tokens[k]?.lower === 'of') {
    let j = k + 1;
    while (j < tokens.length && j - k <= 6 && (tokens[j].kind === 'word' || tokens[j].kind === 'num') && !WORKFORCE.has(tokens[j].lower) && !GROUP_NOUNS.has(tokens[j].lower)) j++;
    if (!WORKFORCE.has(tokens[j]?.lower ?? '') && !GROUP_NOUNS.has(tokens[j]?.lower ?? '')) return null;
    k = j;
  } else {
    let j = k;
    while (j - k < DESCRIBING && tokens[j]?.kind === 'word' && !tokens[j].cap && !WORKFORCE.has(tokens[j].lower) && !GROUP_NOUNS.has(tokens[j].lower) && !BETWEEN.has(tokens[j].lower)) j++;
    if (WORKFORCE.has(tokens[j]?.lower ?? '') || GROUP_NOUNS.has(tokens[j]?.lower ?? '')) k = j;
  }
  const groupTok = WORKFORCE.has(tokens[k]?.lower ?? '') || GROUP_NOUNS.has(tokens[k]?.lower ?? '') ? k : -1;
  if (groupTok >= 0) k++;
  let b = 0;
  while (b < 3 && BETWEEN.has(tokens[k]?.lower ?? '')) { k++; b++; }
  const end = strikingAt(tokens, k);
  if (end < 0) return null;
  return { kind: 'count', measure: 'strikers', unit: 'person', group: groupTok >= 0 ? tokens[groupTok].text : null, start: f.start, end, valueEnd: f.raw.end };
}
