import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../support/db';
import { cap, ingest, uniqueTag } from '../support/speakers';
import { ingestArticleBatch } from '../../src/services/ingest-batch';
import { namesWord, oppositeParts, placeWords } from '../../src/services/related-event-topics';

jest.setTimeout(120_000);

/** Names of places no other test file uses (the test database is shared). */
function place(): string {
  return cap(uniqueTag(3));
}

/** A wire's first report of a flood, filed under the region. */
function firstReport(country: string, town: string, other: string): string {
  return [
    `Floods kill 41 in western ${country}`,
    `${town.toUpperCase()}, ${country} — Floods have killed at least 41 people in western ${country}, the national disaster agency said on Monday, after three days of torrential rain.`,
    `"The water rose faster than anyone expected," said Ilse Korven, the agency's director. Rescue teams reached the town of ${other} by boat.`,
  ].join('\n\n');
}

/** A paper's report the next day, filed under the two districts the flood struck. */
function nextDay(country: string, town: string, other: string): string {
  return [
    `The death toll from the floods in ${town} and ${other} has risen to 57, provincial officials said on Tuesday, as rescuers reached villages cut off since the weekend.`,
    `"We are still finding people," said Tomas Lind, a provincial official. ${country}'s disaster agency had put the toll at 41 on Monday.`,
  ].join('\n\n');
}

/** The topic ids of an article's death tolls. */
async function tollTopics(ds: DataSource, articleId: number): Promise<number[]> {
  const rows: Array<{ topic_id: number }> = await ds.query(`SELECT DISTINCT topic_id FROM claims WHERE article_id = $1 AND measure = 'deaths'`, [articleId]);
  return rows.map((r) => r.topic_id);
}

describe('one event told by two outlets under two names of its place', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await openTestDataSource();
  });
  afterAll(async () => {
    await ds?.destroy();
  });

  it('puts the second outlet’s tolls in the first one’s topic, so the revision from 41 to 57 is seen', async () => {
    const [country, town, other] = [place(), place(), place()];
    const a = await ingest(ds, firstReport(country, town, other), { outlet: 'Wire', publishedAt: '2026-03-02' });
    const b = await ingest(ds, nextDay(country, town, other), { outlet: 'Ledger', publishedAt: '2026-03-03' });
    const [first] = await tollTopics(ds, a);
    expect(await tollTopics(ds, b)).toEqual([first]);
    const [topic] = await ds.query('SELECT claim_count, label FROM claim_topics WHERE id = $1', [first]);
    expect(topic.claim_count).toBeGreaterThanOrEqual(3);
    expect(topic.label.toLowerCase()).toContain(`western ${country.toLowerCase()}`);
  });

  it('joins the two outlets’ tolls when both come in one bulk import, as when stored one after another', async () => {
    const [country, town, other] = [place(), place(), place()];
    const outcomes = await ingestArticleBatch(
      { dataSource: ds },
      [
        { title: 'Floods', text: firstReport(country, town, other), outlet: 'Wire', publishedAt: '2026-03-12' },
        { title: 'Toll rises', text: nextDay(country, town, other), outlet: 'Ledger', publishedAt: '2026-03-13' },
        // another part of the country in the same import stays apart
        { title: 'East', text: `Floods have killed 12 people in eastern ${country}, the national disaster agency said on Wednesday.`, outlet: 'Ledger', publishedAt: '2026-03-14' },
      ],
      'import',
    );
    const [a, b, east] = outcomes.map((o) => ('articleId' in o ? o.articleId : -1));
    const [first] = await tollTopics(ds, a);
    expect(first).toBeDefined();
    expect(await tollTopics(ds, b)).toEqual([first]);
    expect(await tollTopics(ds, east)).not.toContain(first);
    const [topic] = await ds.query('SELECT claim_count, label FROM claim_topics WHERE id = $1', [first]);
    expect(topic.claim_count).toBeGreaterThanOrEqual(3);
    expect(topic.label.toLowerCase()).toContain(`western ${country.toLowerCase()}`);
  });

  it('keeps apart a flood in another part of the country, and one in a district the first reports never named', async () => {
    const [country, town, other, far] = [place(), place(), place(), place()];
    const a = await ingest(ds, firstReport(country, town, other), { outlet: 'Wire', publishedAt: '2026-04-02' });
    const [first] = await tollTopics(ds, a);
    // another part of the same country, two days later
    const east = await ingest(ds, `Floods have killed 12 people in eastern ${country}, the national disaster agency said on Wednesday.`, { outlet: 'Ledger', publishedAt: '2026-04-04' });
    expect(await tollTopics(ds, east)).not.toContain(first);
    // a district the first reports never named, in the same country
    const elsewhere = await ingest(ds, `The death toll from the floods in ${far} has risen to 9, ${country}'s disaster agency said on Wednesday.`, { outlet: 'Ledger', publishedAt: '2026-04-04' });
    expect(await tollTopics(ds, elsewhere)).not.toContain(first);
  });

  it('keeps apart the same places a month later (another event)', async () => {
    const [country, town, other] = [place(), place(), place()];
    const a = await ingest(ds, firstReport(country, town, other), { outlet: 'Wire', publishedAt: '2026-05-02' });
    const b = await ingest(ds, nextDay(country, town, other), { outlet: 'Ledger', publishedAt: '2026-06-10' });
    const [first] = await tollTopics(ds, a);
    expect(await tollTopics(ds, b)).not.toContain(first);
  });
});

