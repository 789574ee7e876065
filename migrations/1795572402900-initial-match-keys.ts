// Match keys of names with a one-letter word, read again: an initial now folds as the first
// letter of a name does, where before “H” folded to nothing (the rule for “Abdallah” /
// “Abdalla”) and “X” to two letters, so “H. Clinton” had the key “ clinton” and matched no
// Hillary Clinton. Only the speakers and aliases whose keys change are written.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { matchKey, nameParts } from '../src/services/speaker-names';

export class InitialMatchKeys1795572402900 implements MigrationInterface {
  name = 'InitialMatchKeys1795572402900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const speakers: Array<{ id: number; name: string; kind: string; match_key: string; surname_key: string | null }> = await queryRunner.query(
      `SELECT id, name, kind, match_key, surname_key FROM speakers WHERE name ~ '(^|[^[:alnum:]])[[:alpha:]]([^[:alnum:]]|$)'`,
    );
    const changed = speakers
      .map((s) => ({ id: s.id, key: matchKey(s.name), surname: s.kind === 'person' ? nameParts(s.name).surname : s.surname_key, old: s }))
      .filter((s) => s.key !== s.old.match_key || s.surname !== s.old.surname_key);
    if (changed.length) {
      await queryRunner.query(
        `UPDATE speakers s SET match_key = x.k, surname_key = x.sk FROM unnest($1::int[], $2::text[], $3::text[]) AS x(id, k, sk) WHERE s.id = x.id`,
        [changed.map((s) => s.id), changed.map((s) => s.key), changed.map((s) => s.surname)],
      );
    }
    const aliases: Array<{ id: number; alias: string; match_key: string }> = await queryRunner.query(
      `SELECT id, alias, match_key FROM speaker_aliases WHERE alias ~ '(^|[^[:alnum:]])[[:alpha:]]([^[:alnum:]]|$)'`,
    );
    const changedAliases = aliases.map((a) => ({ id: a.id, key: matchKey(a.alias), old: a.match_key })).filter((a) => a.key !== a.old);
    if (changedAliases.length) {
      await queryRunner.query(
        `UPDATE speaker_aliases a SET match_key = x.k FROM unnest($1::int[], $2::text[]) AS x(id, k) WHERE a.id = x.id`,
        [changedAliases.map((a) => a.id), changedAliases.map((a) => a.key)],
      );
    }
  }

  public async down(): Promise<void> {
    // Keys are derived from the names; the old ones were wrong and are not restored.
  }
}
