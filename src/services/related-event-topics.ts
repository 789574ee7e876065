import type { EntityManager } from 'typeorm';
import { topicMeasure } from '../core/claims/topic-key';

/**
 * One event told by two outlets under two names of its place: a wire files every toll of an
 * earthquake under “western Nepal”, a paper the next day under “Jajarkot and Rukum West”, the
 * districts it struck. Keyed by their subjects, the tolls fell into two topics, and neither the
 * revision (302, then 318 dead) nor the discrepancy between them could be seen.
 *
 * A toll opening a new topic joins the topic of an event of the same measure said within
 * `RELATED_DAYS` of it when the two articles name each other's places: a word of the older
 * topic's subject is in the new article (“Nepal's monitoring centre”), and a word of the new
 * subject is in one of the older topic's articles (“flew to Jajarkot”). An earthquake in eastern
 * Nepal two days later names Nepal, but the older articles never name its district, and two
 * subjects turned opposite ways (“western Nepal”, “eastern Nepal”) never join. When several older
 * topics fit, the one with most claims is the event's (not a past quake's figure the article
 * recalled, filed under “Nepal”).
 */

/** How far apart two articles' tolls of one event may be said, in days. */
export const RELATED_DAYS = 7;

/** Measures of what an event did to people: only their topics join across names of a place. */
export const EVENT_TOLL_MEASURES: ReadonlySet<string> = new Set(['deaths', 'injuries', 'casualties', 'missing', 'displacement', 'evacuation']);

/** Words of a place's name that say which part of it, not which place. */
const COMPASS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest',
  'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'upper', 'lower',
]);

/** Words of a subject that name no place: “the”, “and”, “of”, “city”. */
const NOT_PLACE_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'of', 'in', 'near', 'city', 'province', 'district', 'region', 'state', 'county', 'area', 'areas']);

/** The subject of a topic's key (“western nepal|deaths:civilian” → “western nepal”) and the rest (“|deaths:civilian”). */
export function splitTopicKey(key: string): { subject: string; rest: string } | null {
  const at = key.indexOf('|');
  if (at <= 0 || key.includes('@article:')) return null;
  return { subject: key.slice(0, at), rest: key.slice(at) };
}

/** The words of a subject that name its place (“jajarkot and rukum west” → jajarkot, rukum), and its compass words. */
export function placeWords(subject: string): { words: string[]; compass: string[] } {
  const parts = subject.split(/\s+/).filter(Boolean);
  return {
    words: parts.filter((w) => w.length >= 4 && !COMPASS.has(w) && !NOT_PLACE_WORDS.has(w)),
    compass: parts.filter((w) => COMPASS.has(w)),
  };
}

/** Two subjects turned different ways of one place (“western nepal”, “eastern nepal”): never one event. */
export function oppositeParts(a: string, b: string): boolean {
  const pa = placeWords(a);
  const pb = placeWords(b);
  if (pa.compass.length === 0 || pb.compass.length === 0) return false;
  return pa.compass.join(' ') !== pb.compass.join(' ') && pa.words.some((w) => pb.words.includes(w));
}

