import type { EntityManager } from 'typeorm';
import { SpeakerAliasEntity, type SpeakerAliasKind } from '../entities/speaker-alias.entity';
import { SpeakerEntity, type StoredSpeakerKind } from '../entities/speaker.entity';

/** Serialises speaker creation for one normalised name, so concurrent ingests never create it twice. */
export async function lockSpeakerName(em: EntityManager, normalizedName: string): Promise<void> {
  await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`speaker:${normalizedName}`]);
}

/**
 * Takes transaction-scoped advisory locks on identity keys (a person's folded surname, an
 * organisation's key), in sorted order so two ingests never wait on each other in a cycle.
 */
export async function lockSpeakerKeys(em: EntityManager, keys: string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) {
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`speaker-identity:${key}`]);
  }
}

/** Speakers whose canonical name or one of whose aliases has this normalised form (oldest first). */
export async function findSpeakersByNormalizedName(em: EntityManager, normalized: string): Promise<SpeakerEntity[]> {
  return em
    .getRepository(SpeakerEntity)
    .createQueryBuilder('s')
    .where('s.normalized_name = :n', { n: normalized })
    .orWhere('s.id IN (SELECT speaker_id FROM speaker_aliases WHERE normalized_alias = :n)', { n: normalized })
    .orderBy('s.id', 'ASC')
    .getMany();
}

/** A stored speaker that may be the one an article names, with what is known of its roles. */
export interface IdentityCandidate {
  id: number;
  name: string;
  normalizedName: string;
  matchKey: string;
  surnameKey: string | null;
  /** Kind of an alias whose normalised form equals the name looked for, if any. */
  exactAliasKind: SpeakerAliasKind | null;
  /** True when an identifying alias has the same folded key. */
  keyAlias: boolean;
  /** Organisations, abbreviations, titles and countries from the current and past roles. */
  organisations: string[];
  titles: string[];
  countries: string[];
}

/** The most identity candidates one name is compared with: the oldest ones. */
export const IDENTITY_CANDIDATE_LIMIT = 50;

/**
 * Live (not merged) speakers of a kind that share the name, an alias, the folded key or
 * (for people) the folded surname with the name looked for; oldest first, at most 50.
 */
export async function findIdentityCandidates(
  em: EntityManager,
  kind: StoredSpeakerKind,
  keys: { normalized: string; matchKey: string; surnameKey: string | null; extra?: string[] },
): Promise<IdentityCandidate[]> {
  const extra = keys.extra ?? [];
  return em.query(
    `SELECT s.id, s.name, s.normalized_name AS "normalizedName", s.match_key AS "matchKey", s.surname_key AS "surnameKey",
            (SELECT a.kind FROM speaker_aliases a WHERE a.speaker_id = s.id AND a.normalized_alias = ANY($4::text[])
                AND a.kind <> 'description' ORDER BY a.id LIMIT 1) AS "exactAliasKind",
            EXISTS (SELECT 1 FROM speaker_aliases a WHERE a.speaker_id = s.id AND a.match_key = $2
                AND a.kind NOT IN ('description', 'surname')) AS "keyAlias",
            ARRAY(SELECT x FROM (SELECT r.organisation AS x FROM speaker_roles r WHERE r.speaker_id = s.id
                                 UNION SELECT r.organisation_abbreviation FROM speaker_roles r WHERE r.speaker_id = s.id
                                 UNION SELECT s.organisation UNION SELECT s.organisation_abbreviation) o WHERE x IS NOT NULL) AS organisations,
            ARRAY(SELECT x FROM (SELECT r.title AS x FROM speaker_roles r WHERE r.speaker_id = s.id UNION SELECT s.role) t
                   WHERE x IS NOT NULL) AS titles,
            ARRAY(SELECT x FROM (SELECT r.country AS x FROM speaker_roles r WHERE r.speaker_id = s.id UNION SELECT s.country) c
                   WHERE x IS NOT NULL) AS countries
       FROM speakers s
      WHERE s.merged_into_id IS NULL AND s.kind = $1
        AND (s.normalized_name = ANY($4::text[]) OR s.match_key = $2 OR ($3::text IS NOT NULL AND s.surname_key = $3)
             OR s.id IN (SELECT a.speaker_id FROM speaker_aliases a
                          WHERE (a.normalized_alias = ANY($4::text[]) OR a.match_key = $2) AND a.kind <> 'description'))
      ORDER BY s.id
      LIMIT ${IDENTITY_CANDIDATE_LIMIT}`,
    [kind, keys.matchKey || null, keys.surnameKey, [keys.normalized, ...extra]],
  );
}

