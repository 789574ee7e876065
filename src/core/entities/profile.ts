/**
 * Reads who a person is from the words around a name: titles and roles, the country
 * (possessive or adjective), the organisation and its abbreviation.
 * “Secretary of Iran’s Supreme National Security Council (SNSC) Ali Shamkhani”.
 */
import type { Token } from '../text/tokenize';
import { COUNTRIES, NATIONALITIES } from '../data/places';
import { ORGANISATION_SHAPES, ORGANISATION_WORDS, ROLE_NOUNS, TWO_WORD_ROLES, TWO_WORD_ROLE_WORDS } from '../data/role-nouns';
import { TITLE_JOINERS, TITLES } from '../data/titles';
import { stripPossessive } from '../text/possessive';
import { NOT_PLAIN } from '../text/tokenize';
import { WordShapes } from '../text/word-shapes';

/** What the surrounding words say about a person. */
export interface Profile {
  role?: string;
  organisation?: string;
  organisationAbbreviation?: string;
  country?: string;
  gender?: 'male' | 'female';
}

/** Longest pre-modifier read before a name. */
const PRE_WINDOW = 14;

function bare(lower: string): string {
  return stripPossessive(lower);
}

/** Country named by a possessive (Iran’s) or a nationality adjective (Iranian). */
export function countryOf(t: Token): string | undefined {
  const b = bare(t.lower);
  if (NATIONALITIES.has(b)) return NATIONALITIES.get(b);
  if (t.lower !== b && COUNTRIES.has(b)) return t.text.slice(0, b.length);
  return undefined;
}

/** Words naming the business of an office between “chief” or “deputy” and its noun: “chief financial officer”. */
const OFFICE_WORDS: ReadonlySet<string> = new Set([
  'financial', 'operating', 'executive', 'technology', 'technical', 'information', 'medical', 'scientific', 'marketing',
  'commercial', 'legal', 'investment', 'risk', 'compliance', 'digital', 'data', 'security', 'strategy', 'managing', 'general',
  'political', 'economic', 'communications', 'press', 'nursing', 'policy', 'campaign', 'research', 'product', 'sales', 'people',
]);

/**
 * Shapes of every word the profile tables hold. A word of ASCII letters only (no possessive
 * ending) whose shape is not among them is in none of the tables, so most words around a name
 * are passed over without a lookup.
 */
const PROFILE_SHAPES = new WordShapes([...TITLES.keys(), ...TITLE_JOINERS, ...ROLE_NOUNS.keys(), ...NATIONALITIES.keys(), ...COUNTRIES.keys(), ...OFFICE_WORDS, ...TWO_WORD_ROLE_WORDS, 'the']);

/** True when the word is surely in none of the profile tables (see PROFILE_SHAPES). */
function plainNonProfile(t: Token): boolean {
  return (t.shape & NOT_PLAIN) === 0 && !PROFILE_SHAPES.hasShape(t.shape);
}

function isProfileToken(t: Token): boolean {
  if (t.kind === 'punct') return t.text === '(' || t.text === ')' || t.text === '.';
  if (t.kind !== 'word') return false;
  if (t.cap) return true;
  if (plainNonProfile(t)) return false;
  return TITLES.has(t.lower) || TITLE_JOINERS.has(t.lower) || ROLE_NOUNS.has(t.lower) || OFFICE_WORDS.has(t.lower) || TWO_WORD_ROLE_WORDS.has(t.lower) || t.lower === 'the' || t.lower.endsWith('’s') || t.lower.endsWith("'s");
}

/** What a minister or secretary is in charge of (“Interior Minister”, “Health Secretary”), and the opposition's leader. */
export const PORTFOLIOS: ReadonlySet<string> = new Set([
  'interior', 'health', 'finance', 'defence', 'defense', 'justice', 'education', 'energy', 'environment', 'agriculture', 'transport',
  'labour', 'labor', 'trade', 'economy', 'culture', 'housing', 'treasury', 'home', 'immigration', 'commerce', 'industry', 'tourism',
]);

/** The word before a title names its portfolio: “Interior” before “Minister”, “opposition” before “leader”. */
function portfolioOf(word: string, title: string): boolean {
  if (title === 'minister' || title === 'secretary' || title === 'ministers') return PORTFOLIOS.has(word);
  return word === 'opposition' && title === 'leader';
}

/** Start of the title/role words directly before a name (bounded). */
export function preModifierStart(tokens: Token[], nameStart: number, floor: number): number {
  let s = nameStart;
  for (let k = 0; k < PRE_WINDOW && s - 1 >= floor && isProfileToken(tokens[s - 1]); k++) s--;
  return s;
}

/** Some word of tokens [start, end) marks an organisation (“Council”, “Ministry”). */
function namesOrganisation(tokens: Token[], start: number, end: number): boolean {
  // (read for every capitalised run around a name, the name itself too: the shape turns most words away unhashed)
  for (let i = start; i < end; i++) if (ORGANISATION_SHAPES.hasShape(tokens[i].shape) && ORGANISATION_WORDS.has(tokens[i].lower)) return true;
  return false;
}

