import type { DataSource } from 'typeorm';
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