/** `text` has `word` as a whole word, in any case. */
export function namesWord(text: string, word: string): boolean {
  const re = new RegExp(`(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'iu');
  return re.test(text);
}

/** A topic an earlier article of the batch being stored opened: its label, claims so far, and its articles' texts and days. */
export interface BatchTopic {
  label: string;
  measure: string;
  claims: number;
  texts: string[];
  days: string[];
}

interface Candidate {
  id: number;
  key: string;
  label: string;
  claim_count: number;
  bodies: string[] | null;
}

/**
 * For each new toll topic of an article (`keys`, none stored yet), the stored topic of the same
 * event it joins, if any: the new key → the stored topic's key and label. `at` is the article's
 * date, `text` its text.
 */
export async function relatedEventTopics(
  em: EntityManager,
  topics: ReadonlyArray<{ key: string; measure: string }>,
  article: { text: string; at: Date },
  batch: ReadonlyMap<string, BatchTopic> = new Map(),
): Promise<Map<string, { key: string; label: string }>> {
  const out = new Map<string, { key: string; label: string }>();
  const asked = topics.filter((t) => EVENT_TOLL_MEASURES.has(t.measure) && splitTopicKey(t.key));
  if (asked.length === 0) return out;
  const stored = new Set<string>(
    ((await em.query('SELECT key FROM claim_topics WHERE key = ANY($1::text[])', [asked.map((t) => t.key)])) as Array<{ key: string }>).map((r) => r.key),
  );
  const day = article.at.toISOString().slice(0, 10);
  for (const t of asked) {
    if (stored.has(t.key)) continue;
    const { subject, rest } = splitTopicKey(t.key)!;
    const mine = placeWords(subject);
    if (mine.words.length === 0) continue;
    // the same measure (the rest of the key), said within the days around this article; with the texts of its five
    // latest articles (bounded: a busy topic is not read whole)
    const candidates = (await em.query(
      `SELECT t.id, t.key, t.label, t.claim_count,
              ARRAY(SELECT a.body FROM articles a
                     WHERE a.id IN (SELECT c.article_id FROM claims c WHERE c.topic_id = t.id AND NOT c.superseded
                                     ORDER BY c.said_at DESC, c.id DESC LIMIT 5)) AS bodies
         FROM claim_topics t
        WHERE t.measure = ANY($1::text[]) AND right(t.key, length($2)) = $2 AND t.key <> $3 AND strpos(t.key, '@article:') = 0
          AND t.merged_into_id IS NULL AND t.claim_count > 0
          AND t.latest_said_at BETWEEN $4::date - $5::int AND $4::date + $5::int
        ORDER BY t.claim_count DESC, t.id
        LIMIT 20`,
      [[...EVENT_TOLL_MEASURES].filter((m) => topicMeasure(m) === topicMeasure(t.measure)), rest, t.key, day, RELATED_DAYS],
    )) as Candidate[];
    // (and the topics earlier articles of the same batch opened, not stored yet: a bulk import of the wire's report and
    // the paper's of the next day joins them as storing them one after another does)
    for (const [key, b] of batch) {
      if (key === t.key || topicMeasure(b.measure) !== topicMeasure(t.measure) || !key.endsWith(rest) || !splitTopicKey(key) || candidates.some((c) => c.key === key)) continue;
      if (!b.days.some((d) => Math.abs(Date.parse(d) - Date.parse(day)) <= RELATED_DAYS * 86_400_000)) continue;
      candidates.push({ id: 0, key, label: b.label, claim_count: b.claims, bodies: b.texts.slice(-5) });
    }
    candidates.sort((a, b) => b.claim_count - a.claim_count);
    const fits = candidates.filter((c) => {
      const theirs = splitTopicKey(c.key)!.subject;
      if (oppositeParts(subject, theirs)) return false;
      const their = placeWords(theirs);
      return their.words.some((w) => namesWord(article.text, w)) && (c.bodies ?? []).some((b) => mine.words.some((w) => namesWord(b, w)));
    });
    if (fits.length > 0) out.set(t.key, { key: fits[0].key, label: fits[0].label });
  }
  return out;
}

/**
 * Adds an article's planned claims and topics to a batch's (`topics` by key, `rows`), each toll
 * that would open a new topic moved to the stored topic of its event (`relatedEventTopics`). A
 * topic keeps the label of the first article that created it.
 */
export async function addWithRelatedTopics(
  em: EntityManager,
  planned: { topics: Array<{ key: string; label: string; measure: string }>; rows: Array<Record<string, unknown> & { topic_key: string }> },
  article: { text: string; at: Date },
  topics: Map<string, { key: string; label: string; measure: string }>,
  rows: Array<Record<string, unknown> & { topic_key: string }>,
  batch: Map<string, BatchTopic> = new Map(),
): Promise<void> {
  const joined = await relatedEventTopics(em, planned.topics.filter((t) => !topics.has(t.key)), article, batch);
  const day = article.at.toISOString().slice(0, 10);
  for (const t of planned.topics) {
    const into = joined.get(t.key);
    const final = into ? { ...t, key: into.key, label: into.label } : t;
    if (!topics.has(final.key)) topics.set(final.key, final);
    // what the next articles of the batch may join: the toll topics this one opened or added to
    if (!EVENT_TOLL_MEASURES.has(final.measure)) continue;
    const b = batch.get(final.key) ?? batch.set(final.key, { label: topics.get(final.key)!.label, measure: final.measure, claims: 0, texts: [], days: [] }).get(final.key)!;
    if (b.texts[b.texts.length - 1] !== article.text) { b.texts.push(article.text); b.days.push(day); }
  }
  for (const row of planned.rows) {
    const r = joined.has(row.topic_key) ? { ...row, topic_key: joined.get(row.topic_key)!.key } : row;
    rows.push(r);
    const b = batch.get(r.topic_key);
    if (b) b.claims++;
  }
}
