import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ingestArticle } from '../../src/services/ingest-article';

const CONSONANTS = 'bdflmnprtv';
const VOWELS = 'aeo';

/**
 * A surname no other test uses, built so that transliteration folds act only on the part
 * the test controls: "Shamk" + tag + "ani" and "Shamk" + tag + "any" are variants.
 */
export function uniqueTag(pairs = 4): string {
  let s = '';
  for (let i = 0; i < pairs; i++) s += CONSONANTS[randomInt(CONSONANTS.length)] + VOWELS[randomInt(VOWELS.length)];
  return s;
}

/** Capitalises a word. */
export function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Stores an article through the real ingest service; returns its id. */
export async function ingest(ds: DataSource, text: string, extra: { outlet?: string; publishedAt?: string; title?: string; source?: 'api' | 'url' } = {}) {
  const r = await ingestArticle(
    { dataSource: ds },
    { title: extra.title ?? `Report ${uniqueTag(3)}`, text, outlet: extra.outlet ?? 'Wire', publishedAt: extra.publishedAt ?? '2016-12-18' },
    extra.source ?? 'api',
  );
  return r.articleId;
}

/** Speaker ids of an article's quotes, in order. */
export async function quoteSpeakers(ds: DataSource, articleId: number): Promise<Array<number | null>> {
  const rows = await ds.query('SELECT speaker_id FROM quotes WHERE article_id = $1 ORDER BY position', [articleId]);
  return rows.map((r: { speaker_id: number | null }) => r.speaker_id);
}
