/**
 * Words the article itself writes in lower case. A capitalised word opening a sentence
 * that also appears in lower case elsewhere (“Speaking”, “Hours”, “Domestically”) is an
 * ordinary word, not a name. Built once per article in one pass over the tokens.
 */
import type { ArticleContext } from '../context';

const cache = new WeakMap<ArticleContext, Set<string>>();

function lowerWords(ctx: ArticleContext): Set<string> {
  let set = cache.get(ctx);
  if (!set) {
    // only words also written capitalised can be asked about: collect those first (far fewer),
    // then keep the ones the article also writes in lower case — lookups instead of inserts
    const capitalised = new Set<string>();
    for (const t of ctx.tokens) if (t.cap && t.kind === 'word') capitalised.add(t.lower);
    set = new Set<string>();
    for (const t of ctx.tokens) if (!t.cap && t.kind === 'word' && capitalised.has(t.lower)) set.add(t.lower);
    cache.set(ctx, set);
  }
  return set;
}

/** “Reading from a prepared text, …”: token i is capitalised but the article also writes it in lower case, or it is an -ing/-ly form. */
export function isCommonWordAt(ctx: ArticleContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || !t.cap) return false;
  if (t.lower.length > 4 && (t.lower.endsWith('ing') || t.lower.endsWith('ly'))) return true;
  return lowerWords(ctx).has(t.lower);
}
