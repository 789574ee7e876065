import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Measure } from '../../core/claims/types';
import { ClaimFindingEntity } from '../entities/claim-finding.entity';
import { ClaimTopicEntity } from '../entities/claim-topic.entity';
import { ClaimEntity } from '../entities/claim.entity';
import { escapeLike } from './like';

/** A claim row to insert (id, counters and timestamps come from the database). */
export type NewClaim = Omit<ClaimEntity, 'id' | 'createdAt' | 'article' | 'topic' | 'speaker' | 'quote' | 'statement' | 'conflictCount' | 'checkWorthy' | 'checkWorthyById' | 'checkWorthyBy' | 'checkWorthyAt' | 'superseded'>;

/** A finding row to insert. */
export type NewFinding = Pick<ClaimFindingEntity, 'topicId' | 'kind' | 'claimIds' | 'reason' | 'direction'>;

/** Stored counters of a topic, recomputed from its claims and findings. */
export interface TopicCounters {
  claimCount: number;
  conflictCount: number;
  latestFigure: string | null;
  latestSaidAt: string | null;
  minValue: number | null;
  maxValue: number | null;
  unit: string | null;
  /** The divergence factor the findings were computed with. */
  checkedDivergenceFactor?: number;
}

/** The topic with this key, created when missing; its id. Keys are taken in sorted order by callers to avoid deadlocks. */
export async function upsertTopic(em: EntityManager, t: { key: string; label: string; measure: string }): Promise<number> {
  const rows: Array<{ id: number }> = await em.query(
    `INSERT INTO claim_topics (key, label, measure) VALUES ($1, $2, $3)
     ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key
     RETURNING id`,
    [t.key, t.label, t.measure],
  );
  return rows[0].id;
}

