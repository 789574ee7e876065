/**
 * The place or group a figure is about: the best-scored run of capitalised words in the
 * sentence, preferring “in/of/from X”, compass adjectives and the same quote as the figure.
 */
import type { Token } from '../text/tokenize';
import { INDEFINITE, NOT_NAMES } from '../data/function-words';
import { COUNTRIES, NATIONALITIES, PLACE_EVENTS } from '../data/places';
import { TITLES } from '../data/titles';
import { DIRECTIONS, LOCATIVES, NAME_PARTICLES, PLACE_INTRODUCERS, SPEAKER_VERBS } from './data/subjects';
import { NUMBER_WORDS, QUALIFIERS, VAGUE_COUNTS, VAGUE_SCALES } from './data/numbers';
import { GROUP_NOUNS, MEASURE_WORDS } from './data/measures';
import { MONTHS } from './data/calendar';
import type { WordLookup } from './source';
import { NAME_ABBREVIATIONS } from '../data/abbreviations';

/** Capitalised sentence openers that are figures or casualty words: “Dozens of civilians …”, “Nearly 300 …”. */

const NOT_SUBJECT: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS.keys(), ...VAGUE_SCALES.keys(), ...VAGUE_COUNTS.keys(), ...MEASURE_WORDS.keys(), ...GROUP_NOUNS.keys(), ...MONTHS.keys(),
  ...[...QUALIFIERS.keys()].map((q) => q.split(' ')[0]), 'between', 'up', 'death', 'local', 'government', 'officials', 'state',
  // Determiners and the actors of a sentence, capitalised only because they open it: “Another 50 …”, “Police arrested …”.
  ...INDEFINITE, 'these', 'those', 'this', 'that', 'our', 'their', 'his', 'her', 'its', 'my', 'your',
  // pronouns name no place or group: “'It's not charity,' said a parent, whose two children …”
  'it', 'i', 'we', 'you', 'he', 'she', 'they',
  'police', 'authorities', 'troops', 'soldiers', 'rebels', 'militants', 'residents', 'witnesses', 'activists',
  // lawmakers debating a figure are not what it counts: “MPs debated the bill, which ministers say will deliver 300,000 homes”
  'mps', 'lawmakers', 'legislators', 'senators',
  // days of the week: “Monday's earthquake” happened somewhere else than on Monday
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // units: “44 degrees Celsius”, “Rs 500 crore”
  'celsius', 'fahrenheit', 'kelvin', 'rs',
  // a supply cut, capitalised as it opens a sentence: “Power cuts now affect 41,000 homes”
  'power', 'electricity', 'blackouts',
]);

/** A word without its possessive ending: “Monday's” → “monday”. */
function bareLower(t: Token): string {
  const w = t.lower;
  return w.length > 2 && w.charCodeAt(w.length - 1) === 115 && (w.charCodeAt(w.length - 2) === 39 || w.charCodeAt(w.length - 2) === 8217) ? w.slice(0, -2) : w;
}

/** A subject candidate: token range and whether it reads as a place. */
export interface SubjectHit {
  start: number;
  end: number;
  place: boolean;
}

const MAX_RUN = 8;
const MIN_SCORE = -1.5;

/** A pronoun with its verb drawn in: “I'm”, “We've”, “They'll”, “It's” — no name. */
const CONTRACTED_PRONOUN = /^(?:i|we|you|he|she|they|it)['’](?:m|re|ve|ll|d|s)$/;

function nameWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap && !NOT_NAMES.has(t.lower) && !TITLES.has(t.lower) && !NOT_SUBJECT.has(bareLower(t)) && !CONTRACTED_PRONOUN.test(t.lower);
}

