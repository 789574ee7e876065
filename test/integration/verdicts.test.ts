import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { csrfFrom, signedInAgent, tokenFor } from '../support/auth';
import { RatingScaleFalseWorst1795572402700 } from '../../migrations/1795572402700-rating-scale-false-worst';
import { DEFAULT_RATING_SCALE } from '../../src/services/settings';
import { openFreshDatabase, openTestDataSource } from '../support/db';
import { cap, ingest, uniqueTag } from '../support/speakers';

jest.setTimeout(60_000);

/** The JSON-LD block of a page, parsed. */
function jsonLdOf(html: string): unknown {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  return m ? JSON.parse(m[1]) : null;
}

describe('verdicts and ClaimReview', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let editor: request.Agent;
  let editorId: number;
  let viewer: request.Agent;
  let claimId: number;
  let speaker: string;
  let villages: string;
  let articleIds: number[];
  let token: string;
  /** An API request with a viewer's token. */
  const api = (target: ReturnType<typeof buildTestApp>, url: string) => request(target).get(url).set('authorization', `Bearer ${token}`);

  /** A complete verdict form for the siege claim; fields can be overridden. */
  const form = async (over: Record<string, string> = {}) => ({
    _csrf: await csrfFrom(editor, `/claims/${claimId}`),
    rating: 'False',
    explanation: 'Municipal records and UN access reports date the encirclement to April 2015.',
    source1Url: 'https://reliefweb.example/report/siege-access-2016',
    source1Title: 'Access report, December 2016',
    source1Publisher: 'UN OCHA',
    source1Accessed: '2016-12-20',
    referenceValue: '20',
    referenceUnit: 'month',
    referenceSourceUrl: 'https://records.example/encirclement',
    referenceSourceTitle: 'Local council records',
    referenceDate: '2016-12-18',
    ...over,
  });

  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    const signedEditor = await signedInAgent(app, ds, 'editor');
    editor = signedEditor.agent;
    editorId = signedEditor.user.id;
    viewer = (await signedInAgent(app, ds, 'viewer')).agent;
    token = await tokenFor(ds, 'viewer');
    const tag = uniqueTag(3);
    speaker = `Ali Shamk${tag}ani`;
    villages = `${cap(tag)}da and K${tag}ya`;
    const text = `He voiced concern for the villages of ${villages}, adding “they remain completely silent on the need to evacuate the injured and elderly from ${villages} who have been under siege by terrorists for over three years,” ${speaker} said.`;
    articleIds = [
      await ingest(ds, text, { outlet: 'Press TV', publishedAt: '2016-12-18', title: `Security chief on ${villages}` }),
      // The same words, later, in another outlet: a second appearance of the claim.
      await ingest(ds, `${text}\nThe remarks were carried by state media.`, { outlet: 'Tasnim', publishedAt: '2016-12-19', title: `Shamkhani: ${villages}` }),
    ];
    const [row] = await ds.query(`SELECT id FROM claims WHERE article_id = $1 AND measure = 'siege-duration'`, [articleIds[0]]);
    claimId = row.id;
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('the claim page offers the rating scale with definitions and a reference figure in compatible units', async () => {
    const page = await editor.get(`/claims/${claimId}`).expect(200);
    for (const label of ['Accurate', 'Mostly accurate', 'Mixed', 'Misleading', 'Unsupported', 'False']) expect(page.text).toContain(`value="${label}"`);
    expect(page.text).toContain('The claim is wrong.');
    expect(page.text).toContain('The claim says <strong>over 3 years</strong>');
    expect(page.text).toMatch(/<option value="month" >month<\/option>/);
    expect(page.text).toContain('Not rated yet.');
    const viewerPage = await viewer.get(`/claims/${claimId}`).expect(200);
    expect(viewerPage.text).not.toContain('name="explanation"');
  });

  it('refuses incomplete or unsafe verdicts with precise messages, keeping what was typed', async () => {
    const noSource = await editor.post(`/claims/${claimId}/verdicts`).type('form').send(await form({ source1Url: '', source1Title: '', source1Publisher: '', source1Accessed: '' })).expect(422);
    expect(noSource.text).toContain('Add at least one source the verdict rests on.');
    expect(noSource.text).toContain('Municipal records and UN access reports');
    const badUrl = await editor.post(`/claims/${claimId}/verdicts`).type('form').send(await form({ source1Url: 'javascript:alert(1)' })).expect(422);
    expect(badUrl.text).toContain('must be an http or https address');
    const badUnit = await editor.post(`/claims/${claimId}/verdicts`).type('form').send(await form({ referenceUnit: 'person' })).expect(422);
    expect(badUnit.text).toContain('Give the figure in one of: hour, day, week, month, year, decade.');
    const badRating = await editor.post(`/claims/${claimId}/verdicts`).type('form').send(await form({ rating: 'Pants on fire' })).expect(422);
    expect(badRating.text).toContain('Choose one of: Accurate, Mostly accurate, Mixed, Misleading, Unsupported, False.');
    const noRefSource = await editor.post(`/claims/${claimId}/verdicts`).type('form').send(await form({ referenceSourceUrl: '' })).expect(422);
    expect(noRefSource.text).toContain('Say where the reference figure comes from.');
    expect(await ds.query('SELECT id FROM verdicts WHERE claim_id = $1', [claimId])).toEqual([]);
    await viewer.post(`/claims/${claimId}/verdicts`).type('form').send({ ...(await form()), _csrf: await csrfFrom(viewer, `/claims/${claimId}`) }).expect(403);
  });

  it('an internal verdict keeps the reference figure and the signed error, visible to editors only', async () => {
    await editor.post(`/claims/${claimId}/verdicts`).type('form').send(await form()).expect(303).expect('location', `/claims/${claimId}?notice=verdict-added#verdict`);
    const [v] = await ds.query('SELECT * FROM verdicts WHERE claim_id = $1', [claimId]);
    expect(v).toMatchObject({
      rating: 'False', rating_value: 1, rating_best: 6, rating_worst: 1, published: false,
      reference_value: 20, reference_unit: 'month', error_value: 16, error_unit: 'month', error_relative: 0.8,
      error_summary: 'claimed over 3 years; the reference shows 20 months: overstated by at least 16 months (+80%)',
    });
    expect(v.sources).toEqual([{ url: 'https://reliefweb.example/report/siege-access-2016', title: 'Access report, December 2016', publisher: 'UN OCHA', accessedAt: '2016-12-20' }]);
    const page = await editor.get(`/claims/${claimId}`).expect(200);
    expect(page.text).toContain('overstated by at least 16 months (+80%)');
    expect(page.text).toContain('internal');
    expect(jsonLdOf(page.text)).toBeNull();
    expect((await viewer.get(`/claims/${claimId}`)).text).toContain('Not rated yet.');
    await api(app, `/api/v1/claims/${claimId}/claimreview`).expect(404);
    await request(app).get(`/api/v1/claims/${claimId}/claimreview`).expect(401);
    const [entry] = await ds.query(`SELECT after FROM audit_log WHERE action = 'verdict.add' AND target_id = $1`, [String(claimId)]);
    expect(entry.after).toMatchObject({ verdictId: v.id, rating: 'False', published: false });
  });

  it('verdicts are append-only in the database', async () => {
    await expect(ds.query('UPDATE verdicts SET rating = $1 WHERE claim_id = $2', ['Accurate', claimId])).rejects.toThrow(/cannot be changed or deleted/);
    await expect(ds.query('DELETE FROM verdicts WHERE claim_id = $1', [claimId])).rejects.toThrow(/cannot be changed or deleted/);
  });

  it('publishing appends a published copy; the page and the API carry valid ClaimReview', async () => {
    const [internal] = await ds.query('SELECT id FROM verdicts WHERE claim_id = $1 ORDER BY id DESC LIMIT 1', [claimId]);
    const csrf = await csrfFrom(editor, `/claims/${claimId}`);
    await editor.post(`/claims/${claimId}/verdicts/${internal.id}/publish`).type('form').send({ _csrf: csrf }).expect(303);
    const rows = await ds.query('SELECT id, published, supersedes_id FROM verdicts WHERE claim_id = $1 ORDER BY id', [claimId]);
    expect(rows).toEqual([
      { id: internal.id, published: false, supersedes_id: null },
      { id: expect.any(Number), published: true, supersedes_id: internal.id },
    ]);

    const res = await api(app, `/api/v1/claims/${claimId}/claimreview`).expect(200).expect('content-type', /application\/ld\+json/);
    const review = JSON.parse(res.text);
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      author: { '@type': 'Organization', name: 'whosaid' },
      // the default scale's worst is “False”: a claim shown to be wrong, not one nobody could check
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 6, worstRating: 1, alternateName: 'False' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: speaker }, datePublished: '2016-12-18' },
    });
    expect(review.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/claims/${claimId}#verdict-${rows[1].id}$`));
    expect(review.claimReviewed).toContain('under siege by terrorists for over three years');
    // the speaker's own words, not the narration around the quote that carried them
    expect(review.claimReviewed).not.toContain('He voiced concern');
    expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(review.reviewBody).toContain('overstated by at least 16 months');
    expect(review.citation).toEqual([{ '@type': 'CreativeWork', url: 'https://reliefweb.example/report/siege-access-2016', name: 'Access report, December 2016', publisher: { '@type': 'Organization', name: 'UN OCHA' } }]);
    // Both articles that ran the words are appearances; the earliest is the first appearance.
    expect(review.itemReviewed.appearance.map((a: { headline: string }) => a.headline)).toEqual([`Security chief on ${villages}`, `Shamkhani: ${villages}`]);
    expect(review.itemReviewed.firstAppearance.headline).toBe(`Security chief on ${villages}`);
    expect(review.itemReviewed.firstAppearance.url).toMatch(new RegExp(`/articles/${articleIds[0]}$`));

    const page = await viewer.get(`/claims/${claimId}`).expect(200);
    expect(page.text).toContain('published');
    // Each supertest request comes to another port: compare with the host left out.
    const hostless = (v: unknown) => JSON.parse(JSON.stringify(v).replace(/http:\/\/127\.0\.0\.1:\d+/g, 'BASE'));
    expect(hostless(jsonLdOf(page.text))).toEqual(hostless(review));
  });

  it('names the claim’s author in ClaimReview by the stored speaker’s name, not as one article wrote it', async () => {
    const sur = cap(`cas${uniqueTag()}`);
    await ingest(ds, `Health Minister Ana ${sur} said on Monday that the ministry had confirmed 40 deaths in Vale Seco.`, { publishedAt: '2025-08-04' });
    const b = await ingest(ds, `“We publish every name,” ${sur} said.\n${sur}, the health minister, said 71 people had died in Vale Seco.`, { publishedAt: '2025-08-09' });
    const [claim] = await ds.query('SELECT id, speaker_name FROM claims WHERE article_id = $1', [b]);
    // (stored under the speaker's name, though this article wrote the surname alone)
    expect(claim.speaker_name).toBe(`Ana ${sur}`);
    await editor
      .post(`/claims/${claim.id}/verdicts`)
      .type('form')
      .send({ _csrf: await csrfFrom(editor, `/claims/${claim.id}`), rating: 'False', explanation: 'The registry lists 64.', source1Url: 'https://example.org/registry', publish: 'on', referenceValue: '', referenceUnit: 'person' })
      .expect(303);
    const review = JSON.parse((await api(app, `/api/v1/claims/${claim.id}/claimreview`).expect(200)).text);
    expect(review.itemReviewed.author).toMatchObject({ '@type': 'Person', name: `Ana ${sur}` });
  });

  it('settings name the publisher, the public address and the scale; their text is escaped everywhere', async () => {
    // A database of its own: settings are installation-wide and other tests read them.
    const { db, drop } = await openFreshDatabase(ds);
    try {
      const fresh = buildTestApp(db);
      const admin = (await signedInAgent(fresh, db, 'admin')).agent;
      const csrf = await csrfFrom(admin, '/admin/settings');
      const bad = await admin.post('/admin/settings').type('form').send({ _csrf: csrf, organisationName: 'Fact Desk', siteUrl: 'ftp://nope', ratingScale: 'True: fine\nnot a rating line' }).expect(422);
      expect(bad.text).toContain('Enter an http or https address');
      expect(await db.query(`SELECT key FROM settings WHERE key IN ('site_url', 'organisation_name')`)).toEqual([]);
      const noColon = await admin.post('/admin/settings').type('form').send({ _csrf: csrf, organisationName: 'Fact Desk', siteUrl: '', ratingScale: 'True: fine\nnot a rating line' }).expect(422);
      expect(noColon.text).toContain('Line 2 needs a label, a colon and a definition.');
      const hostile = '<script>alert(1)</script>';
      await admin
        .post('/admin/settings')
        .type('form')
        .send({ _csrf: csrf, organisationName: `Fact Desk ${hostile}`, siteUrl: 'https://factdesk.example/', ratingScale: `Correct <img src=x onerror=alert(2)>: ${hostile}\nWrong: The claim is wrong.` })
        .expect(303);
      const [entry] = await db.query(`SELECT before, after FROM audit_log WHERE action = 'settings.update'`);
      expect(Object.keys(entry.after).sort()).toEqual(['organisationName', 'ratingScale', 'siteUrl']);
      expect((await admin.get('/admin/settings')).text).not.toContain('<script>alert(1)');

      const id = await ingest(db, '“At least 40 civilians were killed in Dorville last week,” a spokesman said.', { outlet: 'Wire' });
      const [claim] = await db.query('SELECT id FROM claims WHERE article_id = $1', [id]);
      const editor = (await signedInAgent(fresh, db, 'editor')).agent;
      const page = await editor.get(`/claims/${claim.id}`).expect(200);
      expect(page.text).toContain('value="Correct &lt;img src=x onerror=alert(2)&gt;"');
      expect(page.text).not.toContain('<img src=x');
      expect(page.text).not.toContain('<script>alert(1)');
      await editor
        .post(`/claims/${claim.id}/verdicts`)
        .type('form')
        .send({ _csrf: await csrfFrom(editor, `/claims/${claim.id}`), rating: 'Wrong', explanation: 'The hospital lists 12.', source1Url: 'https://example.org/list', publish: 'on', referenceValue: '12', referenceUnit: 'person', referenceSourceUrl: 'https://example.org/list' })
        .expect(303);
      const review = JSON.parse((await editor.get(`/api/v1/claims/${claim.id}/claimreview`).expect(200)).text);
      expect(review.url).toMatch(new RegExp(`^https://factdesk\\.example/claims/${claim.id}#verdict-\\d+$`));
      expect(review.author).toEqual({ '@type': 'Organization', name: `Fact Desk ${hostile}`, url: 'https://factdesk.example' });
      expect(review.reviewRating).toMatchObject({ ratingValue: 1, bestRating: 2, worstRating: 1, alternateName: 'Wrong' });
      expect(review.reviewBody).toContain('claimed at least 40; the reference shows 12: overstated by at least 28 (+233%)');
      const shown = await editor.get(`/claims/${claim.id}`).expect(200);
      expect(shown.text).not.toContain('<script>alert(1)');
    } finally {
      await drop();
    }
  });

  it('a newer verdict needs the current one in view; it supersedes it and the history stays', async () => {
    const stale = await editor.post(`/claims/${claimId}/verdicts`).type('form').send(await form({ rating: 'Misleading', latest: '' })).expect(409);
    expect(stale.text).toContain('Someone rated this claim after you opened it');
    const page = await editor.get(`/claims/${claimId}`);
    const latest = /name="latest" value="(\d+)"/.exec(page.text)![1];
    await editor.post(`/claims/${claimId}/verdicts`).type('form').send(await form({ rating: 'Misleading', latest, explanation: 'New records push the start back to late 2014.', referenceValue: '25' })).expect(303);
    const after = await editor.get(`/claims/${claimId}`).expect(200);
    expect(after.text).toContain('<strong>Misleading</strong>');
    expect(after.text).toContain('Earlier verdicts (2)');
    // The public still sees the last published verdict until the new one is published.
    const review = JSON.parse((await api(app, `/api/v1/claims/${claimId}/claimreview`)).text);
    expect(review.reviewRating.alternateName).toBe('False');
  });

  it('the claim list filters by verdict status, topic words and speaker name, and shows each claim’s rating', async () => {
    const who = encodeURIComponent(speaker);
    const link = `href="/claims/${claimId}"`;
    const rated = await editor.get(`/claims?who=${who}&status=rated`).expect(200);
    expect(rated.text).toContain(link);
    // Editors see the newest verdict, internal or not; readers the newest published one.
    expect(rated.text).toMatch(new RegExp(`#verdict">Misleading</a> <span class="tag warn">internal</span>`));
    const published = await viewer.get(`/claims?who=${who}&status=published`).expect(200);
    expect(published.text).toContain(link);
    expect(published.text).toContain('#verdict">False</a>');
    expect(published.text).not.toContain('internal');
    expect(published.text).not.toContain('value="rated"');
    // “Not rated yet” means, for a reader, no published verdict.
    expect((await viewer.get(`/claims?who=${who}&status=unrated`)).text).not.toContain(link);
    expect((await editor.get(`/claims?who=${who}&status=unrated`)).text).not.toContain(link);
    const word = villages.split(' ')[0];
    expect((await viewer.get(`/claims?about=${encodeURIComponent(`${word} siege`)}`)).text).toContain(link);
    expect((await viewer.get(`/claims?about=${encodeURIComponent(`${word} deaths`)}`)).text).not.toContain(link);
    const api = await request(app).get(`/api/v1/claims?status=published&who=${who}`).set('authorization', `Bearer ${token}`).expect(200);
    expect(api.body.data.map((c: { id: number }) => c.id)).toContain(claimId);
    await request(app).get('/api/v1/claims?status=maybe').set('authorization', `Bearer ${token}`).expect(422);
    // The claim in the API carries its verdicts: published ones for readers, all for editors.
    const one = await request(app).get(`/api/v1/claims/${claimId}`).set('authorization', `Bearer ${token}`).expect(200);
    expect(one.body.verdicts.map((v: { rating: string }) => v.rating)).toEqual(['False']);
    expect(one.body.verdicts[0]).toMatchObject({ published: true, error: { value: 16, unit: 'month', relative: 0.8 } });
    const editorToken = await tokenFor(ds, 'editor');
    const all = await request(app).get(`/api/v1/claims/${claimId}`).set('authorization', `Bearer ${editorToken}`).expect(200);
    expect(all.body.verdicts.map((v: { rating: string; published: boolean }) => `${v.rating}:${v.published}`)).toEqual(['Misleading:false', 'False:true', 'False:false']);
    // The speaker page shows the verdict beside the claim.
    const [{ speaker_id: speakerId }] = await ds.query('SELECT speaker_id FROM claims WHERE id = $1', [claimId]);
    expect((await viewer.get(`/speakers/${speakerId}`)).text).toContain(`verdict: <a href="/claims/${claimId}#verdict">False</a>`);
    expect((await editor.get(`/speakers/${speakerId}`)).text).toContain(`verdict: <a href="/claims/${claimId}#verdict">Misleading</a> (internal)`);
  });

  it('the bulk export lists every published ClaimReview', async () => {
    const res = await api(app, '/api/v1/claimreviews').expect(200).expect('content-type', /application\/ld\+json/);
    const all = JSON.parse(res.text) as Array<{ url: string; '@type': string }>;
    expect(all.every((r) => r['@type'] === 'ClaimReview')).toBe(true);
    expect(all.filter((r) => r.url.includes(`/claims/${claimId}#`))).toHaveLength(1);
  });

  it('escapes verdict text on the page and inside the JSON-LD block', async () => {
    const tag = uniqueTag(3);
    const id = await ingest(ds, `“At least 40 civilians were killed in ${cap(tag)}ville last week,” a spokesman said.`, { outlet: 'Wire' });
    const [claim] = await ds.query('SELECT id FROM claims WHERE article_id = $1', [id]);
    const csrf = await csrfFrom(editor, `/claims/${claim.id}`);
    const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    await editor
      .post(`/claims/${claim.id}/verdicts`)
      .type('form')
      .send({ _csrf: csrf, rating: 'Unsupported', explanation: hostile, source1Url: 'https://example.org/a?b=<x>', source1Title: hostile, publish: 'on', referenceValue: '', referenceUnit: 'person' })
      .expect(303);
    const page = await viewer.get(`/claims/${claim.id}`).expect(200);
    expect(page.text).not.toContain('<script>alert(1)');
    expect(page.text).not.toContain('<img src=x');
    expect(page.text).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.text)![1];
    expect(block).not.toContain('<');
    expect((JSON.parse(block) as { reviewBody: string; reviewRating: object }).reviewBody).toBe(hostile);
    expect((JSON.parse(block) as { reviewRating: object }).reviewRating).toMatchObject({ ratingValue: 2, worstRating: 1, alternateName: 'Unsupported' });
  });

  it('an installation that saved the former default scale gets “False” as its worst rating; a scale an editor wrote stays', async () => {
    const { db, drop } = await openFreshDatabase(ds);
    try {
      const former = [...DEFAULT_RATING_SCALE.filter((r) => r.label !== 'False' && r.label !== 'Unsupported'), ...['False', 'Unsupported'].map((l) => DEFAULT_RATING_SCALE.find((r) => r.label === l)!)];
      const run = async (scale: unknown) => {
        await db.query(`INSERT INTO settings (key, value, updated_at) VALUES ('rating_scale', $1::jsonb, now()) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [JSON.stringify(scale)]);
        const runner = db.createQueryRunner();
        try {
          await new RatingScaleFalseWorst1795572402700().up(runner);
        } finally {
          await runner.release();
        }
        return (await db.query(`SELECT value FROM settings WHERE key = 'rating_scale'`))[0].value as Array<{ label: string }>;
      };
      expect((await run(former)).map((r) => r.label)).toEqual(['Accurate', 'Mostly accurate', 'Mixed', 'Misleading', 'Unsupported', 'False']);
      const own = [{ label: 'True', definition: 'Right.' }, { label: 'Unsupported', definition: 'No evidence.' }];
      expect(await run(own)).toEqual(own);
    } finally {
      await drop();
    }
  });

  it('editors decide whether a claim is worth checking; the claim leaves the queue', async () => {
    const tag = uniqueTag(3);
    const outlet = `Queue Wire ${cap(tag)}`;
    const id = await ingest(ds, `“More than 2,000 families have fled ${cap(tag)}abad since Sunday,” the UN refugee agency said.`, { outlet });
    const [claim] = await ds.query('SELECT id, check_worthiness FROM claims WHERE article_id = $1', [id]);
    expect(claim.check_worthiness).toBeGreaterThanOrEqual(0.5);
    const queue = await editor.get(`/review?type=claims&outlet=${encodeURIComponent(outlet)}`).expect(200);
    expect(queue.text).toContain(`id="claim-${claim.id}"`);
    const csrf = await csrfFrom(editor, `/claims/${claim.id}`);
    await editor.post(`/review/claims/${claim.id}/worthiness`).type('form').send({ _csrf: csrf, worthy: 'yes', back: `/review?type=claims&outlet=${encodeURIComponent(outlet)}` }).expect(303);
    const [after] = await ds.query('SELECT check_worthy, check_worthy_at FROM claims WHERE id = $1', [claim.id]);
    expect(after.check_worthy).toBe(true);
    expect(after.check_worthy_at).not.toBeNull();
    expect((await editor.get(`/review?type=claims&outlet=${encodeURIComponent(outlet)}`)).text).not.toContain(`id="claim-${claim.id}"`);
    expect((await editor.get(`/claims/${claim.id}`)).text).toContain('<strong>check-worthy</strong>');
  });

  it('marks in the claim queue which figure of a sentence each claim is, and gives its figure', async () => {
    const tag = uniqueTag(3);
    const outlet = `Queue Wire ${cap(tag)}`;
    const id = await ingest(ds, `Dr. Halima Ser${tag}rano said 23 deaths had been confirmed in ${cap(tag)}ville and that 348 people had been admitted to hospital since late February.`, { outlet, publishedAt: '2026-03-07' });
    const claims: Array<{ id: number; value_text: string; start_offset: number; end_offset: number }> = await ds.query('SELECT id, value_text, start_offset, end_offset FROM claims WHERE article_id = $1 ORDER BY start_offset', [id]);
    const [body] = await ds.query('SELECT body FROM articles WHERE id = $1', [id]);
    expect(claims.length).toBeGreaterThanOrEqual(2);
    const queue = await editor.get(`/review?type=claims&outlet=${encodeURIComponent(outlet)}`).expect(200);
    for (const c of claims) {
      const item = queue.text.slice(queue.text.indexOf(`id="claim-${c.id}"`));
      const context = item.slice(item.indexOf('<blockquote class="review-context">'), item.indexOf('</blockquote>'));
      if (!item.startsWith(`id="claim-${c.id}"`)) continue; // below the check-worthiness threshold: not queued
      expect(context).toContain(`<mark class="claim-span">${body.body.slice(c.start_offset, c.end_offset)}</mark>`);
      expect(item.slice(0, item.indexOf('</p>'))).toContain(`: ${c.value_text}</span>`);
    }
    expect(queue.text.match(/<mark class="claim-span">/g)?.length).toBeGreaterThanOrEqual(1);
  });

  it('shows readers the author’s name, never an e-mail address', async () => {
    // the published verdict above was written by an editor with no name on file: readers see “an editor”
    const [{ author_label: written }] = await ds.query('SELECT author_label FROM verdicts WHERE claim_id = $1 ORDER BY id DESC LIMIT 1', [claimId]);
    expect(written).toContain('@');
    const read = (await viewer.get(`/claims/${claimId}`).expect(200)).text;
    expect(read).toContain('By an editor');
    expect(read).not.toContain(written);
    expect((await editor.get(`/claims/${claimId}`).expect(200)).text).toContain(`By ${written}`);
    // with a name on file, a new verdict carries the name
    await ds.query('UPDATE users SET display_name = $2 WHERE id = $1', [editorId, 'Dana Whitfield']);
    const latest = /name="latest" value="(\d+)"/.exec((await editor.get(`/claims/${claimId}`)).text)![1];
    await editor.post(`/claims/${claimId}/verdicts`).type('form').send(await form({ latest, publish: 'on' })).expect(303);
    const [{ author_label: named }] = await ds.query('SELECT author_label FROM verdicts WHERE claim_id = $1 ORDER BY id DESC LIMIT 1', [claimId]);
    expect(named).toBe('Dana Whitfield');
    expect((await viewer.get(`/claims/${claimId}`).expect(200)).text).toContain('By Dana Whitfield');
  });

});