/** A topic locked until the transaction ends (recomputations of one topic run one at a time). */
export function lockTopic(em: EntityManager, id: number): Promise<ClaimTopicEntity | null> {
  return em.getRepository(ClaimTopicEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

/** Locks the topics of a speaker's claims in id order (the order ingest takes them), before the claims' rows are changed. */
export async function lockTopicsOfSpeaker(em: EntityManager, speakerId: number): Promise<number[]> {
  const rows: Array<{ id: number }> = await em.query(
    `SELECT id FROM claim_topics WHERE id IN (SELECT DISTINCT topic_id FROM claims WHERE speaker_id = $1) ORDER BY id FOR UPDATE`,
    [speakerId],
  );
  return rows.map((r) => r.id);
}

/** Locks the topics of the claims drawn from a quote in id order, before the claims' rows are changed. */
export async function lockTopicsOfQuote(em: EntityManager, quoteId: number): Promise<void> {
  await em.query(`SELECT id FROM claim_topics WHERE id IN (SELECT topic_id FROM claims WHERE quote_id = $1) ORDER BY id FOR UPDATE`, [quoteId]);
}

/** Marks topics as awaiting a recheck by the job worker, locking them in id order (the order ingest takes them). */
export async function markTopicsForRecheck(em: EntityManager, ids: readonly number[]): Promise<void> {
  await em.query(
    `UPDATE claim_topics t SET recheck_requested_at = now()
       FROM (SELECT id FROM claim_topics WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE) l
      WHERE t.id = l.id`,
    [ids],
  );
}

/** Says a topic's findings are current again (after a whole recheck). */
export async function clearTopicRecheck(em: EntityManager, id: number): Promise<void> {
  await em.query('UPDATE claim_topics SET recheck_requested_at = NULL WHERE id = $1 AND recheck_requested_at IS NOT NULL', [id]);
}

/** Topics still awaiting a recheck, oldest request first (at most `limit`). */
export async function findTopicsAwaitingRecheck(em: EntityManager, limit = 1000): Promise<number[]> {
  const rows: Array<{ id: number }> = await em.query(
    'SELECT id FROM claim_topics WHERE recheck_requested_at IS NOT NULL ORDER BY recheck_requested_at, id LIMIT $1',
    [limit],
  );
  return rows.map((r) => r.id);
}

/** One topic by id. */
export function findTopicById(em: EntityManager, id: number): Promise<ClaimTopicEntity | null> {
  return em.getRepository(ClaimTopicEntity).findOne({ where: { id } });
}

/** Inserts an article's claims; returns their ids in the given order. */
export async function insertClaims(em: EntityManager, claims: NewClaim[]): Promise<number[]> {
  if (claims.length === 0) return [];
  const res = await em.createQueryBuilder().insert().into(ClaimEntity).values(claims).returning(['id']).execute();
  return (res.raw as Array<{ id: number }>).map((r) => r.id);
}

/** Ids of an article's quotes and statements by position, to link claims to their source. */
export async function sourceIdsOfArticle(em: EntityManager, articleId: number): Promise<{ quotes: Map<number, number>; statements: Map<number, number> }> {
  const [q, s]: Array<Array<{ id: number; position: number }>> = await Promise.all([
    em.query('SELECT id, position FROM quotes WHERE article_id = $1', [articleId]),
    em.query('SELECT id, position FROM statements WHERE article_id = $1', [articleId]),
  ]);
  return { quotes: new Map(q.map((r) => [r.position, r.id])), statements: new Map(s.map((r) => [r.position, r.id])) };
}

/** A topic's claims, oldest first. */
export function findClaimsByTopic(em: EntityManager, topicId: number): Promise<ClaimEntity[]> {
  return em.getRepository(ClaimEntity).find({ where: { topicId, superseded: false }, order: { saidAt: 'ASC', id: 'ASC' } });
}

/** One claim by id. */
export function findClaimById(em: EntityManager, id: number, lock = false): Promise<ClaimEntity | null> {
  return em.getRepository(ClaimEntity).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
}

/**
 * The current version of a superseded claim's page, and that version's claim with the same
 * words in the same topic (null when the edit dropped or changed it).
 */
export async function findCurrentCounterpart(
  em: EntityManager,
  claim: Pick<ClaimEntity, 'articleId' | 'topicId' | 'text'>,
): Promise<{ currentArticleId: number | null; currentVersion: number | null; currentClaimId: number | null }> {
  const [row] = await em.query(
    `WITH RECURSIVE fwd AS (
       SELECT id FROM articles WHERE id = $1
       UNION ALL SELECT a.id FROM articles a JOIN fwd f ON a.previous_version_id = f.id)
     SELECT a.id AS "currentArticleId", a.version AS "currentVersion",
            (SELECT c.id FROM claims c WHERE c.article_id = a.id AND c.topic_id = $2 AND c.text = $3 ORDER BY c.position LIMIT 1) AS "currentClaimId"
       FROM articles a WHERE a.id IN (SELECT id FROM fwd) AND a.is_current`,
    [claim.articleId, claim.topicId, claim.text],
  );
  return row ?? { currentArticleId: null, currentVersion: null, currentClaimId: null };
}

/**
 * Topics (not merged into another) whose label holds every one of `words`, case and accents aside
 * (“Sao Paulo” finds “São Paulo — deaths”), the ones with most claims first.
 */
export function findTopicsByLabelWords(em: EntityManager, words: string[], limit: number): Promise<Array<{ id: number; label: string }>> {
  if (words.length === 0) return Promise.resolve([]);
  return em.query(
    `SELECT id, label FROM claim_topics
      WHERE merged_into_id IS NULL AND ${words.map((_, i) => `unaccent(label) ILIKE unaccent($${i + 1})`).join(' AND ')}
      ORDER BY claim_count DESC, id LIMIT ${Math.max(1, Math.floor(limit))}`,
    words.map((w) => `%${escapeLike(w)}%`),
  );
}

/** An article's claims in reading order, each with its topic (for the label). */
export function findClaimsWithTopicsByArticle(em: EntityManager, articleId: number): Promise<ClaimEntity[]> {
  return em.getRepository(ClaimEntity).find({ where: { articleId }, relations: { topic: true }, order: { position: 'ASC' } });
}

/** An article's claims in reading order. */
export function findClaimsByArticle(em: EntityManager, articleId: number): Promise<ClaimEntity[]> {
  return em.getRepository(ClaimEntity).find({ where: { articleId }, order: { position: 'ASC' } });
}

/**
 * Findings written per statement: five values a row stay far below PostgreSQL's 65,535
 * parameters of a statement (they are sent as one JSON parameter anyway), and the text built
 * for one statement stays small.
 */
export const FINDINGS_PER_INSERT = 2000;

/**
 * Replaces a topic's findings and stored counters, and each claim's conflict count: from
 * `claimCounts` (each claim's findings all told, when the findings kept are fewer), else
 * counted from the findings.
 */
export async function replaceTopicFindings(em: EntityManager, topicId: number, findings: NewFinding[], counters: TopicCounters, claimCounts?: ReadonlyMap<number, number>): Promise<void> {
  await em.query('DELETE FROM claim_findings WHERE topic_id = $1', [topicId]);
  for (let i = 0; i < findings.length; i += FINDINGS_PER_INSERT) {
    const rows = findings.slice(i, i + FINDINGS_PER_INSERT).map((f, k) => ({ kind: f.kind, claim_ids: f.claimIds, reason: f.reason, direction: f.direction, ord: i + k }));
    await em.query(
      `INSERT INTO claim_findings (topic_id, kind, claim_ids, reason, direction)
       SELECT $1, y.kind, y.claim_ids, y.reason, y.direction
         FROM json_to_recordset($2::json) AS y(kind text, claim_ids int[], reason text, direction text, ord int)
        ORDER BY y.ord`,
      [topicId, JSON.stringify(rows)],
    );
  }
  // Counted here from the findings in hand (one pass), and written only where a count changed:
  // re-counting with a subquery per claim grew with the square of a topic's size.
  let counts = claimCounts;
  if (!counts) {
    const c = new Map<number, number>();
    for (const f of findings) for (const id of f.claimIds) c.set(id, (c.get(id) ?? 0) + 1);
    counts = c;
  }
  await em.query(
    `UPDATE claims c SET conflict_count = COALESCE(v.n, 0)
       FROM (SELECT c2.id, x.n FROM claims c2
               LEFT JOIN unnest($2::int[], $3::int[]) AS x(id, n) ON x.id = c2.id
              WHERE c2.topic_id = $1) v
      WHERE c.id = v.id AND c.conflict_count IS DISTINCT FROM COALESCE(v.n, 0)`,
    [topicId, [...counts.keys()], [...counts.values()]],
  );
  await em.getRepository(ClaimTopicEntity).update({ id: topicId }, counters);
}

/** A page of a topic's findings in stored order. */
export function findFindingsByTopic(em: EntityManager, topicId: number, page: { limit: number; offset: number; afterId?: number }): Promise<ClaimFindingEntity[]> {
  const qb = em.getRepository(ClaimFindingEntity).createQueryBuilder('f').where('f.topic_id = :topicId', { topicId });
  if (page.afterId !== undefined) qb.andWhere('f.id > :afterId', { afterId: page.afterId });
  return qb.orderBy('f.id').offset(page.offset).limit(page.limit).getMany();
}

/** Up to `limit` of a topic's findings between the given claims only (the chart joins the claims it draws). */
export function findFindingsAmongClaims(em: EntityManager, topicId: number, claimIds: number[], limit: number): Promise<ClaimFindingEntity[]> {
  if (claimIds.length === 0) return Promise.resolve([]);
  return em.getRepository(ClaimFindingEntity).createQueryBuilder('f')
    .where('f.topic_id = :topicId', { topicId }).andWhere('f.claim_ids <@ :ids::int[]', { ids: claimIds })
    .orderBy('f.id').limit(limit).getMany();
}

/** A page of the findings that involve a claim (looked up within its topic, through the topic's index), and how many there are. */
export async function findFindingsByClaim(em: EntityManager, claim: Pick<ClaimEntity, 'id' | 'topicId'>, page: { limit: number; offset: number }): Promise<{ rows: ClaimFindingEntity[]; total: number }> {
  const qb = em.getRepository(ClaimFindingEntity).createQueryBuilder('f').where('f.topic_id = :topicId', { topicId: claim.topicId }).andWhere(':id = ANY(f.claim_ids)', { id: claim.id });
  const [rows, total] = await Promise.all([qb.clone().orderBy('f.id').offset(page.offset).limit(page.limit).getMany(), qb.getCount()]);
  return { rows, total };
}

/** A page of a topic's claims, oldest first. */
export function findClaimsPageByTopic(em: EntityManager, topicId: number, page: { limit: number; offset: number }): Promise<ClaimEntity[]> {
  return em.getRepository(ClaimEntity).find({ where: { topicId, superseded: false }, order: { saidAt: 'ASC', id: 'ASC' }, skip: page.offset, take: page.limit });
}

/**
 * How many of a topic's claims are at odds with another (a contradiction, a divergence … with
 * someone, or a speaker's figure moved against the day's count), and how many were revised by
 * their own speaker and are at odds with nothing else: “30 missing”, then “22”, then “9” from
 * one official is a count told again, not a conflict. A claim's `conflict_count` counts its
 * findings of every kind; its revisions are all stored (only pair findings are bounded), so a
 * count above its revisions is a finding of another kind.
 */
export async function countClaimsAtOdds(em: EntityManager, topicId: number): Promise<{ atOdds: number; revisedOnly: number }> {
  const [row] = await em.query(
    `SELECT count(*) FILTER (WHERE c.conflict_count > coalesce(r.n, 0))::int AS "atOdds",
            count(*) FILTER (WHERE c.conflict_count <= r.n)::int AS "revisedOnly"
       FROM claims c
       LEFT JOIN (SELECT u.id, count(*)::int AS n FROM claim_findings f, unnest(f.claim_ids) AS u(id)
                   WHERE f.topic_id = $1 AND f.kind = 'revision' GROUP BY u.id) r ON r.id = c.id
      WHERE c.topic_id = $1 AND NOT c.superseded AND c.conflict_count > 0`,
    [topicId],
  );
  return { atOdds: row.atOdds, revisedOnly: row.revisedOnly };
}

/** The number of revision findings each of these claims of a topic is in (claims in none are left out). */
export async function revisionCountsOf(em: EntityManager, topicId: number, claimIds: number[]): Promise<Map<number, number>> {
  if (claimIds.length === 0) return new Map();
  const rows: Array<{ id: number; n: number }> = await em.query(
    `SELECT u.id, count(*)::int AS n FROM claim_findings f, unnest(f.claim_ids) AS u(id)
      WHERE f.topic_id = $1 AND f.kind = 'revision' AND u.id = ANY($2::int[]) GROUP BY u.id`,
    [topicId, claimIds],
  );
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** Where a claim stands with the fact-checkers. */
export type ClaimStatus = 'published' | 'not-published' | 'rated' | 'unrated' | 'check-worthy' | 'not-check-worthy' | 'undecided';

/** Filters shared by the claim page list and the API list. */
export interface ClaimFilters {
  topicId?: number;
  speakerId?: number;
  /** Words of the topic label (“Aleppo deaths”). */
  about?: string;
  /** Part of the speaker's name as stored on the claim. */
  who?: string;
  measure?: string;
  hasConflict?: boolean;
  status?: ClaimStatus;
  from?: string;
  to?: string;
}

/** Filters and order of the claim list. */
export interface ClaimFilter extends ClaimFilters {
  sort?: 'newest' | 'worthiness';
  limit: number;
  offset: number;
}


const STATUS_SQL: Record<ClaimStatus, string> = {
  published: 'EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = c.id AND v.published)',
  'not-published': 'NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = c.id AND v.published)',
  rated: 'EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = c.id)',
  unrated: 'NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = c.id)',
  'check-worthy': 'c.check_worthy IS TRUE',
  'not-check-worthy': 'c.check_worthy IS FALSE',
  undecided: 'c.check_worthy IS NULL',
};

/** Adds the claim filters to a query over `claims c`. */
export function applyClaimFilters<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, f: ClaimFilters): SelectQueryBuilder<T> {
  // an earlier version's claims stay on that version's article page only
  qb.andWhere('NOT c.superseded');
  if (f.topicId !== undefined) qb.andWhere('c.topic_id = :topicId', { topicId: f.topicId });
  if (f.speakerId !== undefined) qb.andWhere('c.speaker_id = :speakerId', { speakerId: f.speakerId });
  if (f.measure) qb.andWhere('c.measure = :measure', { measure: f.measure });
  if (f.hasConflict !== undefined) qb.andWhere(f.hasConflict ? 'c.conflict_count > 0' : 'c.conflict_count = 0');
  if (f.status) qb.andWhere(STATUS_SQL[f.status]);
  if (f.from) qb.andWhere('c.said_at >= :from', { from: f.from });
  if (f.to) qb.andWhere('c.said_at <= :to', { to: f.to });
  if (f.who) qb.andWhere('c.speaker_name ILIKE :who', { who: `%${escapeLike(f.who)}%` });
  if (f.about) {
    // Every word of the query somewhere in the topic's label.
    const words = f.about.split(/\s+/).filter(Boolean).slice(0, 8);
    words.forEach((w, i) => qb.andWhere(`EXISTS (SELECT 1 FROM claim_topics ft WHERE ft.id = c.topic_id AND ft.label ILIKE :about${i})`, { [`about${i}`]: `%${escapeLike(w)}%` }));
  }
  return qb;
}

/** A claim in a list, with its article and topic labels. */
export interface ClaimListRow extends ClaimEntity {
  articleTitle: string;
  outlet: string | null;
  topicLabel: string;
}

/** A page of claims; fetches one extra row to tell whether more follow. */
export async function listClaims(em: EntityManager, f: ClaimFilter): Promise<{ rows: ClaimListRow[]; hasMore: boolean }> {
  const qb = em
    .getRepository(ClaimEntity)
    .createQueryBuilder('c')
    .innerJoin('articles', 'a', 'a.id = c.article_id')
    .innerJoin('claim_topics', 't', 't.id = c.topic_id')
    .addSelect(['a.title AS "articleTitle"', 'a.outlet AS "outlet"', 't.label AS "topicLabel"']);
  applyClaimFilters(qb, f);
  if (f.sort === 'worthiness') qb.orderBy('c.check_worthiness', 'DESC').addOrderBy('c.id', 'DESC');
  else qb.orderBy('c.said_at', 'DESC').addOrderBy('c.id', 'DESC');
  qb.offset(f.offset).limit(f.limit + 1);
  const { entities, raw } = await qb.getRawAndEntities();
  const rows = entities.map((e, i) => Object.assign(e, { articleTitle: raw[i].articleTitle as string, outlet: raw[i].outlet as string | null, topicLabel: raw[i].topicLabel as string }));
  return { rows: rows.slice(0, f.limit), hasMore: rows.length > f.limit };
}

/** A page of live topics, most recently changed first. */
/** The measures the stored claims use, with how many claims each, most used first. */
export async function measuresInUse(em: EntityManager): Promise<Array<{ measure: string; claims: number }>> {
  const rows: Array<{ measure: string; claims: string }> = await em.query(
    `SELECT measure, sum(claim_count) AS claims FROM claim_topics WHERE merged_into_id IS NULL AND claim_count > 0 GROUP BY measure ORDER BY 2 DESC, 1`,
  );
  return rows.map((r) => ({ measure: r.measure, claims: Number(r.claims) }));
}

export async function listTopics(em: EntityManager, page: { limit: number; offset: number; measure?: string; withUnplaced?: boolean }): Promise<{ rows: ClaimTopicEntity[]; hasMore: boolean }> {
  const qb = em.getRepository(ClaimTopicEntity).createQueryBuilder('t').where('t.merged_into_id IS NULL').andWhere('t.claim_count > 0');
  if (page.measure) qb.andWhere('t.measure = :measure', { measure: page.measure });
  // figures with no subject are grouped only within their own article (see scopedTopic): left out unless asked for
  if (!page.withUnplaced) qb.andWhere(`t.key NOT LIKE '%@article:%'`);
  const rows = await qb.orderBy('t.updated_at', 'DESC').addOrderBy('t.id', 'DESC').offset(page.offset).limit(page.limit + 1).getMany();
  return { rows: rows.slice(0, page.limit), hasMore: rows.length > page.limit };
}

/** Moves every claim of one topic to another and marks the first as merged into the second. */
export async function moveTopicClaims(em: EntityManager, fromId: number, toId: number): Promise<void> {
  await em.query('UPDATE claims SET topic_id = $2 WHERE topic_id = $1', [fromId, toId]);
  await em.query('UPDATE claim_topics SET merged_into_id = $2 WHERE id = $1', [fromId, toId]);
}

/** Sets a claim's topic. */
export async function setClaimTopic(em: EntityManager, claimId: number, topicId: number): Promise<void> {
  await em.getRepository(ClaimEntity).update({ id: claimId }, { topicId });
}

/** The articles a topic's claims come from (at most a few: enough to tell one from several). */
export async function findTopicArticleIds(em: EntityManager, topicId: number): Promise<number[]> {
  const rows: Array<{ id: number }> = await em.query('SELECT DISTINCT article_id AS id FROM claims WHERE topic_id = $1 LIMIT 3', [topicId]);
  return rows.map((r) => r.id);
}

/** The different measures and groups of a topic's claims (a few), from which its label was built. */
export async function findTopicClaimSlots(em: EntityManager, topicId: number): Promise<Array<{ subject: null; measure: Measure; group: string | null; unit: string | null }>> {
  const rows: Array<{ measure: Measure; group: string | null; unit: string | null }> = await em.query(
    'SELECT DISTINCT measure, group_text AS "group", unit FROM claims WHERE topic_id = $1 LIMIT 5',
    [topicId],
  );
  return rows.map((r) => ({ subject: null, measure: r.measure, group: r.group, unit: r.unit }));
}

/** Renames a topic. */
export async function setTopicLabel(em: EntityManager, id: number, label: string): Promise<void> {
  await em.getRepository(ClaimTopicEntity).update({ id }, { label });
}

/** A claim as the speaker page lists it. */
export interface SpeakerPageClaim {
  id: number;
  text: string;
  valueText: string | null;
  /** `negated`: the figure was denied (“There were never 14 hostages”). */
  polarity: 'affirmed' | 'negated';
  saidAt: Date;
  conflictCount: number;
  topicId: number;
  topicLabel: string | null;
}

/**
 * The statement for a speaker's latest `limit` claims with their topic, newest first, where
 * `speaker` is an SQL expression for the speaker's id (the speaker page reads it inside its
 * own statement).
 */
export function latestClaimsOfSpeakerSql(speaker: string, limit: number): string {
  return `SELECT c.id, c.text, c.value_text AS "valueText", c.polarity, c.said_at AS "saidAt", c.conflict_count AS "conflictCount",
                 c.topic_id AS "topicId", t.label AS "topicLabel"
            FROM claims c LEFT JOIN claim_topics t ON t.id = c.topic_id
           WHERE c.speaker_id = ${speaker} AND NOT c.superseded ORDER BY c.id DESC LIMIT ${Math.trunc(limit)}`;
}
