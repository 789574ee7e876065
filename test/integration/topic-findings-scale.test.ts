import request from 'supertest';
import type { DataSource } from 'typeorm';
import { replaceTopicFindings, type NewFinding } from '../../src/db/repositories/claim.repository';
import { FINDINGS_PER_CLAIM } from '../../src/services/bounded-findings';
import { mergeTopics } from '../../src/services/edit-claim-topics';
import { refreshTopic } from '../../src/services/refresh-topic';
import { buildTestApp } from '../support/app';
import { signedInAgent, tokenFor } from '../support/auth';
import { openFreshDatabase, openTestDataSource } from '../support/db';
import { cap, ingest, uniqueTag } from '../support/speakers';
import { siegeAccounts } from '../support/siege-accounts';

jest.setTimeout(180_000);

async function siegeClaims(db: DataSource, topicId: number) {
  return (await db.query(
    `SELECT id, said_at::text AS "saidAt", value_stated AS years, conflict_count AS "conflictCount" FROM claims WHERE topic_id = $1 AND NOT superseded ORDER BY said_at, id`,
    [topicId],
  )) as Array<{ id: number; saidAt: string; years: number; conflictCount: number }>;
}

async function storedFindings(db: DataSource, topicId: number) {
  return (await db.query('SELECT kind, claim_ids AS "claimIds", reason FROM claim_findings WHERE topic_id = $1 ORDER BY id', [topicId])) as Array<{ kind: string; claimIds: number[]; reason: string }>;
}