/** “Fuaa and Kafraya”, “Deir ez-Zor”, “Syrian Observatory for Human Rights”, “Committee of the Red Cross”: a run from token k. */
function runFrom(tokens: Token[], k: number): number {
  let e = k + 1;
  while (e < tokens.length && e - k < MAX_RUN) {
    if (nameWord(tokens[e])) { e++; continue; }
    const w = tokens[e].lower;
    if ((w === 'and' || w === 'of' || w === 'for' || NAME_PARTICLES.has(w)) && nameWord(tokens[e + 1])) { e += 2; continue; }
    // “southern Turkey and northern Syria”: a second place with its own compass word
    if (w === 'and' && DIRECTIONS.has(tokens[e + 1]?.lower ?? '') && !tokens[e + 1].cap && nameWord(tokens[e + 2]) && e + 2 - k < MAX_RUN) { e += 3; continue; }
    // “International Committee of the Red Cross”, “Republic of the Congo”
    if (w === 'of' && tokens[e + 1]?.lower === 'the' && nameWord(tokens[e + 2]) && e + 2 - k < MAX_RUN) { e += 3; continue; }
    break;
  }
  return e;
}

const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
/** Place nouns written after a name: “the Kavra region”, “Kessan province”, “the Merrow valley”. */
const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'region', 'province', 'district', 'valley', 'county', 'governorate', 'prefecture', 'state', 'area', 'city', 'town', 'village',
  'island', 'islands', 'coast', 'basin', 'delta', 'peninsula', 'municipality', 'oblast', 'canton', 'department',
]);

/** Illnesses named after a place: “Velmora fever”, “West Nile virus”, “Lyme disease”. */
const NAMED_ILLNESSES: ReadonlySet<string> = new Set(['fever', 'virus', 'flu', 'disease']);

/** Prepositions before a name that make it a place whatever the article's names are: “killed in Santa Rosa”. */
const SURELY_PLACED: ReadonlySet<string> = new Set(['in', 'near', 'across', 'around', 'inside', 'outside', 'throughout', 'within']);

/** Place nouns before “of” and a name: “the village of Carmen”, “the town of Ashby”. */
const PLACE_NOUN_OF: ReadonlySet<string> = new Set([
  'village', 'villages', 'town', 'towns', 'city', 'cities', 'province', 'district', 'region', 'neighbourhood', 'neighborhood', 'suburb',
  'municipality', 'island', 'port', 'county', 'state',
]);

/**
 * The preposition at token p makes the name after it a place: “killed in Santa Rosa”, in lower case (a headline in
 * capitals — “DOZENS WOUNDED IN TURKEY CAR BOMB ATTACK” — is no such evidence), or opening the sentence (“In Carmen, …”).
 */
function placePreposition(tokens: Token[], p: number): boolean {
  const t = tokens[p];
  if (!SURELY_PLACED.has(t.lower)) return false;
  if (t.text === t.lower) return true;
  const opens = p === 0 || (p === 1 && tokens[0].kind === 'mark');
  return opens && t.text.length > 1 && t.text.slice(1) === t.lower.slice(1);
}

/** The run [start, end) is a person's name, then “of” and where they work: “Maja Berg of Brenna University”. */
function personWithAffiliation(tokens: Token[], start: number, end: number, persons: WordLookup): boolean {
  for (let k = start + 1; k < end - 1; k++) if (tokens[k].lower === 'of') return persons.has(tokens[k - 1].lower);
  return false;
}

/** Kin before a name: “Her brother Daniel”, “his wife Maria”. */
const KIN: ReadonlySet<string> = new Set([
  'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'cousin', 'uncle', 'aunt', 'nephew', 'niece',
  'grandson', 'granddaughter', 'grandmother', 'grandfather', 'fiancé', 'fiancée', 'partner', 'widow', 'widower', 'stepson', 'stepdaughter',
]);

/**
 * The run [start, end) is a person the article names only in passing, not as a speaker: after a word of kin (“Her brother
 * Daniel”) or before an age in apposition (“Daniel, a 31-year-old driver”).
 */
function personInPassing(tokens: Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  if (before && !before.cap && KIN.has(before.lower)) return true;
  if (tokens[end]?.text !== ',') return false;
  for (let k = end + 1; k < tokens.length && k <= end + 3; k++) if (tokens[k].lower.endsWith('-year-old')) return true;
  return false;
}

