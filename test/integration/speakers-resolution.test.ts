import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../support/db';
import { cap, ingest, quoteSpeakers, uniqueTag } from '../support/speakers';

describe('speaker identity across articles', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await openTestDataSource();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('puts full name, surname, spelling variant and initials from different outlets on one speaker', async () => {
    const tag = uniqueTag();
    const full = `Ali Shamk${tag}ani`;
    const a1 = await ingest(
      ds,
      `Secretary of Iran’s Supreme National Security Council (SNSC) ${full} met the Russian envoy in Tehran on Sunday.\n“The liberation of Aleppo exposed the West,” Shamk${tag}ani said.`,
      { outlet: 'Press TV', publishedAt: '2016-12-18' },
    );
    const a2 = await ingest(
      ds,
      `Iranian security chief Ali Shamk${tag}any said on Monday that talks would continue.\n“We will not retreat from Aleppo,” Shamk${tag}any told reporters.`,
      { outlet: 'Reuters', publishedAt: '2016-12-19' },
    );
    const a3 = await ingest(ds, `“Aleppo is a turning point,” said A. Shamk${tag}ani, the Iranian official.`, {
      outlet: 'AFP',
      publishedAt: '2016-12-20',
    });
    const a4 = await ingest(
      ds,
      `“Aid must reach Aleppo,” said Shamk${tag}ani, secretary of the Supreme National Security Council.`,
      { outlet: 'IRNA', publishedAt: '2017-01-05' },
    );
    const [s1] = await quoteSpeakers(ds, a1);
    expect(s1).not.toBeNull();
    const s2 = await quoteSpeakers(ds, a2);
    expect(s2.length).toBeGreaterThan(0);
    expect(s2.every((s) => s === s1)).toBe(true);
    expect(await quoteSpeakers(ds, a3)).toEqual([s1]);
    expect((await quoteSpeakers(ds, a4)).every((s) => s === s1)).toBe(true);

    const [speaker] = await ds.query('SELECT name, quote_count, first_quoted_at, last_quoted_at FROM speakers WHERE id = $1', [s1]);
    expect(speaker.name).toBe(full);
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM quotes WHERE speaker_id = $1', [s1]);
    expect(speaker.quote_count).toBe(n);
    expect(speaker.first_quoted_at.toISOString().slice(0, 10)).toBe('2016-12-18');

    const aliases = await ds.query('SELECT alias, kind, article_id FROM speaker_aliases WHERE speaker_id = $1 ORDER BY id', [s1]);
    const byAlias = new Map(aliases.map((a: { alias: string; kind: string; article_id: number }) => [a.alias, a]));
    expect(byAlias.get(`Ali Shamk${tag}any`)).toMatchObject({ kind: 'variant', article_id: a2 });
    expect(byAlias.get(`Shamk${tag}ani`)).toMatchObject({ kind: 'surname', article_id: a1 });

    const roles = await ds.query(
      `SELECT title, organisation, organisation_abbreviation AS abbr, country, first_stated_at, last_stated_at, article_count
         FROM speaker_roles WHERE speaker_id = $1 ORDER BY first_stated_at`,
      [s1],
    );
    expect(roles[0]).toMatchObject({ title: 'Secretary', organisation: 'Supreme National Security Council', abbr: 'SNSC', country: 'Iran' });
    expect(roles[0].first_stated_at.toISOString().slice(0, 10)).toBe('2016-12-18');
  });

  it('keeps different people with the same surname apart', async () => {
    const sur = cap(`vel${uniqueTag()}`);
    const a = await ingest(ds, `“We are ready,” said Maria ${sur}, the mayor of Lagos.\n“We are not,” said Peter ${sur}, a trader in Abuja.`);
    const [maria, peter] = await quoteSpeakers(ds, a);
    expect(maria).not.toBeNull();
    expect(peter).not.toBeNull();
    expect(maria).not.toBe(peter);
    const b = await ingest(ds, `“The budget is late,” said Peter ${sur} on Friday.`);
    expect(await quoteSpeakers(ds, b)).toEqual([peter]);
  });

  it('does not merge a bare surname without evidence, and lists it for review with a confidence', async () => {
    const sur = cap(`dor${uniqueTag()}`);
    await ingest(ds, `Foreign Minister Lena ${sur} of Norway spoke in Oslo.\n“Talks will resume,” ${sur} said.`);
    await ingest(ds, `“Prices will rise,” said Tomas ${sur}, a banker.`);
    const c = await ingest(ds, `“The talks failed,” ${sur} said on Tuesday.`);
    const [bare] = await quoteSpeakers(ds, c);
    const [row] = await ds.query('SELECT name FROM speakers WHERE id = $1', [bare]);
    expect(row.name).toBe(sur);
    const reviews = await ds.query(
      `SELECT m.confidence, m.reason, c.name FROM speaker_match_candidates m JOIN speakers c ON c.id = m.candidate_id
        WHERE m.speaker_id = $1 AND m.status = 'open' ORDER BY c.name`,
      [bare],
    );
    expect(reviews.map((r: { name: string }) => r.name)).toEqual([`Lena ${sur}`, `Tomas ${sur}`]);
    for (const r of reviews) expect(r.confidence).toBeLessThan(0.7);
  });

  it('proposes, never merges, a given name a letter apart with the same surname and role (“Hanna Lidd” beside spokeswoman Hanne Lid)', async () => {
    const sur = `Li${uniqueTag()}d`;
    const org = `${cap(uniqueTag(3))}ora`;
    const [hanne] = await quoteSpeakers(ds, await ingest(ds, `“The fault is fixed,” said ${org} spokeswoman Hanne ${sur}.`));
    const [hanna] = await quoteSpeakers(ds, await ingest(ds, `“No injuries were linked to the fault,” said company spokeswoman Hanna ${sur}d.`));
    expect(hanna).not.toBeNull();
    expect(hanna).not.toBe(hanne);
    const reviews = await ds.query(
      `SELECT m.candidate_id, m.confidence, m.reason FROM speaker_match_candidates m WHERE m.speaker_id = $1 AND m.status = 'open'`,
      [hanna],
    );
    expect(reviews).toEqual([expect.objectContaining({ candidate_id: hanne, reason: expect.stringContaining(`spelled nearly as Hanne ${sur}`) })]);
    expect(reviews[0].confidence).toBeLessThan(0.7);
    // a different given name at the same company, or the same near name in another role, is not proposed
    const [other] = await quoteSpeakers(ds, await ingest(ds, `“Trains run again,” said ${org} spokeswoman Greta ${sur}.`));
    const [elsewhere] = await quoteSpeakers(ds, await ingest(ds, `“The harvest is late,” said Hanno ${sur}, a farmer in Kalix.`));
    for (const id of [other, elsewhere]) {
      const rows = await ds.query(`SELECT candidate_id FROM speaker_match_candidates WHERE speaker_id = $1 AND candidate_id = $2`, [id, hanne]);
      expect(rows).toEqual([]);
    }
  });

  it('matches a bare surname when the organisation confirms it', async () => {
    const sur = cap(`mar${uniqueTag()}`);
    const a = await ingest(ds, `Secretary of Iran’s Supreme National Security Council (SNSC) Hassan ${sur} met envoys.\n“We stand firm,” ${sur} said.`);
    const [full] = await quoteSpeakers(ds, a);
    const b = await ingest(ds, `“Aid must flow,” said ${sur}, secretary of the Supreme National Security Council.`);
    const ids = await quoteSpeakers(ds, b);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((s) => s === full)).toBe(true);
  });

  it('matches a bare surname by the role an apposition gives it later in the article', async () => {
    const sur = cap(`cas${uniqueTag()}`);
    const a = await ingest(ds, `Health Minister Ana ${sur} said 40 people had died. “We have confirmed 40 deaths so far,” ${sur} said.`, { publishedAt: '2025-08-04' });
    const b = await ingest(
      ds,
      `“Every death is published on the day its certificate is signed,” ${sur} said.\n${sur}, the health minister, said 71 people had now died.`,
      { publishedAt: '2025-08-09' },
    );
    const [ana] = await quoteSpeakers(ds, a);
    expect(await quoteSpeakers(ds, b)).toEqual([ana]);
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM speakers WHERE name = $1', [sur]);
    expect(n).toBe(0);
  });

  it('matches a bare surname whose role is the stored role’s head noun (“the group’s coordinator”, “the minister”)', async () => {
    const sur = cap(`ade${uniqueTag()}`);
    const other = cap(`ros${uniqueTag()}`);
    const a = await ingest(ds, `Miriam ${sur}, the emergency coordinator for Relief Without Borders, said volunteers had counted the dead.\n“We are still finding people,” ${sur} said.`);
    const b = await ingest(ds, `Interior Minister Pavel ${other} spoke in the capital.\n“We will rebuild,” ${other} said.`);
    const c = await ingest(
      ds,
      `Relief Without Borders said its figure had not changed. ${sur}, the group's coordinator, said the gap was “mostly people not yet identified.”\n` +
        `${other}, the minister, said the work would take two years. “It will be done,” ${other} said.`,
    );
    const [miriam] = await quoteSpeakers(ds, a);
    const [pavel] = await quoteSpeakers(ds, b);
    const ids = new Set(await quoteSpeakers(ds, c));
    expect(ids).toEqual(new Set([miriam, pavel]));
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM speakers WHERE name = ANY($1)', [[sur, other]]);
    expect(n).toBe(0);
  });

  it('stores one speaker when two articles naming a new person arrive at once', async () => {
    const name = `Ines ${cap(`kal${uniqueTag()}`)}`;
    const [a, b] = await Promise.all([
      ingest(ds, `“The river is rising,” said ${name}, the engineer.`),
      ingest(ds, `“The dam will hold,” said ${name} on Monday.`),
    ]);
    const [sa] = await quoteSpeakers(ds, a);
    const [sb] = await quoteSpeakers(ds, b);
    expect(sa).toBe(sb);
  });
});
