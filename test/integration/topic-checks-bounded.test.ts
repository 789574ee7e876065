import type { DataSource } from 'typeorm';
import * as bounded from '../../src/services/bounded-findings';
import { ingestArticleBatch } from '../../src/services/ingest-batch';
import { refreshTopic } from '../../src/services/refresh-topic';
import { openFreshDatabase, openTestDataSource } from '../support/db';
import { cap, ingest, uniqueTag } from '../support/speakers';

jest.setTimeout(180_000);

// the whole check of a topic's claims, watched: a claim's arrival must not run it
jest.mock('../../src/services/bounded-findings', () => {
  const actual = jest.requireActual('../../src/services/bounded-findings');
  return { ...actual, boundedFindings: jest.fn(actual.boundedFindings) };
});

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Accounts of how long two villages have been besieged, from a handful of council members and
 * officials over a year (several on one day, some repeating or revising their own figure), in
 * random order: most accounts disagree with most others, so each claim is at odds with many
 * more than the findings it keeps, and which are kept depends on every other account's day.
 */
function siegeAccounts(seed: number, n: number): Array<{ text: string; publishedAt: string; outlet: string }> {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const [v1, v2] = [cap(uniqueTag(2)), cap(uniqueTag(2))];
  const speakers = ['Rima Haddad, a member of the local council', 'Omar Saleh, the district governor', 'Lina Mansour, a doctor at the field hospital',
    'Yusuf Azzam, a spokesman for the relief committee', 'Nadia Khatib, an aid worker', 'Karim Nasser, a shopkeeper', 'Salma Rahal, a teacher'];
  const years = ['two', 'three', 'four', 'nearly two', 'over three', 'almost four'];
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(r() * 40) * 9 * 86_400_000).toISOString().slice(0, 10);
    return {
      text: `“The villages of ${v1} and ${v2} have been under siege for ${pick(years)} years,” said ${pick(speakers)}.\n\nAid convoys have not reached the area since the spring. (${i})`,
      publishedAt: day,
      outlet: pick(['Reuters', 'AFP', 'AP', 'BBC']),
    };
  });
}

async function snapshot(db: DataSource) {
  const findings = (await db.query(`SELECT topic_id, kind, claim_ids, reason, direction FROM claim_findings`)) as Array<{ topic_id: number; kind: string; claim_ids: number[]; reason: string; direction: string | null }>;
  return {
    findings: findings.map((f) => `${f.topic_id} | ${f.kind} | ${f.claim_ids.join(',')} | ${f.reason} | ${f.direction}`).sort(),
    topics: await db.query(`SELECT id, claim_count, conflict_count, latest_figure, latest_said_at::text, min_value, max_value, unit FROM claim_topics ORDER BY id`),
    claims: await db.query(`SELECT id, conflict_count FROM claims ORDER BY id`),
  };
}

/** Every topic checked again in full, as `cli topics refresh` does. */
async function refreshAll(db: DataSource): Promise<void> {
  const ids: number[] = (await db.query('SELECT id FROM claim_topics WHERE merged_into_id IS NULL ORDER BY id')).map((t: { id: number }) => t.id);
  await db.transaction(async (em) => {
    for (const id of ids) await refreshTopic(em, id);
  });
}

describe('a new claim in a topic where claims are at odds with more than the findings they keep', () => {
  let admin: DataSource;
  beforeAll(async () => {
    admin = await openTestDataSource();
  });
  afterAll(async () => {
    await admin.destroy();
  });

  it.each([7, 8, 9])('is ranked with the stored findings, not by a whole recheck, and stores what a full refresh stores (seed %i)', async (seed) => {
    const { db, drop } = await openFreshDatabase(admin);
    try {
      const list = siegeAccounts(seed, 60);
      for (const a of list.slice(0, 12)) await ingest(db, a.text, a);
      const whole = bounded.boundedFindings as jest.Mock;
      whole.mockClear();
      // one at a time, then the rest as bulk batches (several new claims in the topic at once)
      for (const a of list.slice(12, 44)) await ingest(db, a.text, a);
      for (const batch of [list.slice(44, 52), list.slice(52)]) {
        const outcomes = await ingestArticleBatch({ dataSource: db }, batch.map((a, i) => ({ title: `Siege ${seed}-${i}`, ...a })), 'import');
        expect(outcomes.filter((o) => 'error' in o)).toEqual([]);
      }
      // no claim's arrival compared the topic's every pair again
      expect(whole).not.toHaveBeenCalled();

      const incremental = await snapshot(db);
      const [topic] = incremental.topics as Array<{ id: number; claim_count: number; conflict_count: number }>;
      expect(incremental.topics).toHaveLength(1);
      expect(topic.claim_count).toBe(60);
      const counts = (incremental.claims as Array<{ conflict_count: number }>).map((c) => c.conflict_count);
      // claims are at odds with many more than the three findings each keeps, and fewer findings are kept than are counted
      expect(counts.filter((n) => n > bounded.FINDINGS_PER_CLAIM).length).toBeGreaterThan(40);
      expect(topic.conflict_count).toBeLessThan(counts.reduce((a, b) => a + b, 0) / 2);

      await refreshAll(db);
      expect(await snapshot(db)).toEqual(incremental);
    } finally {
      await drop();
    }
  });
});
