/**
 * Words around a place name: locative prepositions, compass adjectives, nouns that
 * introduce a place (“the villages of”), and verbs that make a name a speaker.
 */

/** “in Aleppo”, “from Fuaa and Kafraya”, “across Syria”. */
export const LOCATIVES: ReadonlySet<string> = new Set([
  'in', 'of', 'from', 'across', 'around', 'near', 'at', 'inside', 'outside', 'throughout', 'into', 'to', 'within', 'for', 'besieged', 'through',
  // at sea: “a ferry sank off Lesbos”
  'off',
]);

/** Compass and control adjectives kept in the subject, lower case: “eastern Aleppo”, “east Aleppo”. */
export const DIRECTIONS: ReadonlySet<string> = new Set([
  'eastern', 'western', 'northern', 'southern', 'central', 'east', 'west', 'north', 'south', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'rural', 'greater', 'old',
]);

/** Nouns that introduce places: “the villages of Fuaa and Kafraya”, “the siege of Madaya”. */
export const PLACE_INTRODUCERS: ReadonlySet<string> = new Set([
  'village', 'villages', 'town', 'towns', 'city', 'cities', 'siege', 'province', 'district', 'region', 'camp', 'neighbourhood',
  'neighborhood', 'neighbourhoods', 'neighborhoods', 'suburb', 'suburbs', 'areas', 'area', 'enclave', 'battle', 'governorate',
]);

/** Verbs after a name that make it a speaker or source, not the subject: “the UN said”. */
export const SPEAKER_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'reported', 'reports', 'added', 'announced', 'stated', 'estimated', 'estimates', 'noted', 'warned',
  'claimed', 'claims', 'confirmed', 'according', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'chief',
]);

/** Lower-case name particles inside a name run: “Deir ez-Zor”, “Ras al Ain”. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ez', 'ad', 'as', 'an', 'bin', 'ibn', 'de', 'la', 'du', 'der']);
