import type { DataSource } from 'typeorm';
import { proposeSpeakerMatches } from '../../src/services/propose-speaker-matches';
import { matchKey, nameParts, normalizeName } from '../../src/services/speaker-names';
import { openFreshDatabase, openTestDataSource } from '../support/db';
import { ingest, quoteSpeakers } from '../support/speakers';

jest.setTimeout(60_000);

/** Speaker ids of an article's quotes, by the words that open each quote. */
async function speakersByQuote(ds: DataSource, articleId: number): Promise<Map<string, number | null>> {
  const rows = await ds.query('SELECT text, speaker_id FROM quotes WHERE article_id = $1 ORDER BY position', [articleId]);
  return new Map(rows.map((r: { text: string; speaker_id: number | null }) => [r.text.split(' ').slice(0, 3).join(' '), r.speaker_id]));
}

async function nameOf(ds: DataSource, id: number | null): Promise<string | null> {
  const [row] = await ds.query('SELECT name FROM speakers WHERE id = $1', [id]);
  return row?.name ?? null;
}

/** Open possible matches, as “name → name (confidence)”. */
async function openMatches(ds: DataSource): Promise<string[]> {
  const rows = await ds.query(
    `SELECT s.name AS speaker, c.name AS candidate, m.confidence FROM speaker_match_candidates m
       JOIN speakers s ON s.id = m.speaker_id JOIN speakers c ON c.id = m.candidate_id
      WHERE m.status = 'open' ORDER BY s.name, c.name`,
  );
  return rows.map((r: { speaker: string; candidate: string; confidence: number }) => `${r.speaker} → ${r.candidate} (${r.confidence.toFixed(2)})`);
}

describe('a middle name or initial more or less is the same person, when only one stored person fits', () => {
  let admin: DataSource;
  let fresh: Awaited<ReturnType<typeof openFreshDatabase>>;
  let ds: DataSource;
  beforeAll(async () => {
    admin = await openTestDataSource();
    fresh = await openFreshDatabase(admin);
    ds = fresh.db;
  });
  afterAll(async () => {
    await fresh.drop();
    await admin.destroy();
  });

  it('files “Donald J. Trump” and “Donald John Trump” under Donald Trump, never under Ivanka Trump or Donald Trump Jr.', async () => {
    const first = await ingest(
      ds,
      `“My father will be a great president,” Ivanka Trump told the convention in Cleveland on Thursday.\n` +
        `“We will make America great again,” said Donald Trump, the Republican nominee.`,
      { publishedAt: '2016-07-21' },
    );
    const before = await speakersByQuote(ds, first);
    const ivanka = before.get('My father will')!;
    const donald = before.get('We will make')!;
    expect(ivanka).not.toBe(donald);

    const middleInitial = await ingest(ds, `“We are going to win so much,” said Donald J. Trump, the Republican nominee, at a rally in Ohio on Tuesday.`, {
      publishedAt: '2016-08-02',
    });
    const middleName = await ingest(ds, `Donald John Trump, the Republican nominee, told supporters in Florida: “The polls are rigged.”`, {
      publishedAt: '2016-10-12',
    });
    const son = await ingest(ds, `“Dad is the real deal,” said Donald Trump Jr. at the convention.`, { publishedAt: '2016-07-20' });
    expect(await quoteSpeakers(ds, middleInitial)).toEqual([donald]);
    expect(await quoteSpeakers(ds, middleName)).toEqual([donald]);
    const [junior] = await quoteSpeakers(ds, son);
    expect(junior).not.toBe(donald);
    expect(await nameOf(ds, junior)).toBe('Donald Trump Jr');

    const aliases = await ds.query('SELECT alias, kind FROM speaker_aliases WHERE speaker_id = $1 ORDER BY id', [donald]);
    expect(aliases).toEqual(expect.arrayContaining([{ alias: 'Donald J Trump', kind: 'variant' }, { alias: 'Donald John Trump', kind: 'variant' }]));
    const [{ quotes }] = await ds.query('SELECT quote_count AS quotes FROM speakers WHERE id = $1', [ivanka]);
    expect(quotes).toBe(1);
  });

  it('files “Hillary Rodham Clinton”, “Hillary R. Clinton” and “H. Clinton” under Hillary Clinton and “B. Clinton” under Bill', async () => {
    const first = await ingest(
      ds,
      `“The Clinton Foundation saves lives,” Bill Clinton said on Sunday in New York.\n“We have nothing to hide,” said Hillary Clinton, the Democratic nominee.`,
      { publishedAt: '2016-08-28' },
    );
    const before = await speakersByQuote(ds, first);
    const bill = before.get('The Clinton Foundation')!;
    const hillary = before.get('We have nothing')!;
    expect(bill).not.toBe(hillary);

    const rodham = await ingest(ds, `“We cannot afford to wait,” Hillary Rodham Clinton told voters in Iowa on Monday.`);
    const initial = await ingest(ds, `“The economy is stronger,” Hillary R. Clinton said in a speech in Denver.`);
    const firstInitial = await ingest(ds, `“I am with her,” said H. Clinton at a rally in Philadelphia.`);
    const his = await ingest(ds, `“I was proud to sign that bill,” B. Clinton said of the 1994 law.`);
    expect(await quoteSpeakers(ds, rodham)).toEqual([hillary]);
    expect(await quoteSpeakers(ds, initial)).toEqual([hillary]);
    expect(await quoteSpeakers(ds, firstInitial)).toEqual([hillary]);
    expect(await quoteSpeakers(ds, his)).toEqual([bill]);
  });

  it('does not choose between George W. and George H. W. Bush for “George Bush”, and never takes Jeb for either', async () => {
    const a = await ingest(ds, `“I am running as my own man,” Jeb Bush said in Miami.\n“My brother kept us safe,” said George W. Bush.`, { publishedAt: '2015-06-15' });
    const b = await ingest(ds, `“Read my lips: no new taxes,” said George H. W. Bush at the convention in New Orleans.`, { publishedAt: '1988-08-18' });
    const byQuote = await speakersByQuote(ds, a);
    const jeb = byQuote.get('I am running')!;
    const georgeW = byQuote.get('My brother kept')!;
    const [georgeHW] = await quoteSpeakers(ds, b);
    expect(new Set([jeb, georgeW, georgeHW]).size).toBe(3);

    const c = await ingest(ds, `“We will stand with our allies,” said George Bush in Houston.`);
    const [george] = await quoteSpeakers(ds, c);
    expect([jeb, georgeW, georgeHW]).not.toContain(george);
    const matches = await openMatches(ds);
    expect(matches).toEqual(expect.arrayContaining(['George Bush → George H W Bush (0.55)', 'George Bush → George W Bush (0.55)']));
    expect(matches.filter((m) => m.includes('Jeb'))).toEqual([]);
  });
});

