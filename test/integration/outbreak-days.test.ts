/**
 * An outbreak told over three days by one paper: the region's cases in one topic whatever town the story is filed from,
 * a neighbouring country's count in a topic of its own, the director's correction of Monday's figure as his revision,
 * and each day's higher toll as the toll going on, not a revision.
 */
import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../support/db';
import { cap, ingest, uniqueTag } from '../support/speakers';

jest.setTimeout(120_000);

describe('an outbreak over three days', () => {
  let ds: DataSource;
  const region = `${cap(uniqueTag(3))}ra West`;
  const town = cap(uniqueTag(3)) + 'du';
  // (a country the engine knows: a name of no country reads as anyone's)
  const neighbour = 'Zambia';
  const director = `Festo ${cap(uniqueTag(3))}wa`;
  const surname = director.split(' ')[1];
  let ids: number[];

  beforeAll(async () => {
    ds = await openTestDataSource();
    const day1 = `${town.toUpperCase()} — Health authorities in the ${region} region confirmed an outbreak of cholera on Monday.\n\n`
      + `“We have 46 confirmed cholera cases and three deaths in ${region} as of this morning,” regional health director Dr. ${director} said.\n\n`
      + `Neighbouring ${neighbour} has recorded more than 2,000 cholera cases this year, and officials said they were checking for a link.`;
    const day2 = `${town.toUpperCase()} — The number of confirmed and suspected cholera cases in the country's ${region} region rose to 81 on Tuesday, and deaths rose to five, health officials said, as the outbreak spread to the outskirts of ${town}.\n\n`
      + `Regional health director Dr. ${director} also corrected Monday’s figures. “Yesterday we said 46 cases. After reviewing the registers from the clinics, the correct figure for Monday was 49,” ${surname} said.`;
    const day3 = `${town.toUpperCase()} — Cholera cases in ${region} rose to 97 on Wednesday and one more person died, bringing the death toll to six, health officials said.\n\n`
      + `The agency said it was also helping teams across the border, where a separate outbreak has now recorded 2,310 cholera cases this year.`;
    ids = [];
    for (const [text, day] of [[day1, '2026-11-16'], [day2, '2026-11-17'], [day3, '2026-11-18']]) ids.push(await ingest(ds, text, { publishedAt: day }));
  });
  afterAll(async () => {
    await ds.destroy();
  });

  const claims = async (measure: string) => (await ds.query(
    `SELECT c.value_stated AS value, c.article_id, t.id AS topic, t.label FROM claims c JOIN claim_topics t ON t.id = c.topic_id
     WHERE c.article_id = ANY($1) AND c.measure = $2 ORDER BY c.article_id, c.position`, [ids, measure])) as Array<{ value: number; topic: number; label: string }>;

  it('files the region’s cases of all three days in one topic, and the neighbour’s count in its own', async () => {
    const rows = await claims('cases');
    const byLabel = new Map<string, number[]>();
    for (const r of rows) byLabel.set(r.label, [...(byLabel.get(r.label) ?? []), Number(r.value)]);
    // (“Yesterday we said 46 cases”: the director's figure for Monday said again before he corrects it, read since a
    // sentence's cases are the illness's when the paragraph before names it)
    expect(byLabel.get(`${region} — cases`)).toEqual([46, 81, 46, 49, 97]);
    expect(byLabel.get(`${neighbour} — cases`)).toEqual([2000]);
    // (the separate outbreak's count names no place: a topic of its article alone, not the region's)
    expect([...byLabel.keys()].filter((l) => !l.startsWith('Unspecified subject')).sort()).toEqual([`${neighbour} — cases`, `${region} — cases`].sort());
  });

  it('sees the director’s correction of Monday’s figure as his revision, and no conflict in a rising toll', async () => {
    const [cases] = (await claims('cases')).filter((r) => r.label === `${region} — cases`);
    const findings = await ds.query('SELECT kind, direction, reason FROM claim_findings WHERE topic_id = $1', [cases.topic]);
    expect(findings.map((f: { kind: string; direction: string | null }) => [f.kind, f.direction])).toEqual([['revision', 'raised']]);
    expect(findings[0].reason).toContain('from 46 (2026-11-16) to 49 (2026-11-16, said 2026-11-17)');
    const [deaths] = await claims('deaths');
    expect(await ds.query(`SELECT kind FROM claim_findings WHERE topic_id = $1 AND kind = 'revision'`, [deaths.topic])).toEqual([]);
  });
});
