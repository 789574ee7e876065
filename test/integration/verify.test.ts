import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { createTestUser, csrfFrom, signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { cap, uniqueTag } from '../support/speakers';

describe('did they really say it?', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  const tag = `k${randomUUID().replace(/[^a-z]/g, '').slice(0, 7)}`;
  const real = `The ${tag} reservoir is at its lowest level in forty years and we must ration water this summer`;
  const shared = `Every household in ${tag} county will have to cut its water use by a fifth`;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
    await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Drought measures', outlet: 'Valley Courier', publishedAt: '2024-06-01', text: `Water officials met on Monday.\n“${real},” said Imogen Clarke, the regional water commissioner.` })
      .expect(201);
    // The same words, repeated a week later by someone else.
    await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Council backs rationing', outlet: 'Hill Times', publishedAt: '2024-06-08', text: `The council voted on Tuesday.\n“${shared},” said Imogen Clarke.\nLater that week the mayor agreed. “${shared},” said Rafael Ortiz, the mayor of Dunmore.` })
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

  it('shows the word diff with a space between every two words, where the stored quote ends and the pasted one goes on', async () => {
    const said = `The ${tag} polls close at eight and not one minute before.`;
    await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Polling day', outlet: 'Valley Courier', publishedAt: '2024-06-02', text: `“${said}” said Imogen Clarke.` })
      .expect(201);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const pasted = `The ${tag} polls close at eight and not one minute before. every ballot is counted.`;
    const page = await agent.get(`/verify?quote=${encodeURIComponent(pasted)}`).expect(200);
    const diff = /<p class="diff">([\s\S]*?)<\/p>/.exec(page.text)![1];
    expect(diff).toContain('<ins title="in the circulating version only">every ballot is counted.</ins>');
    expect(diff.replace(/<[^>]+>/g, '')).toBe(pasted);
  });

  it('recognises a shortened quote cut from a longer one, word for word or changed', async () => {
    const cut = `lowest level in forty years and we must ration water`;
    const r = await ask({ quote: `“${cut}…”`, speaker: 'Imogen Clarke' });
    expect(r.body.verdict).toBe('exact');
    expect(r.body.matches[0]).toMatchObject({ excerpt: true, exact: true, coverage: 1, speakerName: 'Imogen Clarke' });
    const changed = await ask({ quote: `lowest level in fifty years and we must ration water` });
    expect(changed.body.verdict).toBe('altered');
    expect(changed.body.matches[0].excerpt).toBe(false);
    expect(changed.body.matches[0].coverage).toBeGreaterThanOrEqual(0.75);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/verify?quote=${encodeURIComponent(cut)}`).expect(200);
    expect(page.text).toContain('Yes: these words are part of a longer quote by Imogen Clarke, shortened but not changed.');
  });

  it('confirms a claimed speaker among several who said the same words, and tells people with one surname apart', async () => {
    const ortiz = await ask({ quote: shared, speaker: 'Rafael Ortiz' });
    expect(ortiz.body.verdict).toBe('exact');
    expect(ortiz.body.matches[0].speakerName).toBe('Rafael Ortiz');
    expect(ortiz.body.matches.map((m: { speakerName: string }) => m.speakerName)).toContain('Imogen Clarke');
    expect((await ask({ quote: shared, speaker: 'Mayor Ortiz (Dunmore)' })).body.verdict).toBe('exact');
    expect((await ask({ quote: shared, speaker: 'Ortiz' })).body.verdict).toBe('exact');
    const namesake = await ask({ quote: real, speaker: 'Thomas Clarke' });
    expect(namesake.body.verdict).toBe('someone-else');
    expect(namesake.body.matches[0].speakerName).toBe('Imogen Clarke');
  });

  it('finds a quote whose figure and one phrase were changed, cut from a quote of two sentences', async () => {
    const place = `Ser${tag}`;
    const first = `We have confirmed 40 deaths so far, and I am afraid that number will not be the last`;
    await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Wildfire toll', outlet: 'Northwire', publishedAt: '2025-08-04', text: `The toll in ${place} rose on Monday.\n“${first},” Ana Castell said. “Our teams are working in conditions that nobody should have to work in.”` })
      .expect(201);
    for (const changed of [
      `We have confirmed 50 deaths so far, and I fear that number will not be the last`,
      `We have confirmed 50 deaths so far, and I am scared that number will not be the last`,
    ]) {
      const r = await ask({ quote: changed });
      expect(r.body.verdict).toBe('altered');
      expect(r.body.matches[0].text).toContain('We have confirmed 40 deaths so far');
    }
  });

  it('finds the claimed speaker’s quote whose figure was changed, beside another quote with the changed figure', async () => {
    const held = `${tag}held`;
    await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`)
      .send({ title: 'Siege day one', publishedAt: '2024-06-02', text: `“There are 12 ${held}. Our priority is to bring every one of them out alive,” said police chief Marek Halvorsen.` }).expect(201);
    await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`)
      .send({ title: 'Siege day four', publishedAt: '2024-06-05', text: `“There were never 14 ${held},” said Ines Kovar, a ministry spokeswoman.` }).expect(201);
    const r = await ask({ quote: `There are 14 ${held}`, speaker: 'Marek Halvorsen' });
    expect(r.body.matches.map((m: { speakerName: string }) => m.speakerName)).toEqual(expect.arrayContaining(['Marek Halvorsen', 'Ines Kovar']));
    expect(r.body.matches[0].speakerName).toBe('Marek Halvorsen');
    expect(r.body.verdict).toBe('altered');
  });

  it('finds the stored quotes inside a pasted paragraph, and asks for one quote at a time when there are none', async () => {
    const paragraph = `Water officials met on Monday to discuss the drought, which has left farms across the valley without irrigation for weeks. “${real},” said Imogen Clarke, the regional water commissioner. Residents were told that hosepipe bans would follow. “${shared},” she added, before taking questions from reporters about the cost of new pipelines.`;
    const r = await ask({ quote: paragraph });
    expect(r.body.verdict).toBe('not-found');
    expect(r.body.inside.map((p: { part: string; verdict: string; speakerName: string }) => [p.part, p.verdict, p.speakerName])).toEqual([
      [`${real},`, 'exact', 'Imogen Clarke'],
      [`${shared},`, 'exact', 'Imogen Clarke'],
    ]);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/verify?quote=${encodeURIComponent(paragraph)}`).expect(200);
    expect(page.text).toContain('Not found as one quote, but the pasted text holds 2 stored quotes, checked one by one below.');
    expect(page.text).toMatch(/stored word for word — Imogen Clarke, <a href="\/quotes\/\d+">Drought measures<\/a> \(Valley Courier\), 2024-06-01/);
    const none = `The ${tag} harbour committee met for three hours on Thursday evening. Nobody could agree on the new mooring fees for the winter. The chairman promised another meeting before the end of the month.`;
    const nothing = await ask({ quote: none });
    expect(nothing.body).toMatchObject({ verdict: 'not-found', inside: [], passage: true });
    expect((await agent.get(`/verify?quote=${encodeURIComponent(none)}`).expect(200)).text).toContain('Paste one quote at a time');
  });

  it('lists every problem with the question', async () => {
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/verify?quote=ab&speaker=${'x'.repeat(201)}`).expect(422);
    expect(page.text).toContain('must be at least 3 characters');
    expect(page.text).toMatch(/Said to be by<\/a> [^<]*200/);
  });

  it('answers on a page whose address holds the question', async () => {
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/verify?quote=${encodeURIComponent(real)}&speaker=${encodeURIComponent('Boris Petrov')}`).expect(200);
    expect(page.text).toContain('Said by someone else: the closest words are attributed to Imogen Clarke, not Boris Petrov.');
    const blank = await agent.get('/verify').expect(200);
    expect(blank.text).toContain('Did they really say it?');
  });

  it('does not say “someone else” when the closest words were stored without a speaker', async () => {
    const meter = `Every flat in ${tag} will have a water meter by next spring and the bills will follow`;
    await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Interview with the commissioner', outlet: 'Valley Courier', publishedAt: '2024-06-20', text: `The commissioner spoke to us.\n\nQ: Will prices rise?\n\nA: “${meter}.”` })
      .expect(201);
    const r = await ask({ quote: meter, speaker: 'Imogen Clarke' });
    expect(r.body.matches[0].speakerName).toBeNull();
    expect(r.body.verdict).toBe('unattributed');
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/verify?quote=${encodeURIComponent(meter)}&speaker=${encodeURIComponent('Imogen Clarke')}`).expect(200);
    expect(page.text).toContain('Not confirmed: these words are stored, but no speaker was found for them, so whosaid cannot tell whether Imogen Clarke said them.');
    expect(page.text).not.toContain('Said by someone else');
    const cut = await agent.get(`/verify?quote=${encodeURIComponent(meter.split(' ').slice(0, 8).join(' '))}&speaker=${encodeURIComponent('Imogen Clarke')}`).expect(200);
    expect(cut.text).toContain('Not confirmed: these words are part of a longer stored quote, but no speaker was found for it, so whosaid cannot tell whether Imogen Clarke said them.');
  });

  it('says when misattributed words are also altered, and names the speaker of an altered quote', async () => {
    const altered = real.replace('forty', 'a hundred');
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const wrong = await agent.get(`/verify?quote=${encodeURIComponent(altered)}&speaker=${encodeURIComponent('Boris Petrov')}`).expect(200);
    expect(wrong.text).toMatch(/Said by someone else: the closest real quote is attributed to Imogen Clarke, not Boris Petrov, and its words differ \(\d+% of words in common\)\./);
    expect(wrong.text).toContain('Earliest article with the real quote');
    const right = await agent.get(`/verify?quote=${encodeURIComponent(altered)}&speaker=${encodeURIComponent('Imogen Clarke')}`).expect(200);
    expect(right.text).toMatch(/Altered: the closest real quote, by Imogen Clarke, differs \(\d+% of words in common\)\./);
  });

  it('says when the stored articles credit the same words to different speakers, on the verify and the quote page', async () => {
    const r = await ask({ quote: shared, speaker: 'Rafael Ortiz' });
    expect(r.body.credited.map((c: { speakerName: string; articles: number }) => [c.speakerName, c.articles])).toEqual([
      ['Imogen Clarke', 1],
      ['Rafael Ortiz', 1],
    ]);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/verify?quote=${encodeURIComponent(shared)}&speaker=${encodeURIComponent('Rafael Ortiz')}`).expect(200);
    expect(page.text).toMatch(/These words are credited to 2 different speakers: <a href="\/speakers\/\d+">Imogen Clarke<\/a> \(1 article, first 2024-06-08\) and <a href="\/speakers\/\d+">Rafael Ortiz<\/a> \(1 article, first 2024-06-08\)\./);
    // the second time the words are quoted in the same article is not another article running them
    expect(page.text).not.toContain('also ran');
    // each later article is named with its date and linked, so two articles of one outlet are two entries
    await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`)
      .send({ title: 'Rationing begins', outlet: 'Hill Times', publishedAt: '2024-06-09', text: `Rationing began on Sunday.\n“${shared},” said Rafael Ortiz.` }).expect(201);
    const later = await agent.get(`/verify?quote=${encodeURIComponent(shared)}&speaker=${encodeURIComponent('Rafael Ortiz')}`).expect(200);
    expect(later.text).toMatch(/; also ran <a href="\/articles\/\d+#q-\d+" title="Rationing begins">in Hill Times, 2024-06-09<\/a>\./);
    const quotePage = await agent.get(`/quotes/${r.body.matches[0].quoteId}`).expect(200);
    expect(quotePage.text).toContain('These words are credited to 2 different speakers');
    // words credited to one speaker only raise no such note
    const single = await agent.get(`/verify?quote=${encodeURIComponent(real)}`).expect(200);
    expect(single.text).not.toContain('different speakers');
  });

  it('names what an altered version changed inside the real quote: a negation left out, a word replaced', async () => {
    const dropped = real.replace(' lowest level in forty years and we must ration water this summer', ' level in forty years and we ration water');
    const r = await ask({ quote: dropped, speaker: 'Imogen Clarke' });
    expect(r.body.verdict).toBe('altered');
    expect(r.body.changes).toEqual([{ leftOut: 'lowest', putIn: null }, { leftOut: 'must', putIn: null }]);
    const swapped = await ask({ quote: real.replace('forty', 'fifty') });
    expect(swapped.body.changes).toEqual([{ leftOut: 'forty', putIn: 'fifty' }]);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/verify?quote=${encodeURIComponent(dropped)}&speaker=${encodeURIComponent('Imogen Clarke')}`).expect(200);
    expect(page.text).toContain('<strong>What changed:</strong> “lowest” left out; “must” left out.');
    // a quote only shortened at its ends changes nothing it says
    expect((await ask({ quote: real.split(' ').slice(3, 12).join(' ') })).body.changes).toBeNull();
  });

  it('says plainly when the verdict rests on an attribution no one has reviewed and the review queue holds as unsure', async () => {
    const words = `The ${tag} bridge will stay closed to lorries until the engineers have finished their inspection`;
    const posted = await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Bridge closure', outlet: 'Valley Courier', publishedAt: '2024-07-01', text: `Engineers met on Friday.\n“${words},” said Pavel Dorin, the transport director.` })
      .expect(201);
    const quote = posted.body.article.quotes[0] as { id: number; speaker: { id: number; name: string } };
    expect(quote.speaker.name).toBe('Pavel Dorin');
    // sure enough for the old warning (under 50%), unsure for the review queue (under 70%)
    await ds.query(`UPDATE quotes SET confidence = 0.69 WHERE id = $1`, [quote.id]);
    const elsewhere = await ask({ quote: words, speaker: 'Elena Sokolova' });
    expect(elsewhere.body).toMatchObject({ verdict: 'someone-else', attributionUnsure: true, unsureReasons: ['low confidence (69%)'] });
    expect(elsewhere.body.matches[0]).toMatchObject({ quoteId: quote.id, attributionUnsure: true, unsureReasons: ['low confidence (69%)'] });
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/verify?quote=${encodeURIComponent(words)}&speaker=${encodeURIComponent('Elena Sokolova')}`).expect(200);
    const verdictLine = /<h2 id="verdict">([\s\S]*?)<\/h2>/.exec(page.text)?.[1] ?? '';
    expect(verdictLine).toContain('Said by someone else: the closest words are attributed to Pavel Dorin, not Elena Sokolova.');
    expect(verdictLine).toContain('But whosaid is unsure of this attribution and no person has reviewed it: low confidence (69%). Check the article before relying on it.');
    // the same for words confirmed or found altered on the strength of that attribution
    expect((await ask({ quote: words, speaker: 'Pavel Dorin' })).body).toMatchObject({ verdict: 'exact', attributionUnsure: true });
    expect((await ask({ quote: words.replace('lorries', 'trucks'), speaker: 'Pavel Dorin' })).body).toMatchObject({ verdict: 'altered', attributionUnsure: true });
    const exactPage = await agent.get(`/verify?quote=${encodeURIComponent(words)}&speaker=${encodeURIComponent('Pavel Dorin')}`).expect(200);
    expect(/<h2 id="verdict">([\s\S]*?)<\/h2>/.exec(exactPage.text)?.[1]).toContain('But whosaid is unsure of this attribution');
    // the review queue's other conditions count too: a pronoun resolved across sentences, however confident
    await ds.query(`UPDATE quotes SET confidence = 0.85, speaker_mention = 'he', attribution_form = 'previous-sentence' WHERE id = $1`, [quote.id]);
    const pronoun = await ask({ quote: words, speaker: 'Elena Sokolova' });
    expect(pronoun.body).toMatchObject({ attributionUnsure: true, unsureReasons: ['“he” resolved across sentences'] });
    // … and the queue holds the quote for the same reason
    const { quoteQueue } = await import('../../src/services/review-queue');
    const queued = (await quoteQueue({ dataSource: ds }, { speakerId: quote.speaker.id, sort: 'oldest', page: 1 })).items.find((i) => i.id === quote.id);
    expect(queued?.reasons).toEqual(pronoun.body.unsureReasons);
    // a person's review settles it
    await ds.query(`UPDATE quotes SET review_status = 'confirmed' WHERE id = $1`, [quote.id]);
    const reviewed = await ask({ quote: words, speaker: 'Elena Sokolova' });
    expect(reviewed.body).toMatchObject({ verdict: 'someone-else', attributionUnsure: false, unsureReasons: [] });
    const reviewedPage = await agent.get(`/verify?quote=${encodeURIComponent(words)}&speaker=${encodeURIComponent('Elena Sokolova')}`).expect(200);
    expect(reviewedPage.text).not.toContain('unsure');
    // a confident attribution raises nothing
    expect((await ask({ quote: real, speaker: 'Boris Petrov' })).body).toMatchObject({ verdict: 'someone-else', attributionUnsure: false, unsureReasons: [] });
  });

  it('takes a person’s review of the same words, to the same speaker, in another article as settling an unsure attribution', async () => {
    const words = `The ${tag} ferry timetable will be published on Monday and every crossing will run as planned`;
    const first = await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`)
      .send({ title: 'Ferry timetable', publishedAt: '2024-07-02', text: `The harbour board met.\n“${words},” said Nadia Voss, the harbour master.` }).expect(201);
    const second = await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`)
      .send({ title: 'Ferries resume', publishedAt: '2024-07-03', text: `Crossings resumed.\n“${words},” said Nadia Voss.` }).expect(201);
    const [a, b] = [first.body.article.quotes[0], second.body.article.quotes[0]] as Array<{ id: number; speaker: { id: number } }>;
    expect(a.speaker.id).toBe(b.speaker.id);
    // the earlier occurrence is unsure; the later one a person confirmed
    await ds.query(`UPDATE quotes SET confidence = 0.6 WHERE id = $1`, [a.id]);
    expect((await ask({ quote: words, speaker: 'Nadia Voss' })).body).toMatchObject({ verdict: 'exact', attributionUnsure: true });
    await ds.query(`UPDATE quotes SET review_status = 'confirmed' WHERE id = $1`, [b.id]);
    const r = await ask({ quote: words, speaker: 'Nadia Voss' });
    expect(r.body).toMatchObject({ verdict: 'exact', attributionUnsure: false, reviewedElsewhere: { quoteId: b.id, articleTitle: 'Ferries resume', reviewStatus: 'confirmed' } });
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/verify?quote=${encodeURIComponent(words)}&speaker=${encodeURIComponent('Nadia Voss')}`).expect(200);
    const verdictLine = /<h2 id="verdict">([\s\S]*?)<\/h2>/.exec(page.text)?.[1] ?? '';
    expect(verdictLine).toContain('A person has confirmed this attribution of the same words in');
    expect(verdictLine).not.toContain('unsure');
  });
});

