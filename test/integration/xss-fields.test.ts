import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { csrfFrom, signedInAgent } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { cap, ingest, uniqueTag } from '../support/speakers';

jest.setTimeout(60_000);

const PAYLOAD = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

/** No markup from the payload survives on the page. */
function expectEscaped(html: string, where: string): void {
  expect({ where, script: html.includes('<script>alert') }).toEqual({ where, script: false });
  expect({ where, img: html.includes('<img src=x') }).toEqual({ where, img: false });
}

describe('script payloads typed by editors are text on every page that shows them', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let editor: request.Agent;
  let admin: request.Agent;

  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    editor = (await signedInAgent(app, ds, 'editor')).agent;
    admin = (await signedInAgent(app, ds, 'admin')).agent;
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('speaker names and aliases, topic labels, new topics and review fields', async () => {
    const tag = uniqueTag(3);
    const id = await ingest(ds, `“At least 70 civilians were killed in eastern ${cap(tag)}ville last week,” said Mira Fen${tag}, a UN spokeswoman.`, { outlet: 'Wire' });
    const [{ speaker_id: speakerId, topic_id: topicId, id: claimId }] = await ds.query('SELECT speaker_id, topic_id, id FROM claims WHERE article_id = $1', [id]);
    const [{ id: quoteId }] = await ds.query('SELECT id FROM quotes WHERE article_id = $1', [id]);
    const post = async (url: string, from: string, body: Record<string, string>) =>
      editor.post(url).type('form').send({ ...body, _csrf: await csrfFrom(editor, from) });

    expect((await post(`/speakers/${speakerId}/rename`, `/speakers/${speakerId}/manage`, { name: `Mira ${PAYLOAD}` })).status).toBe(303);
    expect((await post(`/speakers/${speakerId}/aliases`, `/speakers/${speakerId}/manage`, { alias: `M. ${PAYLOAD}` })).status).toBe(303);
    expect((await post(`/topics/${topicId}/rename`, `/topics/${topicId}`, { label: `Toll ${PAYLOAD}` })).status).toBe(303);
    // A failed edit shows the typed value back: escaped too.
    expect((await post(`/topics/${topicId}/rename`, `/topics/${topicId}`, { label: `${PAYLOAD}${'x'.repeat(300)}` })).status).toBe(422);
    expect((await post(`/claims/${claimId}/move`, `/claims/${claimId}`, { newLabel: `Split ${PAYLOAD}` })).status).toBe(303);
    const bad = await post(`/review/quotes/${quoteId}/span`, `/quotes/${quoteId}`, { text: PAYLOAD, back: '/review' });
    expect(bad.status).toBe(422);
    expectEscaped(bad.text, 'review error');

    const [{ topic_id: newTopic }] = await ds.query('SELECT topic_id FROM claims WHERE id = $1', [claimId]);
    for (const url of [`/speakers/${speakerId}`, `/speakers/${speakerId}/manage`, '/speakers', `/topics/${topicId}`, `/topics/${newTopic}`, '/topics', `/claims/${claimId}`, '/claims', `/quotes/${quoteId}`, `/articles/${id}`]) {
      const res = await editor.get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      expectEscaped(res.text, url);
    }
    expect((await editor.get(`/speakers/${speakerId}`)).text).toContain('Mira &lt;script&gt;');
    const audit = await admin.get('/admin/audit').expect(200);
    expectEscaped(audit.text, '/admin/audit');
  });
});
