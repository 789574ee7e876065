import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { signedInAgent, tokenFor } from '../support/auth';
import { postArticles, type ScenarioArticle } from '../support/claims-scenario';
import { openTestDataSource } from '../support/db';
import { cap, uniqueTag } from '../support/speakers';
import { addVerdict } from '../../src/services/verdicts';
import { DEFAULT_RATING_SCALE } from '../../src/services/settings';

jest.setTimeout(60_000);

/**
 * An embassy siege in a place no other test uses: the police count nine held after three
 * were released, a minister says eleven, a spokeswoman says there were never 14, and seven
 * come out. The denied 14 is shown as “not 14” everywhere and counts as no one's figure.
 */
describe('a denied figure (“There were never 14 hostages”) on every page that shows or counts figures', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  let viewer: request.Agent;
  const P = cap(uniqueTag(3)) + 'ra';
  const police = `Marek ${cap(uniqueTag(3))}sen`;
  const minister = `Rafael ${cap(uniqueTag(3))}ro`;
  const spokeswoman = `Ines ${cap(uniqueTag(3))}var`;
  let rows: Array<{ id: number; topic_id: number; measure: string; value_stated: number; polarity: string; speaker_id: number | null; article_id: number }>;
  let held: number;
  let denied: (typeof rows)[number];

  const api = (path: string) => request(app).get(path).set('authorization', `Bearer ${token}`);

  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
    viewer = (await signedInAgent(app, ds, 'viewer')).agent;
    const articles: ScenarioArticle[] = [
      { publishedAt: '2017-03-04', outlet: 'Wire', title: `Three freed in ${P}`,
        text: `“Three hostages were released in ${P} this morning,” police chief ${police} said.\n\n“Nine hostages remain inside the embassy in ${P},” he added.` },
      { publishedAt: '2017-03-05', outlet: 'Courier', title: `Minister on ${P}`,
        text: `“Eleven hostages were held in ${P} on Monday,” Foreign Minister ${minister} said.` },
      { publishedAt: '2017-03-07', outlet: 'Courier', title: `Ministry disputes ${P} count`,
        text: `“There were never 14 hostages in ${P},” ministry spokeswoman ${spokeswoman} said.` },
      { publishedAt: '2017-03-07', outlet: 'Wire', title: `${P} siege ends`,
        text: `“Seven hostages came out in ${P} this morning,” police chief ${police} said.` },
    ];
    const ids = await postArticles(app, token, articles);
    rows = await ds.query(
      `SELECT id, topic_id, measure, value_stated, polarity, speaker_id, article_id FROM claims WHERE article_id = ANY($1) ORDER BY article_id, position`,
      [ids],
    );
    denied = rows.find((r) => r.polarity === 'negated')!;
    held = denied.topic_id;
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('stores releases apart from those held, and the denial as negated in the held topic', () => {
    expect(rows.map((r) => [r.measure, r.value_stated, r.polarity])).toEqual([
      ['releases', 3, 'affirmed'], ['detention', 9, 'affirmed'], ['detention', 11, 'affirmed'], ['detention', 14, 'negated'], ['releases', 7, 'affirmed'],
    ]);
    expect(rows.filter((r) => r.measure === 'detention').map((r) => r.topic_id)).toEqual([held, held, held]);
    expect(rows[0].topic_id).toBe(rows[4].topic_id);
    expect(rows[0].topic_id).not.toBe(held);
  });

  it('keeps the denial out of the latest figure and the spread (API and /topics), and raises no revision from releases', async () => {
    const res = await api(`/api/v1/topics/${held}`).expect(200);
    expect(res.body.topic).toMatchObject({ claimCount: 3, latest: { figure: '11', saidAt: '2017-03-05' }, spread: { min: 9, max: 11 } });
    expect(res.body.findings).toEqual([]);
    const released = await api(`/api/v1/topics/${rows[0].topic_id}`).expect(200);
    expect(released.body.findings).toEqual([]);
    const list = await viewer.get(`/topics?subjects=all`).expect(200);
    const row = list.text.slice(list.text.indexOf(`/topics/${held}"`));
    const cells = row.slice(0, row.indexOf('</tr>'));
    expect(cells).toContain('9–11');
    // (the figure cells only: the topic's own id may hold the digits “14”)
    const figures = [...cells.matchAll(/<td data-label="(?:Latest figure|Spread)">([\s\S]*?)<\/td>/g)].map((m) => m[1]);
    expect(figures).toHaveLength(2);
    expect(figures.join(' ')).not.toContain('14');
  });

  it('shows “not 14” in the topic table and lists it under the chart without drawing it', async () => {
    const page = await viewer.get(`/topics/${held}`).expect(200);
    expect(page.text).toContain('not 14');
    expect(page.text).not.toMatch(/<td data-label="Figure">14/);
    expect(page.text).not.toContain(`data-claim-id="${denied.id}"`);
    expect(page.text).toContain('Not drawn, figures denied');
  });

  it('reads “not 14” in the topic feed, on the speaker page, on the claim page, in the API and in the exports', async () => {
    const feed = await viewer.get(`/topics/${held}/feed.atom`).expect(200);
    expect(feed.text).toContain(`${spokeswoman}: not 14`);
    expect(feed.text).not.toContain(`${spokeswoman}: 14`);
    const speaker = await viewer.get(`/speakers/${denied.speaker_id}`).expect(200);
    expect(speaker.text).toMatch(/<a href="\/claims\/\d+">not 14<\/a>/);
    const claimPage = await viewer.get(`/claims/${denied.id}`).expect(200);
    expect(claimPage.text).toContain('not 14');
    const claim = await api(`/api/v1/claims/${denied.id}`).expect(200);
    expect(claim.body.claim ?? claim.body).toMatchObject({ polarity: 'negated', figure: 'not 14' });
    const csv = await viewer.get(`/topics/${held}/export?format=csv`).expect(200);
    expect(csv.text).toContain('not 14');
    const json = await viewer.get(`/topics/${held}/export?format=json`).expect(200);
    expect(JSON.parse(json.text).map((c: { figure: string }) => c.figure)).toEqual(['9', '11', 'not 14']);
  });

  it('rates a denial against a reference figure as the denial, not as an overstatement by 5 (ClaimReview)', async () => {
    const editorId: number = (await ds.query(`SELECT id FROM users WHERE role = 'editor' ORDER BY id DESC LIMIT 1`))[0].id;
    await addVerdict({ dataSource: ds }, { id: editorId, label: 'editor' }, denied.id, DEFAULT_RATING_SCALE, {
      rating: DEFAULT_RATING_SCALE[0].label, explanation: 'The police counted nine.', publish: true, expectedLatestId: null,
      sources: [{ url: 'https://example.org/count', title: 'Police count', publisher: 'Police', accessedAt: '2017-03-07' }],
      reference: { value: 9, unit: 'person', sourceUrl: 'https://example.org/count', sourceTitle: 'Police count', date: '2017-03-07' },
    });
    const review = JSON.parse((await api(`/api/v1/claims/${denied.id}/claimreview`).expect(200)).text);
    expect(review.reviewBody).toContain('denied 14; the reference shows 9: consistent with the denial');
    expect(review.reviewBody).not.toContain('overstated');
  });
});
