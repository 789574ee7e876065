/**
 * A speech cue found further after the speaker phrase than the phrase itself: “Fight for $15 organizing
 * director Kendall Fells told …” · “Harry Bond, 30, of Raleigh, N.C., who was polled, said …”.
 */
import type { ArticleContext, Mention } from '../context';
import { TITLES, TITLE_JOINERS } from '../data/titles';
import type { Token } from '../text/tokenize';
import { cueAt, isParticiple, type CueMatch } from './cues';
import { isAgentHead } from './noun-phrase';
import { isNameWord, nameRunForward } from './name-run';
import { closesSentence } from './clause-end';

/** “co-anchor”, “chief of staff”, “organizing director”: words that may sit inside a title before a name. */
function isTitleWord(t: Token): boolean {
  if (t.kind === 'num' || t.text === '$' || t.text === '.') return true;
  if (t.kind !== 'word') return false;
  const w = t.lower;
  return isAgentHead(w) || TITLES.has(w) || TITLE_JOINERS.has(w) || TITLE_WORDS.has(w) || w === 'and' || w === 'the' || w.includes('-') || w.endsWith('ing') || w.endsWith('al');
}

/** Words of titles with no agent ending: “chief of staff”, “senior trial counsel”, “press office”. */
const TITLE_WORDS = new Set(['staff', 'counsel', 'affairs', 'relations', 'communications', 'policy', 'security', 'operations', 'campaign', 'press',
  'office', 'executive', 'assistant', 'associate', 'trial', 'public', 'board', 'committee', 'team', 'desk', 'bureau']);

/** Most tokens between a speaker phrase and a cue found further on. */
const FAR_CUE = 25;
const HEAD_BREAKS = new Set(['and', 'of']);
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom']);
const CLAUSE_WORDS = new Set(['as', 'and', 'but', 'or', 'while', 'when', 'because', 'though', 'although', 'if', 'so', 'then', 'he', 'she', 'they', 'we', 'i', 'it', 'others']);

/**
 * The first speech or writing cue within a few tokens after the speaker phrase `m`, in the same sentence and not in a
 * relative clause, that closes the attribution. Without a comma between, the words up to the cue belong to the speaker
 * phrase and the last name among them is its head (“CBS This Morning co-anchor |DeMarco Morgan| said”).
 */
export function farCue(ctx: ArticleContext, m: Mention, ceil: number): { cue: CueMatch; mention: Mention } | null {
  const tokens = ctx.tokens;
  if (m.type === 'pronoun' || (m.type === 'description' && !isAgentHead(tokens[(m.head ?? m).end - 1].lower))) return null;
  let comma = false;
  let relative = false;
  let head: { start: number; end: number } | null = null;
  let linked = false;
  for (let k = m.end; k < Math.min(ceil, m.end + FAR_CUE); k++) {
    const t = tokens[k];
    // Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said — a few quoted words inside the apposition
    if (comma && t.kind === 'mark') {
      const term = quotedTermEnd(ctx, k);
      if (term > 0 && term < ceil) { k = term; continue; }
    }
    if (t.kind === 'break' || t.kind === 'mark' || ctx.inQuote[k] >= 0 || ctx.bounds.sentenceStart[k] || t.text === ';' || t.text === '?' || t.text === '!') return null;
    if (t.text === ',') {
      // “…, as X suggested”, “…, and boast about” — a comma opening another clause ends the speaker phrase
      if (CLAUSE_WORDS.has(tokens[k + 1]?.lower ?? '') && !lastListItem(ctx, k + 1, ceil)) return null;
      comma = true;
      relative = false;
      continue;
    }
    if (RELATIVE_WORDS.has(t.lower)) relative = true;
    // “… and Serena Vergantini of the Institute for Science wrote” — after “and” or “of” the names are no longer the head
    if (HEAD_BREAKS.has(t.lower)) linked = true;
    if (isNameWord(t) && !comma) {
      const e = nameRunForward(tokens, k, ceil);
      if (!linked) head = { start: k, end: e };
      k = e - 1;
      continue;
    }
    const cue = cueAt(ctx, k);
    // before any comma only the words of a title may stand between the speaker and the cue: “co-anchor”, “chief of staff”
    if (!cue && !comma && !isTitleWord(t)) return null;
    if (!cue) continue;
    // after an apposition the cue follows its closing comma: “Anne Richards, assistant secretary …, said”
    if (relative || cue.according || cue.strength === 'attitude' || isParticiple(ctx, cue) || (comma && tokens[k - 1].text !== ',') || !closesSentence(ctx, cue.end)) return null;
    if (comma) return { cue, mention: appositionName(ctx, m) ?? m };
    return { cue, mention: { ...m, end: k, head: head ?? m.head ?? { start: m.start, end: m.end } } };
  }
  return null;
}

/** Most tokens of a quoted term passed over inside an apposition. */
const TERM_TOKENS = 4;

/** The closing mark of a quotation of a few words opening at token `open`, or -1. */
export function quotedTermEnd(ctx: ArticleContext, open: number): number {
  const qi = ctx.inQuote[open + 1];
  const q = qi >= 0 ? ctx.quotes[qi] : undefined;
  return q && q.openTok === open && q.closeTok - q.openTok <= TERM_TOKENS + 1 ? q.closeTok : -1;
}

/** “… for population, refugees, and migration, said” — “and” or “or” then a few lower-case words and a comma: the last item of a list. */
function lastListItem(ctx: ArticleContext, at: number, ceil: number): boolean {
  const tokens = ctx.tokens;
  const w = tokens[at]?.lower;
  if (w !== 'and' && w !== 'or') return false;
  for (let k = at + 1; k < Math.min(ceil, at + 5); k++) {
    const t = tokens[k];
    if (t.text === ',') return k > at + 1;
    if (t.kind !== 'word' || t.cap || ctx.inQuote[k] >= 0 || cueAt(ctx, k)) return false;
  }
  return false;
}

/** “Tom Berg’s chief of staff, Joe Kasper, told” — a description whose apposition is a name: the name is the person. */
function appositionName(ctx: ArticleContext, m: Mention): Mention | null {
  if (m.type !== 'description') return null;
  const tokens = ctx.tokens;
  let k = m.end;
  while (k < m.end + 4 && tokens[k] && tokens[k].text !== ',') k++;
  if (tokens[k]?.text !== ',' || !isNameWord(tokens[k + 1])) return null;
  const e = nameRunForward(tokens, k + 1, k + 1 + 6);
  return tokens[e]?.text === ',' ? { start: m.start, end: e, type: 'name', head: { start: k + 1, end: e } } : null;
}
