// The default rating scale ended with “Unsupported”, so ClaimReview gave it ratingValue 1, the worst,
// and “False” 2: readers of the markup took a claim nobody could check for worse than one shown to be
// wrong. The default now ends with “False”. An installation that saved the old default unchanged in
// its settings (the admin page stores the scale as shown) gets the new order too; a scale an editor
// wrote differently is theirs and stays as it is. Verdicts keep the value they were given when made
// (they are append-only).
import type { MigrationInterface, QueryRunner } from 'typeorm';

const UNSUPPORTED = { label: 'Unsupported', definition: 'There is no evidence for the claim, or the evidence does not allow a conclusion.' };
const FALSE = { label: 'False', definition: 'The claim is wrong.' };
const HEAD = [
  { label: 'Accurate', definition: 'The claim is correct and nothing significant is missing.' },
  { label: 'Mostly accurate', definition: 'The claim is correct but needs clarification or additional information.' },
  { label: 'Mixed', definition: 'The claim is partly correct and partly wrong.' },
  { label: 'Misleading', definition: 'The claim contains correct elements but gives a wrong impression.' },
];
const OLD = JSON.stringify([...HEAD, FALSE, UNSUPPORTED]);
const NEW = JSON.stringify([...HEAD, UNSUPPORTED, FALSE]);

export class RatingScaleFalseWorst1795572402700 implements MigrationInterface {
  name = 'RatingScaleFalseWorst1795572402700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "settings" SET "value" = $2::jsonb, "updated_at" = now() WHERE "key" = 'rating_scale' AND "value" = $1::jsonb`, [OLD, NEW]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "settings" SET "value" = $2::jsonb, "updated_at" = now() WHERE "key" = 'rating_scale' AND "value" = $1::jsonb`, [NEW, OLD]);
  }
}
