// Data: the filing date of every stored quote, from its article.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BackfillQuoteSaidAt1795572400100 implements MigrationInterface {
  name = 'BackfillQuoteSaidAt1795572400100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE quotes q SET said_at = coalesce(a.published_at, a.created_at) FROM articles a WHERE a.id = q.article_id AND q.said_at IS NULL`,
    );
  }

  public async down(): Promise<void> {
    // The column goes with the previous migration's down.
  }
}
