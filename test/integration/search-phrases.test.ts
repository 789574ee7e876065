import type { DataSource, EntityManager } from 'typeorm';
import { type QuoteSearch, searchQuotes } from '../../src/db/repositories/search.repository';
import { buildTestApp } from '../support/app';
import { signedInAgent } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { cap, ingest, uniqueTag } from '../support/speakers';

// A phrase keeps the places of the words too common to be searched for: "state of the union" is
// 'state' <3> 'union' (PostgreSQL's phraseto_tsquery), so it finds those words in that order with
// two words between them — not "state union", nor "union of the state".
describe('phrases with common words in them', () => {
  let ds: DataSource;
  const t = uniqueTag(4);
  const word = `zp${t}`; // a word of these quotes alone
  const speaker = `Ines Var${t}`;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    ds = await openTestDataSource();
    const said: Array<[key: string, quote: string]> = [
      ['union', `“The ${word} state of the union is strong, whatever the polls say,” said ${speaker}, the party's spokeswoman.`],
      ['adjacent', `“The ${word} state union has never been stronger than it is today,” said ${speaker}, the party's spokeswoman.`],
      ['reversed', `“A ${word} union of the state would be the end of the federation,” said ${speaker}, the party's spokeswoman.`],
      ['control', `“Prices in the ${word} shops are spiralling out of control this winter,” said ${speaker}, the party's spokeswoman.`],
      ['wider', `“Prices in the ${word} shops are spiralling out of our control this winter,” said ${speaker}, the party's spokeswoman.`],
      ['apart', `“The ${word} prices keep spiralling, and control of them is lost,” said ${speaker}, the party's spokeswoman.`],
    ];
    for (const [i, [key, text]] of said.entries()) {
      const articleId = await ingest(ds, text, { outlet: `Phrase Wire ${cap(t)}`, publishedAt: `2024-05-0${i + 1}` });
      const [q] = await ds.query('SELECT id FROM quotes WHERE article_id = $1', [articleId]);
      ids[key] = q.id;
    }
  });
  afterAll(async () => {
    await ds.destroy();
  });

  const find = async (q: string, extra: Partial<QuoteSearch> = {}, em: EntityManager = ds.manager) => {
    const found: Record<string, number[]> = {};
    for (const sort of ['relevance', 'newest'] as const) {
      const r = await searchQuotes(em, { q, sort, limit: 20, ...extra });
      found[sort] = r.hits.map((h) => h.id).sort((a, b) => a - b);
    }
    return found;
  };
  const expected = (...keys: string[]) => {
    const list = keys.map((k) => ids[k]).sort((a, b) => a - b);
    return { relevance: list, newest: list };
  };

  it('finds the words in order with the common words between them, not next to each other or the other way round', async () => {
    expect(await find(`${word} "state of the union"`)).toEqual(expected('union'));
    expect(await find(`${word} "spiralling out of control"`)).toEqual(expected('control'));
    // the phrase alone, among other tests' quotes too
    const alone = await searchQuotes(ds.manager, { q: '"state of the union"', sort: 'newest', limit: 50 });
    expect(alone.hits.map((h) => h.id)).toContain(ids.union);
    expect(alone.hits.map((h) => h.id)).not.toEqual(expect.arrayContaining([ids.adjacent]));
    expect(alone.hits.map((h) => h.id)).not.toEqual(expect.arrayContaining([ids.reversed]));
  });

  it('keeps exclusions and OR working around such phrases', async () => {
    expect(await find(`${word} "state of the union" OR ${word} "spiralling out of control"`)).toEqual(expected('union', 'control'));
    expect(await find(`${word} -"state of the union"`)).toEqual(expected('adjacent', 'reversed', 'control', 'wider', 'apart'));
    expect(await find(`${word} "state of the union" -polls`)).toEqual(expected());
    expect(await find(`${word} spiralling -"keep spiralling"`)).toEqual(expected('control', 'wider'));
  });

  it('searches for the common words of a phrase, and names those left out of the query outside a phrase', async () => {
    const r = await searchQuotes(ds.manager, { q: `${word} "state of the union"`, sort: 'relevance', limit: 20 });
    expect(r.ignored).toBeUndefined();
    expect(r.hits.map((h) => h.id)).toEqual([ids.union]);
    const bare = await searchQuotes(ds.manager, { q: `${word} the union`, sort: 'relevance', limit: 20 });
    expect(bare.ignored).toEqual(['the']);
    expect(bare.hits.map((h) => h.id).sort((a, b) => a - b)).toEqual([ids.union, ids.adjacent, ids.reversed].sort((a, b) => a - b));
  });

  it('finds the same walking one speaker’s quotes by date as through the index', async () => {
    const [{ id: speakerId }] = await ds.query('SELECT id FROM speakers WHERE name = $1', [speaker]);
    await ds.transaction(async (tx) => {
      const statements: string[] = [];
      const query = tx.query.bind(tx);
      tx.query = ((sql: string, params?: unknown[]) => {
        statements.push(sql);
        return query(sql, params);
      }) as typeof tx.query;
      expect(await find(`"state of the union"`, { speakerId }, tx)).toEqual(expected('union'));
      expect(await find(`"spiralling out of control"`, { speakerId }, tx)).toEqual(expected('control'));
      // a speaker with six quotes is read along their own index, not through the words' GIN index
      expect(statements.some((s) => s.includes('UNION ALL') && s.includes('q.speaker_id ='))).toBe(true);
    });
  });

  it('marks the words of the phrase in the results, the common words between them as they are', async () => {
    const [hit] = (await searchQuotes(ds.manager, { q: `${word} "state of the union"`, sort: 'relevance', limit: 20 })).hits;
    expect(hit.headline).toContain('\u0001state\u0002 of the \u0001union\u0002');
    const app = buildTestApp(ds);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = await agent.get(`/search?q=${encodeURIComponent(`${word} "spiralling out of control"`)}`).expect(200);
    expect(page.text).toContain('1 quote matches.');
    expect(page.text).toContain('<mark class="hit">spiralling</mark> out of <mark class="hit">control</mark>');
    const api = await agent.get(`/api/v1/search?q=${encodeURIComponent(`${word} "state of the union"`)}`).expect(200);
    expect(api.body.data.map((d: { id: number }) => d.id)).toEqual([ids.union]);
    expect(api.body.data[0].highlights).toEqual([word, 'state', 'union']);
  });

  it('tells a phrase from its negation: “not” and “no” count inside a phrase', async () => {
    const neg: Record<string, number> = {};
    const said: Array<[key: string, quote: string]> = [
      ['denies', `“My client made mistakes with the ${word} accounts, but he is not a criminal,” said Samuel Okere, his lawyer.`],
      ['asserts', `“Everyone in ${word} knows that he is a criminal and always was,” said Rita Felder, a former colleague.`],
      ['wasNot', `“I was not corrupt, and the ${word} auditors will say so,” said Marcus Delano.`],
      ['was', `“The ${word} port chief was corrupt from his first day,” said Joanna Pyke, the prosecutor.`],
      ['noShortage', `“There is no shortage of beds in ${word} tonight,” said Vera Lind, the hospital director.`],
      ['shortage', `“We have a shortage of beds in ${word} and patients wait in corridors,” said Anton Pell, a nurse.`],
    ];
    for (const [i, [key, text]] of said.entries()) {
      const articleId = await ingest(ds, text, { outlet: `Negation Wire ${cap(t)}`, publishedAt: `2024-06-0${i + 1}` });
      const [q] = await ds.query('SELECT id FROM quotes WHERE article_id = $1', [articleId]);
      neg[key] = q.id;
    }
    const only = (...keys: string[]) => {
      const list = keys.map((k) => neg[k]).sort((a, b) => a - b);
      return { relevance: list, newest: list };
    };
    expect(await find(`${word} "is a criminal"`)).toEqual(only('asserts'));
    expect(await find(`${word} "is not a criminal"`)).toEqual(only('denies'));
    expect(await find(`${word} "was corrupt"`)).toEqual(only('was'));
    expect(await find(`${word} "was not corrupt"`)).toEqual(only('wasNot'));
    expect(await find(`${word} "a shortage of beds"`)).toEqual(only('shortage'));
    expect(await find(`${word} “no shortage of beds”`)).toEqual(only('noShortage'));
    // around OR and an exclusion, and walking one outlet's quotes by date
    expect(await find(`${word} "is a criminal" OR ${word} "was corrupt"`)).toEqual(only('asserts', 'was'));
    expect(await find(`${word} criminal -"is a criminal"`)).toEqual(only('denies'));
    expect(await find(`"is not a criminal"`, { outlet: `Negation Wire ${cap(t)}` })).toEqual(only('denies'));
    // “not” on its own, outside a phrase, is still too common to look for, and said so
    const bare = await searchQuotes(ds.manager, { q: `${word} not criminal`, sort: 'relevance', limit: 20 });
    expect(bare.ignored).toEqual(['not']);
    expect(bare.hits.map((h) => h.id).sort((a, b) => a - b)).toEqual([neg.denies, neg.asserts].sort((a, b) => a - b));
  });
});
