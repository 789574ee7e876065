import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { workImports } from '../../src/jobs/import-batch.job';
import { type JobQueue, startQueue } from '../../src/jobs/queue';
import { updateIngestRequest } from '../../src/db/repositories/ingest-request.repository';
import { FAILED_ROWS_SHOWN, failedRowLines, runImport } from '../../src/cli/import-command';
import { CLI_ACTOR } from '../../src/services/audit';
import { createImport, importProgress, processImport, retryFailedRows } from '../../src/services/imports';
import { ingestArticle } from '../../src/services/ingest-article';
import { fetchRequestedUrl } from '../../src/services/ingest-url';
import { buildArticleText } from '../factories/article.factory';
import { buildTestApp } from '../support/app';
import { csrfFrom, signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';

jest.setTimeout(90_000);

async function until<T>(probe: () => Promise<T | null>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = await probe();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out');
}

describe('bulk import', () => {
  let ds: DataSource;
  let queue: JobQueue;
  beforeAll(async () => {
    ds = await openTestDataSource();
    queue = await startQueue(process.env.WHOSAID_TEST_DATABASE_URL!);
    await workImports(queue.boss, { dataSource: ds, queue });
  });
  afterAll(async () => {
    await queue.stop();
    await ds.destroy();
  });

  it('imports an uploaded JSON Lines file in the background, listing bad rows with their reasons', async () => {
    const app = buildTestApp(ds, { queue });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(agent, '/imports');
    const first = { title: 'Bridge reopens', text: buildArticleText({ speaker: 'Rosa Lindqvist' }), outlet: 'Northern Post', publishedAt: '2024-04-02' };
    const lines = [
      JSON.stringify(first),
      JSON.stringify({ title: 'Second story', text: buildArticleText({ speaker: 'Kwame Mensah' }) }),
      '{"title": "broken line",',
      JSON.stringify({ title: 'No text and no url' }),
      JSON.stringify(first),
      JSON.stringify({ headline: 'Third, with other field names', body: buildArticleText({ speaker: 'Yuki Tanaka' }), date: '2024-04-03', author: 'Dana Whitfield' }),
    ].join('\n');
    const res = await agent
      .post('/imports')
      .field('_csrf', csrf)
      .attach('file', Buffer.from(lines), 'batch.jsonl')
      .expect(303);
    const id = Number(res.headers.location.split('/').pop());
    const batch = await until(async () => {
      const [b] = await ds.query('SELECT status FROM import_batches WHERE id = $1', [id]);
      return b.status === 'done' ? b : null;
    });
    expect(batch.status).toBe('done');
    const page = await agent.get(`/imports/${id}`).expect(200);
    expect(page.text).toMatch(/<dt>Stored<\/dt><dd[^>]*>3<\/dd>/);
    expect(page.text).toMatch(/<dt>Already in whosaid<\/dt><dd[^>]*>1<\/dd>/);
    expect(page.text).toMatch(/<dt>Failed<\/dt><dd[^>]*>2<\/dd>/);
    expect(page.text).toContain('line 3 is not a JSON object');
    expect(page.text).toContain('the row has neither a text nor a url');
    const stored = await ds.query(`SELECT count(*)::int AS n FROM articles a JOIN import_rows r ON r.article_id = a.id WHERE r.batch_id = $1 AND r.status = 'done'`, [id]);
    expect(stored[0].n).toBe(3);
    const [third] = await ds.query('SELECT a.byline FROM articles a JOIN import_rows r ON r.article_id = a.id WHERE r.batch_id = $1 AND r.row_number = 6', [id]);
    expect(third.byline).toBe('Dana Whitfield');

    // Neither failed row can be stored as it is: no retry is offered, and one asked for anyway puts nothing back.
    expect(page.text).not.toContain('/retry"');
    expect(page.text).toContain('These rows cannot be stored as they are');
    await agent.post(`/imports/${id}/retry`).type('form').send({ _csrf: await csrfFrom(agent, `/imports/${id}`) }).expect(303);
    const [row4] = await ds.query(`SELECT status, attempts FROM import_rows WHERE batch_id = $1 AND row_number = 4`, [id]);
    expect(row4).toEqual({ status: 'failed', attempts: 1 });
    const after = await ds.query(`SELECT count(*)::int AS n FROM import_rows WHERE batch_id = $1 AND status = 'done'`, [id]);
    expect(after[0].n).toBe(3);
  });

  it('settles a row handed to the fetcher when its page is stored, found again or given up', async () => {
    const tag = `s${Date.now()}`;
    const content = Buffer.from([1, 2, 3].map((n) => JSON.stringify({ url: `https://news.example/${tag}/${n}` })).join('\n'));
    // No worker takes the fetch jobs here: the rows stay with the fetcher until the requests are settled below.
    const sent: number[] = [];
    const fakeQueue = { ...queue, enqueueFetch: async (_em: unknown, requestId: number) => void sent.push(requestId), enqueueImport: async () => undefined };
    const { batchId } = await createImport({ dataSource: ds, queue: fakeQueue }, { content, filename: 'urls.jsonl' }, CLI_ACTOR);
    await processImport({ dataSource: ds, queue: fakeQueue }, batchId);
    const rows = () => ds.query('SELECT row_number AS n, status, article_id AS "articleId", error FROM import_rows WHERE batch_id = $1 ORDER BY row_number', [batchId]);
    expect((await rows()).map((r: { status: string }) => r.status)).toEqual(['fetching', 'fetching', 'fetching']);
    expect(sent).toHaveLength(3);
    const { articleId } = await ingestArticle({ dataSource: ds }, { title: `Fetched ${tag}`, text: buildArticleText({ speaker: 'Ines Marchetti' }) }, 'import');
    await updateIngestRequest(ds.manager, sent[0], { status: 'fetching', attempts: 1 }); // not final: the row waits
    expect((await rows())[0].status).toBe('fetching');
    await updateIngestRequest(ds.manager, sent[0], { status: 'done', articleId });
    await updateIngestRequest(ds.manager, sent[1], { status: 'duplicate', articleId });
    await updateIngestRequest(ds.manager, sent[2], { status: 'failed', errorCode: 'http_error', errorMessage: 'the server answered with status 404' });
    expect(await rows()).toEqual([
      { n: 1, status: 'done', articleId, error: null },
      { n: 2, status: 'duplicate', articleId, error: null },
      { n: 3, status: 'failed', articleId: null, error: 'the server answered with status 404' },
    ]);
  });

  it('offers a retry for a row whose page may yet be fetched, not for one whose page failed for good', async () => {
    const server = http.createServer((req, res) => {
      const status = Number(/^\/status\/(\d{3})$/.exec(req.url ?? '')?.[1] ?? 0);
      if (status) {
        res.writeHead(status);
        return res.end('no');
      }
      if (req.url === '/picture') {
        res.writeHead(200, { 'content-type': 'image/png' });
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    try {
      const urls = [
        `${base}/status/404`, // 1: not there
        `${base}/status/410`, // 2: gone
        `${base}/status/503`, // 3: the server may come back
        `${base}/status/429`, // 4: asked to come back later
        `${base}/status/408`, // 5: likewise
        'http://169.254.169.254/latest/meta-data', // 6: refused by the address guard
        `${base}/picture`, // 7: not a type an article comes as
        `${base}/menu`, // 8: no article text on the page
        `http://127.0.0.1:${closedPort}/gone`, // 9: the connection is refused
      ];
      const content = Buffer.from(urls.map((url) => JSON.stringify({ url })).join('\n'));
      const sent: number[] = [];
      const fakeQueue = { ...queue, enqueueFetch: async (_em: unknown, requestId: number) => void sent.push(requestId), enqueueImport: async () => undefined };
      const { batchId } = await createImport({ dataSource: ds, queue: fakeQueue }, { content, filename: 'gone.jsonl' }, CLI_ACTOR);
      await processImport({ dataSource: ds, queue: fakeQueue }, batchId);
      expect(sent).toHaveLength(urls.length);
      // each fetch's last try: a failure that may pass is settled as failed too, and offered a retry
      for (const id of sent) await fetchRequestedUrl({ dataSource: ds, fetchOptions: { allowedHosts: ['127.0.0.1'] } }, id, 3, true);
      const rows: Array<{ n: number; status: string; retryable: boolean; code: string }> = await ds.query(
        `SELECT r.row_number AS n, r.status, r.retryable, q.error_code AS code
           FROM import_rows r JOIN ingest_requests q ON q.id = r.ingest_request_id WHERE r.batch_id = $1 ORDER BY r.row_number`,
        [batchId],
      );
      expect(rows.map((r) => [r.n, r.status, r.code, r.retryable])).toEqual([
        [1, 'failed', 'http_error', false],
        [2, 'failed', 'http_error', false],
        [3, 'failed', 'http_error', true],
        [4, 'failed', 'http_error', true],
        [5, 'failed', 'http_error', true],
        [6, 'failed', 'blocked_address', false],
        [7, 'failed', 'unsupported_content_type', false],
        [8, 'failed', 'not_an_article', false],
        [9, 'failed', 'connect_failed', true],
      ]);
      const token = await tokenFor(ds, 'editor');
      const api = (await request(buildTestApp(ds)).get(`/api/v1/imports/${batchId}`).set('Authorization', `Bearer ${token}`).expect(200)).body.import;
      expect(api.failedRows.map((r: { row: number; retryable: boolean }) => [r.row, r.retryable])).toEqual(rows.map((r) => [r.n, r.retryable]));
      expect(await retryFailedRows({ dataSource: ds }, batchId, CLI_ACTOR)).toBe(4);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('accepts CSV through the API and reports progress as JSON', async () => {
    const token = await tokenFor(ds, 'editor');
    const app = buildTestApp(ds, { queue });
    const text = buildArticleText({ speaker: 'Marta Kowalczyk' }).replace(/"/g, '""');
    const csv = `title,text,outlet\n"Market day","${text}",Valley Courier\n`;
    const res = await request(app).post('/api/v1/imports').set('Authorization', `Bearer ${token}`).send({ filename: 'market.csv', content: csv }).expect(202);
    const done = await until(async () => {
      const r = await request(app).get(res.headers.location).set('Authorization', `Bearer ${token}`);
      return r.body.import.status === 'done' ? r.body.import : null;
    });
    expect(done.counts).toMatchObject({ done: 1, failed: 0 });
  });

  it('counts the rows whose text was HTML and was stored as plain text, on the page and in the API', async () => {
    const html = `<p>${buildArticleText({ speaker: 'Ilse Marchetti' }).split('\n').join('</p><p>')}</p>`;
    const plain = buildArticleText({ speaker: 'Omar Haddad' });
    const { batchId } = await createImport(
      { dataSource: ds },
      { content: Buffer.from([{ title: 'As HTML', text: html }, { title: 'Plain', text: plain }, { title: 'As HTML again', text: html }].map((r) => JSON.stringify(r)).join('\n')), filename: 'html.jsonl' },
      CLI_ACTOR,
    );
    await processImport({ dataSource: ds }, batchId);
    const rows = await ds.query('SELECT status, converted_from_html AS converted FROM import_rows WHERE batch_id = $1 ORDER BY row_number', [batchId]);
    expect(rows).toEqual([{ status: 'done', converted: true }, { status: 'done', converted: false }, { status: 'duplicate', converted: true }]);
    const [article] = await ds.query(`SELECT a.body AS text FROM articles a JOIN import_rows r ON r.article_id = a.id WHERE r.batch_id = $1 AND r.row_number = 1`, [batchId]);
    expect(article.text).not.toContain('<p>');
    expect((await importProgress({ dataSource: ds }, batchId)).convertedFromHtml).toBe(2);

    const app = buildTestApp(ds, { queue });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const page = await agent.get(`/imports/${batchId}`).expect(200);
    expect(page.text).toMatch(/<dt>HTML converted to plain text<\/dt><dd data-fact="converted">2 of the stored and duplicate rows<\/dd>/);
    const token = await tokenFor(ds, 'editor');
    const api = await request(app).get(`/api/v1/imports/${batchId}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(api.body.import.convertedFromHtml).toBe(2);
  });

  it('fails a row whose date is a day the month does not have, saying so', async () => {
    const { batchId } = await createImport(
      { dataSource: ds },
      { content: Buffer.from(`title,text,publishedAt\n"No such day","${buildArticleText().replace(/"/g, '""')}",2025-02-30\n`), filename: 'dates.csv' },
      CLI_ACTOR,
    );
    await processImport({ dataSource: ds }, batchId);
    const [row] = await ds.query('SELECT status, error FROM import_rows WHERE batch_id = $1', [batchId]);
    expect(row.status).toBe('failed');
    expect(row.error).toContain('must be a day that exists: February 2025 has 28 days, not 30');
    expect(row.error).not.toContain('either of two days');
  });

  it('never stores a row twice when a batch is processed again after a crash', async () => {
    const { batchId } = await createImport(
      { dataSource: ds },
      { content: Buffer.from([1, 2, 3].map((i) => JSON.stringify({ title: `Crash ${i}`, text: buildArticleText() })).join('\n')), filename: 'crash.jsonl' },
      CLI_ACTOR,
    );
    // Two workers on the same batch (a retry while the first one still runs, or after it died).
    await Promise.all([processImport({ dataSource: ds }, batchId), processImport({ dataSource: ds }, batchId)]);
    const rows = await ds.query(`SELECT status, article_id FROM import_rows WHERE batch_id = $1 ORDER BY row_number`, [batchId]);
    expect(rows.map((r: { status: string }) => r.status)).toEqual(['done', 'done', 'done']);
    const articles = rows.map((r: { article_id: number }) => r.article_id);
    expect(new Set(articles).size).toBe(3);
    const quotes = await ds.query(`SELECT article_id, count(*)::int AS n FROM quotes WHERE article_id = ANY($1) GROUP BY article_id`, [articles]);
    expect(quotes).toHaveLength(3);
  });

  it('resumes, when a worker starts, a batch whose worker died before finishing it', async () => {
    // A batch stored without its job, as if the worker that held it had been killed.
    const { batchId } = await createImport(
      { dataSource: ds },
      { content: Buffer.from(JSON.stringify({ title: 'Left behind', text: buildArticleText() })), filename: 'orphan.jsonl' },
      CLI_ACTOR,
    );
    await workImports(queue.boss, { dataSource: ds, queue });
    const done = await until(async () => {
      const [b] = await ds.query('SELECT status FROM import_batches WHERE id = $1', [batchId]);
      return b.status === 'done' ? b : null;
    });
    expect(done.status).toBe('done');
    const [row] = await ds.query('SELECT status FROM import_rows WHERE batch_id = $1', [batchId]);
    expect(row.status).toBe('done');
  });

  /** Uploads a file through the form and waits until its batch is done; returns its id. */
  async function uploadAndWait(agent: request.Agent, content: Buffer, filename: string): Promise<number> {
    const csrf = await csrfFrom(agent, '/imports');
    const res = await agent.post('/imports').field('_csrf', csrf).attach('file', content, filename).expect(303);
    expect(res.headers.location).toMatch(/^\/imports\/\d+$/);
    const id = Number(res.headers.location.split('/').pop());
    await until(async () => {
      const [b] = await ds.query('SELECT status FROM import_batches WHERE id = $1', [id]);
      return b.status === 'done' ? b : null;
    });
    return id;
  }

  const rowsOf = (id: number) =>
    ds.query('SELECT row_number AS n, status, error, payload FROM import_rows WHERE batch_id = $1 ORDER BY row_number', [id]) as Promise<
      Array<{ n: number; status: string; error: string | null; payload: Record<string, string> | null }>
    >;

  it('stores the good records of a CSV file with a malformed one, listing that one by its line', async () => {
    const app = buildTestApp(ds, { queue });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const tag = `c${Date.now()}`;
    const text = buildArticleText({ speaker: 'Rosa Lindqvist' });
    const breaks = text.split('\n').length - 1; // the text's paragraphs are lines of the file too
    expect(breaks).toBeGreaterThan(0);
    const csv = [
      'title,text,outlet',
      `Harbour ${tag},"${text.replace(/"/g, '""')}",Coast Daily`,
      `"Mayor says "no" to ${tag}",Some text,Coast Daily`,
      `Quarry ${tag},"${buildArticleText({ speaker: 'Kwame Mensah' }).replace(/"/g, '""')}",Coast Daily`,
    ].join('\n');
    const id = await uploadAndWait(agent, Buffer.from(csv), 'spring.csv');
    const rows = await rowsOf(id);
    // numbered by the line they start on, the header being line 1
    const bad = 3 + breaks;
    expect(rows.map((r) => [r.n, r.status])).toEqual([[2, 'done'], [bad, 'failed'], [bad + 1, 'done']]);
    expect(rows[1].error).toBe(`line ${bad} cannot be read as CSV: a quoted field goes on after its closing quote (inside quotes, write a quote twice: "")`);
    expect(rows[2].payload!.title).toBe(`Quarry ${tag}`);
    const page = await agent.get(`/imports/${id}`).expect(200);
    expect(page.text).toContain('<th scope="col" class="num">Line</th>');
    expect(page.text).toContain(`<td class="num">${bad}</td><td>—</td><td class="error-text">line ${bad} cannot be read as CSV`);
    expect(page.text).toMatch(/<p class="meta">CSV · 3 rows/);
  });

  it('takes a JSON file holding an array of articles, one row per item', async () => {
    const app = buildTestApp(ds, { queue });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const tag = `j${Date.now()}`;
    const items = [
      { title: `Ferry ${tag}`, text: buildArticleText({ speaker: 'Ana Folau' }) },
      'not an article',
      { headline: `Bridge ${tag}`, body: buildArticleText({ speaker: 'Yuki Tanaka' }) },
    ];
    const id = await uploadAndWait(agent, Buffer.from(JSON.stringify(items, null, 2)), 'export.json');
    const rows = await rowsOf(id);
    expect(rows.map((r) => [r.n, r.status])).toEqual([[1, 'done'], [2, 'failed'], [3, 'done']]);
    expect(rows[1].error).toBe('item 2 is not a JSON object');
    const page = await agent.get(`/imports/${id}`).expect(200);
    expect(page.text).toMatch(/<p class="meta">JSON array · 3 rows/);
    expect(page.text).toContain('<th scope="col" class="num">Item</th>');
  });

  it('reads a Windows-1252 file as such, and says so', async () => {
    const app = buildTestApp(ds, { queue });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const tag = `w${Date.now()}`;
    const text = buildArticleText({ speaker: 'Ines Marchetti' }).replace(/"/g, '""');
    // “Café” in Windows-1252: curly quotes are 0x93 and 0x94, é is 0xE9
    const csv = Buffer.concat([
      Buffer.from(`title,text\n"`),
      Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x20]),
      Buffer.from(`${tag}","${text}"\n`),
    ]);
    const id = await uploadAndWait(agent, csv, 'latin.csv');
    const [row] = await rowsOf(id);
    expect(row.status).toBe('done');
    expect(row.payload!.title).toBe(`“Café” € ${tag}`);
    const [article] = await ds.query(`SELECT a.title FROM articles a JOIN import_rows r ON r.article_id = a.id WHERE r.batch_id = $1`, [id]);
    expect(article.title).toBe(`“Café” € ${tag}`);
    const page = await agent.get(`/imports/${id}`).expect(200);
    expect(page.text).toMatch(/<p class="meta">CSV · read as Windows-1252 \(Latin-1\) · 1 row ·/);
  });

  it('sends a refused upload back to the form with its reason, shown once', async () => {
    const app = buildTestApp(ds, { queue });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(agent, '/imports');
    const cases: Array<[Buffer | null, string]> = [
      [null, 'Choose a JSON Lines, JSON or CSV file to import.'],
      [Buffer.alloc(0), 'The file is empty.'],
      [Buffer.from('"title,text\nA,b\n'), 'The CSV file&#39;s header row cannot be read'],
    ];
    for (const [content, message] of cases) {
      const post = agent.post('/imports').field('_csrf', csrf);
      const res = await (content ? post.attach('file', content, 'bad.csv') : post.field('note', 'x')).expect(303);
      expect(res.headers.location).toBe('/imports');
      const form = await agent.get('/imports').expect(200);
      expect(form.text).toContain(message);
      expect(form.text).toContain('role="alert"');
      // shown once
      expect((await agent.get('/imports')).text).not.toContain('role="alert"');
    }
  });

  it('takes the CSRF token from the form, never from the address, and refuses a forged upload before storing anything', async () => {
    const app = buildTestApp(ds, { queue });
    const { agent, user } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(agent, '/imports');
    const page = await agent.get('/imports').expect(200);
    // the form posts to a plain address: the token is a hidden field before the file
    expect(page.text).toMatch(/<form method="post" action="\/imports" enctype="multipart\/form-data"[^>]*>\s*<input type="hidden" name="_csrf"/);
    // (this editor's batches only: other suites import files of their own meanwhile)
    const mine = async () => (await ds.query('SELECT count(*)::int AS n FROM import_batches WHERE created_by = $1', [user.id]))[0].n as number;
    const before = await mine();
    const file = Buffer.from(JSON.stringify({ title: 'Forged', text: buildArticleText({ speaker: 'Rosa Lindqvist' }) }));
    const forged = [
      agent.post('/imports').attach('file', file, 'a.jsonl'), // no token
      agent.post(`/imports?_csrf=${encodeURIComponent(csrf)}`).attach('file', file, 'a.jsonl'), // in the address only
      agent.post('/imports').field('_csrf', 'not-the-token').attach('file', file, 'a.jsonl'),
      agent.post('/imports').field('_csrf', 'not-the-token'), // no file either
    ];
    for (const req of forged) {
      const res = await req.expect(403);
      expect(res.text).toContain('This form has expired or was not sent from whosaid');
    }
    // a token sent after the file is not read in time to let the file in
    await agent.post('/imports').attach('file', file, 'a.jsonl').field('_csrf', csrf).expect(403);
    expect(await mine()).toBe(before);
    // another multipart form cannot bring its token in a body nothing reads
    await agent.post('/articles').field('_csrf', csrf).field('text', 'x').expect(403);
  });

  it('lists the first 200 failed rows, says how many there are, and offers them all as a CSV download', async () => {
    const app = buildTestApp(ds, { queue });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const content = Buffer.from(Array.from({ length: 300 }, (_, i) => JSON.stringify({ title: `=Untitled ${i + 1}`, outlet: 'Coast Daily' })).join('\n'));
    const { batchId } = await createImport({ dataSource: ds }, { content, filename: 'notext.jsonl' }, CLI_ACTOR);
    await processImport({ dataSource: ds }, batchId);
    const page = await agent.get(`/imports/${batchId}`).expect(200);
    expect(page.text).toContain('Showing the first 200 of 300 failed rows.');
    expect(page.text.match(/<td class="error-text">/g)).toHaveLength(200);
    expect(page.text).toContain(`href="/imports/${batchId}/failed.csv"`);

    const res = await agent.get(`/imports/${batchId}/failed.csv`).buffer(true).parse((r, done) => {
      let body = '';
      r.setEncoding('utf8');
      r.on('data', (c: string) => (body += c));
      r.on('end', () => done(null, body));
    }).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain(`import-${batchId}-failed-rows.csv`);
    const records = parseCsv(res.body as string, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(300);
    expect(records[0]).toEqual({
      line: '1', reason: 'the row has neither a text nor a url', tries: '1', title: "'=Untitled 1", text: '', url: '', outlet: 'Coast Daily', publishedAt: '',
    });
    expect(records[299].line).toBe('300');

    const viewer = await signedInAgent(app, ds, 'viewer');
    await viewer.agent.get(`/imports/${batchId}/failed.csv`).expect(403);
  });

  it('lists each problem of a row on its own, and retries only the rows a retry may store', async () => {
    const app = buildTestApp(ds);
    const { agent } = await signedInAgent(app, ds, 'editor');
    const content = Buffer.from(
      [
        JSON.stringify({ title: 'Two problems', text: 'Too short here.', publishedAt: '12/03/2016' }),
        JSON.stringify({ title: 'Stored', text: buildArticleText() }),
        JSON.stringify({ title: 'Only an address', url: 'https://news.example/problems/1' }),
      ].join('\n'),
    );
    const { batchId } = await createImport({ dataSource: ds }, { content, filename: 'problems.jsonl' }, CLI_ACTOR);
    await processImport({ dataSource: ds }, batchId);
    const [two] = await ds.query('SELECT error, retryable FROM import_rows WHERE batch_id = $1 AND row_number = 1', [batchId]);
    expect(two.retryable).toBe(false);
    expect(two.error.split('\n')).toEqual([expect.stringMatching(/^text .*words/), expect.stringMatching(/^publishedAt .*either of two days/)]);

    const page = (await agent.get(`/imports/${batchId}`).expect(200)).text;
    expect(page).toMatch(/<ul class="problems"><li>text [^<]*<\/li><li>publishedAt [^<]*<\/li><\/ul>/);
    expect(page).toContain('Retry the 1 failed row a retry may store');
    expect(page).toContain('1 of them cannot be stored as it is');

    const token = await tokenFor(ds, 'editor');
    const api = (await request(app).get(`/api/v1/imports/${batchId}`).set('Authorization', `Bearer ${token}`).expect(200)).body.import;
    expect(api.failedRows).toEqual([
      { row: 1, error: two.error.split('\n').join('; '), problems: two.error.split('\n'), attempts: 1, retryable: false },
      { row: 3, error: expect.stringContaining('job queue'), problems: [expect.stringContaining('job queue')], attempts: 1, retryable: true },
    ]);
    expect(await retryFailedRows({ dataSource: ds }, batchId, CLI_ACTOR)).toBe(1);
    const rows = await ds.query('SELECT row_number AS n, status FROM import_rows WHERE batch_id = $1 ORDER BY row_number', [batchId]);
    expect(rows).toEqual([{ n: 1, status: 'failed' }, { n: 2, status: 'done' }, { n: 3, status: 'pending' }]);
  });

  it('measures rate and time left from the start of the current run, so a retry is not diluted by the first run', async () => {
    const content = Buffer.from(
      [
        ...[1, 2, 3].map((i) => JSON.stringify({ title: `Run ${i}`, text: buildArticleText() })),
        // rows with only an address fail without the job queue, for a reason a retry may not meet again
        JSON.stringify({ title: 'Only an address', url: 'https://news.example/runs/1' }),
        JSON.stringify({ title: 'Only an address too', url: 'https://news.example/runs/2' }),
      ].join('\n'),
    );
    const { batchId } = await createImport({ dataSource: ds }, { content, filename: 'runs.jsonl' }, CLI_ACTOR);
    await processImport({ dataSource: ds }, batchId);
    // the first run as if it had been an hour ago
    await ds.query(`UPDATE import_batches SET started_at = started_at - interval '1 hour', finished_at = finished_at - interval '1 hour' WHERE id = $1`, [batchId]);
    await ds.query(`UPDATE import_rows SET updated_at = updated_at - interval '1 hour' WHERE batch_id = $1`, [batchId]);
    const first = await importProgress({ dataSource: ds }, batchId);
    expect(first.rate).toBeGreaterThan(0);

    expect(await retryFailedRows({ dataSource: ds }, batchId, CLI_ACTOR)).toBe(2);
    const waiting = await importProgress({ dataSource: ds }, batchId);
    expect(waiting.batch.startedAt).toBeNull();
    expect(waiting.rate).toBeNull();
    await processImport({ dataSource: ds }, batchId);
    const retried = await importProgress({ dataSource: ds }, batchId);
    expect(retried.counts).toMatchObject({ done: 3, failed: 2, pending: 0 });
    expect(Date.now() - retried.batch.startedAt!.getTime()).toBeLessThan(60_000);
    // two rows in well under ten seconds; measured from the first run's start it would be 5 rows an hour
    expect(retried.rate).toBeGreaterThan(0.2);
  });

  it('serves the progress page without a timed reload: a script reads the figures from a JSON address and the page has a Refresh link', async () => {
    const app = buildTestApp(ds, { queue });
    const { agent } = await signedInAgent(app, ds, 'editor');
    const { batchId } = await createImport(
      { dataSource: ds },
      { content: Buffer.from([1, 2].map((i) => JSON.stringify({ title: `Later ${i}`, text: buildArticleText() })).join('\n')), filename: 'later.jsonl' },
      CLI_ACTOR,
    );
    let page = await agent.get(`/imports/${batchId}`).expect(200);
    expect(page.text).not.toContain('http-equiv="refresh"');
    expect(page.text).toContain(`data-import-progress="/imports/${batchId}/progress"`);
    expect(page.text).toContain('<script src="/assets/import-progress.js" defer></script>');
    expect(page.text).toContain(`<a href="/imports/${batchId}">Refresh</a>`);
    expect(page.text).toMatch(/<dl class="facts" aria-live="polite">/);

    const waiting = await agent.get(`/imports/${batchId}/progress`).set('Accept', 'application/json').expect(200);
    expect(waiting.headers['cache-control']).toBe('no-store');
    expect(waiting.body).toEqual({
      live: true,
      total: 2,
      finished: 0,
      percent: '0%',
      facts: { state: 'waiting for a worker', stored: '0', duplicate: '0', fetching: '0', failed: '0', remaining: '2', converted: null, rate: null, timeLeft: null },
    });
    await processImport({ dataSource: ds }, batchId);
    const done = await agent.get(`/imports/${batchId}/progress`).expect(200);
    expect(done.body).toMatchObject({ live: false, finished: 2, percent: '100%', facts: { state: 'finished', stored: '2', remaining: '0' } });
    expect(done.body.facts.rate).toMatch(/^\d+\.\d rows\/s$/);
    page = await agent.get(`/imports/${batchId}`).expect(200);
    expect(page.text).not.toContain('import-progress.js');
    expect(page.text).not.toContain('>Refresh</a>');

    const script = await agent.get('/assets/import-progress.js').expect(200);
    expect(script.text).toContain('data-import-progress');
    const viewer = await signedInAgent(app, ds, 'viewer');
    await viewer.agent.get(`/imports/${batchId}/progress`).set('Accept', 'application/json').expect(403);
  });

  it('ends the command-line progress bar at the total when some rows cannot be read', async () => {
    const content = Buffer.from(
      [JSON.stringify({ title: 'Bar one', text: buildArticleText() }), 'not json', JSON.stringify({ title: 'Bar two', text: buildArticleText() }), '{"cut": '].join('\n'),
    );
    const lines: string[] = [];
    const result = await runImport({ dataSource: ds }, { content, filename: 'bar.jsonl' }, (line) => lines.push(line));
    expect(result.counts).toMatchObject({ done: 2, failed: 2 });
    expect(lines.at(-1)).toMatch(/\] 4\/4 /);
    expect(lines.at(-1)).toContain(`[${'#'.repeat(30)}]`);
  });

  it('imports from the command line with a summary', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-import-'));
    const file = path.join(dir, 'cli.jsonl');
    fs.writeFileSync(file, `${JSON.stringify({ title: 'From the shell', text: buildArticleText({ speaker: 'Ana Folau' }) })}\nnot json\n`);
    const res = await new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', '..', 'src', 'cli.ts'), 'import', file], {
        env: { ...process.env, DATABASE_URL: process.env.WHOSAID_TEST_DATABASE_URL },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += String(d)));
      child.stderr.on('data', (d) => (err += String(d)));
      child.on('exit', (code) => resolve({ code, out, err }));
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(res.out).toMatch(/^import \d+: 1 stored, 0 already present, 0 sent to the fetcher, 1 failed/);
    // the failed row's number and reason on the terminal, not only on the import page
    expect(res.out).toMatch(/\nrow 2: \S.*\nfailed rows are listed at \/imports\/\d+\n$/);
    expect(res.code).toBe(3);
  });

  it('names the first 20 failed rows of a command-line import with their reasons, then counts the rest', async () => {
    const good = JSON.stringify({ title: 'Harbour pilots return', text: buildArticleText({ speaker: 'Ana Folau' }) });
    const bad = Array.from({ length: 24 }, (_, i) => (i % 2 ? JSON.stringify({ title: `Dated row ${i}`, text: buildArticleText(), publishedAt: '12/03/2016' }) : `not json ${i}`));
    const content = Buffer.from([good, ...bad].join('\n'));
    const result = await runImport({ dataSource: ds }, { content, filename: 'many.jsonl' });
    expect(result.counts.failed).toBe(24);
    const lines = await failedRowLines({ dataSource: ds }, result.batchId, result.counts.failed);
    expect(lines).toHaveLength(FAILED_ROWS_SHOWN + 1);
    expect(lines[0]).toMatch(/^row 2: \S/);
    expect(lines[1]).toMatch(/^row 3: .*12\/03\/2016/);
    expect(lines[FAILED_ROWS_SHOWN - 1]).toMatch(/^row 21: /);
    expect(lines.at(-1)).toBe(`… and 4 more failed rows: all are listed at /imports/${result.batchId}`);
    expect(await failedRowLines({ dataSource: ds }, result.batchId, 0)).toEqual([]);
  });
});