/** The texts of tokens [start, end) joined by single spaces. */
function joinTexts(tokens: Token[], start: number, end: number): string {
  let out = tokens[start].text;
  for (let i = start + 1; i < end; i++) out += ` ${tokens[i].text}`;
  return out;
}

/** Joiners that link a title to what follows it (“envoy to Syria”), never the first words of one. */
const LINK_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'to']);

/** Build a profile from the token range [start, end) surrounding a name. */
export function readProfile(tokens: Token[], start: number, end: number): Profile {
  // every field present from the start: one object shape for all profiles, so the reads of them stay monomorphic
  const p: Profile = { role: undefined, organisation: undefined, organisationAbbreviation: undefined, country: undefined, gender: undefined };
  // capitalised runs as token ranges: the current one [orgStart, i) and the best one naming an organisation
  let orgStart = -1;
  let bestStart = -1;
  let bestEnd = -1;
  let possessiveSeen = false;
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || plainNonProfile(t)) {
      // no title, role or country: only the organisation runs and “(SNSC)” are read
      if (t.kind === 'word' && t.cap) { if (orgStart < 0) orgStart = i; }
      else if (orgStart >= 0) { if (namesOrganisation(tokens, orgStart, i)) { bestStart = orgStart; bestEnd = i; } orgStart = -1; }
      if (t.text === '(' && tokens[i + 1] && tokens[i + 2]?.text === ')' && /^[A-Z]{2,8}$/.test(tokens[i + 1].text) && bestStart >= 0) {
        p.organisationAbbreviation = tokens[i + 1].text;
      }
      continue;
    }
    // Harbour master Captain Ingrid Solberg — a role of two words before a rank is the role; the rank only a title
    if (!p.role && i + 1 < end && TWO_WORD_ROLE_WORDS.has(t.lower) && TWO_WORD_ROLES.has(`${t.lower} ${tokens[i + 1].lower}`)) {
      p.role = joinTexts(tokens, i, i + 2);
      i++;
      continue;
    }
    const title = TITLES.get(t.lower);
    // Vice President, Deputy Governor: a title that joins the next one leaves the role to it
    const joinsNext = title !== undefined && TITLE_JOINERS.has(t.lower) && i + 1 < end
      && (TITLES.has(tokens[i + 1].lower) || (TITLE_JOINERS.has(tokens[i + 1].lower) && tokens[i + 1].cap && i + 2 < end && TITLES.has(tokens[i + 2].lower)));
    // chief executive, chief operating officer, deputy director: a joining title before a role noun makes one role
    if (title && TITLE_JOINERS.has(t.lower) && !p.role && i + 1 < end && ROLE_NOUNS.get(tokens[i + 1].lower)?.length) {
      p.role = joinTexts(tokens, i, i + 2);
      continue;
    }
    // chief financial officer, deputy managing director: up to two words of the office between them
    if (title && TITLE_JOINERS.has(t.lower) && !p.role) {
      let k = i + 1;
      while (k < end && k <= i + 2 && tokens[k].kind === 'word' && !ROLE_NOUNS.get(tokens[k].lower)?.length && !TITLES.has(tokens[k].lower) && OFFICE_WORDS.has(tokens[k].lower)) k++;
      if (k > i + 1 && k < end && ROLE_NOUNS.get(tokens[k].lower)?.length) {
        p.role = joinTexts(tokens, i, k + 1);
        i = k;
        continue;
      }
    }
    if (title && !title.honorific && !p.role && !joinsNext) {
      // special envoy / Secretary of State / campaign chairman / Vice President / Deputy Prime Minister
      let from = i;
      while (from - 1 >= start && i - from < 2 && (TITLE_JOINERS.has(tokens[from - 1].lower) || portfolioOf(tokens[from - 1].lower, t.lower)) && !LINK_WORDS.has(tokens[from - 1].lower)) from--;
      p.role = from === i ? t.text : joinTexts(tokens, from, i + 1);
    } else if (!p.role && !joinsNext && ROLE_NOUNS.get(t.lower)?.length) p.role = t.text;
    if (title?.gender && !p.gender) p.gender = title.gender;
    const country = countryOf(t);
    // Iran’s (possessive) beats an adjective or a later country: “Russia's special envoy on Syria”
    const possessive = t.lower !== bare(t.lower);
    if (country && ((possessive && !possessiveSeen) || !p.country)) p.country = country;
    if (country && possessive) possessiveSeen = true;
    if (t.kind === 'word' && t.cap && !country && !TITLES.has(t.lower)) { if (orgStart < 0) orgStart = i; }
    else if (orgStart >= 0) { if (namesOrganisation(tokens, orgStart, i)) { bestStart = orgStart; bestEnd = i; } orgStart = -1; }
    if (t.text === '(' && tokens[i + 1] && tokens[i + 2]?.text === ')' && /^[A-Z]{2,8}$/.test(tokens[i + 1].text) && bestStart >= 0) {
      p.organisationAbbreviation = tokens[i + 1].text; // Supreme National Security Council (SNSC)
    }
  }
  if (orgStart >= 0 && namesOrganisation(tokens, orgStart, end)) { bestStart = orgStart; bestEnd = end; }
  if (bestStart >= 0) p.organisation = joinTexts(tokens, bestStart, bestEnd);
  return p;
}
