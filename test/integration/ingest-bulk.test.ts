import type { DataSource } from 'typeorm';
import { ingestArticle } from '../../src/services/ingest-article';
import { ingestArticleBatch } from '../../src/services/ingest-batch';
import { analyseArticle } from '../../src/core';
import { contentHash } from '../../src/services/article-input';
import { storeAnalysedArticles } from '../../src/services/store-articles';
import { claimsScenario } from '../support/claims-scenario';
import { openFreshDatabase, openTestDataSource } from '../support/db';
import { cap, uniqueTag } from '../support/speakers';

/** Articles that exercise identity resolution, roles, possible matches, claims and topics. */
function articles(): Array<{ title: string; text: string; outlet: string; publishedAt?: string }> {
  const t = uniqueTag();
  const other = cap(uniqueTag(3));
  const scenario = claimsScenario().articles;
  const sur = cap(`dor${uniqueTag()}`);
  return [
    { title: 'Oslo', outlet: 'NRK', publishedAt: '2016-11-01', text: `Foreign Minister Lena ${sur} of Norway spoke in Oslo.\n“Talks will resume,” ${sur} said.` },
    { title: 'Banker', outlet: 'FT', publishedAt: '2016-11-02', text: `“Prices will rise,” said Tomas ${sur}, a banker.` },
    { title: 'Bare surname', outlet: 'AP', publishedAt: '2016-11-03', text: `“The talks failed,” ${sur} said on Tuesday.` },
    { title: 'Security chief', outlet: 'Press TV', publishedAt: '2016-12-18',
      text: `Secretary of Iran’s Supreme National Security Council (SNSC) Ali Shamk${t}ani met the Russian envoy in Tehran on Sunday.\n“The liberation of Aleppo exposed the West,” Shamk${t}ani said.` },
    { title: 'Talks go on', outlet: 'Reuters', publishedAt: '2016-12-19',
      text: `Iranian security chief Ali Shamk${t}any said on Monday that talks would continue.\n“We will not retreat from Aleppo,” Shamk${t}any told reporters.\n“Talks will go on,” said A. Shamk${t}ani, the Iranian official.` },
    { title: 'Two of a name', outlet: 'AFP', publishedAt: '2016-12-20',
      text: `“The harbour will reopen,” said Maria Shamk${t}ani, mayor of ${other}.\n“Aid must reach Aleppo,” said Shamk${t}ani, secretary of the Supreme National Security Council.` },
    { title: 'Council statement', outlet: 'IRNA', publishedAt: '2017-01-05',
      text: `“We stand ready,” the Supreme National Security Council said in a statement.\nThe SNSC added that “the region needs calm”.` },
    ...scenario,
    { title: 'Same again', outlet: 'Wire', text: scenario[0].text, publishedAt: scenario[0].publishedAt },
    { title: 'No date', outlet: 'Wire',
      text: `“More than 40 percent of ${other} voters stayed home,” said election observer Jon ${other}son.\n“Only 12 percent stayed home,” ${other} official Ana Perez said.` },
  ];
}

