// Names read again with the letters no Unicode decomposition takes apart written as plain Latin
// letters (src/core/text/fold-letters.ts): “Kemal Aydın” and “Kemal Aydin”, “Lech Wałęsa” and
// “Lech Walesa” were two names to every lookup, so an article writing the name the English way
// made a second speaker, /verify said the words were someone else's, and the speaker filter
// knew no such name. Only the rows holding such a letter are read and written. An alias whose
// new form a sibling already has is dropped (the two were one name); so is a sighting.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { matchKey, nameParts, normalizeName } from '../src/services/speaker-names';

const LETTERS = `'[ıłŁøØđĐðÐħĦßẞæÆœŒþÞ]'`;
/** The same fold in SQL, for keys already in lower case. */
const FOLD_SQL = (col: string) =>
  `replace(replace(replace(replace(translate(${col}, 'ıłøđðħ', 'iloddh'), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), 'þ', 'th')`;

export class FoldUndecomposedLetters1795572407010 implements MigrationInterface {
  name = 'FoldUndecomposedLetters1795572407010';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const speakers: Array<{ id: number; name: string; kind: string }> = await queryRunner.query(`SELECT id, name, kind FROM speakers WHERE name ~ ${LETTERS}`);
    if (speakers.length) {
      await queryRunner.query(
        `UPDATE speakers s SET normalized_name = x.n, match_key = x.k, surname_key = CASE WHEN s.kind = 'person' THEN x.sk ELSE s.surname_key END
           FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS x(id, n, k, sk) WHERE s.id = x.id`,
        [speakers.map((s) => s.id), speakers.map((s) => normalizeName(s.name)), speakers.map((s) => matchKey(s.name)), speakers.map((s) => nameParts(s.name).surname)],
      );
    }
    const aliases: Array<{ id: number; speaker_id: number; alias: string; normalized_alias: string }> = await queryRunner.query(
      `SELECT id, speaker_id, alias, normalized_alias FROM speaker_aliases WHERE alias ~ ${LETTERS} ORDER BY id`,
    );
    if (aliases.length) {
      const taken = new Set<string>(
        ((await queryRunner.query(`SELECT speaker_id, normalized_alias FROM speaker_aliases WHERE speaker_id = ANY($1::int[]) AND NOT (alias ~ ${LETTERS})`, [
          [...new Set(aliases.map((a) => a.speaker_id))],
        ])) as Array<{ speaker_id: number; normalized_alias: string }>).map((a) => `${a.speaker_id}:${a.normalized_alias}`),
      );
      const keep: Array<{ id: number; n: string; k: string }> = [];
      const drop: number[] = [];
      for (const a of aliases) {
        const n = normalizeName(a.alias);
        const key = `${a.speaker_id}:${n}`;
        if (taken.has(key)) drop.push(a.id);
        else {
          taken.add(key);
          keep.push({ id: a.id, n, k: matchKey(a.alias) });
        }
      }
      if (drop.length) await queryRunner.query('DELETE FROM speaker_aliases WHERE id = ANY($1::int[])', [drop]);
      if (keep.length) {
        await queryRunner.query(
          `UPDATE speaker_aliases a SET normalized_alias = x.n, match_key = x.k FROM unnest($1::int[], $2::text[], $3::text[]) AS x(id, n, k) WHERE a.id = x.id`,
          [keep.map((a) => a.id), keep.map((a) => a.n), keep.map((a) => a.k)],
        );
      }
    }
    // sightings of a form, keyed by it: the folded form once per article and speaker
    await queryRunner.query(
      `INSERT INTO article_alias_sightings (article_id, speaker_id, normalized_alias)
       SELECT article_id, speaker_id, ${FOLD_SQL('normalized_alias')} FROM article_alias_sightings WHERE normalized_alias ~ ${LETTERS}
       ON CONFLICT DO NOTHING`,
    );
    await queryRunner.query(`DELETE FROM article_alias_sightings WHERE normalized_alias ~ ${LETTERS}`);
    // the keys claims are compared by (a speaker's, a cited source's), folded the same way
    await queryRunner.query(`UPDATE claims SET speaker_key = ${FOLD_SQL('speaker_key')} WHERE speaker_key ~ ${LETTERS}`);
    await queryRunner.query(`UPDATE claims SET cited_source_key = ${FOLD_SQL('cited_source_key')} WHERE cited_source_key ~ ${LETTERS}`);
  }

  public async down(): Promise<void> {
    // The keys are derived from the names; the unfolded ones matched less and are not restored.
  }
}
