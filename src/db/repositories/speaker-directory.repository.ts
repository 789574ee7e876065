import type { EntityManager } from 'typeorm';

/** How the directory is ordered. */
export type SpeakerSort = 'relevance' | 'name' | 'quotes' | 'latest';

/** Directory filters; `q` is already normalised (lower case, no accents), `key` its transliteration-folded form. */
export interface DirectoryFilter {
  q?: string;
  key?: string;
  kind?: 'person' | 'organisation';
  organisation?: string;
  sort: SpeakerSort;
  limit: number;
  offset: number;
  /** Keyset position (the API's cursor): the last row's `sortKey` and id; read after it instead of skipping `offset`. */
  after?: { key: Array<string | number>; id: number };
}

/** A row of the speaker directory. */
export interface DirectoryRow {
  id: number;
  name: string;
  kind: 'person' | 'organisation';
  role: string | null;
  organisation: string | null;
  organisationAbbreviation: string | null;
  country: string | null;
  quoteCount: number;
  firstQuotedAt: Date | null;
  lastQuotedAt: Date | null;
  /** The alias that matched the search, when it was not the name. */
  matchedAlias: string | null;
  /** The row's position in its order (without the id), for a keyset cursor. */
  sortKey: Array<string | number>;
}

/** Sort key columns (as text, so timestamps and real scores keep their exact value) and the keyset test after a position. */
function keyset(sort: SpeakerSort, params: unknown[], after?: DirectoryFilter['after']): { columns: string; where: string | null } {
  const p = (v: unknown) => `$${params.push(v)}`;
  switch (sort) {
    case 'relevance':
      return {
        columns: 'h.score::text AS "k1", s.quote_count AS "k2"',
        where: after
          ? (() => {
              const [score, count, id] = [p(String(after.key[0])), p(Number(after.key[1])), p(after.id)];
              return `(h.score < ${score}::real OR (h.score = ${score}::real AND (s.quote_count < ${count} OR (s.quote_count = ${count} AND s.id > ${id}))))`;
            })()
          : null,
      };
    case 'quotes':
      return { columns: 's.quote_count AS "k1"', where: after ? `(s.quote_count, s.id) < (${p(Number(after.key[0]))}::int, ${p(after.id)})` : null };
    case 'latest':
      return { columns: 's.last_quoted_at::text AS "k1"', where: after ? `(s.last_quoted_at, s.id) < (${p(String(after.key[0]))}::timestamptz, ${p(after.id)})` : null };
    default:
      return { columns: 's.normalized_name AS "k1"', where: after ? `(s.normalized_name, s.id) > (${p(String(after.key[0]))}, ${p(after.id)})` : null };
  }
}

const COLUMNS = `s.id, s.name, s.kind, s.role, s.organisation, s.organisation_abbreviation AS "organisationAbbreviation",
  s.country, s.quote_count AS "quoteCount", s.first_quoted_at AS "firstQuotedAt", s.last_quoted_at AS "lastQuotedAt"`;

const ORDER: Record<Exclude<SpeakerSort, 'relevance'>, string> = {
  name: 's.normalized_name ASC, s.id ASC',
  quotes: 's.quote_count DESC, s.id DESC',
  latest: 's.last_quoted_at DESC, s.id DESC',
};

/**
 * One page of live speakers. Without a query it walks an index in the chosen order; with
 * one it collects trigram matches on names and aliases first (pg_trgm word similarity, so
 * "shamkani" finds "Ali Shamkhani") and orders that small set. Counts are stored counters.
 */
export async function findDirectoryPage(em: EntityManager, f: DirectoryFilter): Promise<{ rows: DirectoryRow[]; hasMore: boolean }> {
  const params: unknown[] = [f.limit + 1, f.offset];
  const where: string[] = ['s.merged_into_id IS NULL'];
  if (f.kind) {
    params.push(f.kind);
    where.push(`s.kind = $${params.length}`);
  }
  if (f.organisation) {
    params.push(f.organisation.toLowerCase());
    // Any organisation the speaker has been stated to belong to, current or past.
    where.push(
      `(EXISTS (SELECT 1 FROM speaker_roles r WHERE r.speaker_id = s.id
                  AND (lower(r.organisation) = $${params.length} OR lower(r.organisation_abbreviation) = $${params.length}))
        OR lower(s.organisation) = $${params.length} OR lower(s.organisation_abbreviation) = $${params.length}
        OR (s.kind = 'organisation' AND lower(s.name) = $${params.length}))`,
    );
  }
  let rows: Array<DirectoryRow & { k1: string | number; k2?: number }>;
  if (!f.q) {
    if (f.sort === 'latest') where.push('s.last_quoted_at IS NOT NULL');
    const ks = keyset(f.sort === 'relevance' ? 'name' : f.sort, params, f.after);
    if (ks.where) where.push(ks.where);
    const order = ORDER[f.sort === 'relevance' ? 'name' : f.sort];
    rows = await em.query(
      `SELECT ${COLUMNS}, ${ks.columns}, NULL AS "matchedAlias" FROM speakers s WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $1 OFFSET $2`,
      params,
    );
  } else {
    params.push(f.q, f.key || f.q);
    const q = `$${params.length - 1}`;
    const key = `$${params.length}`;
    const short = f.q.length < 3;
    // Short queries have no trigrams to look up: match name and alias prefixes instead.
    // Names are looked up once, by their transliteration-folded key (the query folded the same
    // way): every spelling the written name would match, its folded key matches too, so a second
    // trigram scan of the written names only cost time (half the directory search for a first
    // name plus a surname). The written name still scores, with a little extra for the exact spelling.
    const nameHit = short ? `s.normalized_name LIKE ${q} || '%'` : `${key} <% s.match_key`;
    const aliasHit = short ? `a.normalized_alias LIKE ${q} || '%'` : `${q} <% a.normalized_alias`;
    const order = f.sort === 'relevance' ? 'h.score DESC, s.quote_count DESC, s.id' : ORDER[f.sort];
    const ks = keyset(f.sort, params, f.after);
    if (ks.where) where.push(ks.where);
    rows = await em.query(
      `WITH hits AS MATERIALIZED (
         SELECT s.id AS speaker_id, greatest(word_similarity(${q}, s.normalized_name) + 0.01, word_similarity(${key}, s.match_key)) AS score,
                NULL::text AS alias
           FROM speakers s WHERE ${nameHit}
         UNION ALL
         SELECT a.speaker_id, word_similarity(${q}, a.normalized_alias), a.alias
           FROM speaker_aliases a WHERE ${aliasHit} AND a.kind <> 'description'
       ), h AS (
         SELECT DISTINCT ON (speaker_id) speaker_id, score, alias FROM hits ORDER BY speaker_id, score DESC
       )
       SELECT ${COLUMNS}, ${ks.columns}, h.alias AS "matchedAlias"
         FROM h JOIN speakers s ON s.id = h.speaker_id
        WHERE ${where.join(' AND ')}${f.sort === 'latest' ? ' AND s.last_quoted_at IS NOT NULL' : ''}
        ORDER BY ${order}
        LIMIT $1 OFFSET $2`,
      params,
    );
  }
  const keyed = rows.map(({ k1, k2, ...r }) => ({ ...r, sortKey: k2 === undefined ? [k1] : [k1, k2] }));
  return { rows: keyed.slice(0, f.limit), hasMore: keyed.length > f.limit };
}
