import type { DataSource } from 'typeorm';
import { searchQuotes } from '../../src/db/repositories/search.repository';
import { restoreHeadline } from '../../src/db/search-text';
import { SearchPunctuation1795572402000 } from '../../migrations/1795572402000-search-punctuation';
import { buildTestApp } from '../support/app';
import { signedInAgent } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { cap, ingest, uniqueTag } from '../support/speakers';

// Articles are typeset: curly quotes inside quotes, dashes, ellipses, no-break spaces. A word
// next to one of them is found like any other, and a phrase typed with curly quotes is a phrase.
describe('search through typography', () => {
  let ds: DataSource;
  const t = uniqueTag(4);
  const word = `zq${t}`; // a word of these quotes alone
  const speaker = `Mara Velt${t}`;
  const ids: Record<string, number> = {};
  const texts: Record<string, string> = {};

  beforeAll(async () => {
    ds = await openTestDataSource();
    const said: Array<[key: string, quote: string]> = [
      ['scare', `“This so-called “peace plan” is a ${word} trap for the villages,” said ${speaker}, the mayor.`],
      ['dash', `“We stood strong—and we ${word} will stand strong again,” said ${speaker}, the mayor.`],
      ['ellipsis', `“We waited and waited… ${word} nobody came to help us,” said ${speaker}, the mayor.`],
      ['nbsp', `“The storm left 10\u00a0000 ${word} families without\u00a0power tonight,” said ${speaker}, the mayor.`],
      ['guillemets', `“They called it «${word}» reform, but it cut every school budget,” said ${speaker}, the mayor.`],
    ];
    for (const [i, [key, text]] of said.entries()) {
      const articleId = await ingest(ds, text, { outlet: `Type Wire ${cap(t)}`, publishedAt: `2024-06-0${i + 1}` });
      const [q] = await ds.query('SELECT id, text FROM quotes WHERE article_id = $1', [articleId]);
      ids[key] = q.id;
      texts[key] = q.text;
    }
  });
  afterAll(async () => {
    await ds.destroy();
  });

  const found = async (q: string) => {
    const out: Record<string, number[]> = {};
    for (const sort of ['relevance', 'newest'] as const) out[sort] = (await searchQuotes(ds.manager, { q, sort, limit: 20 })).hits.map((h) => h.id).sort((a, b) => a - b);
    return out;
  };
  const only = (...keys: string[]) => {
    const list = keys.map((k) => ids[k]).sort((a, b) => a - b);
    return { relevance: list, newest: list };
  };

  it('finds a word beside a curly quote, a dash, an ellipsis, a no-break space or a guillemet', async () => {
    expect(await found(`${word} peace`)).toEqual(only('scare'));
    expect(await found(`${word} plan`)).toEqual(only('scare'));
    expect(await found(`${word} strong`)).toEqual(only('dash'));
    expect(await found(`${word} waited`)).toEqual(only('ellipsis'));
    expect(await found(`${word} power`)).toEqual(only('nbsp'));
    expect(await found(`${word} reform`)).toEqual(only('guillemets'));
    // the word itself, wrapped in guillemets in its quote
    expect((await found(word)).newest).toEqual(Object.values(ids).sort((a, b) => a - b));
  });

  it('reads a phrase typed with curly quotes as a phrase, and marks its words in the quote’s own characters', async () => {
    expect(await found(`${word} “peace plan”`)).toEqual(only('scare'));
    expect(await found(`${word} “plan peace”`)).toEqual({ relevance: [], newest: [] });
    const [hit] = (await searchQuotes(ds.manager, { q: `${word} “peace plan”`, sort: 'newest', limit: 5 })).hits;
    expect(hit.headline.replace(/[\u0001\u0002]/g, '')).toBe(texts.scare);
    expect(hit.headline).toContain('“\u0001peace\u0002 \u0001plan\u0002”');
    const app = buildTestApp(ds);
    const { agent } = await signedInAgent(app, ds, 'viewer');
    const page = (await agent.get(`/search?q=${encodeURIComponent(`${word} “peace plan”`)}`).expect(200)).text;
    expect(page).toContain('“<mark class="hit">peace</mark> <mark class="hit">plan</mark>”');
  });

  it('turns the database’s vectors back when the migration is undone, and recomputes them when it is done again', async () => {
    const qr = ds.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    try {
      const vector = async () => (await qr.query('SELECT search::text AS v FROM quotes WHERE id = $1', [ids.dash]))[0].v as string;
      expect(await vector()).not.toContain('strong-and');
      // (a later migration's index reads the function too: it goes first, as undoing the migrations in order would
      // have it; the transaction puts it back)
      await qr.query('DROP INDEX IF EXISTS "articles_title_search_idx"');
      await new SearchPunctuation1795572402000().down(qr);
      // as before: the dash glued the words around it
      expect(await vector()).toContain("'strong-and'");
      await new SearchPunctuation1795572402000().up(qr);
      expect(await vector()).not.toContain('strong-and');
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
  });
});

describe('restoreHeadline', () => {
  it('puts the original characters back around the marks', () => {
    expect(restoreHeadline('"\u0001peace\u0002 plan" - done', '“peace plan” — done')).toBe('“\u0001peace\u0002 plan” — done');
  });
  it('leaves a headline that does not line up with the text as it is', () => {
    expect(restoreHeadline('\u0001peace\u0002', '“peace plan”')).toBe('\u0001peace\u0002');
  });
});
