// An import row whose text was HTML is stored converted to plain text; the row now says so, and
// the import's progress counts such rows (“12 converted from HTML”), as the paste form and the
// API already told of a converted text.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportRowsConvertedFromHtml1795572402300 implements MigrationInterface {
  name = 'ImportRowsConvertedFromHtml1795572402300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_rows" ADD "converted_from_html" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_rows" DROP COLUMN "converted_from_html"`);
  }
}