/** Words set off by commas after an opening place: “In Dalmor's capital, however, …”. */
const CONNECTIVES: ReadonlySet<string> = new Set(['however', 'meanwhile', 'though', 'too', 'also', 'separately', 'later']);

/** Verbs of speaking whose “in X” / “at X” says where the words were said. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'telling', 'speaking', 'spoke', 'added', 'announced', 'testified', 'stated', 'insisted', 'declared', 'confirmed', 'reported', 'warned']);

/**
 * “he told reporters in Moscow”, “said at a news conference in Geneva”: a place after a verb
 * of speaking, with no figure between them, is where the words were said, not what they are
 * about (“the UN said 300 people died in Aleppo” keeps Aleppo: a figure stands between).
 */
function whereSaid(tokens: Token[], dir: number, end: number): boolean {
  const before = tokens[dir - 1]?.lower;
  if (before !== 'in' && before !== 'at') return false;
  // “In Lisbria, Health Minister Ana Castell announced that 65 people had died”: the place opening the sentence, then
  // the one who spoke, is where they spoke
  // (also “In Dalmor's capital, however, the foreign minister told parliament …”)
  let comma = end;
  if (bareLower(tokens[end - 1]) !== tokens[end - 1].lower && (tokens[comma]?.lower === 'capital' || PLACE_NOUNS_AFTER.has(tokens[comma]?.lower ?? ''))) comma++;
  if (dir === 1 && tokens[comma]?.text === ',') {
    let k = comma + 1;
    if (CONNECTIVES.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.text === ',') k += 2;
    for (; k < tokens.length && k <= comma + 8; k++) {
      const t = tokens[k];
      if (t.kind === 'num' || t.kind === 'mark' || (t.kind === 'punct' && t.text !== '.')) break;
      if (SPEECH_VERBS.has(t.lower)) return true;
    }
  }
  for (let k = dir - 2; k >= 0 && k >= dir - 8; k--) {
    const t = tokens[k];
    // (a figure in words stands between as one in digits does: “said seven bodies had been recovered in Pine Hollow”)
    if (t.kind === 'num' || t.kind === 'mark' || t.kind === 'break' || NUMBER_WORDS.has(t.lower)) return false;
    // “had been confirmed dead in Ardenia”, “were reported in Kessan”: a passive verb tells of what was counted there,
    // no one speaking there; nor does one used as an adjective (“The confirmed death toll from the earthquake in
    // Malatya province”)
    if (SPEECH_VERBS.has(t.lower)) return !PASSIVE_AUXILIARIES.has(tokens[k - 1]?.lower ?? '') && !ADJECTIVE_LEADS.has(tokens[k - 1]?.lower ?? '');
  }
  return false;
}

/**
 * Words before a verb of speaking that make it an adjective of a noun: “the confirmed death toll”, “its reported figure”,
 * “the number of confirmed and suspected cases in Kavra”, “newly reported cases”.
 */
const ADJECTIVE_LEADS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'of', 'newly']);

/** Forms of “be” that make a verb of speaking after them passive: “had been confirmed dead”. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['been', 'be', 'being', 'was', 'were', 'is', 'are']);

/** Markets named by their city: “in Stockholm trading”, “on the Frankfurt exchange”. */
const MARKETS: ReadonlySet<string> = new Set(['trading', 'exchange', 'bourse', 'stock', 'shares']);
/** Nouns of what others expected, after whose they are: “Wall Street forecasts”, “Bloomberg estimates”. */
const FORECASTS: ReadonlySet<string> = new Set(['forecast', 'forecasts', 'estimate', 'estimates', 'expectations', 'consensus', 'analysts']);
/** Articles before a capitalised word that describes the noun after it: “the Nordic confectionery group”. */
const INDEFINITE_OR_THE: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** “…, and said they had …”: a verb of speaking opens another clause in tokens [from, to). */
function saidBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (tokens[k].lower === 'said' && tokens[k - 1].lower === 'and') return true;
  return false;
}

