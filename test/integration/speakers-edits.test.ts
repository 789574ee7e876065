import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { csrfFrom, signedInAgent } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { cap, ingest, quoteSpeakers, uniqueTag } from '../support/speakers';

describe('editing speakers: rename, aliases, external id, merge, split, undo', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let editor: request.Agent;
  let editorEmail: string;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    const signed = await signedInAgent(app, ds, 'editor');
    editor = signed.agent;
    editorEmail = signed.user.email;
  });
  afterAll(async () => {
    await ds.destroy();
  });

  const post = async (path: string, form: Record<string, string | string[]>, csrfPage: string) => {
    const csrf = await csrfFrom(editor, csrfPage);
    return editor.post(path).type('form').send({ ...form, _csrf: csrf });
  };
  const speaker = async (id: number) =>
    (await ds.query('SELECT id, name, quote_count, merged_into_id, external_id FROM speakers WHERE id = $1', [id]))[0];
  const history = async (id: number) =>
    ds.query(`SELECT id, action, actor_label, before, after FROM audit_log WHERE target_type = 'speaker' AND target_id = $1 ORDER BY id`, [
      String(id),
    ]);

  it('gives a merged speaker’s claims to the one kept, so their topic reads one speaker’s figures as a revision; undo gives them back', async () => {
    const sur = cap(`cla${uniqueTag()}`);
    const place = cap(uniqueTag(3)) + 'ria';
    // (a toll lowered on a later day: a higher one would be the toll going on, no revision)
    const a = await ingest(ds, `“We have confirmed 65 deaths in ${place},” said Olga ${sur}, the health minister.`, { publishedAt: '2024-06-03' });
    const b = await ingest(ds, `“After a review of the registers, we have confirmed 40 deaths in ${place},” said Helga ${sur}, the health minister.`, { publishedAt: '2024-06-05' });
    const [keep] = await quoteSpeakers(ds, a);
    const [other] = await quoteSpeakers(ds, b);
    expect(keep).not.toBe(other);
    const claimsOf = (articleId: number) => ds.query('SELECT id, topic_id, speaker_id, speaker_name FROM claims WHERE article_id = $1', [articleId]);
    const [first] = await claimsOf(a);
    const [second] = await claimsOf(b);
    expect(second.topic_id).toBe(first.topic_id);
    const findings = async () => (await ds.query('SELECT kind, direction FROM claim_findings WHERE topic_id = $1', [first.topic_id])) as Array<{ kind: string; direction: string | null }>;
    expect(await findings()).toEqual([]);

    const res = await post(`/speakers/${keep}/merge`, { otherId: String(other) }, `/speakers/${keep}/manage`);
    expect(res.status).toBe(303);
    expect(await claimsOf(b)).toEqual([expect.objectContaining({ id: second.id, speaker_id: keep, speaker_name: `Olga ${sur}` })]);
    expect(await findings()).toEqual([{ kind: 'revision', direction: 'lowered' }]);
    const api = await editor.get(`/api/v1/claims?speaker=${keep}`).expect(200);
    expect((api.body.data as Array<{ id: number }>).map((c) => c.id).sort()).toEqual([first.id, second.id].sort());

    const [entry] = (await history(keep!)).filter((e: { action: string }) => e.action === 'speaker.merge');
    expect((await post(`/speakers/changes/${entry.id}/undo`, {}, `/speakers/${keep}/manage`)).status).toBe(303);
    expect(await claimsOf(b)).toEqual([expect.objectContaining({ id: second.id, speaker_id: other, speaker_name: `Helga ${sur}` })]);
    expect(await findings()).toEqual([]);
  });

  it('merges two speakers from the manage page, redirects the old address, records who did it, and undoes it', async () => {
    const sur = cap(`bar${uniqueTag()}`);
    const a = await ingest(ds, `“The bridge opens in May,” said Olga ${sur}, the city engineer.\n“It will carry trams,” ${sur} added.`, {
      publishedAt: '2020-01-10',
    });
    const b = await ingest(ds, `“Costs have doubled,” said Helga ${sur} on Monday.`, { publishedAt: '2021-06-01' });
    const [keep] = await quoteSpeakers(ds, a);
    const [other] = await quoteSpeakers(ds, b);
    expect(keep).not.toBe(other);

    const res = await post(`/speakers/${keep}/merge`, { otherId: String(other) }, `/speakers/${keep}/manage`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/speakers/${keep}/manage?done=merged`);
    expect(await quoteSpeakers(ds, b)).toEqual([keep]);
    expect(await speaker(keep!)).toMatchObject({ quote_count: 3 });
    expect(await speaker(other!)).toMatchObject({ merged_into_id: keep });
    const redirect = await editor.get(`/speakers/${other}`).expect(302);
    expect(redirect.headers.location).toBe(`/speakers/${keep}`);
    const page = await editor.get(`/speakers/${keep}`).expect(200);
    expect(page.text).toContain('Costs have doubled');
    expect(page.text).toContain(`Helga ${sur}`);

    const [entry] = (await history(keep!)).filter((e: { action: string }) => e.action === 'speaker.merge');
    expect(entry.actor_label).toBe(editorEmail);
    expect(entry.after.quoteIds).toHaveLength(1);
    const manage = await editor.get(`/speakers/${keep}/manage`).expect(200);
    expect(manage.text).toContain(`action="/speakers/changes/${entry.id}/undo"`);
    // the merged name is an alias an editor added, said as the speaker page says it
    expect(manage.text).toContain(`Helga ${sur} <span class="meta">added by an editor</span>`);

    const undo = await post(`/speakers/changes/${entry.id}/undo`, {}, `/speakers/${keep}/manage`);
    expect(undo.status).toBe(303);
    expect(await quoteSpeakers(ds, b)).toEqual([other]);
    expect(await speaker(other!)).toMatchObject({ merged_into_id: null, quote_count: 1 });
    expect(await speaker(keep!)).toMatchObject({ quote_count: 2 });
    const aliases = await ds.query('SELECT alias FROM speaker_aliases WHERE speaker_id = $1', [keep]);
    expect(aliases.map((x: { alias: string }) => x.alias)).not.toContain(`Helga ${sur}`);
    const again = await post(`/speakers/changes/${entry.id}/undo`, {}, `/speakers/${keep}/manage`);
    expect(again.status).toBe(409);
  });

  it('says beside the merge field why a speaker cannot be merged in, keeping what was typed', async () => {
    const sur = cap(`mer${uniqueTag()}`);
    const [keep] = await quoteSpeakers(ds, await ingest(ds, `“The pier reopens in June,” said Ingrid ${sur}, the harbour master.`, { publishedAt: '2020-02-10' }));
    const [gone] = await quoteSpeakers(ds, await ingest(ds, `“Ferries will run hourly,” said Sven ${sur}berg on Monday.`, { publishedAt: '2020-02-11' }));
    const [other] = await quoteSpeakers(ds, await ingest(ds, `“Tickets go on sale today,” said Lena ${sur}sen, a spokeswoman.`, { publishedAt: '2020-02-12' }));
    const merge = (otherId: string) => post(`/speakers/${keep}/merge`, { otherId }, `/speakers/${keep}/manage`);
    const missing = await merge('2000000000');
    expect(missing.status).toBe(422);
    expect(missing.text).toContain('is not a stored speaker: there is no speaker #2000000000');
    expect(missing.text).toContain('value="2000000000"');
    expect((await merge(String(gone))).status).toBe(303);
    const again = await post(`/speakers/${other}/merge`, { otherId: String(gone) }, `/speakers/${other}/manage`);
    expect(again.status).toBe(422);
    expect(again.text).toContain(`was already merged: Speaker ${gone} was merged into speaker ${keep}`);
    const blank = await merge('');
    expect(blank.status).toBe(422);
    expect(blank.text).toContain('is required: the number of the speaker to merge into this one');
    const word = await merge('Sven');
    expect(word.text).toContain('must be a speaker number, such as 12');
    expect(word.text).not.toContain('Invalid input');
    // a number typed as the search and review fields write it, with its #, is read
    expect((await post(`/speakers/${keep}/merge`, { otherId: `#${other}` }, `/speakers/${keep}/manage`)).status).toBe(303);
  });

  it('splits chosen quotes off to a new speaker and undoes the split', async () => {
    const sur = cap(`fen${uniqueTag()}`);
    const a = await ingest(ds, `“Rates stay put,” said Karl ${sur}, the central bank governor.`, { publishedAt: '2019-02-01' });
    const b = await ingest(ds, `“Our striker is fit, and the club lost 2 million euros,” said Karl ${sur}, the football coach.`, { publishedAt: '2019-03-01' });
    const [id] = await quoteSpeakers(ds, a);
    expect(await quoteSpeakers(ds, b)).toEqual([id]);
    const [quote] = await ds.query('SELECT id FROM quotes WHERE article_id = $1', [b]);

    const form = await editor.get(`/speakers/${id}/split`).expect(200);
    expect(form.text).toContain(`value="${quote.id}"`);
    const bad = await post(`/speakers/${id}/split`, { quoteIds: String(quote.id), newName: '' }, `/speakers/${id}/split`);
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Name the new speaker');
    expect(bad.text).toMatch(new RegExp(`value="${quote.id}" id="q-${quote.id}" checked`));

    const res = await post(`/speakers/${id}/split`, { quoteIds: [String(quote.id)], newName: `Karl ${sur} (coach)` }, `/speakers/${id}/split`);
    expect(res.status).toBe(303);
    const [newId] = await quoteSpeakers(ds, b);
    expect(newId).not.toBe(id);
    expect(res.headers.location).toBe(`/speakers/${newId}/manage?done=split`);
    expect(await speaker(newId!)).toMatchObject({ name: `Karl ${sur} (coach)`, quote_count: 1 });
    expect(await speaker(id!)).toMatchObject({ quote_count: 1 });
    const roles = await ds.query('SELECT title FROM speaker_roles WHERE speaker_id = $1', [newId]);
    expect(roles.map((r: { title: string }) => r.title)).toEqual(['coach']);
    // the claim drawn from the quote moved with it
    const claimSpeakers = async () => (await ds.query('SELECT speaker_id FROM claims WHERE article_id = $1', [b])).map((r: { speaker_id: number }) => r.speaker_id);
    expect(await claimSpeakers()).toEqual([newId]);

    const [entry] = (await history(id!)).filter((e: { action: string }) => e.action === 'speaker.split');
    expect(entry.actor_label).toBe(editorEmail);
    const undo = await post(`/speakers/changes/${entry.id}/undo`, {}, `/speakers/${id}/manage`);
    expect(undo.status).toBe(303);
    expect(await quoteSpeakers(ds, b)).toEqual([id]);
    expect(await claimSpeakers()).toEqual([id]);
    expect(await speaker(id!)).toMatchObject({ quote_count: 2 });
    expect(await speaker(newId!)).toMatchObject({ merged_into_id: id });
  });

  it('renames, edits aliases and the external id, keeps input on errors, and undoes each change', async () => {
    const sur = cap(`lum${uniqueTag()}`);
    const a = await ingest(ds, `“Harvests are late,” said Nadia ${sur}, the farm minister.`);
    const [id] = await quoteSpeakers(ds, a);
    const manage = `/speakers/${id}/manage`;

    expect((await post(`/speakers/${id}/rename`, { name: `Nadia B. ${sur}` }, manage)).status).toBe(303);
    expect(await speaker(id!)).toMatchObject({ name: `Nadia B. ${sur}` });
    const b = await ingest(ds, `“Rain came at last,” said Nadia ${sur} on Sunday.`);
    expect(await quoteSpeakers(ds, b)).toEqual([id]);

    expect((await post(`/speakers/${id}/aliases`, { alias: `N. ${sur}` }, manage)).status).toBe(303);
    const [alias] = await ds.query('SELECT id FROM speaker_aliases WHERE speaker_id = $1 AND alias = $2', [id, `N. ${sur}`]);
    expect((await post(`/speakers/${id}/aliases/${alias.id}/delete`, {}, manage)).status).toBe(303);

    const bad = await post(`/speakers/${id}/external-id`, { externalId: 'not an id' }, manage);
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Enter a Wikidata id');
    expect(bad.text).toContain('value="not an id"');
    expect((await post(`/speakers/${id}/external-id`, { externalId: 'q312021' }, manage)).status).toBe(303);
    const page = await editor.get(`/speakers/${id}`).expect(200);
    expect(page.text).toContain('href="https://www.wikidata.org/wiki/Q312021"');

    const entries = await history(id!);
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      'speaker.rename',
      'speaker.alias_add',
      'speaker.alias_remove',
      'speaker.external_id',
    ]);
    for (const e of [...entries].reverse()) {
      expect((await post(`/speakers/changes/${e.id}/undo`, {}, manage)).status).toBe(303);
    }
    expect(await speaker(id!)).toMatchObject({ name: `Nadia ${sur}`, external_id: null });
    const restored = await ds.query('SELECT alias FROM speaker_aliases WHERE speaker_id = $1', [id]);
    expect(restored.map((r: { alias: string }) => r.alias)).not.toContain(`N. ${sur}`);
    // the history names each change an undo undid by what it did, and says “change” once
    const listed = (await editor.get(manage).expect(200)).text;
    expect(listed).not.toMatch(/change\s+change/);
    const undoRows = [...listed.matchAll(/<td>Undid a change ([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(undoRows).toHaveLength(4);
    expect(undoRows.join('\n')).toContain(`: Renamed “Nadia ${sur}” → `);
  });

  it('counts one quote as one quote, not “1 quotes”, on the review list, the manage page and its history', async () => {
    const sur = cap(`uno${uniqueTag()}`);
    const first = await ingest(ds, `“Exports rose,” said Ivo ${sur}, the trade minister.`);
    const c = await ingest(ds, `“Exports will fall,” ${sur} said.`);
    const [bare] = await quoteSpeakers(ds, c);
    const [match] = await ds.query(`SELECT id, candidate_id FROM speaker_match_candidates WHERE speaker_id = $1 AND status = 'open'`, [bare]);
    const list = await editor.get('/speakers/review').expect(200);
    const item = list.text.slice(list.text.indexOf(`<li data-match="${match.id}">`), list.text.indexOf('</li>', list.text.indexOf(`<li data-match="${match.id}">`)));
    expect(item).toContain('<span class="meta">(1 quote)</span>');
    expect(item).toMatch(/<span class="meta">\(1 quote, trade minister\)<\/span>/);
    expect(list.text).not.toMatch(/\(1 quotes\b/);

    const [keep] = await quoteSpeakers(ds, first);
    expect((await editor.get(`/speakers/${keep}/manage`).expect(200)).text).toContain('· 1 quote ·');
    expect((await post(`/speakers/${keep}/merge`, { otherId: String(bare) }, `/speakers/${keep}/manage`)).status).toBe(303);
    const manage = (await editor.get(`/speakers/${keep}/manage`).expect(200)).text;
    expect(manage).toContain('· 2 quotes ·');
    expect(manage).toMatch(new RegExp(`into #${keep}, 1 quote\\b(?!s)`));
  });

  it('resolves the review list: accept merges, dismiss keeps apart, both audited', async () => {
    const sur = cap(`tor${uniqueTag()}`);
    await ingest(ds, `“Exports rose,” said Ivo ${sur}, the trade minister.`);
    const c = await ingest(ds, `“Exports will fall,” ${sur} said.`);
    const [bare] = await quoteSpeakers(ds, c);
    const [match] = await ds.query(`SELECT id, candidate_id FROM speaker_match_candidates WHERE speaker_id = $1 AND status = 'open'`, [bare]);
    const list = await editor.get('/speakers/review').expect(200);
    expect(list.text).toContain(`action="/speakers/review/${match.id}/accept"`);

    const res = await post(`/speakers/review/${match.id}/accept`, {}, '/speakers/review');
    expect(res.status).toBe(303);
    expect(await quoteSpeakers(ds, c)).toEqual([match.candidate_id]);

    await ingest(ds, `“Imports rose,” said Eva ${sur}, a shop owner.`);
    const d = await ingest(ds, `“Shops are empty,” ${sur} said.`);
    const [bare2] = await quoteSpeakers(ds, d);
    const open = await ds.query(`SELECT id FROM speaker_match_candidates WHERE speaker_id = $1 AND status = 'open'`, [bare2]);
    expect(open.length).toBe(2);
    expect((await post(`/speakers/review/${open[0].id}/dismiss`, {}, '/speakers/review')).status).toBe(303);
    const [after] = await ds.query('SELECT status FROM speaker_match_candidates WHERE id = $1', [open[0].id]);
    expect(after.status).toBe('dismissed');
    expect((await history(bare2!)).map((e: { action: string }) => e.action)).toContain('speaker.match_dismiss');
  });

  it('refuses a rename to a name another speaker goes by, naming that speaker and offering the merge instead', async () => {
    const sur = cap(`wre${uniqueTag()}`);
    const other = cap(`lid${uniqueTag()}`);
    const [taken] = await quoteSpeakers(ds, await ingest(ds, `“The line is safe,” said Tomasz ${sur}, the rail director.`));
    const [id] = await quoteSpeakers(ds, await ingest(ds, `“No injuries were linked to the fault,” said Hanne ${other}, a Velora spokeswoman.`));
    const manage = `/speakers/${id}/manage`;
    // written differently, matched the same way (case, accents, punctuation)
    const res = await post(`/speakers/${id}/rename`, { name: `tomasz  ${sur.toUpperCase()}.` }, manage);
    expect(res.status).toBe(422);
    expect(res.text).toContain(`Speaker #${taken} Tomasz ${sur} already goes by`);
    expect(res.text).toContain(`action="/speakers/${id}/merge/preview"`);
    expect(res.text).toContain(`name="otherId" value="${taken}"`);
    expect(res.text).toContain(`href="/speakers/${taken}/manage?otherId=${id}"`);
    expect(await speaker(id!)).toMatchObject({ name: `Hanne ${other}` });
    expect((await history(id!)).map((e: { action: string }) => e.action)).not.toContain('speaker.rename');
    // an identifying alias of another speaker is taken too
    expect((await post(`/speakers/${taken}/aliases`, { alias: `Tom ${sur}` }, `/speakers/${taken}/manage`)).status).toBe(303);
    const alias = await post(`/speakers/${id}/rename`, { name: `Tom ${sur}` }, manage);
    expect(alias.status).toBe(422);
    expect(alias.text).toContain(`Speaker #${taken} Tomasz ${sur} already goes by “Tom ${sur}”`);
    // the page the link leads to proposes the merge the other way round
    const there = await editor.get(`/speakers/${taken}/manage?otherId=${id}`).expect(200);
    expect(there.text).toContain(`id="f-otherId" name="otherId" type="text" inputmode="numeric" value="${id}"`);
  });

  it('keeps the old name as an alias on rename only when articles named the speaker so, so a rename reversed leaves no alias behind', async () => {
    const sur = cap(`rev${uniqueTag()}`);
    const [id] = await quoteSpeakers(ds, await ingest(ds, `“The depot closes in May,” said Hanne ${sur}, the depot manager.`));
    const manage = `/speakers/${id}/manage`;
    const aliases = async () => (await ds.query('SELECT alias FROM speaker_aliases WHERE speaker_id = $1', [id])).map((r: { alias: string }) => r.alias);
    const first = await post(`/speakers/${id}/rename`, { name: `Hanne Q. ${sur}` }, manage);
    expect(first.headers.location).toBe(`${manage}?done=renamed`);
    expect(await aliases()).toContain(`Hanne ${sur}`);
    const back = await post(`/speakers/${id}/rename`, { name: `Hanne ${sur}` }, manage);
    expect(back.headers.location).toBe(`${manage}?done=renamed-only`);
    expect(await speaker(id!)).toMatchObject({ name: `Hanne ${sur}` });
    expect(await aliases()).not.toContain(`Hanne Q. ${sur}`);
    expect((await editor.get(`${manage}?done=renamed-only`).expect(200)).text).toContain('The old name is not kept as an alias');
    const [rename] = (await history(id!)).filter((e: { action: string }) => e.action === 'speaker.rename').slice(-1);
    expect(rename.after.addedAliasId).toBeNull();
  });

  it('shows who the typed speaker is before a merge, and moves nothing until it is confirmed', async () => {
    const sur = cap(`pre${uniqueTag()}`);
    const [keep] = await quoteSpeakers(ds, await ingest(ds, `“Rents will rise,” said Marta ${sur}, the housing minister.`));
    const [other] = await quoteSpeakers(ds, await ingest(ds, `“Rents will fall,” said Jonas ${sur}vik, the mayor of Lund.`));
    const manage = `/speakers/${keep}/manage`;
    expect((await editor.get(manage).expect(200)).text).toContain(`action="/speakers/${keep}/merge/preview"`);
    const preview = await post(`/speakers/${keep}/merge/preview`, { otherId: `#${other}` }, manage);
    expect(preview.status).toBe(200);
    expect(preview.text).toContain(`Merge speaker #${other} into Marta ${sur}?`);
    expect(preview.text).toMatch(new RegExp(`#${other} <a href="/speakers/${other}">Jonas ${sur}vik</a></td>\\s*<td>mayor</td>\\s*<td>1 quote</td>`));
    expect(preview.text).toContain(`action="/speakers/${keep}/merge"`);
    expect(preview.text).toContain(`name="otherId" value="${other}"`);
    expect(preview.text).toMatch(/name="_csrf" value="[^"]+"/);
    expect(await speaker(other!)).toMatchObject({ merged_into_id: null, quote_count: 1 });
    const missing = await post(`/speakers/${keep}/merge/preview`, { otherId: '2000000000' }, manage);
    expect(missing.status).toBe(422);
    expect(missing.text).toContain('is not a stored speaker: there is no speaker #2000000000');
    const self = await post(`/speakers/${keep}/merge/preview`, { otherId: String(keep) }, manage);
    expect(self.status).toBe(422);
    // without a CSRF token nothing is shown
    expect((await editor.post(`/speakers/${keep}/merge/preview`).type('form').send({ otherId: String(other) })).status).toBe(403);
    expect((await post(`/speakers/${keep}/merge`, { otherId: String(other) }, manage)).status).toBe(303);
    expect(await speaker(other!)).toMatchObject({ merged_into_id: keep });
  });
});
