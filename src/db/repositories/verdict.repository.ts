import type { EntityManager } from 'typeorm';
import { VerdictEntity } from '../entities/verdict.entity';

/** A verdict to append. */
export type NewVerdict = Omit<VerdictEntity, 'id' | 'createdAt' | 'claim' | 'supersedes' | 'author'>;

/** Appends a verdict; returns it as stored. */
export async function insertVerdict(em: EntityManager, v: NewVerdict): Promise<VerdictEntity> {
  const repo = em.getRepository(VerdictEntity);
  return repo.save(repo.create(v));
}

/** A claim's verdicts, newest first (internal ones only when asked). */
export function findVerdictsOfClaim(em: EntityManager, claimId: number, includeInternal: boolean): Promise<VerdictEntity[]> {
  const qb = em.getRepository(VerdictEntity).createQueryBuilder('v').where('v.claim_id = :claimId', { claimId });
  if (!includeInternal) qb.andWhere('v.published');
  return qb.orderBy('v.id', 'DESC').getMany();
}

/** The claim's newest verdict, locked so two editors rating at once append one after the other. */
export async function lockLatestVerdict(em: EntityManager, claimId: number): Promise<VerdictEntity | null> {
  // The claim row is the lock: verdict rows never change, so they cannot be locked for that.
  await em.query('SELECT id FROM claims WHERE id = $1 FOR UPDATE', [claimId]);
  return em.getRepository(VerdictEntity).createQueryBuilder('v').where('v.claim_id = :claimId', { claimId }).orderBy('v.id', 'DESC').limit(1).getOne();
}

/** The newest published verdict of a claim. */
export function findPublishedVerdict(em: EntityManager, claimId: number): Promise<VerdictEntity | null> {
  return em.getRepository(VerdictEntity).createQueryBuilder('v').where('v.claim_id = :claimId AND v.published', { claimId }).orderBy('v.id', 'DESC').limit(1).getOne();
}

/** The newest published verdict of each claim after `afterClaimId`, in claim order (for the bulk export). */
export function findPublishedVerdictBatch(em: EntityManager, afterClaimId: number, limit: number): Promise<VerdictEntity[]> {
  return em
    .getRepository(VerdictEntity)
    .createQueryBuilder('v')
    .distinctOn(['v.claim_id'])
    .where('v.published AND v.claim_id > :after', { after: afterClaimId })
    .orderBy('v.claim_id', 'ASC')
    .addOrderBy('v.id', 'DESC')
    .limit(limit)
    .getMany();
}

/** The verdict rating of each claim that has one (newest verdict; published only unless asked). */
export async function findRatingsOfClaims(em: EntityManager, claimIds: number[], includeInternal: boolean): Promise<Map<number, { rating: string; published: boolean }>> {
  if (claimIds.length === 0) return new Map();
  const rows: Array<{ claimId: number; rating: string; published: boolean }> = await em.query(
    `SELECT DISTINCT ON (claim_id) claim_id AS "claimId", rating, published
       FROM verdicts WHERE claim_id = ANY($1::int[]) ${includeInternal ? '' : 'AND published'}
      ORDER BY claim_id, id DESC`,
    [claimIds],
  );
  return new Map(rows.map((r) => [r.claimId, { rating: r.rating, published: r.published }]));
}
