/**
 * Runs of capitalised words that form a name (“Secretary of State John F. Kerry”,
 * “Ali Shamkhani”), walked forwards or backwards from one token, never further than
 * `MAX_NAME_TOKENS`.
 */
import type { Token } from '../text/tokenize';
import { NOT_NAMES, SENTENCE_PREPOSITIONS } from '../data/function-words';
import { CUE_WORDS } from '../data/cue-verbs';
import { TITLES } from '../data/titles';
import { WordShapes } from '../text/word-shapes';
import { NAME_ABBREVIATIONS } from '../data/abbreviations';

/** Longest name run considered (tokens, counting periods of initials). */
export const MAX_NAME_TOKENS = 12;

/** Lower-case particles inside a name: “Ursula von der Leyen”, “Bashar al Assad”, Welsh “Rhodri ap Iorwerth”, “Mererid ferch Gwyn”. */
const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'el', 'da', 'di', 'du', 'del', 'der', 'den', 'la', 'le', 'ibn', 'abu', 'bint', 'ben', 'y', 'dos', 'das',
  'ap', 'ab', 'ferch', 'verch']);

/** Dutch particles written with the elided article: “Sophie in 't Veld”, “Van 't Hof”, “op 't Land”. */
const ELIDED_PARTICLES = new Set(['in', 'van', 'op', 'uit']);

/** Tokens i, i+1 are the elided article 't: an apostrophe directly followed by “t”. */
export function isElidedT(tokens: Token[], i: number): boolean {
  const a = tokens[i];
  if (!a || a.end - a.start !== 1 || (a.text !== "'" && a.text !== '’')) return false;
  const t = tokens[i + 1];
  return !!t && t.lower === 't' && t.start === a.end;
}

/** “Mr Farage”, “Dr Osei” — an honorific written without its period, capitalised, still opens a name. */
function isBareHonorific(t: Token | undefined): boolean {
  return !!t && t.cap && t.kind === 'word' && HONORIFICS.has(t.lower);
}

/** Honorific titles (Mr, Mrs, Dr …), read once from the title table. */
const HONORIFICS: ReadonlySet<string> = new Set([...TITLES].filter(([, info]) => info.honorific).map(([w]) => w));

/** “Judicial Watch”, “Human Rights Watch” — a capitalised word that is never a name alone but ends one. */
function isNameTail(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap && t.lower === 'watch';
}

/** Particles written joined to the surname by a hyphen: “al-Masri”, “el-Sayed”, “bin-Laden”. */
const HYPHEN_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'bin', 'ibn', 'abu', 'ben', 'ould', 'ul', 'ud']);

/** “al-Masri” in “Abu Hassan al-Masri”: a lower-case particle, a hyphen and a capitalised surname, all one word. */
function isParticleSurname(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap) return false;
  const text = t.text;
  const h = text.indexOf('-');
  if (h < 2 || h > 4 || h + 2 > text.length) return false;
  const c = text.charCodeAt(h + 1);
  return c >= 65 && c <= 90 && HYPHEN_PARTICLES.has(t.lower.slice(0, h));
}

/** Capitalised words are asked about often, and most are not in NOT_NAMES: their shape answers without reading them. */
const NOT_NAME_SHAPES = new WordShapes(NOT_NAMES);

/** A capitalised word that may be part of a name (not “The”, “But”, “Monday”). */
export function isNameWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap && (!(NOT_NAME_SHAPES.hasShape(t.shape) && NOT_NAMES.has(t.lower)) || isAcronym(t.text))
    && (t.text.length > 3 || !ROLE_ABBREVIATIONS.has(t.text));
}

/** Three to six capital letters: an abbreviation, even one spelt like a function word (“the WHO said”, not “who”). */
export function isAcronym(w: string): boolean {
  if (w.length < 3 || w.length > 6) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Roles written in capitals, which are no names: “The local MP, Rahul Varma, said”. */
export const ROLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['MP', 'MPs', 'MEP', 'MSP']);

/** Most capitalised words open no sentence as a preposition: their shape says so without reading them. */
const PREPOSITION_SHAPES = new WordShapes(SENTENCE_PREPOSITIONS);

/** Ends of a sentence or a clause before a word that opens the next one. */
const SENTENCE_ENDS = new Set(['.', '!', '?', ':', ';', '(', '—', '–']);

/** Token i is a preposition opening a sentence (“Under Florida law, …”, “Across town, …”): no name starts there. */
export function prepositionOpening(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // (an abbreviation in capitals is a name: “UN:”, “ER doctors”)
  if (!t || !t.cap || !PREPOSITION_SHAPES.hasShape(t.shape) || !SENTENCE_PREPOSITIONS.has(t.lower) || (t.text.length > 1 && t.text === t.text.toUpperCase())) return false;
  const p = tokens[i - 1];
  return !p || p.kind === 'break' || p.kind === 'mark' || SENTENCE_ENDS.has(p.text);
}

/** “F.” or “Sen.” — a capital initial or title abbreviation directly followed by its period. */
function isInitialAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const dot = tokens[i + 1];
  if (!t || !dot || dot.text !== '.' || dot.start !== t.end || !t.cap) return false;
  return t.text.length === 1 || TITLES.has(t.lower) || NAME_ABBREVIATIONS.has(t.text);
}


