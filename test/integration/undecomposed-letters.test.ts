import request from 'supertest';
import type { DataSource } from 'typeorm';
import { FoldUndecomposedLetters1795572407010 } from '../../migrations/1795572407010-fold-undecomposed-letters';
import { matchKey, normalizeName } from '../../src/services/speaker-names';
import { buildTestApp } from '../support/app';
import { signedInAgent, tokenFor } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { cap, ingest, quoteSpeakers, uniqueTag } from '../support/speakers';

jest.setTimeout(60_000);

describe('names with a letter no Unicode decomposition takes apart (ı, ł, ø, ß …)', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  let viewer: request.Agent;
  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
    viewer = (await signedInAgent(app, ds, 'viewer')).agent;
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('match the name written with plain letters, as accents do', () => {
    expect(normalizeName('Kemal Aydın')).toBe(normalizeName('Kemal Aydin'));
    expect(matchKey('Lech Wałęsa')).toBe(matchKey('Lech Walesa'));
    expect(normalizeName('Søren Ødegård')).toBe('soren odegard');
    expect(normalizeName('Uwe Großmann')).toBe(normalizeName('Uwe Grossmann'));
  });

  it('file an article writing “Aydin” under the stored Aydın, confirm the quote on /verify and find it by the plain name', async () => {
    const sur = `Ayd${uniqueTag(2)}ın`;
    const plain = sur.replace('ı', 'i');
    const province = cap(uniqueTag(3));
    const first = await ingest(
      ds,
      `The confirmed death toll from last week's earthquake in ${province} province has been revised down to 287, Governor Kemal ${sur} said on Monday.\n` +
        `"We apologise for the confusion. The correct figure in ${province} is 287," ${sur} told reporters.`,
      { outlet: 'Anatolia Wire', publishedAt: '2026-10-12' },
    );
    const later = await ingest(
      ds,
      `"Rebuilding the schools of ${province} comes first," Governor Kemal ${plain} said on Thursday, visiting the worst-hit villages.`,
      { outlet: 'Daily Ledger', publishedAt: '2026-10-15' },
    );
    const [speaker] = await quoteSpeakers(ds, first);
    expect(speaker).not.toBeNull();
    expect(await quoteSpeakers(ds, later)).toEqual([speaker]);

    const verdict = (
      await request(app).post('/api/v1/verify').set('Authorization', `Bearer ${token}`)
        .send({ quote: `We apologise for the confusion. The correct figure in ${province} is 287.`, speaker: `Kemal ${plain}` }).expect(200)
    ).body;
    expect(verdict.verdict).toBe('exact');

    // the search page's speaker field takes the name as typed
    const page = (await viewer.get(`/search?q=${province}&speaker=${encodeURIComponent(`Kemal ${plain}`)}`).redirects(1).expect(200)).text;
    expect(page).not.toContain('no speaker goes by');
    expect(page).toContain('2 quotes match.');
  });

  it('are folded in the speakers, aliases and claim keys stored before the change, by the migration', async () => {
    const sur = `Wał${uniqueTag(2)}sa`;
    const folded = normalizeName(sur);
    const [row] = await ds.query(
      `INSERT INTO speakers (name, normalized_name, match_key, surname_key, kind) VALUES ($1, $2, $3, $4, 'person') RETURNING id`,
      [`Lech ${sur}`, `lech ${sur.toLowerCase()}`, `lec ${sur.toLowerCase()}`, sur.toLowerCase()],
    );
    await ds.query(
      `INSERT INTO speaker_aliases (speaker_id, alias, normalized_alias, match_key, kind) VALUES ($1, $2, $3, $4, 'surname'), ($1, $5, $6, $7, 'surname')`,
      [row.id, sur, sur.toLowerCase(), sur.toLowerCase(), folded, folded, folded],
    );
    const runner = ds.createQueryRunner();
    try {
      await new FoldUndecomposedLetters1795572407010().up(runner);
    } finally {
      await runner.release();
    }
    const [s] = await ds.query('SELECT normalized_name, match_key, surname_key FROM speakers WHERE id = $1', [row.id]);
    expect(s).toEqual({ normalized_name: `lech ${folded}`, match_key: matchKey(`Lech ${sur}`), surname_key: expect.not.stringContaining('ł') });
    const aliases = await ds.query('SELECT normalized_alias FROM speaker_aliases WHERE speaker_id = $1', [row.id]);
    expect(aliases).toEqual([{ normalized_alias: folded }]); // the two forms were one name
  });
});
