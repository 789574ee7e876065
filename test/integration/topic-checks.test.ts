import type { DataSource } from 'typeorm';
import { ingestArticle } from '../../src/services/ingest-article';
import { ingestArticleBatch } from '../../src/services/ingest-batch';
import { refreshTopic } from '../../src/services/refresh-topic';
import { openFreshDatabase, openTestDataSource } from '../support/db';
import { cap, ingest, uniqueTag } from '../support/speakers';
import { FiguresOfThings1795572401900 } from '../../migrations/1795572401900-figures-of-things';
import { BareCountsUncompared1795572402100 } from '../../migrations/1795572402100-bare-counts-uncompared';

jest.setTimeout(120_000);

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Articles about one death toll and one siege, from a few speakers, dated over five months
 * and stored out of date order: figures that diverge, speakers who revise their own, siege
 * durations whose implied start dates disagree.
 */
function articles(seed: number): Array<{ text: string; publishedAt: string; outlet: string }> {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const place = cap(uniqueTag(3));
  const [v1, v2] = [cap(uniqueTag(2)), cap(uniqueTag(2))];
  const speakers = ['UN spokesman Jens Laerke', 'Health Minister Rima Haddad', 'Colonel Omar Saleh', 'the monitoring group', 'a rescue worker'];
  const tolls = ['150', '300', '320', '500', '900', 'about 1,200', '3,000', 'more than 400', 'at least 250'];
  const years = ['two', 'three', 'over three', 'four', 'nearly two'];
  const out: Array<{ text: string; publishedAt: string; outlet: string }> = [];
  for (let i = 0; i < 36; i++) {
    const day = new Date(Date.UTC(2016, 9, 1) + Math.floor(r() * 150) * 86_400_000).toISOString().slice(0, 10);
    const who = pick(speakers);
    const roll = r();
    const text =
      roll < 0.35
        ? `“${cap(pick(tolls))} civilians were killed in eastern ${place} last week,” ${who} said on ${i % 2 ? 'Monday' : 'Tuesday'}.`
        : roll < 0.65
          ? `“${cap(pick(tolls))} civilians have been killed in eastern ${place},” ${who} said.`
          : `“The villages of ${v1} and ${v2} have been under siege for ${pick(years)} years,” ${who} said.`;
    out.push({ text: `${text}\n\nAid agencies said they could not confirm the figures. (${i})`, publishedAt: day, outlet: pick(['Reuters', 'AFP', 'BBC', 'AP']) });
  }
  return out;
}

async function snapshot(db: DataSource) {
  const findings = (await db.query(
    `SELECT t.key, f.kind, f.claim_ids, f.reason, f.direction FROM claim_findings f JOIN claim_topics t ON t.id = f.topic_id`,
  )) as Array<{ key: string; kind: string; claim_ids: number[]; reason: string; direction: string | null }>;
  return {
    findings: findings.map((f) => `${f.key} | ${f.kind} | ${f.claim_ids.join(',')} | ${f.reason} | ${f.direction}`).sort(),
    topics: await db.query(
      `SELECT key, claim_count, conflict_count, latest_figure, latest_said_at::text, min_value, max_value, unit FROM claim_topics ORDER BY key`,
    ),
    claims: await db.query(`SELECT id, conflict_count FROM claims ORDER BY id`),
  };
}

/** Every topic checked again in full, as an editor's change does. */
async function recheckAll(db: DataSource): Promise<void> {
  const topicIds: number[] = (await db.query('SELECT id FROM claim_topics ORDER BY id')).map((t: { id: number }) => t.id);
  await db.transaction(async (em) => {
    for (const id of topicIds) await refreshTopic(em, id);
  });
}

