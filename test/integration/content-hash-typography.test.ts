import { createHash } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { ContentHashTypography1795572409010 } from '../../migrations/1795572409010-content-hash-typography';
import { contentHash } from '../../src/services/article-input';
import { buildTestApp } from '../support/app';
import { tokenFor } from '../support/auth';
import { openFreshDatabase, openTestDataSource } from '../support/db';
import { cap, uniqueTag } from '../support/speakers';

jest.setTimeout(120_000);

/** The hash stored before typography was folded. */
const legacyHash = (text: string) => createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');

describe('an article re-sent with its typography changed', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await openTestDataSource();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('is recognised as the stored article when its curly quotes, dashes and ellipsis come back straightened', async () => {
    const app = buildTestApp(ds);
    const token = await tokenFor(ds, 'editor');
    const mayor = `Ines ${cap(uniqueTag(3))}`;
    const text =
      `The ${cap(uniqueTag(3))} river burst its banks on Sunday — the third flood this decade.\n\n` +
      `“We will rebuild every school before the winter,” Mayor ${mayor} said on Monday. “It’s not a promise… it’s a plan.”`;
    const first = await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`)
      .send({ title: 'Flood', text, publishedAt: '2026-03-02' }).expect(201);
    const straightened = text.replace(/[“”]/g, '"').replace(/’/g, "'").replace(/—/g, '--').replace(/…/g, '...');
    expect(straightened).not.toBe(text);
    const again = await request(app).post('/api/v1/articles').set('Authorization', `Bearer ${token}`)
      .send({ title: 'Flood', text: straightened, publishedAt: '2026-03-02' }).expect(200);
    expect(again.body).toMatchObject({ duplicate: true, article: { id: first.body.article.id } });
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM articles WHERE title = $1 AND body LIKE $2', ['Flood', `%${mayor}%`]);
    expect(n).toBe(1);
  });

  it('finds the articles stored before the change through the migration, which merges or loses none of them', async () => {
    const admin = ds;
    const { db, drop } = await openFreshDatabase(admin);
    try {
      const curly = '“The bridge is safe,” the engineer said — twice.';
      const straight = '"The bridge is safe," the engineer said - twice.';
      const alone = '“Nobody was hurt,” the fire chief said…';
      const decomposed = 'Café owner Zoë Müller said the square was full.'.normalize('NFD');
      const guillemets = '« We stay », the farmers said.';
      const quoted = '“ We stay ”, the farmers said.';
      const plain = 'The council met on Monday.';
      const ids: Record<string, number> = {};
      for (const [key, body] of Object.entries({ curly, straight, alone, decomposed, guillemets, quoted, plain })) {
        const [{ id }] = await db.query(`INSERT INTO articles (title, body, content_hash, source) VALUES ($1, $2, $3, 'api') RETURNING id`, [key, body, legacyHash(body)]);
        ids[key] = id;
      }
      const hashes = async () =>
        Object.fromEntries(((await db.query('SELECT title, content_hash FROM articles')) as Array<{ title: string; content_hash: string }>).map((r) => [r.title, r.content_hash.trim()]));
      const runner = db.createQueryRunner();
      try {
        await new ContentHashTypography1795572409010().up(runner);
        const after = await hashes();
        expect(after.alone).toBe(contentHash(alone));
        expect(after.decomposed).toBe(contentHash(decomposed));
        expect(after.straight).toBe(contentHash(curly)); // already in the plain form
        expect(after.curly).toBe(legacyHash(curly)); // its new hash was another article's: kept
        expect(after.guillemets).toBe(contentHash(guillemets)); // the first of two in one batch takes it
        expect(after.quoted).toBe(legacyHash(quoted));
        expect(after.plain).toBe(legacyHash(plain));
        const [{ n }] = await db.query('SELECT count(*)::int AS n FROM articles');
        expect(n).toBe(7);

        // run again: nothing left to change
        await new ContentHashTypography1795572409010().up(runner);
        expect(await hashes()).toEqual(after);

        await new ContentHashTypography1795572409010().down(runner);
        const before = await hashes();
        expect(before.alone).toBe(legacyHash(alone));
        expect(before.decomposed).toBe(legacyHash(decomposed));
        expect(before.guillemets).toBe(legacyHash(guillemets));
        expect(before.plain).toBe(legacyHash(plain));
      } finally {
        await runner.release();
      }
    } finally {
      await drop();
    }
  });
});