describe('speakers propose: stored names of one person listed for review', () => {
  let admin: DataSource;
  let fresh: Awaited<ReturnType<typeof openFreshDatabase>>;
  let ds: DataSource;
  beforeAll(async () => {
    admin = await openTestDataSource();
    fresh = await openFreshDatabase(admin);
    ds = fresh.db;
  });
  afterAll(async () => {
    await fresh.drop();
    await admin.destroy();
  });

  /** A speaker as an archive stored before these rules kept it, with its quote count and how often articles called it by the surname alone. */
  async function stored(name: string, quotes: number, surnameSightings = 0): Promise<number> {
    const [{ id }] = await ds.query(
      `INSERT INTO speakers (name, normalized_name, match_key, surname_key, kind, quote_count) VALUES ($1, $2, $3, $4, 'person', $5) RETURNING id`,
      [name, normalizeName(name), matchKey(name), nameParts(name).surname, quotes],
    );
    if (surnameSightings) {
      const surname = name.split(' ').pop()!;
      await ds.query(`INSERT INTO speaker_aliases (speaker_id, alias, normalized_alias, match_key, kind, seen_count) VALUES ($1, $2, $3, $4, 'surname', $5)`, [
        id, surname, normalizeName(surname), matchKey(surname), surnameSightings,
      ]);
    }
    return id;
  }

  it('proposes each name of one person for merging into the most quoted, and headline words before a name, but never two people', async () => {
    // The article the headline words came from: “asserting” and “six” are words it writes in lower case.
    await ingest(
      ds,
      `Asserting Clinton Lied, Six Trump Aides Resign\nSix aides left the campaign on Friday, asserting that the candidate had ignored their advice. ` +
        `“We could not go on,” said Mark Ellison, one of the six.`,
    );
    const donald = await stored('Donald Trump', 15525, 8870);
    const donaldJ = await stored('Donald J Trump', 5103, 1332);
    const donaldJohn = await stored('Donald John Trump', 1);
    const ivanka = await stored('Ivanka Trump', 69, 5);
    const six = await stored('Six Trump', 6);
    const hillary = await stored('Hillary Clinton', 9629, 6402);
    const rodham = await stored('Hillary Rodham Clinton', 2801, 604);
    const h = await stored('H Clinton', 1);
    await stored('Bill Clinton', 109, 51);
    const asserting = await stored('Asserting Clinton', 6);
    await stored('Jeb Bush', 77);
    await stored('George W Bush', 22);
    await stored('George H W Bush', 12);
    const georgeBush = await stored('George Bush', 3);

    const result = await proposeSpeakerMatches({ dataSource: ds });
    expect(result.proposed).toBe(6);
    const rows: Array<{ speaker_id: number; candidate_id: number; confidence: number }> = await ds.query(
      `SELECT speaker_id, candidate_id, confidence FROM speaker_match_candidates WHERE status = 'open' ORDER BY speaker_id`,
    );
    const proposed = new Map(rows.map((r) => [r.speaker_id, r]));
    expect(proposed.get(donaldJ)).toMatchObject({ candidate_id: donald, confidence: 0.9 });
    expect(proposed.get(donaldJohn)).toMatchObject({ candidate_id: donald, confidence: 0.9 });
    expect(proposed.get(rodham)).toMatchObject({ candidate_id: hillary, confidence: 0.9 });
    expect(proposed.get(h)).toMatchObject({ candidate_id: hillary, confidence: 0.9 });
    expect(proposed.get(six)).toMatchObject({ candidate_id: donald, confidence: 0.5 });
    expect(proposed.get(asserting)).toMatchObject({ candidate_id: hillary, confidence: 0.5 });
    // Ivanka, Bill, Jeb and both George Bushes are nobody else's name; “George Bush” fits two people.
    expect(proposed.has(ivanka)).toBe(false);
    expect(proposed.has(georgeBush)).toBe(false);
    expect(rows).toHaveLength(6);

    // A second pass adds nothing, and a pair an editor dismissed stays dismissed.
    await ds.query(`UPDATE speaker_match_candidates SET status = 'dismissed' WHERE speaker_id = $1`, [six]);
    expect((await proposeSpeakerMatches({ dataSource: ds })).proposed).toBe(0);
    const [{ status }] = await ds.query('SELECT status FROM speaker_match_candidates WHERE speaker_id = $1', [six]);
    expect(status).toBe('dismissed');
  });
});