describe('topic checks at ingest: new claims against the stored ones', () => {
  let admin: DataSource;
  beforeAll(async () => {
    admin = await openTestDataSource();
  });
  afterAll(async () => {
    await admin.destroy();
  });

  it.each([1, 2, 3])('give the findings and counters a full recheck gives (articles out of date order, seed %i)', async (seed) => {
    const { db, drop } = await openFreshDatabase(admin);
    try {
      const list = articles(seed);
      // One at a time, then the rest as one bulk batch (several new claims per topic at once).
      for (const a of list.slice(0, 24)) await ingest(db, a.text, a);
      const outcomes = await ingestArticleBatch({ dataSource: db }, list.slice(24).map((a, i) => ({ title: `Batch ${i}`, ...a })), 'import');
      expect(outcomes.filter((o) => 'error' in o)).toEqual([]);

      const incremental = await snapshot(db);
      const kinds = new Set(incremental.findings.map((f) => f.split(' | ')[1]));
      // The scenario exercises every kind the death toll and the siege can produce.
      expect([...kinds].sort()).toEqual(expect.arrayContaining(['divergence', 'duration-mismatch', 'revision']));
      expect(incremental.topics.length).toBe(2);
      expect(incremental.topics.reduce((n: number, t: { claim_count: number }) => n + t.claim_count, 0)).toBe(incremental.claims.length);

      await recheckAll(db);
      expect(await snapshot(db)).toEqual(incremental);
    } finally {
      await drop();
    }
  });

  it('a claim stored while another ingest holds its topic is checked against that ingest’s claims', async () => {
    const { db, drop } = await openFreshDatabase(admin);
    try {
      const place = cap(uniqueTag(3));
      const day = { publishedAt: '2016-12-14', outlet: 'Reuters' };
      await ingest(db, `“About 320 civilians were killed in eastern ${place} last week,” a rescue worker said.`, day);
      // The first ingest stops just before it commits, holding the topic row.
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let reached!: () => void;
      const inside = new Promise<void>((r) => (reached = r));
      const first = ingestArticle(
        { dataSource: db },
        { title: 'UN briefing', text: `“About 300 civilians were killed in eastern ${place} last week,” UN spokesman Jens Laerke said.`, ...day },
        'api',
        { afterInsert: async () => { reached(); await gate; } },
      );
      await inside;
      // The second (another speaker, so no shared identity lock) waits on the topic row, then goes on.
      const second = ingest(db, `“At least 3,000 civilians were killed in eastern ${place} last week,” Colonel Omar Saleh said.`, { ...day, outlet: 'AFP' });
      await new Promise((r) => setTimeout(r, 700));
      release();
      await first;
      await second;

      const stored = await snapshot(db);
      // “At least 3,000” cannot hold with 320 nor with 300 for the same week: the second
      // ingest's claim is checked against the first's too.
      expect(stored.findings.filter((f) => f.includes(' | contradiction | ') && f.includes('Omar Saleh'))).toHaveLength(2);
      expect(stored.findings.some((f) => f.includes('Jens Laerke') && f.includes('Omar Saleh'))).toBe(true);
      await recheckAll(db);
      expect(await snapshot(db)).toEqual(stored);
    } finally {
      await drop();
    }
  });
});

describe('shares and amounts of different things', () => {
  let admin: DataSource;
  beforeAll(async () => {
    admin = await openTestDataSource();
  });
  afterAll(async () => {
    await admin.destroy();
  });

  it('are not found at odds when stored, and findings stored before between them are dropped by the migration', async () => {
    const { db, drop } = await openFreshDatabase(admin);
    try {
      const place = cap(uniqueTag(3));
      const day = { publishedAt: '2026-11-06', outlet: 'Wire' };
      // inflation and growth from two speakers, and unemployment from two more: a topic for each
      await ingest(db, `Inflation in ${place} hit 8.2 percent in October, the statistics office said.`, day);
      await ingest(db, `Growth in ${place} fell to 1.1 percent in October, the central bank said.`, { ...day, outlet: 'AFP' });
      await ingest(db, `Unemployment in ${place} stood at 5.1 percent in October, the labour ministry said.`, { ...day, outlet: 'AP' });
      await ingest(db, `Unemployment in ${place} stood at 12 percent in October, the trade unions said.`, { ...day, outlet: 'BBC' });
      const topics = await db.query(`SELECT id, label, claim_count, conflict_count FROM claim_topics WHERE measure = 'share' ORDER BY label`);
      expect(topics.map((t: { label: string; claim_count: number; conflict_count: number }) => [t.label, t.claim_count, t.conflict_count])).toEqual([
        [`${place} — growth (share)`, 1, 0], [`${place} — inflation (share)`, 1, 0], [`${place} — unemployment (share)`, 2, 1],
      ]);
      const findings = await db.query('SELECT f.kind, f.claim_ids FROM claim_findings f');
      const claims = await db.query(`SELECT id, group_text, value_stated FROM claims ORDER BY value_stated`);
      const unemployment = claims.filter((c: { group_text: string }) => c.group_text === 'Unemployment').map((c: { id: number }) => c.id);
      expect(findings).toEqual([{ kind: 'divergence', claim_ids: expect.arrayContaining(unemployment) }]);

      // the state before the migration: one “<place> — share” topic holding all four, inflation and growth reported as diverging
      const [inflation, growth] = ['Inflation', 'Growth'].map((g) => claims.find((c: { group_text: string }) => c.group_text === g).id);
      const shared = topics[2].id;
      const qr = db.createQueryRunner();
      await qr.connect();
      await qr.startTransaction();
      try {
        await qr.query('UPDATE claims SET topic_id = $1 WHERE id = ANY($2)', [shared, claims.map((c: { id: number }) => c.id)]);
        await qr.query(`INSERT INTO claim_findings (topic_id, kind, claim_ids, reason) VALUES ($1, 'divergence', $2, 'differ 7.5-fold')`, [shared, [growth, inflation]]);
        await qr.query('UPDATE claims SET conflict_count = conflict_count + 1 WHERE id = ANY($1)', [[growth, inflation]]);
        await qr.query('UPDATE claim_topics SET conflict_count = 2, checked_divergence_factor = 2 WHERE id = $1', [shared]);
        await new FiguresOfThings1795572401900().up(qr);
        expect(await qr.query('SELECT kind, claim_ids FROM claim_findings')).toEqual(findings);
        expect(await qr.query('SELECT id, conflict_count FROM claims WHERE id = ANY($1) ORDER BY id', [[growth, inflation]])).toEqual(
          [growth, inflation].sort((a, b) => a - b).map((id) => ({ id, conflict_count: 0 })));
        expect(await qr.query('SELECT conflict_count, checked_divergence_factor FROM claim_topics WHERE id = $1', [shared])).toEqual([
          { conflict_count: 1, checked_divergence_factor: null },
        ]);
      } finally {
        await qr.rollbackTransaction();
        await qr.release();
      }
    } finally {
      await drop();
    }
  });
});