/** Fields of a new speaker. */
export interface NewSpeaker {
  name: string;
  normalizedName: string;
  matchKey?: string;
  surnameKey?: string | null;
  kind: StoredSpeakerKind;
  role: string | null;
  organisation: string | null;
  organisationAbbreviation?: string | null;
  country: string | null;
}

/** Inserts a speaker with zeroed counters. */
export async function insertSpeaker(em: EntityManager, data: NewSpeaker): Promise<SpeakerEntity> {
  const repo = em.getRepository(SpeakerEntity);
  return repo.save(
    repo.create({
      matchKey: '',
      surnameKey: null,
      organisationAbbreviation: null,
      ...data,
      externalId: null,
      mergedIntoId: null,
      quoteCount: 0,
      firstQuotedAt: null,
      lastQuotedAt: null,
    }),
  );
}

/** Records an alias unless the speaker already has it. */
export async function addSpeakerAlias(
  em: EntityManager,
  alias: { speakerId: number; alias: string; normalizedAlias: string; articleId: number | null },
): Promise<void> {
  await em.createQueryBuilder().insert().into(SpeakerAliasEntity).values(alias).orIgnore().execute();
}

/** An alias sighting to record. */
export interface AliasSighting {
  speakerId: number;
  alias: string;
  normalizedAlias: string;
  matchKey: string;
  kind: SpeakerAliasKind;
  articleId: number | null;
}

/**
 * Records alias sightings in one statement: a new alias is stored with the article where it
 * was first seen; a known one gets its last article and sighting count updated.
 */
export async function recordAliasSightings(em: EntityManager, rows: AliasSighting[]): Promise<void> {
  // The first sighting of a form in the list decides its kind.
  const unique = new Map<string, AliasSighting>();
  for (const r of rows) if (!unique.has(`${r.speakerId}:${r.normalizedAlias}`)) unique.set(`${r.speakerId}:${r.normalizedAlias}`, r);
  if (unique.size === 0) return;
  const list = [...unique.values()];
  await em.query(
    `INSERT INTO speaker_aliases (speaker_id, alias, normalized_alias, match_key, kind, article_id, last_article_id, seen_count)
     SELECT u.*, 1 FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $6::int[]) AS u
     ON CONFLICT (speaker_id, normalized_alias) DO UPDATE
       SET seen_count = speaker_aliases.seen_count + 1, last_article_id = EXCLUDED.last_article_id`,
    [
      list.map((r) => r.speakerId),
      list.map((r) => r.alias),
      list.map((r) => r.normalizedAlias),
      list.map((r) => r.matchKey),
      list.map((r) => r.kind),
      list.map((r) => r.articleId),
    ],
  );
}

/** Adds `count` quotes dated `at` to a speaker's stored counters. */
export async function bumpSpeakerCounters(em: EntityManager, speakerId: number, count: number, at: Date): Promise<void> {
  await em.query(
    `UPDATE speakers SET quote_count = quote_count + $2,
       first_quoted_at = LEAST(COALESCE(first_quoted_at, $3), $3),
       last_quoted_at = GREATEST(COALESCE(last_quoted_at, $3), $3)
     WHERE id = $1`,
    [speakerId, count, at],
  );
}

/** Speakers by id. */
export function findSpeakersByIds(em: EntityManager, ids: number[]): Promise<SpeakerEntity[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return em.getRepository(SpeakerEntity).createQueryBuilder('s').where('s.id IN (:...ids)', { ids }).getMany();
}

/** One speaker by id (merged ones too), optionally locked for update. */
export function findSpeakerById(em: EntityManager, id: number, lock = false): Promise<SpeakerEntity | null> {
  const qb = em.getRepository(SpeakerEntity).createQueryBuilder('s').where('s.id = :id', { id });
  if (lock) qb.setLock('pessimistic_write');
  return qb.getOne();
}

