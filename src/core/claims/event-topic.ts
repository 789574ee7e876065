/**
 * Which topic an event's toll belongs to beyond the words of its own sentence: the body giving a
 * figure is not what the figure is about, and a part of a toll is not the toll.
 */
import type { ClaimResult } from './types';
import { foldText } from './source-key';

/**
 * Last words of a body's name: “the National Disaster Risk Reduction and Management Authority”, “the Ministry of
 * Health” (its head noun first), “the World Food Programme”. A toll is never of such a body.
 */
const BODY_NOUNS: ReadonlySet<string> = new Set([
  'authority', 'authorities', 'ministry', 'agency', 'department', 'office', 'commission', 'council', 'committee',
  'organisation', 'organization', 'programme', 'program', 'bureau', 'institute', 'association', 'coalition', 'network',
  'society', 'directorate', 'secretariat', 'inspectorate', 'service', 'services', 'federation', 'foundation',
]);

/** Words that say nothing of which body is named: “the”, “of”, “and”. */
const LINK_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'for', 'on', '&']);

function nameWords(text: string): string[] {
  return foldText(text).split(' ').filter((w) => w.length > 0 && !LINK_WORDS.has(w));
}

/**
 * The subject is the body that gave the figure, not what it is about: a name headed by a body's noun (“The National
 * Disaster Risk Reduction and Management Authority (NDRRMA) had reported 128 deaths”, “the Ministry of Health said”), or
 * the speaker or the cited source themselves when the subject is no place. Only the claim's own subject is read; one
 * taken from an earlier figure is that figure's place.
 */
export function bodyAsSubject(c: Pick<ClaimResult, 'subject' | 'speaker' | 'citedSource'>): boolean {
  if (!c.subject || c.subject.inherited) return false;
  const words = nameWords(c.subject.text);
  if (words.length === 0) return false;
  if (BODY_NOUNS.has(words[words.length - 1]) || (words.length > 1 && BODY_NOUNS.has(words[0]) && /^\s*(?:the\s+)?\p{Lu}/u.test(c.subject.text))) return true;
  if (c.subject.kind === 'place') return false;
  const subject = new Set(words);
  for (const body of [c.speaker?.name, c.citedSource?.text]) {
    const own = body ? nameWords(body) : [];
    if (own.length > 0 && own.every((w) => subject.has(w))) return true;
  }
  return false;
}

/** “nine of them seriously”, “12 among them”: the figure counts some of those counted before it. */
const OF_THOSE_AFTER = /^\s+(?:of|among)\s+(?:them|those|whom|these)\b/i;

/**
 * “In my ward alone, 27 people are dead”, “in Khalanga alone”: a place phrase closed by “alone” says the figure is of a
 * part of the event (up to four words between, so “left alone” is not read).
 */
const PART_ALONE = /\b(?:in|at|across|from|on|for)\s+(?:[\p{L}\p{N}'’.-]+\s+){1,4}alone\b/iu;

/**
 * The figure counts a part of a larger toll, not the toll: “63 police officers had been injured, nine of them
 * seriously”; “In my ward alone, 27 people are dead”. Such a figure is never at odds with the whole (27 in one ward is no
 * 11-fold fall from a national 297) and keeps a topic of its own unless its sentence names its own place.
 */
export function partOfToll(text: string, c: Pick<ClaimResult, 'valueSpan' | 'sentence' | 'start'>): boolean {
  if (c.valueSpan && OF_THOSE_AFTER.test(text.slice(c.valueSpan.end, c.valueSpan.end + 20))) return true;
  const figureAt = c.valueSpan?.start ?? c.start;
  return PART_ALONE.test(text.slice(c.sentence.start, Math.max(figureAt, c.sentence.start)));
}
