/**
 * `topicKey`: group claims about the same measure of the same subject. Subjects are folded
 * (case, diacritics, “the”, “X and Y” order, a small alias table) so “the villages of Foua
 * and Kafraya” and “Kafraya and Fuaa” meet.
 */
import type { Topic, TopicSlots } from './types';
import { foldText } from './source-key';
import { DIRECTION_FORMS, GROUP_LABELS, LOWER_LABEL_WORDS, MEASURE_LABELS, PLACE_ALIASES } from './data/topics';
import { GROUPED_MEASURES, GROUP_NOUNS } from './data/measures';

const LIST_SEPARATORS = /,|\band\b|&/;
const POSSESSIVE = /['’]s\b/g;

/** One list item folded: “the East Aleppo” → “eastern aleppo”, “Foua” → “fuaa”. */
function foldPlace(item: string): string {
  const words = foldText(item).split(' ').filter((w) => w.length > 0);
  while (words.length > 1 && (words[0] === 'the' || words[0] === 'villages' || words[0] === 'village' || words[0] === 'of')) words.shift();
  // “east Aleppo” is eastern Aleppo; “North Korea”, “South Africa”, “the North Sea” are names of their own
  if (words.length > 1 && !capitalisedDirection(item, words[0])) words[0] = DIRECTION_FORMS.get(words[0]) ?? words[0];
  const key = words.join(' ');
  return PLACE_ALIASES.get(key) ?? key;
}

/** The item writes its compass word (`first`, folded) with a capital: part of a name. */
function capitalisedDirection(item: string, first: string): boolean {
  if (!DIRECTION_FORMS.has(first)) return false;
  const at = item.toLowerCase().indexOf(first);
  return at >= 0 && item[at] !== item[at].toLowerCase();
}

/** Normalised subject: items folded, aliased and sorted: “Kafraya and Foua” → “fuaa and kafraya”. */
export function subjectKey(text: string): string {
  // “Dalmor's” is Dalmor (subjects stored before their possessive was cut off): not “dalmor s”
  const items = text.replace(POSSESSIVE, '').split(LIST_SEPARATORS).map(foldPlace).filter((s) => s.length > 0);
  return [...new Set(items)].sort().join(' and ');
}

function labelOf(key: string): string {
  if (!key) return 'Unspecified subject';
  const words = key.split(' ').map((w) => (LOWER_LABEL_WORDS.has(w) ? w : w[0].toUpperCase() + w.slice(1)));
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
const OF_MEASURES: ReadonlySet<string> = new Set(['share', 'money']);

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

/** Grouping key and readable label: “Siege of Fuaa and Kafraya — duration”, “Eastern Aleppo — civilian deaths”. */
export function topicKey(slots: TopicSlots): Topic {
  const subject = slots.subject ? subjectKey(slots.subject.text) : '';
  const place = labelOf(subject);
  if (OF_MEASURES.has(slots.measure) && slots.group) {
    const of = ofKey(slots.group);
    if (of) return { key: `${subject}|${slots.measure}:${of}`, label: `${place} — ${of} (${MEASURE_LABELS[slots.measure]})` };
  }
  // a candidate's votes are compared with the same candidate's only (“Port Averly — votes for Petrakis”)
  if (slots.measure === 'votes') {
    const who = candidateKey(slots.group);
    if (who) return { key: `${subject}|votes:${who}`, label: `${place} — votes for ${slots.group}` };
  }
  const group = groupClass(slots);
  const key = `${subject}|${slots.measure}${group ? `:${group}` : ''}`;
  const measure = MEASURE_LABELS[slots.measure].replace('{group}', group ? groupLabel(group, slots.group) : '').trim();
  // “Siege of Fuaa and Kafraya — duration”; with no subject the siege is named in the measure, not glued to the placeholder
  const label = slots.measure !== 'siege-duration' ? `${place} — ${measure}` : subject ? `Siege of ${place} — ${measure}` : `${place} — siege ${measure}`;
  return { key, label };
}