/** Changes fields of a speaker. */
export async function updateSpeaker(
  em: EntityManager,
  id: number,
  fields: Partial<Pick<SpeakerEntity, 'name' | 'normalizedName' | 'matchKey' | 'surnameKey' | 'externalId' | 'mergedIntoId'>>,
): Promise<void> {
  await em.getRepository(SpeakerEntity).update({ id }, fields);
}

/** Recounts the stored counters of speakers from their timeline (editor actions only; ingest bumps them). */
export async function recountSpeakers(em: EntityManager, ids: number[]): Promise<void> {
  await em.query(
    `UPDATE speakers s SET quote_count = COALESCE(c.n, 0), first_quoted_at = c.first, last_quoted_at = c.last
       FROM (SELECT x.id, count(sq.quote_id)::int AS n, min(sq.quoted_at) AS first, max(sq.quoted_at) AS last
               FROM unnest($1::int[]) AS x(id) LEFT JOIN speaker_quotes sq ON sq.speaker_id = x.id GROUP BY x.id) c
      WHERE s.id = c.id`,
    [ids],
  );
}

/** A speaker's aliases, most used first. */
export async function findSpeakerAliases(em: EntityManager, speakerId: number, limit = 200): Promise<SpeakerAliasEntity[]> {
  return em
    .getRepository(SpeakerAliasEntity)
    .createQueryBuilder('a')
    .where('a.speaker_id = :speakerId', { speakerId })
    .orderBy('a.seen_count', 'DESC')
    .addOrderBy('a.id', 'ASC')
    .limit(limit)
    .getMany();
}

/** Aliases by id. */
export function findAliasesByIds(em: EntityManager, ids: number[]): Promise<SpeakerAliasEntity[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return em.getRepository(SpeakerAliasEntity).createQueryBuilder('a').where('a.id IN (:...ids)', { ids }).getMany();
}

