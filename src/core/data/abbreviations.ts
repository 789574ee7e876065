/**
 * Words that end with a period without ending the sentence: titles, initials aside,
 * month and state abbreviations. Lower-case keys, without the period.
 */

/** “Sen. Mark Kirk said …” — the period after these never ends a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt', 'col', 'capt', 'cpt',
  'sgt', 'cmdr', 'adm', 'maj', 'pres', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'atty', 'supt', 'amb', 'hon',
  'messrs', 'mme', 'mlle', 'insp', 'det', 'pvt', 'cpl', 'brig', 'gens', 'rt', 'vs', 'v', 'etc', 'e.g', 'i.e',
  'no', 'nos', 'vol', 'inc', 'corp', 'co', 'ltd', 'dept', 'univ', 'assn', 'est', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va',
  'vt', 'wash', 'wis', 'wyo', 'r', 'd', 'i', 'u', 's', 'n', 'h', 'w',
]);

/** Abbreviations that open the names of places and institutions, as written: St. Agnes Hospital, Mt. Hood, Ft. Worth. */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['St', 'Ste', 'Mt', 'Ft']);
