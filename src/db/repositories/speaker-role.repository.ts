import type { EntityManager } from 'typeorm';
import { SpeakerRoleEntity } from '../entities/speaker-role.entity';
import { returnedRows } from './speaker.repository';

/** One article stating one role of a speaker. */
export interface RoleObservation {
  speakerId: number;
  articleId: number;
  roleKey: string;
  title: string | null;
  organisation: string | null;
  organisationAbbreviation: string | null;
  country: string | null;
  statedAt: Date;
}

/**
 * Records role observations and folds the new ones into speaker_roles (first and last
 * dates, the articles that stated them, how many articles did), in two statements.
 */
export async function recordRoleObservations(em: EntityManager, rows: RoleObservation[]): Promise<void> {
  const unique = [...new Map(rows.map((r) => [`${r.speakerId}:${r.articleId}:${r.roleKey}`, r])).values()];
  if (unique.length === 0) return;
  await em.query(
    `WITH obs AS (
       INSERT INTO speaker_role_observations (speaker_id, article_id, role_key, title, organisation, organisation_abbreviation, country, stated_at)
       SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
       ON CONFLICT DO NOTHING
       RETURNING *)
     INSERT INTO speaker_roles (speaker_id, role_key, title, organisation, organisation_abbreviation, country,
                                first_stated_at, last_stated_at, first_article_id, last_article_id, article_count)
     SELECT speaker_id, role_key, title, organisation, organisation_abbreviation, country, stated_at, stated_at, article_id, article_id, 1 FROM obs
     ON CONFLICT (speaker_id, role_key) DO UPDATE SET
       first_article_id = CASE WHEN EXCLUDED.first_stated_at < speaker_roles.first_stated_at THEN EXCLUDED.first_article_id ELSE speaker_roles.first_article_id END,
       last_article_id = CASE WHEN EXCLUDED.last_stated_at >= speaker_roles.last_stated_at THEN EXCLUDED.last_article_id ELSE speaker_roles.last_article_id END,
       first_stated_at = LEAST(speaker_roles.first_stated_at, EXCLUDED.first_stated_at),
       last_stated_at = GREATEST(speaker_roles.last_stated_at, EXCLUDED.last_stated_at),
       organisation_abbreviation = COALESCE(speaker_roles.organisation_abbreviation, EXCLUDED.organisation_abbreviation),
       article_count = speaker_roles.article_count + 1`,
    [
      unique.map((r) => r.speakerId),
      unique.map((r) => r.articleId),
      unique.map((r) => r.roleKey),
      unique.map((r) => r.title),
      unique.map((r) => r.organisation),
      unique.map((r) => r.organisationAbbreviation),
      unique.map((r) => r.country),
      unique.map((r) => r.statedAt.toISOString()),
    ],
  );
}

/** Sets each speaker's current role to its most recently stated one. */
export async function refreshCurrentRoles(em: EntityManager, speakerIds: number[]): Promise<void> {
  if (speakerIds.length === 0) return;
  await em.query(
    `UPDATE speakers s SET role = r.title, organisation = r.organisation,
            organisation_abbreviation = r.organisation_abbreviation, country = r.country
       FROM (SELECT DISTINCT ON (speaker_id) speaker_id, title, organisation, organisation_abbreviation, country
               FROM speaker_roles WHERE speaker_id = ANY($1::int[])
              ORDER BY speaker_id, last_stated_at DESC, id DESC) r
      WHERE s.id = r.speaker_id`,
    [speakerIds],
  );
}

/** Rebuilds speaker_roles of these speakers from their observations (after a merge, split or undo). */
export async function rebuildSpeakerRoles(em: EntityManager, speakerIds: number[]): Promise<void> {
  if (speakerIds.length === 0) return;
  await em.query('DELETE FROM speaker_roles WHERE speaker_id = ANY($1::int[])', [speakerIds]);
  await em.query(
    `INSERT INTO speaker_roles (speaker_id, role_key, title, organisation, organisation_abbreviation, country,
                                first_stated_at, last_stated_at, first_article_id, last_article_id, article_count)
     SELECT speaker_id, role_key, min(title), min(organisation), min(organisation_abbreviation), min(country),
            min(stated_at), max(stated_at),
            (array_agg(article_id ORDER BY stated_at, article_id))[1],
            (array_agg(article_id ORDER BY stated_at DESC, article_id DESC))[1],
            count(DISTINCT article_id)::int
       FROM speaker_role_observations WHERE speaker_id = ANY($1::int[])
      GROUP BY speaker_id, role_key`,
    [speakerIds],
  );
  await refreshCurrentRoles(em, speakerIds);
}

/** Moves role observations of the given articles (all when null) from one speaker to another; returns their ids. */
export async function moveRoleObservations(
  em: EntityManager,
  fromId: number,
  toId: number,
  articleIds: number[] | null,
): Promise<number[]> {
  // A pair the target already has stays with the source: the unique key would clash otherwise.
  const rows = returnedRows<{ id: number }>(await em.query(
    `UPDATE speaker_role_observations o SET speaker_id = $2
      WHERE o.speaker_id = $1 AND ($3::int[] IS NULL OR o.article_id = ANY($3::int[]))
        AND NOT EXISTS (SELECT 1 FROM speaker_role_observations t
                         WHERE t.speaker_id = $2 AND t.article_id = o.article_id AND t.role_key = o.role_key)
      RETURNING o.id`,
    [fromId, toId, articleIds],
  ));
  return rows.map((r) => r.id);
}

/** Sets the speaker of role observations by id. */
export async function reassignRoleObservations(em: EntityManager, ids: number[], speakerId: number): Promise<void> {
  if (ids.length === 0) return;
  await em.query('UPDATE speaker_role_observations SET speaker_id = $2 WHERE id = ANY($1::int[])', [ids, speakerId]);
}

/** A speaker's roles, most recently stated first. */
export function findSpeakerRoles(em: EntityManager, speakerId: number): Promise<SpeakerRoleEntity[]> {
  return em
    .getRepository(SpeakerRoleEntity)
    .createQueryBuilder('r')
    .where('r.speaker_id = :speakerId', { speakerId })
    .orderBy('r.last_stated_at', 'DESC')
    .addOrderBy('r.id', 'DESC')
    .limit(100)
    .getMany();
}

/**
 * Copies a speaker's role observations of the given articles to another speaker (a split
 * that leaves quotes of one article on both sides); returns the new rows' ids.
 */
export async function copyRoleObservations(em: EntityManager, fromId: number, toId: number, articleIds: number[]): Promise<number[]> {
  if (articleIds.length === 0) return [];
  const rows: Array<{ id: number }> = await em.query(
    `INSERT INTO speaker_role_observations (speaker_id, article_id, role_key, title, organisation, organisation_abbreviation, country, stated_at)
     SELECT $2, article_id, role_key, title, organisation, organisation_abbreviation, country, stated_at
       FROM speaker_role_observations WHERE speaker_id = $1 AND article_id = ANY($3::int[])
     ON CONFLICT DO NOTHING RETURNING id`,
    [fromId, toId, articleIds],
  );
  return rows.map((r) => r.id);
}

/** Deletes role observations by id. */
export async function deleteRoleObservations(em: EntityManager, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await em.query('DELETE FROM speaker_role_observations WHERE id = ANY($1::int[])', [ids]);
}
