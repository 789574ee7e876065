/**
 * Place aliases and topic labels: “Foua” and “al-Fuaa” are “Fuaa”; “east Aleppo” is
 * “eastern Aleppo”; a siege duration reads “Siege of X — duration”.
 */
import type { Measure } from '../types';

/** Folded spelling → canonical folded place name. */
export const PLACE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['foua', 'fuaa'], ['fua', 'fuaa'], ['al fuaa', 'fuaa'], ['al foua', 'fuaa'], ['fou a', 'fuaa'], ['kefraya', 'kafraya'], ['kafarya', 'kafraya'],
  ['kfarya', 'kafraya'], ['kefraia', 'kafraya'], ['kafriya', 'kafraya'], ['halab', 'aleppo'], ['aleppo city', 'aleppo'], ['idleb', 'idlib'],
  ['deraa', 'daraa'], ['dara a', 'daraa'], ['dar a', 'daraa'], ['deir al zor', 'deir ez zor'], ['deir ezzor', 'deir ez zor'], ['deir el zor', 'deir ez zor'],
  ['deir ez zour', 'deir ez zor'], ['al raqqa', 'raqqa'], ['raqa', 'raqqa'], ['ar raqqa', 'raqqa'], ['madaya town', 'madaya'],
  ['eastern ghouta', 'eastern ghouta'], ['east ghouta', 'eastern ghouta'], ['mosul city', 'mosul'], ['gaza strip', 'gaza'],
]);

/** Compass words folded to one form: “east Aleppo” → “eastern aleppo”. */
export const DIRECTION_FORMS: ReadonlyMap<string, string> = new Map([
  ['east', 'eastern'], ['west', 'western'], ['north', 'northern'], ['south', 'southern'], ['north eastern', 'northeastern'],
]);

/** Words kept lower case in a label: “eastern Aleppo”, “Deir ez Zor”. */
export const LOWER_LABEL_WORDS: ReadonlySet<string> = new Set([
  'eastern', 'western', 'northern', 'southern', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'rural',
  'al', 'el', 'ez', 'of', 'and', 'the', 'for', 'de', 'la',
]);

/** Readable measure names; `{group}` is the counted group (“civilian deaths”). */
export const MEASURE_LABELS: Readonly<Record<Measure, string>> = {
  deaths: '{group} deaths', injuries: '{group} injuries', casualties: '{group} casualties', missing: '{group} missing',
  detention: '{group} detentions', releases: 'people released', rescued: 'people rescued', displacement: 'people displaced', evacuation: 'people evacuated', besieged: 'people besieged', cases: 'cases', infections: 'people infected',
  refugees: 'refugees', attacks: 'attacks', turnout: 'people taking part', people: 'people counted', 'siege-duration': 'duration', 'conflict-duration': 'duration of the conflict',
  'detention-duration': 'duration of detention', 'displacement-duration': 'duration of displacement', duration: 'duration', 'event-date': 'date',
  money: 'money', share: 'share', change: 'change', quantity: 'quantity', rank: 'ranking', comparison: 'comparison',
  votes: 'votes', 'vote-margin': 'winning margin', 'votes-cast': 'votes cast', 'votes-for': 'votes for', 'votes-against': 'votes against',
  wins: 'wins', losses: 'defeats', draws: 'draws',
  intercepted: 'shot down', outages: 'homes without power', arrivals: 'arrivals',
  strikers: 'people on strike',
};

/** Counted-group classes as adjectives in labels. */
export const GROUP_LABELS: ReadonlyMap<string, string> = new Map([
  ['civilian', 'civilian'], ['child', 'child'], ['women', "women's"], ['combatant', 'combatant'], ['journalist', 'journalist'],
  ['aid worker', 'aid worker'], ['medical worker', 'medical worker'],
]);
