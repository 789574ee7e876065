/**
 * Learns each person’s gender from the pronouns that follow their mentions:
 * “Alexander Lavrentiev … his” → male. Windows are bounded and stop at the next name.
 */
import type { ArticleContext } from '../context';
import { CLAUSE_RELATIVES, GENDERED_FORMS } from '../data/function-words';
import { isNameWord } from '../attribution/name-run';
import type { Entity } from './registry';
import { WordShapes } from '../text/word-shapes';
import { endsPossessive } from '../text/possessive';
import { TITLES } from '../data/titles';
import { GIVEN_NAME_GENDER } from '../data/given-names';

// Bound once at load: called for every token, and each read of an import through the
// CommonJS interop layer is a getter call.
const PRONOUN_GENDER = GENDERED_FORMS;
const isName = isNameWord;

const WINDOW = 14;
/** Words opening a sentence about someone not yet named: “An agency official …”, “A spokesman …”. */
const NEW_SUBJECT: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);
/** Most words are no pronoun: turned away without hashing them. */
const PRONOUN_SHAPES = new WordShapes(GENDERED_FORMS.keys());

/**
 * Token `i` is “him”, or “her” with no noun after it (not “her husband”), inside a phrase the mention ending at
 * `end` opens with a comma and a participle: “Pavel Dorin, speaking alongside her,” — there it is someone else.
 */
function objectInParticiple(tokens: ArticleContext['tokens'], end: number, i: number): boolean {
  const w = tokens[i].lower;
  if (w !== 'him' && !(w === 'her' && tokens[i + 1]?.kind !== 'word')) return false;
  if (tokens[end]?.text !== ',' || !tokens[end + 1] || !/^[a-z]+ing$/.test(tokens[end + 1].text)) return false;
  for (let k = end + 2; k < i; k++) if (tokens[k].kind !== 'word') return false;
  return true;
}

/** Words after “her” that show it is an object, not a possessive: “with her for two decades”, “told her.” */
const AFTER_OBJECT: ReadonlySet<string> = new Set(['for', 'in', 'at', 'on', 'to', 'with', 'from', 'about', 'as', 'and', 'when', 'after', 'before', 'during', 'until', 'since', 'over', 'that']);

/**
 * Token `i` is “him”, or “her” as an object, within the verb's few words of a “, who” clause the mention ending at
 * `end` opens (“, who dived with her for two decades,”): there it is someone else.
 */
function objectInRelative(tokens: ArticleContext['tokens'], end: number, i: number): boolean {
  const w = tokens[i].lower;
  if (w !== 'him' && !(w === 'her' && (tokens[i + 1]?.kind !== 'word' || AFTER_OBJECT.has(tokens[i + 1].lower)))) return false;
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.lower !== 'who' || i > end + 6) return false;
  for (let k = end + 2; k < i; k++) if (tokens[k].kind !== 'word') return false;
  return true;
}

/**
 * The gender of “his” or “her” owning a noun right after a name's verb, or its verb and a preposition: “Voss reflected
 * on her legacy”, “Marsh thanked his staff” — told only within the sentence, outside quotes.
 */
export function possessiveGenderAfter(ctx: ArticleContext, end: number): 'male' | 'female' | undefined {
  const { tokens } = ctx;
  const verb = tokens[end];
  if (!verb || verb.kind !== 'word' || verb.cap || ctx.inQuote[end] >= 0) return undefined;
  for (let k = end + 1; k < Math.min(tokens.length, end + 3); k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || ctx.inQuote[k] >= 0 || ctx.bounds.sentenceStart[k] || t.cap) return undefined;
    if ((t.lower === 'her' || t.lower === 'his') && tokens[k + 1]?.kind === 'word' && !tokens[k + 1].cap && !AFTER_OBJECT.has(tokens[k + 1].lower)) {
      return t.lower === 'her' ? 'female' : 'male';
    }
  }
  return undefined;
}

/** The longest relative clause passed over, in tokens. */
const CLAUSE_MAX = 24;

/**
 * After a name ending at `end`: “, who/whose … ,” naming someone else inside, in one sentence — the token after its
 * closing comma; 0 when there is no such clause.
 */
function relativeClauseEnd(ctx: ArticleContext, end: number): number {
  const { tokens } = ctx;
  if (tokens[end]?.text !== ',' || !CLAUSE_RELATIVES.has(tokens[end + 1]?.lower ?? '')) return 0;
  let named = false;
  for (let k = end + 2; k < Math.min(tokens.length, end + 2 + CLAUSE_MAX); k++) {
    const t = tokens[k];
    if (t.kind === 'break' || t.kind === 'mark' || (ctx.bounds.sentenceStart[k] && ctx.inQuote[k] < 0)) return 0;
    if (t.text === ',') return named ? k + 1 : 0;
    if (isName(t)) named = true;
    // a pronoun before any other name is the person's own (“, who said he …”): the clause is read as usual
    else if (!named && PRONOUN_SHAPES.hasShape(t.shape) && PRONOUN_GENDER.has(t.lower)) return 0;
  }
  return 0;
}

/** How far a sentence's subject is followed to the next sentence, quoted words included. */
const NEXT_SENTENCE_MAX = 80;

/**
 * The name [start, end) opens its sentence (after at most a few words of title: “Political scientist Lena
 * Schuyler”), the sentence quotes someone and names no one else outside the quotation, and the next sentence in the
 * paragraph opens with “he” or “she”: that pronoun's gender; else undefined.
 */
