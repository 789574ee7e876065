// A phrase counts every word in it: "is not a criminal" must not find "is a criminal". The quotes'
// configuration drops the English stop words — “not”, “no”, “a”, “was” among them — so both phrases
// were 'crimin' alone. A second configuration, the same but for a stemmer that keeps every word, is
// what a search rechecks the quotes its index found against when a phrase holds such a word. It
// only defines the configuration: no table is read or rewritten, and the stored vectors and their
// indexes stay as they are (the recheck reads each candidate's text), so it runs in milliseconds
// whatever the size of the archive.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchPhraseWords1795572402510 implements MigrationInterface {
  name = 'SearchPhraseWords1795572402510';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TEXT SEARCH DICTIONARY "whosaid_english_stem_all" (TEMPLATE = snowball, Language = english)`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION "whosaid_english_all" (COPY = "whosaid_english")`);
    await queryRunner.query(`ALTER TEXT SEARCH CONFIGURATION "whosaid_english_all" ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH "whosaid_english_stem_all"`);
    await queryRunner.query(`ALTER TEXT SEARCH CONFIGURATION "whosaid_english_all" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, "whosaid_english_stem_all"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION "whosaid_english_all"`);
    await queryRunner.query(`DROP TEXT SEARCH DICTIONARY "whosaid_english_stem_all"`);
  }
}