/** Everything an ingest stores, with ids replaced by each record's place in creation order. */
async function snapshot(db: DataSource, since: { article: number; speaker: number }) {
  const q = (sql: string) => db.query(sql, [since.article, since.speaker]);
  const articles: Array<{ id: number }> = await q('SELECT id FROM articles WHERE id > $1 AND $2 = $2 ORDER BY id');
  const speakers: Array<{ id: number }> = await q('SELECT id FROM speakers WHERE id > $2 AND $1 = $1 ORDER BY id');
  const a = new Map(articles.map((r, i) => [r.id, `a${i}`]));
  const s = new Map(speakers.map((r, i) => [r.id, `s${i}`]));
  const claimIds: Array<{ id: number; article_id: number; position: number }> = await q('SELECT id, article_id, position FROM claims WHERE article_id > $1 AND $2 = $2');
  const c = new Map(claimIds.map((r) => [r.id, `${a.get(r.article_id)}.c${r.position}`]));
  const map = (rows: Array<Record<string, unknown>>) =>
    rows.map((r) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r)) {
        if (v === null) out[k] = null;
        else if (/^(article_id|last_article_id|first_article_id|previous_version_id)$/.test(k)) out[k] = a.get(v as number) ?? v;
        else if (/^(speaker_id|candidate_id)$/.test(k)) out[k] = s.get(v as number) ?? v;
        else if (k === 'claim_ids') out[k] = (v as number[]).map((id) => c.get(id) ?? id);
        // Dates of the undated article are its arrival: a moment of each run, the same within a run.
        else if (v instanceof Date) out[k] = v.toISOString().endsWith('T00:00:00.000Z') ? v.toISOString() : 'arrival';
        // A figure without a subject has its article's topic: “…@article:14”, “(article 14)”.
        else if (typeof v === 'string') out[k] = v.replace(/(@article:|\(article )(\d+)/g, (_m, p: string, id: string) => `${p}${a.get(Number(id)) ?? id}`);
        else out[k] = v;
      }
      return out;
    });
  return {
    articles: map(await q('SELECT id AS article_id, title, quote_count, speaker_count, content_hash FROM articles WHERE id > $1 AND $2 = $2 ORDER BY id')),
    speakers: map(await q(`SELECT id AS speaker_id, name, normalized_name, match_key, surname_key, kind, role, organisation, organisation_abbreviation,
                                  country, quote_count, first_quoted_at, last_quoted_at FROM speakers WHERE id > $2 AND $1 = $1 ORDER BY id`)),
    quotes: map(await q(`SELECT article_id, position, speaker_id, speaker_name, text, start_offset, end_offset, kind, confidence
                           FROM quotes WHERE article_id > $1 AND $2 = $2 ORDER BY article_id, position`)),
    statements: map(await q('SELECT article_id, position, speaker_id, content FROM statements WHERE article_id > $1 AND $2 = $2 ORDER BY article_id, position')),
    timeline: map(await q(`SELECT sq.speaker_id, sq.article_id, q.position, sq.quoted_at FROM speaker_quotes sq JOIN quotes q ON q.id = sq.quote_id
                            WHERE sq.article_id > $1 AND $2 = $2 ORDER BY sq.article_id, q.position`)),
    aliases: map(await q(`SELECT speaker_id, alias, normalized_alias, kind, article_id, last_article_id, seen_count FROM speaker_aliases
                           WHERE speaker_id > $2 AND $1 = $1 ORDER BY id`)),
    observations: map(await q(`SELECT speaker_id, article_id, role_key, title, organisation, organisation_abbreviation, country, stated_at
                                FROM speaker_role_observations WHERE speaker_id > $2 AND $1 = $1 ORDER BY article_id, speaker_id, role_key`)),
    roles: map(await q(`SELECT speaker_id, role_key, title, organisation, organisation_abbreviation, country, first_stated_at, last_stated_at,
                               first_article_id, last_article_id, article_count FROM speaker_roles WHERE speaker_id > $2 AND $1 = $1 ORDER BY id`)),
    matches: map(await q(`SELECT speaker_id, candidate_id, article_id, mention, confidence, reason FROM speaker_match_candidates
                           WHERE speaker_id > $2 AND $1 = $1 ORDER BY speaker_id, candidate_id`)),
    claims: map(await q(`SELECT c.article_id, c.position, t.key AS topic, c.measure, c.value_low, c.value_high, c.speaker_id, c.speaker_key,
                                q.position AS quote_position, st.position AS statement_position, c.said_at, c.conflict_count
                           FROM claims c JOIN claim_topics t ON t.id = c.topic_id LEFT JOIN quotes q ON q.id = c.quote_id
                           LEFT JOIN statements st ON st.id = c.statement_id
                          WHERE c.article_id > $1 AND $2 = $2 ORDER BY c.article_id, c.position`)),
    topics: byKey(map(await q(`SELECT t.key, t.label, t.measure, t.claim_count, t.conflict_count, t.latest_figure, t.latest_said_at, t.min_value, t.max_value, t.unit
                           FROM claim_topics t WHERE EXISTS (SELECT 1 FROM claims c WHERE c.topic_id = t.id AND c.article_id > $1) AND $2 = $2 ORDER BY t.key`))),
    findings: byKey(map(await q(`SELECT t.key, f.kind, f.claim_ids, f.reason, f.direction FROM claim_findings f JOIN claim_topics t ON t.id = f.topic_id
                            WHERE EXISTS (SELECT 1 FROM claims c WHERE c.topic_id = t.id AND c.article_id > $1) AND $2 = $2 ORDER BY t.key, f.id`))),
  };
}

/** Rows in the order of their (run-independent) key, stable within a key. */
function byKey(rows: Array<Record<string, unknown>>) {
  return rows.map((r, i) => ({ r, i })).sort((x, y) => String(x.r.key).localeCompare(String(y.r.key)) || x.i - y.i).map((x) => x.r);
}

async function watermark(db: DataSource) {
  const [r] = await db.query('SELECT (SELECT COALESCE(max(id), 0) FROM articles) AS article, (SELECT COALESCE(max(id), 0) FROM speakers) AS speaker');
  return r as { article: number; speaker: number };
}