describe('quotes split around the attribution, and misquotes a fact check reports', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  const firm = `Tar${randomUUID().replace(/[^a-z]/g, '').slice(0, 6)}`;
  const post = (title: string, text: string, publishedAt: string) =>
    request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send({ title, outlet: 'Harbour Ledger', publishedAt, text }).expect(201);
  const ask = (body: object) => request(app).post('/api/v1/verify').set('Authorization', `Bearer ${token}`).send(body).expect(200);
  let factCheck: { id: number; quotes: Array<{ id: number; text: string }> };
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
    await post('Trial opens', [
      `The prosecutor, Hanna Ilves, told the jury on Monday that the payments to the ${firm} firm had been disguised as consultancy fees. "There was no consultancy at ${firm}," she said. "There was no advice. There was only money."`,
      `The defence lawyer, Oskar Brandt, disagreed. "My client made mistakes with the ${firm} accounts, but he is not a criminal," Brandt said.`,
      `Former accountant Liis Kask told the court: "I was told to move the ${firm} money before the auditors arrived, and I did what I was told."`,
    ].join('\n\n'), '2025-10-06');
    factCheck = (await post('Fact check: the witness said no such thing', [
      `Posts shared widely this week claim that a witness in the ${firm} trial told the court that the port chief "ordered her to steal" from the authority. The witness said no such thing.`,
      `The most shared version reads: "Delane ordered me to steal the ${firm} money before the auditors arrived."`,
      `A caption on a second clip reads "My client is a criminal." Neither sentence appears in the court transcript.`,
      `A post shared 40,000 times on Friday repeats it word for word: "Delane ordered me to steal the ${firm} money before the auditors arrived."`,
    ].join('\n\n'), '2025-10-10')).body.article;
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('reads a quote the article split around “she said” as one quote: the whole of it pasted is exact', async () => {
    const whole = `There was no consultancy at ${firm}. There was no advice. There was only money.`;
    const r = await ask({ quote: whole, speaker: 'Hanna Ilves' });
    expect(r.body.verdict).toBe('exact');
    expect(r.body.matches[0]).toMatchObject({ exact: true, speakerName: 'Hanna Ilves' });
    expect(r.body.matches[0].quoteIds).toHaveLength(2);
    expect(r.body.changes).toBeNull();
    // a word changed in the second part is named as such, and nothing else
    const changed = await ask({ quote: whole.replace('only money', 'plenty of money'), speaker: 'Hanna Ilves' });
    expect(changed.body.verdict).toBe('altered');
    expect(changed.body.changes).toEqual([{ leftOut: 'only', putIn: 'plenty of' }]);
    // the first part alone is that stored quote, not a shortened version of the two
    const part = await ask({ quote: `There was no consultancy at ${firm}`, speaker: 'Hanna Ilves' });
    expect(part.body.verdict).toBe('exact');
    expect(part.body.matches[0].quoteIds).toHaveLength(1);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/verify?quote=${encodeURIComponent(whole)}&speaker=Hanna%20Ilves`).expect(200);
    expect(page.text).toContain('Yes: these are the words as stored, said by Hanna Ilves.');
    expect(page.text).toContain('one quote split around its attribution (2 parts, read together)');
  });

  it('counts a quote split around its attribution as an occurrence of the same words run whole later, on /verify and the quote pages', async () => {
    const village = `${firm}kot`;
    const split = (await post('Earthquake toll rises', [
      `Anil Pokharel, a structural engineer in ${village}, said most of the homes that collapsed were built of stone and mud mortar.`,
      `"Stone and mud kills in ${village}," he said. "We have known this for ten years."`,
    ].join('\n\n'), '2025-03-12')).body.article;
    const whole = (await post('Rebuilding in the hills', [
      `Ramesh Gurung, who heads the reconstruction office, toured the district on Wednesday.`,
      `"Stone and mud kills in ${village}. We have known this for ten years," Gurung said.`,
    ].join('\n\n'), '2025-03-20')).body.article;
    expect(split.quotes).toHaveLength(2);
    const r = await ask({ quote: `Stone and mud kills in ${village}. We have known this for ten years.`, speaker: 'Ramesh Gurung' });
    // the earlier article, split as it is, credits the words to the engineer: who said them is disputed
    expect(r.body.verdict).toBe('disputed');
    expect(r.body.dispute.attributions.map((a: { speakerName: string; articleId: number }) => [a.speakerName, a.articleId])).toEqual([
      ['Ramesh Gurung', whole.id],
      ['Anil Pokharel', split.id],
    ]);
    expect(r.body.earliest).toMatchObject({ articleId: split.id, speakerName: 'Anil Pokharel', quoteIds: [split.quotes[0].id, split.quotes[1].id] });
    expect(r.body.otherArticles.map((o: { articleId: number }) => o.articleId)).toEqual([whole.id]);
    expect(r.body.credited.map((c: { speakerName: string }) => c.speakerName)).toEqual(['Anil Pokharel', 'Ramesh Gurung']);
    // the quote page of the whole names the earlier article, and the page of either part names the later one
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const wholePage = (await agent.get(`/quotes/${whole.quotes[0].id}`).expect(200)).text;
    expect(wholePage).not.toContain('No other stored article has these exact words');
    expect(wholePage).toMatch(/2025-03-12 — <a href="\/articles\/\d+#q-0">Earthquake toll rises<\/a> \(Harbour Ledger\),\s+attributed to Anil Pokharel <strong>earliest<\/strong> <span class="muted">\(split in 2 parts around the attribution\)<\/span>/);
    for (const part of split.quotes) {
      const partPage = (await agent.get(`/quotes/${part.id}`).expect(200)).text;
      expect(partPage).toMatch(/Earthquake toll rises<\/a> \(Harbour Ledger\),\s+attributed to Anil Pokharel <strong>earliest<\/strong> <span class="muted">\(this one\)<\/span>/);
      expect(partPage).toMatch(/2025-03-20 — <a href="\/articles\/\d+#q-0">Rebuilding in the hills<\/a> \(Harbour Ledger\),\s+attributed to Ramesh Gurung/);
    }
  });

  it('reads the “…,” Varga said. “…” shape the same way, with the speaker named after the first part', async () => {
    await post('Outbreak update', `Tomas Varga, the regional health director, gave the figures on Sunday. "We have 23 confirmed cases of ${firm} fever and four deaths," Varga said. "All of them are linked, directly or indirectly, to one family."`, '2025-10-05');
    const r = await ask({ quote: `We have 23 confirmed cases of ${firm} fever and four deaths. All of them are linked, directly or indirectly, to one family.`, speaker: 'Tomas Varga' });
    expect(r.body.verdict).toBe('exact');
    expect(r.body.matches[0].speakerName).toBe('Tomas Varga');
  });

  it('compares a misquote a fact check reports, stored there with no one named, with the claimed speaker’s real quote', async () => {
    const r = await ask({ quote: `Delane ordered me to steal the ${firm} money before the auditors arrived.`, speaker: 'Liis Kask' });
    expect(r.body.verdict).toBe('altered');
    expect(r.body.matches[0]).toMatchObject({ speakerName: 'Liis Kask', exact: false });
    expect(r.body.changes).toEqual([{ leftOut: 'I was told', putIn: 'Delane ordered me' }, { leftOut: 'move', putIn: 'steal' }]);
    expect(r.body.storedUnnamed).toMatchObject({ articleId: factCheck.id, exact: true });
    const criminal = await ask({ quote: 'My client is a criminal.', speaker: 'Oskar Brandt' });
    expect(criminal.body.verdict).toBe('altered');
    expect(criminal.body.matches[0].text).toContain('but he is not a criminal');
    expect(criminal.body.changes).toEqual([{ leftOut: `made mistakes with the ${firm} accounts, but he`, putIn: null }, { leftOut: 'not', putIn: null }]);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/verify?quote=${encodeURIComponent('My client is a criminal.')}&speaker=Oskar%20Brandt`).expect(200);
    expect(page.text).toMatch(/Altered: the closest real quote, by Oskar Brandt, is longer and differs/);
    expect(page.text).toContain('The pasted words themselves are stored in');
    // claimed by no one, the words are what the fact check stored
    expect((await ask({ quote: 'My client is a criminal.' })).body.verdict).toBe('exact');
  });

  it('names the unnamed source a person gave the words to, instead of saying no speaker was found', async () => {
    const { reassignQuote } = await import('../../src/services/review-quotes');
    const editor = await createTestUser(ds, 'editor');
    const partial = factCheck.quotes.find((q) => q.text === 'ordered her to steal')!;
    await reassignQuote({ dataSource: ds }, { id: editor.id, label: editor.email, ip: null }, partial.id, { name: 'social media posts', kind: 'anonymous' });
    const r = await ask({ quote: 'ordered her to steal', speaker: 'Liis Kask' });
    expect(r.body.verdict).toBe('unattributed');
    expect(r.body.matches[0]).toMatchObject({ speakerName: 'social media posts', reviewStatus: 'corrected' });
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/verify?quote=${encodeURIComponent('ordered her to steal')}&speaker=Liis%20Kask`).expect(200);
    expect(page.text).toContain('Not confirmed: the closest words are credited to an unnamed source (social media posts), as a person reviewed, and to no one named, so whosaid cannot tell whether Liis Kask said them.');
    expect(page.text).not.toContain('no speaker was found');
  });

  it('does not present a second occurrence in the same article as another outlet running the words', async () => {
    const words = `Delane ordered me to steal the ${firm} money before the auditors arrived.`;
    const r = await ask({ quote: words });
    expect(r.body.occurrences.filter((o: { articleId: number }) => o.articleId === factCheck.id)).toHaveLength(2);
    expect(r.body.otherArticles).toEqual([]);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/verify?quote=${encodeURIComponent(words)}`).expect(200);
    expect(page.text).toContain('Earliest article with these words');
    expect(page.text).not.toContain('also ran');
  });
});

