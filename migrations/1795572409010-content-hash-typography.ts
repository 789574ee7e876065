// Article texts hashed again in their typographic-neutral form (src/services/article-input.ts,
// `hashedForm`): a text re-sent with its curly quotes straightened, "--" for a dash or its
// accents decomposed was a second article. Only rows holding a character the new form changes
// are read; a row whose new hash is already another article's keeps its old one, so two
// articles stored before this change stay two (nothing is merged or lost), and later copies of
// that text are found as the one holding the new hash.
import { createHash } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { contentHash } from '../src/services/article-input';

/** Characters the hashed form writes otherwise (combining marks stand for a text not yet composed). */
const CHANGED = `'[\u00AD\u200B-\u200D\u2060\uFEFF\u201C-\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02\u2018-\u201B\u2039\u203A\u2032\uFF07\u2026\u2010-\u2015\u2212\u0300-\u036F]|--'`;
const BATCH = 500;

/** The hash before this change: white space folded only. */
function previousHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

async function rehash(queryRunner: QueryRunner, hash: (text: string) => string): Promise<void> {
  for (let after = 0; ; ) {
    const rows: Array<{ id: number; body: string; content_hash: string; repeat: boolean }> = await queryRunner.query(
      `SELECT id, body, content_hash, same_text_as_id IS NOT NULL AS repeat FROM articles WHERE id > $1 AND body ~ ${CHANGED} ORDER BY id LIMIT ${BATCH}`,
      [after],
    );
    if (!rows.length) return;
    after = rows[rows.length - 1].id;
    const inBatch = new Set<string>();
    const ids: number[] = [];
    const hashes: string[] = [];
    for (const r of rows) {
      const h = hash(r.body);
      if (h === r.content_hash.trim()) continue;
      // two rows of this batch with one new hash: the first takes it (the statement below sees
      // the others' old hashes only)
      if (!r.repeat) {
        if (inBatch.has(h)) continue;
        inBatch.add(h);
      }
      ids.push(r.id);
      hashes.push(h);
    }
    if (!ids.length) continue;
    await queryRunner.query(
      `UPDATE articles a SET content_hash = x.h
         FROM unnest($1::int[], $2::bpchar[]) AS x(id, h)
        WHERE a.id = x.id
          AND (a.same_text_as_id IS NOT NULL
               OR NOT EXISTS (SELECT 1 FROM articles o WHERE o.content_hash = x.h AND o.same_text_as_id IS NULL AND o.id <> a.id))`,
      [ids, hashes],
    );
  }
}

export class ContentHashTypography1795572409010 implements MigrationInterface {
  name = 'ContentHashTypography1795572409010';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await rehash(queryRunner, contentHash);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await rehash(queryRunner, previousHash);
  }
}
