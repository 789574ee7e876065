/**
 * Words the article itself writes in lower case. A capitalised word opening a sentence
 * that also appears in lower case elsewhere (“Speaking”, “Hours”, “Domestically”) is an
 * ordinary word, not a name.
 *
 * Most articles ask about a few words, so the first sixteen questions are answered by one
 * walk over the tokens each (comparing token shapes, so a walk reads few strings); an article
 * that asks more builds the set of such words once (one pass over the tokens). Either way the
 * cost stays linear in the article's length. (With four walks before the set, 3% more time
 * went to the engine once surnames opening sentences began to be asked about.)
 */
import type { ArticleContext } from '../context';
import { SHAPE_SIZE, shapeOf } from '../text/word-shapes';

const SHAPE_MASK = SHAPE_SIZE - 1;

/** Questions answered by a walk over the tokens before the set is built. */
export const WALKS_BEFORE_SET = 16;

interface LowerWords {
  /** Words asked about so far, with their answers, while no set is built. */
  asked: Map<string, boolean>;
  walks: number;
  set: Set<string> | null;
}

const cache = new WeakMap<ArticleContext, LowerWords>();

function buildSet(ctx: ArticleContext): Set<string> {
  // only words also written capitalised can be asked about: collect those first (far fewer),
  // then keep the ones the article also writes in lower case — lookups instead of inserts.
  // Indexed loops here and below: this runs about once per article, seldom long enough to be
  // optimised, and an unoptimised for-of makes an iterator result per token.
  const tokens = ctx.tokens;
  const capitalised = new Set<string>();
  for (let i = 0; i < tokens.length; i++) if (tokens[i].cap && tokens[i].kind === 'word') capitalised.add(tokens[i].lower);
  const set = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap && t.kind === 'word' && capitalised.has(t.lower)) set.add(t.lower);
  }
  return set;
}

/** Some token of the article writes `lower` without a capital. */
function writtenInLowerCase(ctx: ArticleContext, lower: string): boolean {
  let state = cache.get(ctx);
  if (!state) { state = { asked: new Map(), walks: 0, set: null }; cache.set(ctx, state); }
  if (state.set) return state.set.has(lower);
  const known = state.asked.get(lower);
  if (known !== undefined) return known;
  if (state.walks >= WALKS_BEFORE_SET) { state.set = buildSet(ctx); return state.set.has(lower); }
  state.walks++;
  let found = false;
  const tokens = ctx.tokens;
  // the shape first: most tokens differ from the word in length or first or last letter
  const shape = shapeOf(lower);
  for (let i = 0; i < tokens.length && !found; i++) {
    const t = tokens[i];
    found = (t.shape & SHAPE_MASK) === shape && t.lower === lower && !t.cap && t.kind === 'word';
  }
  state.asked.set(lower, found);
  return found;
}

/** “Reading from a prepared text, …”: token i is capitalised but the article also writes it in lower case, or it is an -ing/-ly form. */
export function isCommonWordAt(ctx: ArticleContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || !t.cap) return false;
  if (t.lower.length > 4 && (t.lower.endsWith('ing') || t.lower.endsWith('ly'))) return true;
  return writtenInLowerCase(ctx, t.lower);
}