function nextSentencePronoun(ctx: ArticleContext, start: number, end: number): 'male' | 'female' | undefined {
  const { tokens } = ctx;
  const { sentenceStart } = ctx.bounds;
  let s = start;
  while (s > 0 && start - s < 4 && !sentenceStart[s] && tokens[s - 1].kind === 'word') s--;
  if (!sentenceStart[s] || ctx.inQuote[start] >= 0) return undefined;
  let quoted = false;
  for (let k = end; k < Math.min(tokens.length, end + NEXT_SENTENCE_MAX); k++) {
    const t = tokens[k];
    if (t.kind === 'break') return undefined;
    if (ctx.inQuote[k] >= 0 || t.kind === 'mark') { quoted = true; continue; }
    if (sentenceStart[k]) {
      const w = t.lower;
      return quoted && (w === 'he' || w === 'she') ? PRONOUN_GENDER.get(w) : undefined;
    }
    if (isName(t)) return undefined;
  }
  return undefined;
}

/** The gender a title right before the name tells (“Mr. Delane”, “Ms Feld”), if any. */
export function titleGender(tokens: ArticleContext['tokens'], start: number): 'male' | 'female' | undefined {
  let k = start - 1;
  if (tokens[k]?.text === '.') k--;
  const t = tokens[k];
  return t && t.kind === 'word' && t.cap ? TITLES.get(t.lower)?.gender : undefined;
}

/**
 * The gender of a subject pronoun right after a surname and its verb: “Woods said she does not believe …”, “Marsh
 * added that he …” — told only within the sentence, outside quotes, two words after the verb at most.
 */
export function pronounGenderAfter(ctx: ArticleContext, end: number): 'male' | 'female' | undefined {
  const { tokens } = ctx;
  const verb = tokens[end];
  if (!verb || verb.kind !== 'word' || verb.cap || ctx.inQuote[end] >= 0) return undefined;
  for (let k = end + 1; k < Math.min(tokens.length, end + 4); k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || ctx.inQuote[k] >= 0 || ctx.bounds.sentenceStart[k]) return undefined;
    if (t.lower === 'she') return 'female';
    if (t.lower === 'he') return 'male';
    if (t.lower !== 'that') return undefined;
  }
  return undefined;
}

/** Vote once per mention; titles (Mr., Mrs.) already set `gender` and win, also when written at a later mention. */
export function inferGenders(ctx: ArticleContext, entities: Entity[]): void {
  const { tokens } = ctx;
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    let titled: 'male' | 'female' | undefined;
    for (const m of e.mentions) {
      // “Feld: Mr. Delane did.” — a gendered title at any mention tells the gender
      titled ??= titleGender(tokens, m.start);
      // “Sara Oduya, whose brother Daniel works at the embassy, said she …”: a clause about the person set off by commas,
      // naming someone else, is passed over (its length does not count against the window)
      const clauseEnd = relativeClauseEnd(ctx, m.end);
      const from = clauseEnd > 0 ? clauseEnd : m.end;
      let voted = false;
      for (let i = from; i < Math.min(tokens.length, from + WINDOW); i++) {
        if (ctx.inQuote[i] >= 0) continue;
        if (isName(tokens[i]) && !ctx.bounds.sentenceStart[i]) break;
        // “An agency official, who spoke … because he …”: a sentence opening with someone new is about them (not “An
        // ambassador’s job, he said, …”)
        if (ctx.bounds.sentenceStart[i] && NEW_SUBJECT.has(tokens[i].lower) && tokens[i + 1]?.kind === 'word' && !tokens[i + 1].cap
          && !endsPossessive(tokens[i + 1].text)) break;
        const g = PRONOUN_SHAPES.hasShape(tokens[i].shape) ? PRONOUN_GENDER.get(tokens[i].lower) : undefined;
        // “Pavel Dorin, speaking alongside her,”: the object in a participle's phrase set off after the name is someone else
        if (g && objectInParticiple(tokens, m.end, i)) break;
        // (“Professor Ian Rudd, who dived with her for years,”: the object in a “who” clause set off after the name too)
        if (g && objectInRelative(tokens, m.end, i)) break;
        if (g) { e.genderVotes += g === 'male' ? 1 : -1; voted = true; break; }
      }
      // “Political scientist Lena Schuyler said a shift was “entirely normal.” She said …”: past a quotation, the next
      // sentence opening with “he” or “she” goes on about the subject of this one
      if (!voted) {
        const g = nextSentencePronoun(ctx, m.start, m.end);
        if (g) e.genderVotes += g === 'male' ? 1 : -1;
      }
    }
    if (!e.gender && titled) e.gender = titled;
    // “Samuel Okoro”, “Joanna Pike”: a given name borne by men or by women only
    // (or the word before the surname, when words of a headline or a role stand first: “Benghazi Widow Dorothy Woods”)
    if (!e.gender && e.words.length >= 2) e.gender = GIVEN_NAME_GENDER.get(e.words[0].toLowerCase()) ?? (e.words.length > 2 ? GIVEN_NAME_GENDER.get(e.words[e.words.length - 2].toLowerCase()) : undefined);
    if (!e.gender && e.genderVotes !== 0) e.gender = e.genderVotes > 0 ? 'male' : 'female';
  }
}
