/**
 * A noun of speech owned by a speaker and governing the quote: “his call for “a total ban””,
 * “Berg’s pledge to stay “neutral””, “her remark during the debate that “…””, “in her words, “…””.
 * The owner said the words, whatever the sentence's subject does with them.
 */
import type { ArticleContext, Mention } from '../context';
import { phraseEndingAt } from './noun-phrase';
import { isNameWord } from './name-run';

/** Nouns naming something said or written. */
const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'call', 'calls', 'warning', 'warnings', 'comment', 'comments',
  'remark', 'remarks', 'assertion', 'assertions', 'claim', 'claims', 'contention', 'statement', 'statements', 'declaration',
  'insistence', 'suggestion', 'argument', 'words', 'slogan', 'admission', 'accusation', 'accusations', 'charge', 'threat',
  'threats', 'boast', 'description', 'characterization', 'characterisation', 'denial', 'quip', 'plea', 'demand', 'demands',
  'prediction', 'complaint', 'criticism', 'insult', 'insults', 'rallying',
]);

/** Possessive determiners that own a noun (not “its”: an organisation's “call” is rarely quoted so). */
const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Words linking the noun to the quoted words: “call for”, “pledge to (be)”, “claim that”, “description of”. */
const LINKS: ReadonlySet<string> = new Set(['for', 'to', 'that', 'of', 'about', 'on', 'against']);

/** Words that may stand between the link and the quote: “a call for a “…””, “a pledge to be “…””. */
const FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'be', 'become', 'end', 'stop', 'make']);

/** Words a short modifier run before the noun may not hold: they would put the owner in another phrase. */
const BREAKS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'of', 'for', 'to', 'with', 'by', 'in', 'on', 'at', 'from', 'as']);

/** Prepositions that may open a short phrase between the noun and “that”: “her assertion during the debate that “…””. */
const BRIDGES: ReadonlySet<string> = new Set(['during', 'in', 'at', 'on', 'before', 'after', 'to', 'from', 'last', 'this', 'earlier']);

function isPossessiveName(t: ArticleContext['tokens'][number]): boolean {
  const w = t.lower;
  const n = w.length;
  if (n < 3 || !isNameWord(t)) return false;
  const a = w.charCodeAt(n - 2), b = w.charCodeAt(n - 1);
  return (b === 115 && (a === 39 || a === 0x2019)) || ((b === 39 || b === 0x2019) && a === 115);
}

/**
 * Words before the owner that leave the phrase outside any verb: “over her assertion”, “with his calls”. After a
 * verb the phrase is its object and the verb's subject answers for the quote (“the rally denounced Berg’s call for
 * “…””, “Berg pushed his promise of “…””).
 */
const FREE_BEFORE: ReadonlySet<string> = new Set([',', 'over', 'with', 'after', 'including', 'about', 'of', 'in', 'on', 'for', 'at', 'from', 'despite',
  'against', 'since', 'following', 'amid', 'like', 'by', 'and', 'before', 'given', 'on', 'under']);

/** The owner of the speech noun at `noun`, through at most three modifiers (“his repeated public calls”). */
function ownerOf(ctx: ArticleContext, noun: number, floor: number): Mention | null {
  const tokens = ctx.tokens;
  for (let k = noun - 1, mods = 0; k >= floor && mods <= 3; k--, mods++) {
    const t = tokens[k];
    if (t.kind !== 'word' || ctx.inQuote[k] >= 0) return null;
    let m: Mention | null = null;
    if (OWNERS.has(t.lower)) m = { start: k, end: k + 1, type: 'pronoun' };
    else if (isPossessiveName(t)) {
      m = phraseEndingAt(ctx, k + 1, floor);
      if (!m || m.type !== 'name') return null;
    } else if (BREAKS.has(t.lower)) return null;
    if (!m) continue;
    return m.start === floor || FREE_BEFORE.has(tokens[m.start - 1].lower) ? m : null;
  }
  return null;
}

/** The speaker owning a noun of speech that governs the quote opening at `openTok`, or null. */
export function possessiveSpeaker(ctx: ArticleContext, floor: number, openTok: number): Mention | null {
  const tokens = ctx.tokens;
  let k = openTok - 1;
  if (k <= floor) return null;
  // in her words, “…”
  if (tokens[k].text === ',' && tokens[k - 1]?.lower === 'words' && tokens[k - 3]?.lower === 'in') return ownerOf(ctx, k - 1, floor);
  // her remark that, “…”
  if (tokens[k].text === ',' && tokens[k - 1]?.lower === 'that') k--;
  for (let f = 0; f < 2 && k > floor && FILLERS.has(tokens[k].lower); f++) k--;
  if (SPEECH_NOUNS.has(tokens[k].lower)) return ownerOf(ctx, k, floor);
  if (!LINKS.has(tokens[k].lower)) return governingNoun(ctx, floor, openTok);
  const link = k;
  if (SPEECH_NOUNS.has(tokens[link - 1]?.lower ?? '')) return ownerOf(ctx, link - 1, floor);
  if (tokens[link].lower === 'that') {
    // her assertion during the debate that “…” — a short phrase may stand between the noun and “that”
    for (let j = link - 2; j > floor && j >= link - 6; j--) {
      const t = tokens[j];
      if (t.kind !== 'word' && t.kind !== 'num') break;
      if (SPEECH_NOUNS.has(t.lower)) return BRIDGES.has(tokens[j + 1].lower) ? ownerOf(ctx, j, floor) : null;
    }
  }
  return governingNoun(ctx, floor, openTok);
}

/** How far back a clause governed by the noun may reach: “his pledge to keep the ferry “running””. */
const CLAUSE_REACH = 8;

/** his pledge to keep the ferry “running” / his warning that the city would go to the “back of the queue” */
function governingNoun(ctx: ArticleContext, floor: number, openTok: number): Mention | null {
  const tokens = ctx.tokens;
  for (let j = openTok - 1; j > floor + 1 && j >= openTok - CLAUSE_REACH; j--) {
    const t = tokens[j];
    if (t.kind !== 'word' && t.kind !== 'num') return null;
    if ((t.lower === 'to' || t.lower === 'that') && SPEECH_NOUNS.has(tokens[j - 1].lower)) return ownerOf(ctx, j - 1, floor);
  }
  return null;
}
