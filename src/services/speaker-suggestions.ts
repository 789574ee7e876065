/**
 * Whom a reviewer may give a quote to: the stored speakers quoted or reported in its article,
 * then the other people and organisations the article names (read again from its text), which
 * become speakers when chosen.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { analyseArticle } from '../core';
import { findArticleBodies, findSpeakersOfArticles } from '../db/repositories/review.repository';

/**
 * Texts longer than this are not read again for names (a page's worth of suggestions is not worth a long analysis:
 * reading 16K characters takes about 5 ms, 64K about 19 ms).
 */
const NAMES_MAX_CHARS = 16 * 1024;
/** Texts whose names are kept in memory (by their digest), most recently used last. */
const CACHE_SIZE = 2000;
const namesCache = new Map<string, Array<{ name: string; kind: string }>>();

/** The people and organisations a text names, read once per text and process. */
function namesOf(body: string): Array<{ name: string; kind: string }> {
  const key = createHash('sha1').update(body).digest('base64');
  let names = namesCache.get(key);
  if (names) {
    namesCache.delete(key);
  } else {
    names = analyseArticle(body).people.map((p) => ({ name: p.name, kind: p.kind }));
    if (namesCache.size >= CACHE_SIZE) namesCache.delete(namesCache.keys().next().value!);
  }
  namesCache.set(key, names);
  return names;
}
/** Names offered per article at most. */
const NAMES_MAX = 30;

export interface SpeakerSuggestions {
  /** Stored speakers of the article, by number. */
  speakers: Array<{ id: number; name: string }>;
  /** Other names the article gives people and organisations, as written. */
  named: string[];
}

/** Suggestions for each of these articles. */
export async function speakerSuggestions(em: EntityManager, articleIds: number[]): Promise<Map<number, SpeakerSuggestions>> {
  const ids = [...new Set(articleIds)];
  const [speakers, bodies] = await Promise.all([findSpeakersOfArticles(em, ids), findArticleBodies(em, ids, NAMES_MAX_CHARS)]);
  const out = new Map<number, SpeakerSuggestions>();
  for (const id of ids) {
    const stored = speakers.get(id) ?? [];
    const known = new Set(stored.map((s) => s.name.toLowerCase()));
    const body = bodies.get(id);
    const named: string[] = [];
    for (const p of body !== undefined ? namesOf(body) : []) {
      if ((p.kind !== 'person' && p.kind !== 'organisation') || known.has(p.name.toLowerCase()) || named.length >= NAMES_MAX) continue;
      // a surname alone, when the full name is offered, is the same person
      if (!p.name.includes(' ') && [...known].some((k) => k.endsWith(` ${p.name.toLowerCase()}`))) continue;
      known.add(p.name.toLowerCase());
      named.push(p.name);
    }
    out.set(id, { speakers: stored, named });
  }
  return out;
}