/** Verbs that, before “by”, name a cause: “helped by demand in Germany”, “driven by sales in Asia”. */
const CAUSED: ReadonlySet<string> = new Set([
  'helped', 'driven', 'boosted', 'fuelled', 'fueled', 'supported', 'lifted', 'buoyed', 'propelled', 'hurt', 'dragged', 'weighed',
  'offset',
]);
/** How far back from a name its cause phrase may open. */
const CAUSE_BACK = 12;

/**
 * The name opening at `lead` is inside a phrase of cause after the figure's clause (“Revenue rose 7.5 percent, helped by
 * strong demand in Germany and Poland”, “thanks to exports to Japan”, “due to”, “because of”): a place there is where
 * the cause is, not what the figure is about. Scanned back to a stop or the figure at `at`.
 */
function inCause(tokens: Token[], lead: number, at: number): boolean {
  for (let k = lead - 1; k >= 0 && k > at && lead - k <= CAUSE_BACK; k--) {
    const t = tokens[k];
    if (t.kind === 'num' || t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && t.text !== ',')) return false;
    const next = tokens[k + 1]?.lower;
    if (next === 'by' && CAUSED.has(t.lower)) return true;
    if (next === 'to' && (t.lower === 'thanks' || t.lower === 'due' || t.lower === 'owing')) return true;
    if (next === 'of' && t.lower === 'because') return true;
    if (t.lower === 'amid' || t.lower === 'amidst') return true;
  }
  return false;
}

/** Nouns of a body's count before its figure: “a Turkish government toll of 3,488”. */
const COUNT_NOUNS: ReadonlySet<string> = new Set(['toll', 'count', 'tally', 'figure', 'figures', 'estimate', 'total']);
/** Lower-case words that may stand between a country's adjective and its count: “Syrian health ministry”. */
const COUNT_NOUN_REACH = 3;

/**
 * The country's adjective ending at `e` qualifies the count that gives the figure at `at`: “a Turkish government toll of
 * 3,488”, “the Syrian death toll of 640”, “the official Ardenian count, 212”. Not “Turkish officials said 3,488 died”,
 * where the figure may be of anywhere.
 */
function nationalCount(tokens: Token[], e: number, at: number): boolean {
  for (let k = e; k < at && k - e <= COUNT_NOUN_REACH; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.cap) return false;
    if (!COUNT_NOUNS.has(t.lower)) continue;
    const next = tokens[k + 1];
    return k + 1 === at || ((next?.lower === 'of' || next?.text === ',') && k + 2 === at);
  }
  return false;
}

/** Nouns of a country's land after its adjective: “over Russian regions”, “on Ukrainian soil”, “in Turkish airspace”. */
const LANDS: ReadonlySet<string> = new Set(['territory', 'territories', 'airspace', 'soil', 'regions', 'region', 'waters', 'land', 'lands']);
/** Prepositions of where before such land. */
const LAND_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'in', 'on', 'into', 'across', 'inside', 'above']);

/** How near the figure at `at` a country's land must be named to be its place. */
const LAND_REACH = 10;

/**
 * The country's adjective in [start, e) names the land the figure at `at` is about, named near it: “destroyed 57 Ukrainian
 * drones over Russian regions” is about Russia (not “Ukrainian drones”, whose country is whose they are), “the worst
 * bloodshed on French soil” about France.
 */
function nationalLand(tokens: Token[], start: number, e: number, at: number): boolean {
  return Math.abs(start - at) <= LAND_REACH && LANDS.has(tokens[e]?.lower ?? '') && LAND_PREPOSITIONS.has(tokens[start - 1]?.lower ?? '');
}