describe('verification in an archive where commoner words crowd the candidates', () => {
  it('still finds the quote that shares the rarest word, however many quotes share two commoner ones', async () => {
    const { openFreshDatabase } = await import('../support/db');
    const { ingestArticleBatch } = await import('../../src/services/ingest-batch');
    const { verifyQuote } = await import('../../src/services/verify-quote');
    const admin = await openTestDataSource();
    const { db, drop } = await openFreshDatabase(admin);
    try {
      // 600 quotes sharing “ferry” and “June” with the real one, stored before it (the order a bounded read meets them in)
      const fillers = Array.from({ length: 600 }, (_, i) => ({
        title: `Timetable ${i}`, publishedAt: '2024-05-01',
        text: `The ferry office wrote to islanders (${i}).\n“The ferry leaves the harbour in June, as every year, from pier ${i},” said the harbour master.`,
      }));
      expect((await ingestArticleBatch({ dataSource: db }, fillers, 'import')).filter((o) => 'error' in o)).toEqual([]);
      const real = 'The zqvxtrellian ferry will run every hour from the first of June';
      expect((await ingestArticleBatch({ dataSource: db }, [{ title: 'Island ferry', publishedAt: '2024-05-20', text: `Islanders welcomed the news.\n“${real},” said Malin Oberg.` }], 'import'))
        .filter((o) => 'error' in o)).toEqual([]);
      const r = await verifyQuote({ dataSource: db }, { quote: real.replace('every hour', 'twice a day'), speaker: 'Malin Oberg' });
      expect(r.verdict).toBe('altered');
      expect(r.matches[0].text).toContain(real);
    } finally {
      await drop();
      await admin.destroy();
    }
  });
});