/** Capitalised plurals that open a group's name before “for”: “Citizens for Fair Ballots”, “Americans for Prosperity”. */
export function isGroupForName(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !t.cap || t.text === t.text.toUpperCase()) return false;
  const w = t.lower;
  return (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('’s') && !w.endsWith("'s")) || w === 'women' || w === 'people';
}

/** Start of the name run ending at token `end - 1` (exclusive end), or `end` when there is none. */
export function nameRunBackward(tokens: Token[], end: number, floor: number): number {
  let s = end;
  for (let k = 0; k < MAX_NAME_TOKENS && s - 1 >= floor; k++) {
    const p = tokens[s - 1];
    if (isNameWord(p) && !(p.text.length === 1 && tokens[s]?.text !== '.')) { s--; continue; }
    if (p.text === '.' && s - 2 >= floor && isInitialAt(tokens, s - 2)) { s -= 2; continue; } // John F. Kerry
    if (s < end && isBareHonorific(p)) { s--; continue; } // Mr Farage
    if (isNameTail(p) && isNameWord(tokens[s - 2]) && s - 2 >= floor) { s--; continue; } // Judicial Watch
    if (PARTICLES.has(p.lower) && s < end && isNameWord(tokens[s - 2])) { s--; continue; } // Bashar al Assad
    // Joost van der Berg, Juan de la Cruz — two particles in a row before the surname
    if (PARTICLES.has(p.lower) && s < end && s - 3 >= floor && PARTICLES.has(tokens[s - 2]?.lower ?? '') && isNameWord(tokens[s - 3])) { s -= 2; continue; }
    if (s === end && isParticleSurname(p) && isNameWord(tokens[s - 2]) && s - 2 >= floor) { s--; continue; } // Abu Hassan al-Masri
    // Sophie in 't Veld — the particle, then the elided article, before the surname
    if (s < end && s - 4 >= floor && isElidedT(tokens, s - 2) && ELIDED_PARTICLES.has(tokens[s - 3].lower) && isNameWord(tokens[s - 4])) { s -= 3; continue; }
    if (p.lower === 'of' && s < end && tokens[s - 2]?.cap && TITLES.has(tokens[s - 2].lower)) { s--; continue; } // Secretary of State (not “the mayor of Tarnby”)
    if (p.text === 'for' && s < end && s - 2 >= floor && isGroupForName(tokens[s - 2])) { s--; continue; } // Citizens for Fair Ballots
    break;
  }
  // Under Florida law — a preposition opening the sentence is no part of the name after it
  while (s < end && prepositionOpening(tokens, s)) s++;
  return s;
}

/** End (exclusive) of the name run starting at token `start`, or `start` when there is none. */
/** Prepositions title case capitalises, which no name holds (“Without” and “Against” do: Reporters Without Borders). */
const TITLE_CASE_PREPOSITIONS = new Set(['out', 'over', 'into', 'onto', 'off', 'up', 'about', 'after', 'amid', 'before', 'during', 'until', 'upon', 'through', 'toward', 'towards']);

/**
 * A word title case capitalises that no name holds: a reporting verb in the third person (“Hints”, “Calls”, “Slams”:
 * no surname takes these forms) or a preposition (“Out”, “Over”).
 */
export function breaksTitleCaseName(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const w = t.lower;
  return TITLE_CASE_PREPOSITIONS.has(w) || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && CUE_WORDS.has(w));
}

export function nameRunForward(tokens: Token[], start: number, ceil: number): number {
  let e = start;
  if (prepositionOpening(tokens, start)) return start;
  for (let k = 0; k < MAX_NAME_TOKENS && e < ceil; k++) {
    const t = tokens[e];
    // (a title written out in full with a full stop ends a sentence unless a name follows: “… of the High Commissioner.”)
    if (isInitialAt(tokens, e) && (t.text.length <= 4 || NAME_ABBREVIATIONS.has(t.text) || isNameWord(tokens[e + 2]))) { e += 2; continue; }
    // Jeb Bush Hits Marco Rubio On … / Ola Berg Calls Out Ines Ruiz Over … — in a headline written in title case, a
    // reporting verb or a preposition ends the name before it (the registry does not start a name at one either)
    if (e > start && t.cap && breaksTitleCaseName(t)) break;
    if (isNameWord(t) || (e > start && isNameTail(t))) {
      e++;
      continue;
    }
    if (isBareHonorific(t) && isNameWord(tokens[e + 1])) { e++; continue; } // Mr Farage (never a name word itself)
    if (e > start && (PARTICLES.has(t.lower) || (t.lower === 'of' && TITLES.has(tokens[e - 1].lower))) && isNameWord(tokens[e + 1])) { e++; continue; }
    // Joost van der Berg, Juan de la Cruz — two particles in a row before the surname
    if (e > start && PARTICLES.has(t.lower) && PARTICLES.has(tokens[e + 1]?.lower ?? '') && isNameWord(tokens[e + 2]) && e + 2 < ceil) { e += 2; continue; }
    if (e === start + 1 && t.text === 'for' && isGroupForName(tokens[e - 1]) && isNameWord(tokens[e + 1]) && e + 1 < ceil) { e++; continue; } // Citizens for Fair Ballots
    if (e > start && isParticleSurname(t)) { e++; break; } // Abu Hassan al-Masri: the surname ends the name
    if (e > start && isElidedT(tokens, e + 1) && ELIDED_PARTICLES.has(t.lower) && isNameWord(tokens[e + 3]) && e + 3 < ceil) { e += 3; continue; }
    break;
  }
  return e;
}
