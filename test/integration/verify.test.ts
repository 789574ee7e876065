import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';

describe('did they really say it?', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  const tag = `k${randomUUID().replace(/[^a-z]/g, '').slice(0, 7)}`;
  const real = `The ${tag} reservoir is at its lowest level in forty years and we must ration water this summer`;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
    await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Drought measures', outlet: 'Valley Courier', publishedAt: '2024-06-01', text: `Water officials met on Monday.\n“${real},” said Imogen Clarke, the regional water commissioner.` })
      .expect(201);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  const ask = (body: object) => request(app).post('/api/v1/verify').set('Authorization', `Bearer ${token}`).send(body).expect(200);

  it('confirms an exact quote and its speaker, with the earliest article', async () => {
    const r = await ask({ quote: `“${real}”`, speaker: 'Imogen Clarke' });
    expect(r.body.verdict).toBe('exact');
    expect(r.body.matches[0].speakerName).toBe('Imogen Clarke');
    expect(r.body.earliest.articleTitle).toBe('Drought measures');
  });

  it('finds an altered version and shows what changed', async () => {
    const altered = real.replace('forty', 'a hundred').replace(' this summer', '');
    const r = await ask({ quote: altered });
    expect(r.body.verdict).toBe('altered');
    const ops = r.body.matches[0].diff.map((d: { op: string; text: string }) => `${d.op}:${d.text.trim()}`);
    expect(ops).toContain('removed:forty');
    expect(ops).toContain('added:a hundred');
    expect(ops.some((o: string) => o.startsWith('removed:this summer'))).toBe(true);
  });

  it('says when the words belong to someone else, and when nothing matches', async () => {
    expect((await ask({ quote: real, speaker: 'Boris Petrov' })).body.verdict).toBe('someone-else');
    expect((await ask({ quote: `Completely unrelated ${tag} words about lunar tides and violins` })).body.verdict).toBe('not-found');
    await request(app).post('/api/v1/verify').set('Authorization', `Bearer ${token}`).send({ quote: '' }).expect(422);
  });

  it('answers on a page whose address holds the question', async () => {
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/verify?quote=${encodeURIComponent(real)}&speaker=${encodeURIComponent('Boris Petrov')}`).expect(200);
    expect(page.text).toContain('Said by someone else: the closest words are from Imogen Clarke, not Boris Petrov.');
    const blank = await agent.get('/verify').expect(200);
    expect(blank.text).toContain('Did they really say it?');
  });
});