describe('the words of a place', () => {
  it('leave out compass words and short joining words, and see two parts of one place turned different ways', () => {
    expect(placeWords('jajarkot and rukum west')).toEqual({ words: ['jajarkot', 'rukum'], compass: ['west'] });
    expect(oppositeParts('western nepal', 'eastern nepal')).toBe(true);
    expect(oppositeParts('western nepal', 'nepal')).toBe(false);
    expect(namesWord('Nepal’s monitoring centre said', 'nepal')).toBe(true);
    expect(namesWord('Nepalese officials said', 'nepal')).toBe(false);
  });
});

describe('one wildfire told in two reports', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await openTestDataSource();
  });
  afterAll(async () => {
    await ds?.destroy();
  });

  /** The topic ids of an article's claims of `measures`. */
  async function topicsOf(articleId: number, measures: string[]): Promise<number[]> {
    const rows: Array<{ topic_id: number }> = await ds.query('SELECT DISTINCT topic_id FROM claims WHERE article_id = $1 AND measure = ANY($2::text[])', [articleId, measures]);
    return rows.map((r) => r.topic_id);
  }

  it('files those who fled and those ordered out, and the homes without power, of both under the fire', async () => {
    const fire = place();
    const first = [
      `A wind-driven wildfire raced through dry timber on Monday, forcing about 3,200 residents to flee, officials said.`,
      `The ${fire} fire had burned 6,400 acres by Monday night, according to the state forestry agency. About 7,800 customers were without power, the utility said.`,
    ].join('\n\n');
    const second = [
      `Officials raised the number of people under evacuation orders to about 5,100 on Tuesday.`,
      `The ${fire} fire has now scorched 15,900 acres, and 11,500 customers were without electricity, the utility said.`,
    ].join('\n\n');
    const a = await ingest(ds, first, { outlet: 'Wire', publishedAt: '2026-08-10' });
    const b = await ingest(ds, second, { outlet: 'Ledger', publishedAt: '2026-08-11' });
    const [fled] = await topicsOf(a, ['displacement']);
    expect(fled).toBeDefined();
    expect(await topicsOf(b, ['evacuation'])).toEqual([fled]);
    const [outages] = await topicsOf(a, ['outages']);
    expect(await topicsOf(b, ['outages'])).toEqual([outages]);
    const [topic] = await ds.query('SELECT claim_count, label FROM claim_topics WHERE id = $1', [fled]);
    expect(topic.claim_count).toBe(2);
    expect(topic.label.toLowerCase()).toContain(fire.toLowerCase());
  });
});
