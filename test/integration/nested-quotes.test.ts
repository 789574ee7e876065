import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { cap, uniqueTag } from '../support/speakers';

jest.setTimeout(60_000);

describe('a quotation inside a quote', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('is stored with whom the quote’s words credit it, and shown on the quote page beside the quote’s own speaker', async () => {
    const minister = `Pieter ${cap(uniqueTag(3))}`;
    const leader = `Thandi ${cap(uniqueTag(3))}`;
    const text =
      `Health Minister ${minister} met the striking nurses on Monday.\n\n` +
      `“The minister looked at me and said, ‘We will not resign,’ and then he walked out,” said union leader ${leader}.`;
    const { article } = (await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send({ title: 'Nurses strike', text, publishedAt: '2026-04-02' }).expect(201)).body;
    const [outer] = article.quotes;
    expect(outer.speaker.name).toBe(leader);
    expect(outer.nested).toEqual([
      expect.objectContaining({ text: 'We will not resign', speakerName: minister, speakerKind: 'person', speakerMention: expect.objectContaining({ text: 'The minister' }) }),
    ]);
    const [n] = outer.nested;
    expect(article.text.slice(n.start, n.end)).toBe('We will not resign');
    expect(n.confidence).toBeLessThanOrEqual(0.6);

    const api = (await request(app).get(`/api/v1/quotes/${outer.id}`).set('Authorization', `Bearer ${token}`).expect(200)).body.quote;
    expect(api.nested).toEqual(outer.nested);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = (await agent.get(`/quotes/${outer.id}`).expect(200)).text;
    expect(page).toContain('<dt>Quoting</dt>');
    expect(page).toContain(`“We will not resign” — said, in ${leader}’s account, by <strong>${minister}</strong> (named as “The minister”`);

    // did the minister say it? Only in the union leader's account, which /verify names
    const verdict = (await request(app).post('/api/v1/verify').set('Authorization', `Bearer ${token}`).send({ quote: 'We will not resign', speaker: minister }).expect(200)).body;
    expect(verdict.verdict).toBe('reported');
    expect(verdict.reportedSpeaker).toMatchObject({ name: minister, namedAs: 'The minister', claimed: true });
    const form = (await agent.get(`/verify?quote=${encodeURIComponent('We will not resign')}&speaker=${encodeURIComponent(minister)}`).expect(200)).text;
    expect(form).toContain(`quoted inside a quote by ${leader}, who credits them to ${minister} (“The minister”); no stored quote has ${minister} saying them first-hand`);

    // credited to the union leader, who only tells them as the minister's: not hers
    const told = (await request(app).post('/api/v1/verify').set('Authorization', `Bearer ${token}`).send({ quote: 'We will not resign', speaker: leader }).expect(200)).body;
    expect(told.verdict).toBe('reported');
    expect(told.reportedSpeaker).toMatchObject({ name: minister, claimed: false, byClaimed: true });
    const toldPage = (await agent.get(`/verify?quote=${encodeURIComponent('We will not resign')}&speaker=${encodeURIComponent(leader)}`).expect(200)).text;
    expect(toldPage).toContain(`Reported second-hand: ${leader} tells these words as ${minister}’s (“The minister”)`);
    // asked with no speaker: the words are stored, as the minister's in her account
    const open = (await request(app).post('/api/v1/verify').set('Authorization', `Bearer ${token}`).send({ quote: 'We will not resign' }).expect(200)).body;
    expect(open.verdict).toBe('exact');
    expect(open.reportedSpeaker).toMatchObject({ name: minister, claimed: false, byClaimed: false });
    const openPage = (await agent.get(`/verify?quote=${encodeURIComponent('We will not resign')}`).expect(200)).text;
    expect(openPage).toContain(`Yes, as reported: these words are stored inside a quote by ${leader}, who credits them to ${minister}`);
  });

  it('names no one for an inner quotation whose “he” nothing resolves', async () => {
    const player = `Kofi ${cap(uniqueTag(3))}`;
    const text = `"He told me: 'I don't need you to be a hero, I need you to be yourself,'" said ${player}, who signed for three years on Friday.`;
    const { article } = (await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send({ title: 'Transfer', text, publishedAt: '2026-04-02' }).expect(201)).body;
    const [outer] = article.quotes;
    expect(outer.speaker.name).toBe(player);
    expect(outer.nested).toEqual([expect.objectContaining({ speakerKind: 'unknown' })]);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = (await agent.get(`/quotes/${outer.id}`).expect(200)).text;
    expect(page).toContain(`${player}’s account does not say who said it`);
    expect(page).not.toContain('account, by <strong>He</strong>');
    const v = (await request(app).post('/api/v1/verify').set('Authorization', `Bearer ${token}`).send({ quote: "I don't need you to be a hero, I need you to be yourself" }).expect(200)).body;
    expect(v.reportedSpeaker).toBeNull();
  });

  it('is absent from quotes holding none', async () => {
    const { article } = (await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`)
      .send({ title: 'Clinic opens', text: `“We open on Monday,” said ${cap(uniqueTag(3))} Okafor, the clinic's director.`, publishedAt: '2026-04-02' }).expect(201)).body;
    expect(article.quotes[0].nested).toEqual([]);
    const [{ nested }] = await ds.query('SELECT nested FROM quotes WHERE id = $1', [article.quotes[0].id]);
    expect(nested).toBeNull();
  });
});
