import { ROLE_NOUNS } from '../core/data/role-nouns';
import { TITLES, TITLE_JOINERS } from '../core/data/titles';
import { foldLetters } from '../core/text/fold-letters';

/**
 * A pure string function with its recent answers kept: identity resolution asks for the same
 * names over and over (every candidate against every mention). Forgets everything past `size`.
 */
function remembered(fn: (s: string) => string, size = 20_000): (s: string) => string {
  const known = new Map<string, string>();
  return (s) => {
    let v = known.get(s);
    if (v === undefined) {
      if (known.size >= size) known.clear();
      v = fn(s);
      known.set(s, v);
    }
    return v;
  };
}

/** Lower-case, accent-free, punctuation-free form of a name, used to match speakers. */
export const normalizeName = remembered(normalizeNameOnce);

function normalizeNameOnce(name: string): string {
  return foldLetters(name)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them']);

/** True when a mention as written is itself a name worth keeping as an alias ("Ali Shamkhani", not "he" or "the official"). */
export function isNameLikeMention(mention: string): boolean {
  const words = mention.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (PRONOUNS.has(words[0].toLowerCase())) return false;
  if (/^(the|a|an|his|her|their|its)$/i.test(words[0])) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(de|da|del|van|von|al|bin|ibn|le|la)$/i.test(w));
}

/** True for a pronoun mention ("he", "She"), which is never kept as an alias. */
export function isPronoun(mention: string): boolean {
  return PRONOUNS.has(mention.trim().toLowerCase());
}

/** Name particles left out of match keys: "Bashar al-Assad" and "Bashar Assad" are one key. */
const PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'bint', 'de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'dos', 'das']);

/** Honorifics dropped before matching: "Mr. Shamkhani" is "Shamkhani". */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'sen', 'rep', 'gen', 'col', 'sheikh', 'ayatollah']);

/**
 * Spelling folds for transliterated names, applied in order to each word. Each pair is a
 * variation seen between outlets: Shamkhani/Shamkhany, Mohammed/Mohamed, Vladimir/Wladimir,
 * Youssef/Yusef, Gaddafi/Qaddafi.
 */
const FOLDS: Array<[RegExp, string]> = [
  [/kh/g, 'k'], // Shamkhani / Shamkani
  [/gh/g, 'g'], // Ghani / Gani
  [/ph/g, 'f'], // Stephan / Stefan
  [/th/g, 't'], // Othman / Otman
  [/dh/g, 'd'], // Kadhafi / Kadafi
  [/dj|dzh|zh/g, 'j'], // Djamel / Jamel, Zhukov / Jukov
  [/q/g, 'k'], // Qaddafi / Kaddafi
  [/ck/g, 'k'],
  [/c(?=[aou])/g, 'k'], // Carlos / Karlos
  [/w/g, 'v'], // Wladimir / Vladimir
  [/x/g, 'ks'],
  [/ou|oo/g, 'u'], // Youssef / Yussef
  [/ee|ie|y/g, 'i'], // Shamkhany / Shamkhani
  [/(.)\1+/g, '$1'], // Mohammed / Mohamed
  [/h$/g, ''], // Abdallah / Abdalla
];

/** Transliteration-folded form of one normalised word. */
export const foldWord = remembered(foldWordOnce);

/**
 * An initial stands for the first letter of a name, so it folds as that letter does at the start
 * of a name: “W. Bush” is “v” as “Walker” is “valker”. The folds of whole words would empty “H”
 * (“Abdallah” / “Abdalla”) and make “X” two letters.
 */
const INITIAL_FOLDS: Record<string, string> = { w: 'v', q: 'k', y: 'i', x: 'k' };

function foldWordOnce(word: string): string {
  if (word.length === 1) return INITIAL_FOLDS[word] ?? word;
  let w = word;
  for (const [re, to] of FOLDS) w = w.replace(re, to);
  return w;
}

/** The words of a normalised name without honorifics and particles. */
export function nameWords(name: string): string[] {
  return normalizeName(name)
    .split(' ')
    .filter((w) => w && !PARTICLES.has(w) && !HONORIFICS.has(w));
}

/** Transliteration-folded key of a whole name: equal keys are spelling variants of one name. */
export function matchKey(name: string): string {
  return nameWords(name).map(foldWord).join(' ');
}

/** How a person is named: given names (or their initials) and the surname, folded for matching. */
export interface NameParts {
  /** Folded given names, in order ("ali"); initials are single letters. */
  given: string[];
  /** Folded surname ("shamkani"), or null when there is no word at all. */
  surname: string | null;
  /** True when every given name is a single letter: "A. Shamkhani". */
  initialsOnly: boolean;
}

/**
 * Whether `alias` is only `name` with a title or a role before it: “Colonel Omar Saleh” or
 * “Finance Minister Adaeze Nwosu” for the person named without it. A fuller name (“Mary Susan
 * Smith” for Susan Smith) is not: none of the words before the name is a title or a role.
 */
export function isTitledForm(alias: string, name: string): boolean {
  const full = normalizeName(name);
  const said = normalizeName(alias);
  if (!full.includes(' ') || said.length <= full.length + 1 || !said.endsWith(` ${full}`)) return false;
  return said
    .slice(0, -full.length - 1)
    .split(' ')
    .some((w) => TITLES.has(w) || ROLE_NOUNS.has(w) || TITLE_JOINERS.has(w) || HONORIFICS.has(w));
}

/** Splits a person's name into folded given names and surname. */
export function nameParts(name: string): NameParts {
  const words = nameWords(name).map(foldWord);
  if (words.length === 0) return { given: [], surname: null, initialsOnly: false };
  const given = words.slice(0, -1);
  return { given, surname: words[words.length - 1], initialsOnly: given.length > 0 && given.every((g) => g.length === 1) };
}

/**
 * Whether the given names of two people can be the same person's: equal, or one side
 * gives only initials that match the other side's names ("a" fits "ali").
 */
export function givenNamesCompatible(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.length === 1 && y.length > 1 && initialFits(x, y)) continue;
    if (y.length === 1 && x.length > 1 && initialFits(y, x)) continue;
    return false;
  }
  return true;
}

/**
 * First letters a folded name may have when written with this initial: “C. Mendoza” may be
 * Carlos (“karlos”), “P. Novak” Philip (“filip”), “D. Haddad” Djamel (“jamel”).
 */
const INITIAL_STARTS: Record<string, string> = { c: 'ck', p: 'pf', d: 'dj', z: 'zj' };

function initialFits(initial: string, name: string): boolean {
  return (INITIAL_STARTS[initial] ?? initial).includes(name[0]);
}

/** Key of a stated role: one row per distinct title, organisation and country. */
export function roleKey(role: { title?: string | null; organisation?: string | null; country?: string | null }): string {
  return [role.title, role.organisation, role.country].map((p) => normalizeName(p ?? '')).join('|');
}

/** Readable form of a role: "Secretary, Supreme National Security Council (SNSC), Iran". */
export function describeRole(role: {
  title: string | null;
  organisation: string | null;
  organisationAbbreviation?: string | null;
  country: string | null;
}): string {
  const org = role.organisation
    ? role.organisationAbbreviation && role.organisationAbbreviation !== role.organisation
      ? `${role.organisation} (${role.organisationAbbreviation})`
      : role.organisation
    : role.organisationAbbreviation ?? null;
  return [role.title, org, role.country].filter(Boolean).join(', ');
}