describe('bare head counts', () => {
  let admin: DataSource;
  beforeAll(async () => {
    admin = await openTestDataSource();
  });
  afterAll(async () => {
    await admin.destroy();
  });

  it('are never found at odds (what they count is not said), and findings stored before between them are dropped by the migration', async () => {
    const { db, drop } = await openFreshDatabase(admin);
    try {
      const place = cap(uniqueTag(3));
      const day = { publishedAt: '2026-11-06', outlet: 'Wire' };
      // the treated and the fed, from two speakers: one “people counted” topic, 640 against 19,000
      await ingest(db, `Health Minister Ines Duarte said 640 people in ${place} had been treated in hospitals this week.`, day);
      await ingest(db, `“We are feeding close to 19,000 people in ${place} a day,” said Yusuf Demir, a spokesman for the Red Crescent.`, { ...day, outlet: 'AFP' });
      const topics = await db.query(`SELECT id, claim_count, conflict_count FROM claim_topics WHERE measure = 'people'`);
      expect(topics.map((t: { claim_count: number; conflict_count: number }) => [t.claim_count, t.conflict_count])).toEqual([[2, 0]]);
      expect(await db.query('SELECT count(*)::int AS n FROM claim_findings')).toEqual([{ n: 0 }]);

      // the state before the migration: the two reported as diverging
      const ids = (await db.query('SELECT id FROM claims ORDER BY id')).map((c: { id: number }) => c.id);
      const qr = db.createQueryRunner();
      await qr.connect();
      await qr.startTransaction();
      try {
        await qr.query(`INSERT INTO claim_findings (topic_id, kind, claim_ids, reason) VALUES ($1, 'divergence', $2, 'differ 29.7-fold')`, [topics[0].id, ids]);
        await qr.query('UPDATE claims SET conflict_count = 1 WHERE id = ANY($1)', [ids]);
        await qr.query('UPDATE claim_topics SET conflict_count = 1 WHERE id = $1', [topics[0].id]);
        await new BareCountsUncompared1795572402100().up(qr);
        expect(await qr.query('SELECT count(*)::int AS n FROM claim_findings')).toEqual([{ n: 0 }]);
        expect(await qr.query('SELECT conflict_count FROM claims WHERE id = ANY($1)', [ids])).toEqual([{ conflict_count: 0 }, { conflict_count: 0 }]);
        expect(await qr.query('SELECT conflict_count FROM claim_topics WHERE id = $1', [topics[0].id])).toEqual([{ conflict_count: 0 }]);
      } finally {
        await qr.rollbackTransaction();
        await qr.release();
      }
    } finally {
      await drop();
    }
  });
});
