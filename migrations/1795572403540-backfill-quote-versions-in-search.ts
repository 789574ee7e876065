// Fills the flags of migration 1795572403530 for the quotes stored before it: those of articles a
// newer version replaced are no longer current, and those whose words a later version of their page
// holds are superseded. Only the quotes of versioned pages are written.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BackfillQuoteVersionsInSearch1795572403540 implements MigrationInterface {
  name = 'BackfillQuoteVersionsInSearch1795572403540';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE quotes q SET article_current = false FROM articles a WHERE a.id = q.article_id AND NOT a.is_current AND q.article_current`);
    await queryRunner.query(`SELECT quotes_mark_superseded(ARRAY(SELECT id FROM articles WHERE previous_version_id IS NOT NULL))`);
    await queryRunner.query(`ANALYZE "quotes"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE quotes SET article_current = true, superseded = false WHERE NOT article_current OR superseded`);
  }
}
