import type { EntityManager } from 'typeorm';
import { SpeakerAliasEntity } from '../entities/speaker-alias.entity';
import { SpeakerEntity, type StoredSpeakerKind } from '../entities/speaker.entity';

/** Serialises speaker creation for one normalised name, so concurrent ingests never create it twice. */
export async function lockSpeakerName(em: EntityManager, normalizedName: string): Promise<void> {
  await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`speaker:${normalizedName}`]);
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

/** Fields of a new speaker. */
export interface NewSpeaker {
  name: string;
  normalizedName: string;
  kind: StoredSpeakerKind;
  role: string | null;
  organisation: string | null;
  country: string | null;
}

/** Inserts a speaker with zeroed counters. */
export async function insertSpeaker(em: EntityManager, data: NewSpeaker): Promise<SpeakerEntity> {
  const repo = em.getRepository(SpeakerEntity);
  return repo.save(repo.create({ ...data, quoteCount: 0, firstQuotedAt: null, lastQuotedAt: null }));
}

/** Records an alias unless the speaker already has it. */
export async function addSpeakerAlias(
  em: EntityManager,
  alias: { speakerId: number; alias: string; normalizedAlias: string; articleId: number | null },
): Promise<void> {
  await em
    .createQueryBuilder()
    .insert()
    .into(SpeakerAliasEntity)
    .values(alias)
    .orIgnore()
    .execute();
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
