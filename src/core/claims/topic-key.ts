/**
 * `topicKey`: group claims about the same measure of the same subject. Subjects are folded
 * (case, diacritics, “the”, “X and Y” order, a small alias table) so “the villages of Foua
 * and Kafraya” and “Kafraya and Fuaa” meet.
 */
import type { Topic, TopicSlots } from './types';
import { foldText } from './source-key';
import { DIRECTION_FORMS, GROUP_LABELS, LOWER_LABEL_WORDS, MEASURE_LABELS, PLACE_ALIASES } from './data/topics';
import { GROUPED_MEASURES, GROUP_NOUNS } from './data/measures';
import { NATIONALITIES } from '../data/places';
import { WEAPONS } from './weapons';

const LIST_SEPARATORS = /,|\band\b|&/;
const POSSESSIVE = /['’]s\b/g;

/** One list item folded: “the East Aleppo” → “eastern aleppo”, “Foua” → “fuaa”. */
function foldPlace(item: string): string {
  const words = foldText(item).split(' ').filter((w) => w.length > 0);
  while (words.length > 1 && (words[0] === 'the' || words[0] === 'villages' || words[0] === 'village' || words[0] === 'of')) words.shift();
  // “east Aleppo” is eastern Aleppo; “North Korea”, “South Africa”, “the North Sea” are names of their own
  if (words.length > 1 && !capitalisedDirection(item, words[0])) words[0] = DIRECTION_FORMS.get(words[0]) ?? words[0];
  const key = words.join(' ');
  // “a Turkish government toll” is Turkey's: it meets “dead in Turkey”
  return PLACE_ALIASES.get(key) ?? NATIONALITIES.get(key)?.toLowerCase() ?? key;
}

/** The item writes its compass word (`first`, folded) with a capital: part of a name. */
function capitalisedDirection(item: string, first: string): boolean {
  if (!DIRECTION_FORMS.has(first)) return false;
  const at = item.toLowerCase().indexOf(first);
  return at >= 0 && item[at] !== item[at].toLowerCase();
}

/** A country's possessive before the name of a place in it: “Ardenia's ” in “Ardenia's Velmora”. */
const CONTAINING_PLACE = /^([^,&]*?)['’]s\s+(?=\p{Lu})/u;

/**
 * Possessives that are part of a name rather than the place a name lies in: a saint's (“St. Cyril's Hospital”) and
 * those of a group or a title (“Children's Hospital”, “People's Republic”, “King's Cross”).
 */
const NAME_POSSESSOR = /(?:^|\s)(?:st\.?|saint|san|santa|children|people|women|men|king|queen|veterans)$/i;

/** An item without the country it is named in: “Ardenia's Velmora” → “Velmora”; “St. Cyril's Hospital” stays. */
function withoutContainingPlace(item: string): string {
  const m = CONTAINING_PLACE.exec(item);
  if (!m || NAME_POSSESSOR.test(m[1]) || /^st\.?\s|^saint\s/i.test(m[1])) return item;
  return item.slice(m[0].length);
}

/** Normalised subject: items folded, aliased and sorted: “Kafraya and Foua” → “fuaa and kafraya”. */
export function subjectKey(text: string): string {
  // “Ardenia's Velmora province” is Velmora, named with the country it is in: “Velmora” in the next article meets it
  // (keyed whole, the two split one outbreak's tolls and were labelled “Ardenia Velmora”); “Syria's north” stays whole
  const items = text.split(LIST_SEPARATORS).map((item) => withoutContainingPlace(item.trim()))
    // “Dalmor's” is Dalmor (subjects stored before their possessive was cut off): not “dalmor s”
    .map((item) => foldPlace(item.replace(POSSESSIVE, ''))).filter((s) => s.length > 0);
  return [...new Set(items)].sort().join(' and ');
}

/**
 * The label of a subject's key; an abbreviation the subject writes in capitals keeps them (“EU”, “DRC”, not “Eu”; a name
 * of a dateline, “RUNDU”, is longer and written as a name). Lower-case
 * words of the key are the subject's own otherwise: “the villages of Foua and Kafraya” → “Fuaa and Kafraya”.
 */
function labelOf(key: string, written = ''): string {
  if (!key) return 'Unspecified subject';
  // (with its plural: “MPs”, not “Mps”)
  const capitals = new Map(written.match(/\b\p{Lu}{2,3}s?\b/gu)?.map((w) => [w.toLowerCase(), w]));
  const words = key.split(' ').map((w) => (capitals.has(w) ? capitals.get(w)! : LOWER_LABEL_WORDS.has(w) ? w : w[0].toUpperCase() + w.slice(1)));
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1);
}

/** The counted-group class a topic splits by: “children” → child; unstated and “people” → civilian. */
function groupClass(slots: TopicSlots): string | null {
  if (!GROUPED_MEASURES.has(slots.measure)) return null;
  return (slots.group && GROUP_NOUNS.get(slots.group.toLowerCase())) || 'civilian';
}

/**
 * The group as an adjective in a label. People, residents or an unstated group share the
 * civilians' topic, but only a toll written of civilians is labelled so: a flood or a quake
 * kills people (“Kavra — deaths”), a war's toll of civilians is “civilian deaths”.
 */
function groupLabel(group: string, written: string | null | undefined): string {
  if (group === 'civilian' && !/^civilians?$/i.test(written ?? '')) return '';
  return GROUP_LABELS.get(group) ?? group;
}

/** Measures of anything, split by what they are of: “Brenna — turnout (share)”, “Kavra — aid (money)”. */
const OF_MEASURES: ReadonlySet<string> = new Set(['share', 'change', 'money']);

/** What a share or an amount is of, folded for topic keys and the checks alike: “Inflation” → inflation, “wages” → wage. */
export function ofKey(group: string | null | undefined): string {
  const w = foldText(group ?? '');
  const one = w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
  return SAME_AS.get(one) ?? one;
}

/** Words for one thing a figure is of: a budget's “shortfall”, “gap” and “hole” are its deficit. */
const SAME_AS: ReadonlyMap<string, string> = new Map([['shortfall', 'deficit'], ['gap', 'deficit'], ['hole', 'deficit']]);

/** Whose votes a `votes` claim counts, folded to the candidate's last name: “Daniel Petrakis” and “Petrakis” meet. */
function candidateKey(group: string | null): string {
  const words = foldText(group ?? '').split(' ');
  return words[words.length - 1];
}

/**
 * Measures that count one thing for topics: people who fled an event and people ordered out by it (“forced about 4,000
 * residents to flee”, then “about 6,500 under evacuation orders”) are one count told two ways, so its revision shows.
 */
const SAME_MEASURE: ReadonlyMap<string, string> = new Map([['evacuation', 'displacement']]);

/** The measure a topic's key is made of: `evacuation` is `displacement`'s; any other measure its own. */
export function topicMeasure(measure: string): string {
  return SAME_MEASURE.get(measure) ?? measure;
}

/** Grouping key and readable label: “Siege of Fuaa and Kafraya — duration”, “Eastern Aleppo — civilian deaths”. */
export function topicKey(slots: TopicSlots): Topic {
  const subject = slots.subject ? subjectKey(slots.subject.text) : '';
  const place = labelOf(subject, slots.subject?.text);
  if (OF_MEASURES.has(slots.measure) && slots.group) {
    const of = ofKey(slots.group);
    if (of) return { key: `${subject}|${slots.measure}:${of}`, label: `${place} — ${of} (${MEASURE_LABELS[slots.measure]})` };
  }
  // a candidate's votes are compared with the same candidate's only (“Port Averly — votes for Petrakis”)
  if (slots.measure === 'votes') {
    const who = candidateKey(slots.group);
    // (with no place named, the candidate is the subject: “Varga — votes”, not “Varga — votes for Varga”)
    if (who) return { key: `${subject}|votes:${who}`, label: subject.split(' ').pop() === who ? `${place} — votes` : `${place} — votes for ${slots.group}` };
  }
  // weapons launched or shot down are counted one weapon at a time (“Ukraine — drones launched”, “Ukraine — missiles shot
  // down”): 143 drones and four missiles told in one breath are no one figure told twice
  if ((slots.measure === 'attacks' || slots.measure === 'intercepted') && slots.group && WEAPONS.has(slots.group.toLowerCase())) {
    const weapon = slots.group.toLowerCase();
    return { key: `${subject}|${slots.measure}:${ofKey(weapon)}`, label: `${place} — ${weapon} ${slots.measure === 'attacks' ? 'launched' : 'shot down'}` };
  }
  // things counted are counted one kind at a time (“Velora — vehicles”, “Velora — complaints”): 86,000 vehicles and 23
  // complaints are no one figure
  if (slots.measure === 'quantity' && slots.unit) {
    const thing = ofKey(slots.unit);
    if (thing) return { key: `${subject}|quantity:${thing}`, label: `${place} — ${foldText(slots.unit)}` };
  }
  const group = groupClass(slots);
  const key = `${subject}|${topicMeasure(slots.measure)}${group ? `:${group}` : ''}`;
  const measure = MEASURE_LABELS[slots.measure].replace('{group}', group ? groupLabel(group, slots.group) : '').trim();
  // “Siege of Fuaa and Kafraya — duration”; with no subject the siege is named in the measure, not glued to the placeholder
  const label = slots.measure !== 'siege-duration' ? `${place} — ${measure}` : subject ? `Siege of ${place} — ${measure}` : `${place} — siege ${measure}`;
  return { key, label };
}
