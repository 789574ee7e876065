import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { CLI_ACTOR } from '../../src/services/audit';
import { ingestArticleBatch } from '../../src/services/ingest-batch';
import { repairVersions } from '../../src/services/repair-versions';
import { confirmQuote } from '../../src/services/review-quotes';
import { buildTestApp } from '../support/app';
import { tokenFor } from '../support/auth';
import { openFreshDatabase, openTestDataSource } from '../support/db';

jest.setTimeout(90_000);

/** A council story as first published, then as the site edited it (a figure and a sentence changed). */
function story(tag: string, figure: string, closing: string): string {
  return [
    `The ${tag} district council voted on Tuesday to close the Eastgate library branch at the end of the year.`,
    `“We cannot keep ${figure} branches open on the budget we have been given,” said Councillor Priya Raman, who chairs the finance committee.`,
    '“Closing Eastgate will save the council £340,000 a year,” Raman said.',
    'Library users have collected more than 2,000 signatures against the closure.',
    `“The library is the only warm place some of our neighbours can go,” said Tomasz Wierzbicki, who organised the petition. ${closing}`,
  ].join('\n');
}

describe('articles repair-versions', () => {
  // a database of its own: the repair goes over every address, and other files' articles are theirs
  let admin: DataSource;
  let fresh: Awaited<ReturnType<typeof openFreshDatabase>>;
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  beforeAll(async () => {
    admin = await openTestDataSource();
    fresh = await openFreshDatabase(admin);
    ds = fresh.db;
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
  });
  afterAll(async () => {
    await fresh.drop();
    await admin.destroy();
  });

  it('chains the current articles of one address as versions, oldest first, with what a new version does', async () => {
    const tag = `t${randomUUID().slice(0, 8)}`;
    const url = `https://eastgatenews.example/council/${tag}`;
    // back-filled by a bulk import with its address
    const [imported] = await ingestArticleBatch({ dataSource: ds }, [{ title: 'Council votes to close library', outlet: 'Eastgate News', url, publishedAt: '2024-06-04', text: story(tag, 'seven', '') }], 'import');
    if (!('articleId' in imported)) throw new Error('not stored');
    const importedId = imported.articleId;
    const [quote] = await ds.query(`SELECT id FROM quotes WHERE article_id = $1 AND text LIKE '%only warm place%'`, [importedId]);
    await confirmQuote({ dataSource: ds }, CLI_ACTOR, quote.id);
    // then posted twice with edited texts, as a post did before it became the import's next version:
    // a chain of its own under another address, moved to the imported page's address as such a post stored it
    const api = (body: object) => request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send(body);
    const elsewhere = `https://staging.eastgatenews.example/${tag}`;
    const p1 = (await api({ title: 'Council votes to close library', outlet: 'Eastgate News', url: elsewhere, publishedAt: '2024-06-04', text: story(tag, 'eight', 'Another meeting is planned.') }).expect(201)).body.article.id;
    const p2 = (await api({ title: 'Council votes to close library', outlet: 'Eastgate News', url: elsewhere, publishedAt: '2024-06-04', text: story(tag, 'eight', 'A meeting is planned for Thursday.') }).expect(201)).body.article.id;
    await ds.query('UPDATE articles SET url = $1, canonical_url = $1 WHERE id = ANY($2::int[])', [url, [p1, p2]]);
    const current = () => ds.query('SELECT id FROM articles WHERE is_current AND coalesce(canonical_url, url) = $1 ORDER BY id', [url]);
    expect(await current()).toEqual([{ id: importedId }, { id: p2 }]);
    const [before] = await ds.query(`SELECT s.id, s.quote_count AS "quoteCount" FROM speakers s WHERE s.name = 'Tomasz Wierzbicki' ORDER BY s.id DESC LIMIT 1`);
    // the petition organiser's words are on his timeline twice: once for each current copy of the page
    const timeline = () => ds.query('SELECT count(*)::int AS n FROM speaker_quotes WHERE speaker_id = $1 AND article_id = ANY($2::int[])', [before.id, [importedId, p1, p2]]);
    expect(await timeline()).toEqual([{ n: 2 }]);

    const outcome = await repairVersions({ dataSource: ds });
    expect(outcome).toMatchObject({ pages: 1, retired: 1 });

    expect(await current()).toEqual([{ id: p2 }]);
    const versions = await ds.query('SELECT id, version, previous_version_id AS "previousVersionId", is_current AS "isCurrent", canonical_url AS "canonicalUrl" FROM articles WHERE id = ANY($1::int[]) ORDER BY version', [[importedId, p1, p2]]);
    expect(versions).toEqual([
      { id: importedId, version: 1, previousVersionId: null, isCurrent: false, canonicalUrl: url },
      { id: p1, version: 2, previousVersionId: importedId, isCurrent: false, canonicalUrl: url },
      { id: p2, version: 3, previousVersionId: p1, isCurrent: true, canonicalUrl: url },
    ]);
    // the page counts once: the import's quotes are off the timelines and its claims superseded
    expect(await timeline()).toEqual([{ n: 1 }]);
    const [after] = await ds.query('SELECT quote_count AS "quoteCount" FROM speakers WHERE id = $1', [before.id]);
    expect(after.quoteCount).toBe(before.quoteCount - 1);
    expect(await ds.query('SELECT superseded, count(*)::int AS n FROM claims WHERE article_id = $1 GROUP BY 1', [importedId])).toEqual([{ superseded: true, n: expect.any(Number) }]);
    // the unchanged quote keeps the confirmation given on the import
    const [kept] = await ds.query(`SELECT review_status AS status FROM quotes WHERE article_id = $1 AND text LIKE '%only warm place%'`, [p2]);
    expect(kept.status).toBe('confirmed');
    // the words ran on one page, in three versions
    const [{ articles }] = await ds.query(`SELECT articles FROM quote_text_counts WHERE text_key = (SELECT text_key FROM quotes WHERE article_id = $1 AND text LIKE '%only warm place%')`, [p2]);
    expect(articles).toBe(1);
    // the quote page lists the current version once
    const page = await request(app).get(`/api/v1/articles/${p2}`).set('Authorization', `Bearer ${token}`).expect(200);
    const q = page.body.article.quotes.find((x: { text: string }) => x.text.includes('only warm place'));
    const ran = await request(app).get(`/api/v1/quotes/${q.id}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(ran.body.quote.occurrences.map((o: { articleId: number }) => o.articleId)).toEqual([p2]);

    // run again: nothing left to do
    const again = await repairVersions({ dataSource: ds });
    expect(await current()).toEqual([{ id: p2 }]);
    expect(again).toMatchObject({ pages: 0, retired: 0 });
  });
});