describe('bulk ingest', () => {
  let admin: DataSource;
  beforeAll(async () => {
    admin = await openTestDataSource();
  });
  afterAll(async () => {
    await admin.destroy();
  });

  it('stores the same articles, speakers, aliases, roles, matches, claims, topics and findings as one article at a time', async () => {
    const list = articles();
    const single = await openFreshDatabase(admin);
    const bulk = await openFreshDatabase(admin);
    try {
      const before = await watermark(single.db);
      for (const a of list) await ingestArticle({ dataSource: single.db }, a, 'import');
      const bulkBefore = await watermark(bulk.db);
      // Two batches: the second resolves against what the first stored.
      const first = await ingestArticleBatch({ dataSource: bulk.db }, list.slice(0, 6), 'import');
      const second = await ingestArticleBatch({ dataSource: bulk.db }, list.slice(6), 'import');
      expect([...first, ...second].every((o) => !('error' in o))).toBe(true);
      expect([...first, ...second].map((o) => ('duplicate' in o ? o.duplicate : null))).toEqual(list.map((_, i) => i === list.length - 2));

      const one = await snapshot(single.db, before);
      const many = await snapshot(bulk.db, bulkBefore);
      expect(one.quotes.length).toBeGreaterThan(10);
      expect(one.speakers.length).toBeGreaterThan(3);
      expect(one.aliases.length).toBeGreaterThan(3);
      expect(one.matches.length).toBeGreaterThan(0);
      expect(one.findings.length).toBeGreaterThan(3);
      for (const key of Object.keys(one) as Array<keyof typeof one>) expect({ [key]: many[key] }).toEqual({ [key]: one[key] });
    } finally {
      await single.drop();
      await bulk.drop();
    }
  });

  it('fails a bad row alone: invalid input before storing, a row the database refuses after the batch is undone', async () => {
    const fresh = await openFreshDatabase(admin);
    try {
      const list = articles().slice(3, 7);
      const rows: unknown[] = [list[0], { title: 'No text' }, list[1], list[1], list[2], list[3]];
      const outcomes = await ingestArticleBatch({ dataSource: fresh.db }, rows, 'import', async (em, stored) => {
        // Stands for a row the database refuses: the whole batch is undone and retried one article at a time.
        if (stored.some((s) => s.index === 4)) await em.query('SELECT 1/0');
      });
      expect('error' in outcomes[1]).toBe(true);
      expect('error' in outcomes[4]).toBe(true);
      const ok = [0, 2, 3, 5].map((i) => outcomes[i] as { articleId: number; duplicate: boolean });
      expect(ok.map((o) => o.duplicate)).toEqual([false, false, true, false]);
      expect(ok[1].articleId).toBe(ok[2].articleId);
      const [{ n }] = await fresh.db.query('SELECT count(*)::int AS n FROM articles');
      expect(n).toBe(3);
      const [{ orphans }] = await fresh.db.query('SELECT count(*)::int AS orphans FROM speakers s WHERE NOT EXISTS (SELECT 1 FROM speaker_aliases a WHERE a.speaker_id = s.id) AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = s.id) AND NOT EXISTS (SELECT 1 FROM statements st WHERE st.speaker_id = s.id)');
      expect(orphans).toBe(0);
    } finally {
      await fresh.drop();
    }
  });

  it('finds speakers by key on a young archive, whose statistics still describe a few rows', async () => {
    const fresh = await openFreshDatabase(admin);
    const runner = fresh.db.createQueryRunner();
    try {
      for (const a of articles().slice(0, 4)) await ingestArticle({ dataSource: fresh.db }, a, 'import');
      const text = `“We will talk,” said Ana ${cap(uniqueTag())}.`;
      await runner.connect();
      await runner.startTransaction();
      await storeAnalysedArticles(runner.manager, [{ input: { title: 'Plan', text, textFormat: 'plain', outlet: undefined, publishedAt: undefined }, hash: contentHash(text), source: 'import', analysis: analyseArticle(text) }]);
      // The plan a connection caches for the identity lookup after its sixth run, made now.
      await runner.query('SET LOCAL plan_cache_mode = force_generic_plan');
      const look = JSON.stringify([{ kind: 'person', norm: 'ana x', extra: null, mkey: 'ana x', skey: 'x' }]).replace(/'/g, "''");
      const rows: Array<{ 'QUERY PLAN': string }> = await runner.query(`EXPLAIN EXECUTE "whosaid-ingest-load-identities"('${look}')`);
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      await runner.commitTransaction();
      expect(plan).toMatch(/Index Scan|Bitmap Index Scan/);
      expect(plan).not.toMatch(/Seq Scan on (speakers|speaker_aliases|speaker_roles)/);
      // The setting ended with the transaction, on the connection that ran it.
      const [{ setting }] = await runner.query("SELECT current_setting('enable_seqscan') AS setting");
      expect(setting).toBe('on');
    } finally {
      await runner.release();
      await fresh.drop();
    }
  });
});