/** Inserts alias rows exactly as given, ids included: used to put removed aliases back. */
export async function restoreAliases(em: EntityManager, rows: Array<Omit<SpeakerAliasEntity, 'speaker' | 'article' | 'lastArticle'>>) {
  for (const r of rows) {
    await em.query(
      `INSERT INTO speaker_aliases (id, speaker_id, alias, normalized_alias, match_key, kind, article_id, last_article_id, seen_count, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
      [r.id, r.speakerId, r.alias, r.normalizedAlias, r.matchKey, r.kind, r.articleId, r.lastArticleId, r.seenCount, new Date(r.createdAt)],
    );
  }
}

/** Deletes aliases by id. */
export async function deleteAliases(em: EntityManager, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await em.query('DELETE FROM speaker_aliases WHERE id = ANY($1::int[])', [ids]);
}

/**
 * Moves all aliases of one speaker to another. Aliases the target already has are
 * returned (and deleted) so an undo can put them back.
 */
export async function moveAliases(
  em: EntityManager,
  fromId: number,
  toId: number,
): Promise<{ moved: number[]; dropped: SpeakerAliasEntity[] }> {
  const dropped: SpeakerAliasEntity[] = await em
    .getRepository(SpeakerAliasEntity)
    .createQueryBuilder('a')
    .where('a.speaker_id = :fromId', { fromId })
    .andWhere('a.normalized_alias IN (SELECT normalized_alias FROM speaker_aliases WHERE speaker_id = :toId)', { toId })
    .getMany();
  await deleteAliases(
    em,
    dropped.map((d) => d.id),
  );
  const moved = returnedRows<{ id: number }>(
    await em.query('UPDATE speaker_aliases SET speaker_id = $2 WHERE speaker_id = $1 RETURNING id', [fromId, toId]),
  );
  return { moved: moved.map((m) => m.id), dropped };
}

/** Sets the speaker of aliases by id. */
export async function reassignAliases(em: EntityManager, ids: number[], speakerId: number): Promise<void> {
  if (ids.length === 0) return;
  await em.query('UPDATE speaker_aliases SET speaker_id = $2 WHERE id = ANY($1::int[])', [ids, speakerId]);
}

/** A speaker's alias with this normalised form: its id and how many articles used it. */
export async function findAliasByNormalized(
  em: EntityManager,
  speakerId: number,
  normalized: string,
): Promise<{ id: number; seenCount: number } | null> {
  const rows = await em.query(
    'SELECT id, seen_count AS "seenCount" FROM speaker_aliases WHERE speaker_id = $1 AND normalized_alias = $2',
    [speakerId, normalized],
  );
  return rows[0] ?? null;
}

/** Inserts an alias an editor typed or confirmed (no article, never seen yet); returns its id. */
export async function insertEditorAlias(
  em: EntityManager,
  a: { speakerId: number; alias: string; normalizedAlias: string; matchKey: string; kind?: SpeakerAliasKind },
): Promise<number> {
  const [row] = await em.query(
    `INSERT INTO speaker_aliases (speaker_id, alias, normalized_alias, match_key, kind, article_id, last_article_id, seen_count)
     VALUES ($1, $2, $3, $4, $5, NULL, NULL, 0) RETURNING id`,
    [a.speakerId, a.alias, a.normalizedAlias, a.matchKey, a.kind ?? 'editor'],
  );
  return row.id;
}

/**
 * Rows of an UPDATE or DELETE … RETURNING: TypeORM's `query` answers those with
 * `[rows, rowCount]`, and INSERT … RETURNING with the rows alone.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

/** Live people stored with this folded surname (a surname typed alone: “Haddad”), most quoted first, at most `limit`. */
export async function findLivePeopleBySurname(
  em: EntityManager,
  surnameKey: string,
  limit = 20,
): Promise<Array<{ id: number; name: string; role: string | null; quoteCount: number }>> {
  return em.query(
    `SELECT id, name, role, quote_count AS "quoteCount" FROM speakers WHERE surname_key = $1 AND merged_into_id IS NULL AND kind = 'person'
      ORDER BY quote_count DESC, id LIMIT $2`,
    [surnameKey, limit],
  );
}

/** How many live speakers go by this name or alias, or are people stored with this folded surname. */
export async function countLiveSpeakersGoingBy(em: EntityManager, normalized: string, surnameKey: string | null): Promise<number> {
  const [row] = await em.query(
    `SELECT count(*)::int AS n FROM speakers s
      WHERE s.merged_into_id IS NULL
        AND (s.normalized_name = $1 OR s.id IN (SELECT speaker_id FROM speaker_aliases WHERE normalized_alias = $1)
             OR ($2::text IS NOT NULL AND s.surname_key = $2 AND s.kind = 'person'))`,
    [normalized, surnameKey],
  );
  return row.n;
}

/**
 * Live speakers other than `exceptId` that go by this normalised form: as their name, or as an
 * alias that identifies them on its own (not a bare surname nor a description). Oldest first.
 */
export async function findOtherSpeakersGoingBy(
  em: EntityManager,
  exceptId: number,
  normalized: string,
): Promise<Array<{ id: number; name: string; role: string | null; quoteCount: number }>> {
  return em.query(
    `SELECT id, name, role, quote_count AS "quoteCount" FROM speakers s
      WHERE s.merged_into_id IS NULL AND s.id <> $1
        AND (s.normalized_name = $2 OR s.id IN (
          SELECT speaker_id FROM speaker_aliases WHERE normalized_alias = $2 AND kind NOT IN ('surname', 'description')))
      ORDER BY s.id LIMIT 5`,
    [exceptId, normalized],
  );
}

/** The words articles used for a speaker (each quote's and statement's mention as written, and aliases seen in articles), at most `limit` distinct ones. */
export async function findSpeakerMentions(em: EntityManager, speakerId: number, limit = 500): Promise<string[]> {
  const rows: Array<{ m: string }> = await em.query(
    `SELECT DISTINCT m FROM (
       SELECT speaker_mention AS m FROM quotes WHERE speaker_id = $1 AND speaker_mention IS NOT NULL
       UNION SELECT speaker_mention FROM statements WHERE speaker_id = $1 AND speaker_mention IS NOT NULL
       UNION SELECT alias FROM speaker_aliases WHERE speaker_id = $1 AND seen_count > 0) x
     LIMIT $2`,
    [speakerId, limit],
  );
  return rows.map((r) => r.m);
}