/** A word in capitals of two letters or more, with digits or a hyphen (“IPC”, “ARIA-E”, “COVID-19”), its possessive aside. */
function acronym(t: Token): boolean {
  const w = t.text.replace(/['’]s$/, '');
  return w.length >= 2 && /^\p{Lu}[\p{Lu}\d]*(?:-[\p{Lu}\d]+)*$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);
}

/** Places written in capitals that the table of countries does not hold. */
const ACRONYM_PLACES: ReadonlySet<string> = new Set(['uae', 'eu', 'drc', 'nyc', 'prc', 'dprk', 'ussr', 'gcc']);

/** Nouns after a name's possessive that make the name an illness's: “Alzheimer's drug”, “Parkinson's patients”. */
const ILLNESS_NOUNS: ReadonlySet<string> = new Set([
  'disease', 'diseases', 'drug', 'drugs', 'patients', 'sufferers', 'treatment', 'treatments', 'therapy', 'therapies', 'medication',
  'medicine', 'medicines', 'vaccine', 'symptoms', 'syndrome', 'diagnosis', 'diagnoses', 'research', 'dementia',
]);

/** Nouns of a place an apposition may call a name: “Kharkiv, Ukraine's second-largest city,”, “Lyon, France's third city”. */
const APPOSED_PLACES: ReadonlySet<string> = new Set([...PLACE_NOUNS_AFTER, 'capital', 'port', 'metropolis', 'cities', 'towns']);

/**
 * The comma at token `comma` opens an apposition calling the name before it a place of another's: “Kharkiv, Ukraine's
 * second-largest city, lies …” (a possessive name, up to three lower-case words, a place noun). The name before is the
 * place; the possessor only says where it lies.
 */
function placeApposition(tokens: Token[], comma: number): boolean {
  const owner = tokens[comma + 1];
  if (tokens[comma]?.text !== ',' || !owner || owner.kind !== 'word' || !owner.cap || bareLower(owner) === owner.lower) return false;
  for (let k = comma + 2; k <= comma + 5 && tokens[k]?.kind === 'word' && !tokens[k].cap; k++) if (APPOSED_PLACES.has(tokens[k].lower)) return true;
  return false;
}

/** Candidates in the sentence, each with its score for the figure at token `at`. */
export function findSubject(tokens: Token[], at: number, skip: { start: number; end: number } | null, persons: WordLookup): SubjectHit | null {
  let best: SubjectHit | null = null;
  let bestScore = MIN_SCORE;
  for (let k = 0; k < tokens.length; k++) {
    if (!nameWord(tokens[k])) continue;
    const e = runFrom(tokens, k);
    const runStart = k;
    // “Ardenia's Velmora province”: a country's possessive before a province names where it is; the province is the subject
    let start = k;
    for (let j = k; j < e - 1; j++) if (bareLower(tokens[j]) !== tokens[j].lower) start = j + 1;
    k = e - 1;
    if (skip && start < skip.end && e > skip.start) continue;
    // “according to U.N. figures”: a letter of an abbreviation is no name
    if (e - start === 1 && tokens[start].text.length === 1) continue;
    if (SPEAKER_VERBS.has(tokens[e]?.lower ?? '')) continue;
    // “Health Minister Ana Castell”: a department before a title is part of the title
    if (tokens[e]?.cap && TITLES.has(tokens[e].lower)) continue;
    const last = tokens[e - 1];
    const possessive = bareLower(last) !== last.lower;
    // “Kharkiv, Ukraine's second-largest city, lies …”: the country owns the city the apposition names, and is not the subject
    if (possessive && e - runStart === 1 && nameWord(tokens[runStart - 2]) && placeApposition(tokens, runStart - 1)) continue;
    const after = tokens[e]?.cap ? '' : (tokens[e]?.lower ?? '');
    // “killed in Santa Rosa”, “the Serra Alta region”, “the Serra Alta wildfire”: a place, even when the article's
    // names took its words for a person's (two capitalised words read as a name)
    // (A headline in capitals — “DOZENS WOUNDED IN TURKEY CAR BOMB ATTACK” — is no such evidence.)
    const prep = tokens[runStart - 1];
    // (also a name before the illness it gave its name to: “the Velmora fever outbreak”, as “the Ebola outbreak”)
    // (and a name an apposition calls a place: “Kharkiv, Ukraine's second-largest city,”)
    // (“In the village of Carmen, 12 homes were destroyed”: a place noun before “of” makes a place too, and so does “In”
    // opening the sentence, though a person of the article shares the name; not a word after a possessive the
    // preposition leads to, which the names of people hold: “In Nevada's Republican caucuses”)
    const surelyPlace = !possessive && (placeApposition(tokens, e) || (!!prep && placePreposition(tokens, runStart - 1) && (start === runStart || !persons.has(bareLower(last)))) || PLACE_NOUNS_AFTER.has(after) || PLACE_EVENTS.has(after) || NAMED_ILLNESSES.has(after)
      || (prep?.lower === 'of' && PLACE_NOUN_OF.has(tokens[runStart - 2]?.lower ?? '') && tokens[runStart - 3]?.lower === 'the'));
    // “Ali Shamkhani”, “the UN said”, “Syrian”: speakers, sources and demonyms are not subjects
    if (!surelyPlace && (persons.has(last.lower) || persons.has(bareLower(last)))) continue;
    // “Her brother Daniel, a 31-year-old driver, has worked at the embassy for six years”
    if (!surelyPlace && personInPassing(tokens, start, e)) continue;
    // “Maja Berg of Brenna University”: a person with their affiliation
    if (personWithAffiliation(tokens, start, e, persons)) continue;
    // “BRENNA, Nov 3 (Wire) -”: the agency credited in a dateline
    if (tokens[start - 1]?.text === '(' && tokens[e]?.text === ')' && DASHES.has(tokens[e + 1]?.text ?? '')) continue;
    // “a Turkish government toll of 3,488”: a country's adjective on the figure's own count names where it was counted
    const national = e - start === 1 && NATIONALITIES.has(tokens[start].lower);
    if (national && !nationalCount(tokens, e, at) && !nationalLand(tokens, start, e, at)) continue;
    // “The IPC's last full analysis … had estimated”, “brain swelling, known as ARIA-E, occurred in 12.6%”: a body or a
    // term written in capitals is what speaks or what is measured, not where; a country so written is a place (“the UAE”)
    if (e - start === 1 && !surelyPlace && acronym(tokens[start]) && !COUNTRIES.has(bareLower(tokens[start])) && !ACRONYM_PLACES.has(bareLower(tokens[start]))) continue;
    // “An experimental Alzheimer's drug”, “patients with early Parkinson's disease”: an illness named after a person
    if (possessive && e - start === 1 && ILLNESS_NOUNS.has(after)) continue;
    // “a doctor at St. Agnes Hospital”: an abbreviation opening a name (St., Mt., Ft.) is no subject of its own
    if (e - start === 1 && tokens[e]?.text === '.' && NAME_ABBREVIATIONS.has(tokens[start].text)) continue;
    // “allegiance to Islamic State”, “the Granite State”: a name cut short by the word “State”, which no subject holds
    if (tokens[e]?.cap && bareLower(tokens[e]) === 'state') continue;
    const dir = start === runStart && start > 0 && DIRECTIONS.has(tokens[start - 1].lower) ? start - 1 : start;
    // the words before the whole run say where it is: “in Ardenia's Velmora province”
    const lead = start === runStart ? dir : runStart;
    if (whereSaid(tokens, lead, e)) continue;
    // “has infected at least 23 others, and said they had sent a team to Orlin”: a place in another thing said after the
    // figure is not what it is about
    if (lead > at && saidBetween(tokens, at, lead)) continue;
    // “A former mayor of Harlow, Denise Carver, said”: the place of a title is who the speaker is, not what is counted
    if (tokens[lead - 1]?.lower === 'of' && TITLES.has(tokens[lead - 2]?.lower ?? '')) continue;
    // “rose 7.5 percent to $4.2 billion, helped by strong demand in Germany and Poland”: where the cause is
    if (lead > at && inCause(tokens, lead, at)) continue;
    // “fell 6.3 percent in Stockholm trading”: the market a price moved on; “ahead of Wall Street forecasts”: whose
    // forecast the figure is measured against
    if (MARKETS.has(after) || FORECASTS.has(after)) continue;
    // “told the Touchline that Newcastle were prepared to go to £52m”, “told the BBC”: who was told, not what is counted
    if (tokens[lead - 1]?.lower === 'told' || (tokens[lead - 1]?.lower === 'the' && tokens[lead - 2]?.lower === 'told')) continue;
    // “the Nordic confectionery group”: one capitalised word describing what follows, no place
    if (e - start === 1 && !surelyPlace && !national && INDEFINITE_OR_THE.has(tokens[start - 1]?.text ?? '') && tokens[e]?.kind === 'word' && !tokens[e].cap
      && !PLACE_NOUNS_AFTER.has(after)) continue;
    const before = tokens[lead - 1]?.lower ?? '';
    // “the mountainous Kavra region”, “Kessan province”: a place noun after the name makes it a place too; so does one
    // ending it (“in the Marrow Valley”, “the Kavra Region”)
    const place = dir < start || surelyPlace || LOCATIVES.has(before) || (before === 'of' && PLACE_INTRODUCERS.has(tokens[lead - 2]?.lower ?? ''))
      || (PLACE_NOUNS_AFTER.has(tokens[e]?.lower ?? '') && !tokens[e].cap)
      || (e - start > 1 && PLACE_NOUNS_AFTER.has(tokens[e - 1].lower) && tokens[e - 1].lower !== 'state' && tokens[e - 1].lower !== 'department');
    // One capitalised word opening the sentence (“Later”, “Meanwhile”) is capitalised for that alone; only a place introducer makes it a subject.
    // (A country's possessive is a name wherever it stands: “Ardenia's disaster agency said …”.)
    const country = e - start === 1 && possessive && COUNTRIES.has(bareLower(last));
    const opener = start === 0 || (start === 1 && tokens[0].kind === 'mark');
    if (opener && e - start === 1 && !place && !country) continue;
    let score = place ? 2 : 0;
    if (PLACE_INTRODUCERS.has(tokens[lead - 2]?.lower ?? '')) score += 1; // “the villages of Fuaa”
    if (dir < start) score += 1; // “eastern Aleppo”
    let marks = 0;
    const [a, b] = lead < at ? [e, at] : [at, lead];
    for (let m = a; m < b; m++) if (tokens[m].kind === 'mark') marks++;
    if (marks === 0) score += 2; // same quote (or same narration) as the figure
    score -= Math.abs((lead < at ? at - e : lead - at)) / 8;
    if (national) score += 3;
    if (score > bestScore) { bestScore = score; best = { start: dir, end: e, place: place || national || country }; }
  }
  return best;
}

/** Nouns of an outbreak whose place follows “in”: “a separate outbreak in the north”. */
const OUTBREAKS: ReadonlySet<string> = new Set(['outbreak', 'outbreaks', 'epidemic', 'epidemics', 'cluster', 'clusters', 'flare-up']);
/** Parts of a country told by the compass: “the north”, “the south-east”. */
const COMPASS_PARTS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east',
  'south-west', 'centre', 'center',
]);
/** How far before its figure an outbreak may be named with its place. */
const OUTBREAK_BACK = 14;

/**
 * “A separate outbreak in the north has infected 2,310 people”: the part of the country an outbreak named before the
 * figure is in (“the north”, “the south of the country”, “the east of Valdoria”), when the sentence names no place by
 * name. The token range of the part, or null.
 */
export function outbreakRegion(tokens: Token[], at: number): SubjectHit | null {
  for (let k = at - 1; k >= 0 && at - k <= OUTBREAK_BACK; k--) {
    const t = tokens[k];
    if (t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && t.text !== ',')) return null;
    if (!OUTBREAKS.has(t.lower)) continue;
    if (tokens[k + 1]?.lower !== 'in' || tokens[k + 2]?.lower !== 'the' || !COMPASS_PARTS.has(tokens[k + 3]?.lower ?? '') || tokens[k + 3].cap) return null;
    let end = k + 4;
    // “the south of the country”, “the east of Valdoria”
    if (tokens[end]?.lower === 'of') {
      if (tokens[end + 1]?.lower === 'the' && tokens[end + 2]?.lower === 'country') end += 3;
      else if (nameWord(tokens[end + 1])) end = runFrom(tokens, end + 1);
    }
    return end <= at ? { start: k + 2, end, place: true } : null;
  }
  return null;
}
