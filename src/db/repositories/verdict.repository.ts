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

/** What a ClaimReview says about a claim besides the verdict: its sentence, speaker kind and article. */
export interface ClaimReviewSource {
  claimId: number;
  text: string;
  speakerId: number | null;
  speakerName: string | null;
  speakerKind: string | null;
  saidAt: string;
  quoteId: number | null;
  sentence: string;
  articleId: number;
  title: string;
  url: string | null;
  outlet: string | null;
  at: Date;
}

/** The claims' sentences, speakers and articles, in one read. */
export function findClaimReviewSources(em: EntityManager, claimIds: number[]): Promise<ClaimReviewSource[]> {
  return em.query(
    // (a stored speaker under their stored name, “Ana Castell”, not as one article wrote it, “Castell”)
    `SELECT c.id AS "claimId", c.text, c.speaker_id AS "speakerId", coalesce(s.name, c.speaker_name) AS "speakerName", s.kind AS "speakerKind",
            to_char(c.said_at, 'YYYY-MM-DD') AS "saidAt", c.quote_id AS "quoteId",
            -- the speaker's own words when the claim sits in a one-piece quote: the sentence within the quote marks,
            -- without the attribution around it (“…,” he told reporters in Moscow)
            btrim(CASE WHEN q.id IS NULL THEN substr(a.body, c.sentence_start + 1, c.sentence_end - c.sentence_start)
                       ELSE substr(a.body, greatest(c.sentence_start, q.start_offset) + 1,
                                   least(c.sentence_end, q.end_offset) - greatest(c.sentence_start, q.start_offset)) END) AS sentence,
            a.id AS "articleId", a.title, a.url, a.outlet, coalesce(a.published_at, a.created_at) AS at
       FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN speakers s ON s.id = c.speaker_id
       LEFT JOIN quotes q ON q.id = c.quote_id AND jsonb_array_length(q.segments) <= 1
                         AND q.start_offset <= c.start_offset AND c.end_offset <= q.end_offset
      WHERE c.id = ANY($1::int[])`,
    [claimIds],
  );
}

/** The current articles that ran each quote's words (at most `perQuote` each, earliest first), in one read. */
export async function findSameWordsOfQuotes(
  em: EntityManager,
  quoteIds: number[],
  perQuote: number,
): Promise<Map<number, Array<{ articleId: number; title: string; url: string | null; outlet: string | null; at: Date }>>> {
  const out = new Map<number, Array<{ articleId: number; title: string; url: string | null; outlet: string | null; at: Date }>>();
  if (quoteIds.length === 0) return out;
  const rows: Array<{ quoteId: number; articleId: number; title: string; url: string | null; outlet: string | null; at: Date }> = await em.query(
    `SELECT x."quoteId", x."articleId", x.title, x.url, x.outlet, x.at FROM (
       SELECT src.id AS "quoteId", a.id AS "articleId", a.title, a.url, a.outlet, coalesce(a.published_at, a.created_at) AS at,
              row_number() OVER (PARTITION BY src.id ORDER BY coalesce(a.published_at, a.created_at), q.id) AS n
         FROM quotes src JOIN quotes q ON q.text_key = src.text_key JOIN articles a ON a.id = q.article_id
        WHERE src.id = ANY($1::int[]) AND a.is_current) x
      WHERE x.n <= $2 ORDER BY x."quoteId", x.n`,
    [quoteIds, perQuote],
  );
  for (const { quoteId, ...r } of rows) (out.get(quoteId) ?? out.set(quoteId, []).get(quoteId)!).push(r);
  return out;
}
