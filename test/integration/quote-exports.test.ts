import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { streamQuotes, streamTopicClaims } from '../../src/web/exports';
import { errorHandler } from '../../src/web/middleware/errors';
import { buildTestApp } from '../support/app';
import { signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { bodyText } from '../support/body';

const BOM = '\uFEFF';


describe('quote exports', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let agent: Awaited<ReturnType<typeof signedInAgent>>['agent'];
  const word = `qx${randomUUID().replace(/[^a-z]/g, '').slice(0, 8)}`; // a word no other test uses
  const exported = async (query: string, format: 'csv' | 'json') => {
    const res = await agent.get(`/search/export?${query}&format=${format}`).buffer(true).parse(bodyText).expect(200);
    return res.body as string;
  };
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    const token = await tokenFor(ds, 'editor');
    const post = (body: Record<string, string>) => request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send(body).expect(201);
    await post({
      title: `=HYPERLINK("http://evil.test","${word}")`,
      outlet: `@Evil ${word}`,
      publishedAt: '2024-05-02',
      text: [
        `“+1 on the ${word} jetty plan, and more besides,” said Ines Varga, the port engineer.`,
        `“-5 percent is what the ${word} budget lost this year,” said Kofi Mensah, the finance minister.`,
      ].join('\n'),
    });
    await post({
      title: `Breakwater ${word}`,
      outlet: 'Quay Times',
      publishedAt: '2024-06-10',
      text: `“The ${word} breakwater will stand through Émilie’s gales,” said Ines Varga, the port engineer.`,
    });
    ({ agent } = await signedInAgent(app, ds, 'viewer'));
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('leaves out quotes a reviewer marked as not a quote, as search does', async () => {
    const [breakwater] = await ds.query(`SELECT id FROM quotes WHERE text LIKE $1`, [`%${word} breakwater%`]);
    const before = await exported(`q=${word}`, 'csv');
    expect(before).toContain(`${word} breakwater`);
    await ds.query(`UPDATE quotes SET review_status = 'rejected' WHERE id = $1`, [breakwater.id]);
    try {
      const csv = await exported(`q=${word}`, 'csv');
      expect(csv).not.toContain(`${word} breakwater`);
      expect(csv.trim().split('\n')).toHaveLength(1 + 2);
      const json = JSON.parse(await exported(`q=${word}`, 'json')) as Array<{ id: number }>;
      expect(json.map((r) => r.id)).not.toContain(breakwater.id);
      expect(json).toHaveLength(2);
      const [{ speakerId }] = await ds.query(`SELECT speaker_id AS "speakerId" FROM quotes WHERE id = $1`, [breakwater.id]);
      const bySpeaker = JSON.parse(await exported(`speaker=${speakerId}`, 'json')) as Array<{ id: number }>;
      expect(bySpeaker).toHaveLength(1);
      expect(bySpeaker.map((r) => r.id)).not.toContain(breakwater.id);
    } finally {
      await ds.query(`UPDATE quotes SET review_status = 'unreviewed' WHERE id = $1`, [breakwater.id]);
    }
  });

  it('says of each quote which version of its page it comes from and whether that version is current, as search does', async () => {
    const token = await tokenFor(ds, 'editor');
    const url = `https://news.example/${word}/count`;
    const body = (share: string, when: string) => [
      `With most precincts reporting, the ${word} county count gave the incumbent ${share} percent of the vote.`,
      `“Every ballot that was cast lawfully in ${word} county will be counted ${when},” said Dana Okoro, the county clerk.`,
    ].join('\n');
    const post = (share: string, when: string) => request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`)
      .send({ title: `Count ${word}`, outlet: 'Ballot Wire', url, publishedAt: '2024-11-06', text: body(share, when) });
    const first = (await post('50.8', 'by Friday').expect(201)).body.article.id as number;
    const second = (await post('51.0', 'by Monday').expect(201)).body.article.id as number;
    const versions = async (query: string) =>
      (JSON.parse(await exported(query, 'json')) as Array<{ articleId: number; articleVersion: number; current: boolean }>).map((r) => [r.articleId, r.articleVersion, r.current]);
    // the current version's quote, as search lists it; with earlier versions, also the words version 2 changed
    expect(await versions(`q=${word}+ballot`)).toEqual([[second, 2, true]]);
    expect(await versions(`q=${word}+ballot&earlier=1`)).toEqual([[first, 1, false], [second, 2, true]]);
    const csv = (await exported(`q=${word}+ballot&earlier=1`, 'csv')).replace(BOM, '').trim().split('\n');
    expect(csv[0].split(',').slice(-2)).toEqual(['articleVersion', 'current']);
    expect(csv.slice(1).map((l) => l.split(',').slice(-2).join(','))).toEqual(['1,false', '2,true']);
  });

  it('filters by outlet and by the date the quote is filed under, as search does', async () => {
    const json = JSON.parse(await exported(`q=${word}&from=2024-06-01&to=2024-06-30`, 'json')) as Array<{ text: string }>;
    expect(json.map((r) => r.text)).toEqual([expect.stringContaining(`${word} breakwater`)]);
    const outlet = JSON.parse(await exported(`q=${word}&outlet=${encodeURIComponent(`@EVIL ${word}`)}`, 'json')) as Array<{ text: string }>;
    expect(outlet).toHaveLength(2);
  });

  it('defuses spreadsheet formulas in CSV cells and keeps JSON as stored', async () => {
    const csv = await exported(`q=${word}`, 'csv');
    const plus = csv.split('\n').find((l) => l.includes(`${word} jetty`))!;
    const minus = csv.split('\n').find((l) => l.includes(`${word} budget`))!;
    // A quoted field (it holds a comma) starts with `"`, the prefix right after it; a plain one with the prefix; ids
    // and confidence stay plain.
    expect(plus).toMatch(/^\d+,"'\+1 on the /);
    expect(minus).toMatch(/^\d+,'-5 percent /);
    expect(plus).toContain(`,"'=HYPERLINK(""http://evil.test"",""${word}"")",'@Evil ${word},`);
    expect(plus).toMatch(/,said,direct,0\.\d+,unreviewed,\d+,/);
    const json = JSON.parse(await exported(`q=${word}`, 'json')) as Array<{ text: string; articleTitle: string; outlet: string }>;
    const row = json.find((r) => r.text.includes(`${word} jetty`))!;
    expect(row.text.startsWith('+1 on the')).toBe(true);
    expect(row.articleTitle).toBe(`=HYPERLINK("http://evil.test","${word}")`);
    expect(row.outlet).toBe(`@Evil ${word}`);
    expect(json.find((r) => r.text.includes(`${word} budget`))!.text.startsWith('-5 percent')).toBe(true);
  });

  it('starts CSV with a UTF-8 byte order mark, so spreadsheets read accented names right', async () => {
    const res = await agent.get(`/search/export?q=${word}&format=csv`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toMatch(new RegExp(`^${BOM}id,text,speakerId,`));
    expect(bytes.toString('utf8')).toContain('Émilie’s');
    expect(bytes.toString('utf8').indexOf(BOM, 1)).toBe(-1); // once, not per batch
    const json = await exported(`q=${word}`, 'json');
    expect(json.startsWith('[')).toBe(true);
  });

  it('answers an export it cannot run with an error status and the reason, not an empty download', async () => {
    // A day that does not exist is refused before any row is read.
    for (const format of ['csv', 'json'] as const) {
      const res = await agent.get(`/search/export?q=${word}&from=2024-13-45&format=${format}`).buffer(true).parse(bodyText);
      expect(res.status).toBe(422);
      expect(res.headers['content-disposition']).toBeUndefined();
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.body).toMatch(/must be a day that exists/);
    }
  });
});

describe('streaming an export', () => {
  it('breaks the connection instead of ending a download that looks whole', async () => {
    let calls = 0;
    const row = (id: number) => ({
      id, text: 'A quote', speakerId: null, speakerName: null, cue: null, kind: 'direct', confidence: 0.9, reviewStatus: 'unreviewed',
      articleId: 1, articleTitle: 'A title', outlet: null, url: null, publishedAt: null,
    });
    // The first batch is a full thousand rows; the second query fails (a lost connection, say).
    const failing = {
      manager: {
        query: async () => {
          if (calls++ === 0) return Array.from({ length: 1000 }, (_, i) => row(i + 1));
          throw new Error('connection terminated');
        },
      },
    } as unknown as DataSource;
    const app = express();
    app.get('/export', (_req, res) => streamQuotes(res, failing, {}, 'json', 'x'));
    app.use(errorHandler({ logger: pino({ level: 'silent' }), showStack: false }));
    const server = app.listen(0);
    try {
      const { port } = server.address() as AddressInfo;
      const got = await new Promise<{ status: number; complete: boolean; body: string }>((resolve, reject) => {
        http.get(`http://127.0.0.1:${port}/export`, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('error', () => undefined);
          res.on('close', () => resolve({ status: res.statusCode ?? 0, complete: res.complete, body }));
        }).on('error', reject);
      });
      expect(got.status).toBe(200);
      expect(got.body.startsWith('[\n{"id":1,')).toBe(true);
      expect(got.complete).toBe(false);
      expect(got.body.trimEnd().endsWith(']')).toBe(false);
      expect(calls).toBe(2);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('keeps numeric fields plain while defusing text that starts like a formula', async () => {
    const claim = {
      id: 7, topicId: 3, saidAt: '2024-01-02', speakerId: 4, speakerName: '-Anon', text: '-3 percent, down', kind: 'change', measure: 'gdp', group: null,
      subject: null, qualifier: null, valueLow: -3, valueHigh: -1.5, valueText: '-3', unit: 'percent', period: null, timeFrom: null, timeTo: null,
      polarity: 'affirmed', hedged: false, citedSource: '+Wire', checkWorthiness: 0.5, conflictCount: 0, articleId: 9, articleTitle: '\tTabbed', outlet: '\rCR', url: null,
    };
    // One claim, then nothing after it (a keyset batch has more parameters).
    const source = { manager: { query: async (_sql: string, params: unknown[]) => (params.length > 2 ? [] : [claim]) } } as unknown as DataSource;
    const app = express();
    app.get('/claims', (_req, res) => streamTopicClaims(res, source, 3, 'csv', 'x'));
    const res = await request(app).get('/claims').buffer(true).parse(bodyText).expect(200);
    const [header, line] = (res.body as string).replace(/^\uFEFF/, '').trim().split('\n');
    expect(header).toMatch(/^id,topicId,saidAt,/);
    // (the empty `figure` after the subject: the row has no figure)
    expect(line).toBe("7,3,2024-01-02,4,'-Anon,\"'-3 percent, down\",change,gdp,,,,,-3,-1.5,'-3,percent,,,,affirmed,false,'+Wire,0.5,0,9,'\tTabbed,\"'\rCR\",");
  });
});