describe('findings of a topic where most claims disagree', () => {
  let admin: DataSource;
  beforeAll(async () => {
    admin = await openTestDataSource();
  });
  afterAll(async () => {
    await admin.destroy();
  });

  it('keep each claim’s findings against the claims said nearest it, count the rest, and list them all on the claim’s page', async () => {
    const { db, drop } = await openFreshDatabase(admin);
    try {
      const accounts = siegeAccounts(24);
      for (const a of accounts) await ingest(db, a.text, a);
      const [{ topic_id: topicId }] = await db.query(`SELECT topic_id FROM claims WHERE measure = 'siege-duration' GROUP BY topic_id ORDER BY count(*) DESC LIMIT 1`);
      const claims = await siegeClaims(db, topicId);
      expect(claims).toHaveLength(24);
      const findings = await storedFindings(db, topicId);
      // 12 × 12 pairs disagree; at most three findings a claim are kept, not 144
      expect(findings.length).toBeLessThanOrEqual(3 * claims.length);
      expect(findings.length).toBeGreaterThanOrEqual(claims.length / 2);
      expect(findings.every((f) => f.kind === 'duration-mismatch')).toBe(true);
      // every claim still counts the twelve it is at odds with, and is in at least one kept finding
      expect(claims.map((c) => c.conflictCount)).toEqual(claims.map(() => 12));
      for (const c of claims) expect(findings.some((f) => f.claimIds.includes(c.id))).toBe(true);
      // the findings kept of an account are against the other half's accounts said the days nearest it
      const tenth = claims[10];
      const nearest = claims.filter((c) => c.years !== tenth.years)
        .sort((a, b) => Math.abs(Date.parse(a.saidAt) - Date.parse(tenth.saidAt)) - Math.abs(Date.parse(b.saidAt) - Date.parse(tenth.saidAt)) || a.id - b.id)
        .slice(0, FINDINGS_PER_CLAIM).map((c) => c.id);
      const partners = findings.filter((f) => f.claimIds.includes(tenth.id)).map((f) => f.claimIds.find((id) => id !== tenth.id));
      expect(partners).toEqual(expect.arrayContaining(nearest));

      // the ingest, a claim at a time, stored what a whole recheck stores (in the order the claims came, not the recheck's)
      const byClaims = (fs: typeof findings) => [...fs].sort((a, b) => a.claimIds[0] - b.claimIds[0] || a.claimIds[1] - b.claimIds[1]);
      const before = { findings: byClaims(findings), claims };
      await db.transaction((em) => refreshTopic(em, topicId));
      expect({ findings: byClaims(await storedFindings(db, topicId)), claims: await siegeClaims(db, topicId) }).toEqual(before);

      // the claim's page lists all twelve, nearest first, and the topic page says how many claims are at odds
      const app = buildTestApp(db);
      const { agent } = await signedInAgent(app, db, 'viewer');
      const page = await agent.get(`/claims/${tenth.id}`).expect(200);
      expect(page.text).toContain('in 12 findings');
      expect(page.text.match(/class="finding finding-duration-mismatch"/g)).toHaveLength(12);
      const topicPage = await agent.get(`/topics/${topicId}`).expect(200);
      expect(topicPage.text).toContain('24 claims of 24 are at odds with another');
      expect(topicPage.text.match(/class="finding finding-/g)).toHaveLength(findings.length);
      const token = await tokenFor(db, 'viewer');
      const api = await request(app).get(`/api/v1/claims/${tenth.id}`).set('authorization', `Bearer ${token}`).expect(200);
      expect(api.body.findingCount).toBe(12);
      expect(api.body.findings[0].claimIds).toContain(nearest[0]);
      app.locals.close();
    } finally {
      await drop();
    }
  });

  it('are written in batches: a topic with more findings than one statement can hold is stored whole', async () => {
    const { db, drop } = await openFreshDatabase(admin);
    try {
      const place = cap(uniqueTag(3));
      await ingest(db, `“About 320 civilians were killed in eastern ${place} last week,” a rescue worker said.`, { publishedAt: '2016-12-14' });
      await ingest(db, `“At least 3,000 civilians were killed in eastern ${place} last week,” Colonel Omar Saleh said.`, { publishedAt: '2016-12-14', outlet: 'AFP' });
      const [{ topic_id: topicId }] = await db.query(`SELECT topic_id FROM claims WHERE measure = 'deaths' LIMIT 1`);
      const ids: number[] = (await db.query('SELECT id FROM claims WHERE topic_id = $1 ORDER BY id', [topicId])).map((r: { id: number }) => r.id);
      // five values a row: 14,000 rows are 70,000, past the 65,535 parameters one statement takes
      const many: NewFinding[] = Array.from({ length: 14_000 }, (_, i) => ({
        topicId,
        kind: 'contradiction',
        claimIds: ids,
        reason: `a rescue worker, about 320 (2016-12-14) and Colonel Omar Saleh, at least 3,000 (2016-12-14) cannot both hold for the same period (${i})`,
        direction: null,
      }));
      await db.transaction((em) => replaceTopicFindings(em, topicId, many, { claimCount: 2, conflictCount: many.length, latestFigure: null, latestSaidAt: null, minValue: null, maxValue: null, unit: null }));
      const [{ n, first, last }] = await db.query(`SELECT count(*)::int AS n, min(reason) FILTER (WHERE reason LIKE '%(0)') AS first, max(reason) FILTER (WHERE reason LIKE '%(13999)') AS last FROM claim_findings WHERE topic_id = $1`, [topicId]);
      expect(n).toBe(14_000);
      expect(first).toContain('cannot both hold');
      expect(last).toContain('(13999)');
      expect((await db.query('SELECT conflict_count FROM claims WHERE topic_id = $1', [topicId])).map((r: { conflict_count: number }) => r.conflict_count)).toEqual([14_000, 14_000]);
    } finally {
      await drop();
    }
  });

  it('stay bounded when an editor merges two topics where most claims disagree', async () => {
    const { db, drop } = await openFreshDatabase(admin);
    try {
      for (const a of [...siegeAccounts(16), ...siegeAccounts(16)]) await ingest(db, a.text, a);
      const topics: number[] = (await db.query(`SELECT topic_id FROM claims WHERE measure = 'siege-duration' GROUP BY topic_id ORDER BY topic_id`)).map((r: { topic_id: number }) => r.topic_id);
      expect(topics).toHaveLength(2);
      await mergeTopics({ dataSource: db }, { id: null, label: 'editor@example.org' }, topics[0], topics[1]);
      const claims = await siegeClaims(db, topics[1]);
      expect(claims).toHaveLength(32);
      // each claim is at odds with the other half of all 32 accounts
      expect(claims.map((c) => c.conflictCount)).toEqual(claims.map(() => 16));
      const findings = await storedFindings(db, topics[1]);
      expect(findings.length).toBeLessThanOrEqual(3 * claims.length);
      const [{ conflict_count: stored }] = await db.query('SELECT conflict_count FROM claim_topics WHERE id = $1', [topics[1]]);
      expect(stored).toBe(findings.length);
    } finally {
      await drop();
    }
  });
});