describe('a quote altered in a later republication', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  const tag = `r${randomUUID().replace(/[^a-z]/g, '').slice(0, 7)}`;
  const original = `If the ${tag} primary were held this evening, I would win it by a wide margin`;
  const altered = original.replace('this evening', 'weak evening');
  const post = (body: object) => request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send(body).expect(201);
  const ask = (body: object) => request(app).post('/api/v1/verify').set('Authorization', `Bearer ${token}`).send(body).expect(200);
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
    await post({ title: 'Candidate upbeat before the vote', outlet: 'Capital Ledger', publishedAt: '2024-03-04', text: `The candidate spoke at a rally in the state capital.\n“${original},” said Dana Whitfield, the former governor.` });
    // the wire copy two days later changed one word
    await post({ title: 'Whitfield predicts big primary win', outlet: 'Wire Digest', publishedAt: '2024-03-06', text: `The candidate spoke at a rally in the state capital.\n“${altered},” said Dana Whitfield, the former governor.` });
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('says the circulating version is altered when only a later copy carries its words, and compares it with the earliest source', async () => {
    const r = await ask({ quote: altered, speaker: 'Dana Whitfield' });
    expect(r.body.verdict).toBe('altered');
    expect(r.body.matches[0]).toMatchObject({ text: original, articleTitle: 'Candidate upbeat before the vote', exact: false });
    expect(r.body.changes).toEqual([{ leftOut: 'this', putIn: 'weak' }]);
    // in a long quote one word changed is close enough to count as the same words: the earliest source still decides
    const long = `${original}, and I would carry every county from the lakes to the southern border, because the voters in this state know exactly who has fought for their jobs and their families`;
    await post({ title: 'Whitfield rally', outlet: 'Lakes Herald', publishedAt: '2024-03-10', text: `The candidate spoke again.\n“${long},” said Dana Whitfield.` });
    await post({ title: 'Whitfield rally (wire)', outlet: 'Wire Digest', publishedAt: '2024-03-12', text: `The candidate spoke again.\n“${long.replace('southern', 'northern')},” said Dana Whitfield.` });
    const one = await ask({ quote: long.replace('southern', 'northern') });
    expect(one.body).toMatchObject({ verdict: 'altered', changes: [{ leftOut: 'southern', putIn: 'northern' }], laterCopy: { articleTitle: 'Whitfield rally (wire)' } });
    expect(one.body.matches[0]).toMatchObject({ articleTitle: 'Whitfield rally', exact: false });
    expect(r.body.laterCopy).toMatchObject({ articleTitle: 'Whitfield predicts big primary win', outlet: 'Wire Digest' });
    expect(r.body.earliest.articleTitle).toBe('Candidate upbeat before the vote');
    // the original words are exact, and no later copy is named
    const real = await ask({ quote: original });
    expect(real.body.verdict).toBe('exact');
    expect(real.body.laterCopy).toBeNull();
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/verify?quote=${encodeURIComponent(altered)}`).expect(200);
    expect(page.text).toMatch(/Altered: these words are stored as they are only in a later copy, <a href="\/articles\/\d+#q-\d+">Whitfield predicts big primary win<\/a> \(Wire Digest\), 2024-03-06; the earliest source of the quote, by Dana Whitfield, reads differently \(\d+% of words in common\)\./);
    expect(page.text).toContain('<strong>What changed:</strong> “this” became “weak”.');
  });

  it('does not take another speaker’s older, similar words for the source of a quote', async () => {
    const said = `Our ${tag} turnout in the northern counties was higher than we expected`;
    await post({ title: 'Rival claims momentum', outlet: 'Capital Ledger', publishedAt: '2024-03-07', text: `The rival campaign met reporters.\n“${said},” said Marcus Bell, the party chairman.` });
    await post({ title: 'Governor on turnout', outlet: 'Wire Digest', publishedAt: '2024-03-09', text: `The governor answered questions.\n“${said.replace('higher', 'lower')},” said Dana Whitfield.` });
    const r = await ask({ quote: said.replace('higher', 'lower') });
    expect(r.body.verdict).toBe('exact');
    expect(r.body.laterCopy).toBeNull();
  });
});

describe('a correction that credits the words to someone else', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  const tag = `w${randomUUID().replace(/[^a-z]/g, '').slice(0, 7)}`;
  const words = `The ${tag} wage agreement signed in January is final and will not be renegotiated`;
  const post = async (title: string, outlet: string, publishedAt: string, text: string) =>
    (await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`).send({ title, outlet, publishedAt, text }).expect(201)).body.article as { id: number; quotes: Array<{ id: number; text: string; speaker: { name: string } | null }> };
  const ask = (body: object) => request(app).post('/api/v1/verify').set('Authorization', `Bearer ${token}`).send(body).expect(200);
  const verdictLine = (html: string) => /<h2 id="verdict">([\s\S]*?)<\/h2>/.exec(html)?.[1].replace(/\s+/g, ' ') ?? '';
  let wire: { id: number; quotes: Array<{ id: number; text: string; speaker: { name: string } | null }> };
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
    wire = await post('Nurses strike in Lisbon', 'Atlantic Press', '2026-05-12', [
      `LISBON, May 12 (Atlantic Press) - Nurses at Lisbon's three largest hospitals began a two-day strike on Monday over pay and staffing, forcing the cancellation of hundreds of planned operations.`,
      `"We have been patient for four years and our patience has run out," said Marta Lobo, who leads the nurses' union.`,
      `Finance Minister Paulo Azevedo said the government would not reopen the budget. "${words}," Azevedo said.`,
      `Hospital managers said emergency services were running normally.`,
    ].join('\n\n'));
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('says the attribution is disputed, names who else is credited and where, and lets a person’s review outrank the other article', async () => {
    expect(wire.quotes.find((q) => q.text.includes(tag))?.speaker?.name).toBe('Paulo Azevedo');
    // before the correction, the words are the minister's and no one disputes it
    expect((await ask({ quote: words, speaker: 'Paulo Azevedo' })).body).toMatchObject({ verdict: 'exact', dispute: null });

    const correction = await post('Correction: Lisbon strike quote', 'Atlantic Press', '2026-05-14', [
      `Correction: A report published on Monday about the Lisbon nurses' strike wrongly attributed a quote to Finance Minister Paulo Azevedo. The words "${words}" were spoken by Health Minister Clara Nunes, not by Mr Azevedo.`,
      `"We apologise for the error," said Rui Matos, the agency's managing editor.`,
    ].join('\n\n'));
    const corrected = correction.quotes.find((q) => q.text.includes(tag))!;
    expect(corrected.speaker?.name).toBe('Clara Nunes');

    // neither attribution reviewed: disputed, naming both, where and when
    const disputed = await ask({ quote: words, speaker: 'Paulo Azevedo' });
    expect(disputed.body).toMatchObject({ verdict: 'disputed', reviewedElsewhere: null });
    expect(disputed.body.matches[0].speakerName).toBe('Paulo Azevedo');
    expect(disputed.body.dispute.attributions).toMatchObject([
      { speakerName: 'Paulo Azevedo', articles: 1, reviewed: false, articleId: wire.id, articleTitle: 'Nurses strike in Lisbon', outlet: 'Atlantic Press', at: '2026-05-12T00:00:00.000Z' },
      { speakerName: 'Clara Nunes', articles: 1, reviewed: false, quoteId: corrected.id, articleId: correction.id, articleTitle: 'Correction: Lisbon strike quote', outlet: 'Atlantic Press', at: '2026-05-14T00:00:00.000Z', href: `/quotes/${corrected.id}` },
    ]);
    // asked without a speaker, the words are stored, but who said them is no plain answer either
    expect((await ask({ quote: words })).body.verdict).toBe('disputed');
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = async (speaker: string) => verdictLine((await agent.get(`/verify?quote=${encodeURIComponent(words)}&speaker=${encodeURIComponent(speaker)}`).expect(200)).text);
    const line = await page('Paulo Azevedo');
    expect(line).not.toContain('Yes');
    expect(line).toContain('Disputed: these are the words as stored, but articles credit them to different speakers, and no person has reviewed which is right.');
    expect(line).toMatch(/Credited to Paulo Azevedo in <a href="\/articles\/\d+#q-\d+">Nurses strike in Lisbon<\/a> \(Atlantic Press\), 2026-05-12, not reviewed; to Clara Nunes in <a href="\/articles\/\d+#q-\d+">Correction: Lisbon strike quote<\/a> \(Atlantic Press\), 2026-05-14, not reviewed\./);

    // a reviewer confirms the correction's attribution: the minister said none of it
    const { agent: editor } = await signedInAgent(app, ds, 'editor');
    const csrf = await csrfFrom(editor, `/quotes/${corrected.id}`);
    await editor.post(`/review/quotes/${corrected.id}/confirm`).type('form').send({ _csrf: csrf }).expect(303);
    const outranked = await ask({ quote: words, speaker: 'Paulo Azevedo' });
    expect(outranked.body).toMatchObject({ verdict: 'someone-else', attributionUnsure: false });
    expect(outranked.body.matches[0]).toMatchObject({ quoteId: corrected.id, speakerName: 'Clara Nunes', reviewStatus: 'confirmed' });
    expect(outranked.body.dispute.attributions.map((a: { speakerName: string; reviewed: boolean }) => [a.speakerName, a.reviewed])).toEqual([
      ['Clara Nunes', true],
      ['Paulo Azevedo', false],
    ]);
    const outrankedLine = await page('Paulo Azevedo');
    expect(outrankedLine).toContain('Said by someone else: the closest words are attributed to Clara Nunes, not Paulo Azevedo.');
    expect(outrankedLine).toMatch(/A person’s review outranks the other articles: credited to Clara Nunes in <a [^>]+>Correction: Lisbon strike quote<\/a> \(Atlantic Press\), 2026-05-14, confirmed by a person; to Paulo Azevedo in <a [^>]+>Nurses strike in Lisbon<\/a> \(Atlantic Press\), 2026-05-12, not reviewed\./);
    // the reviewed attribution answers for Clara Nunes and for the words asked alone, still naming the other article
    const nunes = await ask({ quote: words, speaker: 'Clara Nunes' });
    expect(nunes.body).toMatchObject({ verdict: 'exact', dispute: { attributions: [{ speakerName: 'Clara Nunes', reviewed: true }, { speakerName: 'Paulo Azevedo', reviewed: false }] } });
    expect(await page('Clara Nunes')).toContain('Yes: these are the words as stored, said by Clara Nunes.');
    const alone = await ask({ quote: words });
    expect(alone.body.verdict).toBe('exact');
    expect(alone.body.matches[0].speakerName).toBe('Clara Nunes');

    // a person confirms the wire story's attribution too: two reviewed attributions still disagree
    const wireQuote = wire.quotes.find((q) => q.text.includes(tag))!;
    await editor.post(`/review/quotes/${wireQuote.id}/confirm`).type('form').send({ _csrf: await csrfFrom(editor, `/quotes/${wireQuote.id}`) }).expect(303);
    expect((await ask({ quote: words, speaker: 'Paulo Azevedo' })).body).toMatchObject({ verdict: 'disputed', dispute: { attributions: [{ speakerName: 'Paulo Azevedo', reviewed: true }, { speakerName: 'Clara Nunes', reviewed: true }] } });
    expect(await page('Paulo Azevedo')).toContain('but articles credit them to different speakers, and a person confirmed more than one of them, each in its own article.');
  });

  it('takes a shorter name of the same speaker in another article for no dispute', async () => {
    const said = `The ${tag} emergency wards will stay open through the strike`;
    await post('Wards stay open', 'Atlantic Press', '2026-05-13', `Hospitals prepared for a second day of the strike.\n\n"${said}," said Health Minister Clara Nunes.`);
    await post('Strike day two', 'Lisbon Daily', '2026-05-13', `The strike entered its second day.\n\n"${said}," Nunes said.`);
    const r = await ask({ quote: said, speaker: 'Clara Nunes' });
    expect(r.body).toMatchObject({ verdict: 'exact', dispute: null });
  });

  it('takes an unnamed source in another article for no dispute of a named speaker', async () => {
    const offer = `The ${tag} offer on the table is the last one`;
    await post('Talks collapse', 'Lisbon Daily', '2026-05-15', `Talks between the unions and the government broke down on Tuesday.\n\n“${offer},” a senior ministry official told reporters.`);
    await post('Minister holds firm', 'Atlantic Press', '2026-05-16', `The health minister spoke after a cabinet meeting.\n\n“${offer},” said Clara Nunes.`);
    const r = await ask({ quote: offer, speaker: 'Clara Nunes' });
    expect(r.body.credited).toHaveLength(2);
    expect(r.body).toMatchObject({ verdict: 'exact', dispute: null });
  });

  it('says words quoted inside another speaker’s quote are reported second-hand by that speaker, not said by someone else', async () => {
    const reporter = `Tobias ${cap(uniqueTag(3))}ley`;
    const reported = `Ingrid ${cap(uniqueTag(3))}sen`;
    const inner = `The ${tag} harbour accounts are none of your business, and I'm not handing over a single ledger`;
    await request(app)
      .post('/api/v1/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Harbour board row', outlet: 'Coast Post', publishedAt: '2024-07-02', text: `${reported} left the board meeting early.\n“She walked out of the room, slammed the door and said, ‘${inner},’” ${reporter} said.` })
      .expect(201);
    const r = await ask({ quote: inner.replace("I'm", 'I am'), speaker: reported });
    expect(r.body).toMatchObject({ verdict: 'reported', secondHand: true });
    expect(r.body.matches[0].speakerName).toBe(reporter);
    // the reporter's own words around the inner quotation are still theirs
    const own = await ask({ quote: 'She walked out of the room, slammed the door', speaker: reporter });
    expect(own.body).toMatchObject({ verdict: 'exact', secondHand: false });
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/verify?quote=${encodeURIComponent(inner)}&speaker=${encodeURIComponent(reported)}`).expect(200);
    expect(page.text).toContain('Reported second-hand');
    expect(page.text).toContain(reporter);
  });
});
