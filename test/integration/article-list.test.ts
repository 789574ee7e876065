import request from 'supertest';
import type { DataSource } from 'typeorm';
import { cappedCount } from '../../src/db/repositories/capped-count';
import { ingestArticleBatch } from '../../src/services/ingest-batch';
import { buildTestApp } from '../support/app';
import { signedInAgent } from '../support/auth';
import { openTestDataSource } from '../support/db';

/** The articles a list page links to, in order. */
function listed(html: string): number[] {
  return [...html.matchAll(/<td class="wrap-anywhere"><a href="\/articles\/(\d+)">/g)].map((m) => Number(m[1]));
}

/** A pager link of the page, as the browser would follow it. */
function link(html: string, rel: 'next' | 'prev'): string | null {
  const m = new RegExp(`<a href="([^"]+)" rel="${rel}">`).exec(html);
  return m ? m[1].replace(/&amp;/g, '&') : null;
}

describe('/articles: filters, total and pages', () => {
  let ds: DataSource;
  let agent: Awaited<ReturnType<typeof signedInAgent>>['agent'];
  const tag = Date.now().toString(36);
  const outlet = `Harbour Gazette ${tag}`;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    ds = await openTestDataSource();
    ({ agent } = await signedInAgent(buildTestApp(ds), ds, 'viewer'));
    const day = (n: number) => `2025-03-${String(n).padStart(2, '0')}`;
    const rows = Array.from({ length: 28 }, (_, i) => ({
      key: `port-${i}`,
      title: i % 4 === 0 ? `Ferry crews strike over unpaid overtime, day ${i + 1}` : `Port authority weighs a new container terminal (${i + 1})`,
      outlet,
      publishedAt: day(1 + i),
      text: `The port authority met on ${day(1 + i)} to discuss the harbour budget (ref ${tag}-${i}).\n“We cannot keep the night ferries running without more crews,” said Ines Darrow, the union's regional secretary.`,
    }));
    // the same title words under another outlet, and an undated article of the outlet
    rows.push({ key: 'other', title: 'Ferry crews strike over unpaid overtime', outlet: `Valley Post ${tag}`, publishedAt: day(3), text: `Ferry crews walked out again on Monday (ref ${tag}-other).\n“The timetable is a fiction,” said Ines Darrow.` });
    const { publishedAt: _p, ...undated } = { ...rows[1], key: 'undated', title: 'Harbour dredging resumes', text: `Dredging of the harbour mouth resumed (ref ${tag}-undated).\n“The channel will be open by May,” said Tomas Brenn, the harbour master.` };
    rows.push({ ...undated, publishedAt: undefined as unknown as string });
    const outcomes = await ingestArticleBatch({ dataSource: ds }, rows.map(({ key: _k, ...r }) => r), 'import');
    rows.forEach((r, i) => (ids[r.key] = (outcomes[i] as { articleId: number }).articleId));
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('filters by outlet (case aside), words of the title and publication dates, with the total', async () => {
    const byOutlet = await agent.get(`/articles?outlet=${encodeURIComponent(outlet.toUpperCase())}`).expect(200);
    expect(byOutlet.text).toContain('29 articles match.');
    expect(listed(byOutlet.text)).toHaveLength(25);
    // newest first, the undated article last
    expect(listed(byOutlet.text)[0]).toBe(ids['port-27']);

    // the title's words as search reads them: another form of a word is the same word
    const words = await agent.get(`/articles?q=${encodeURIComponent('ferries striking')}&outlet=${encodeURIComponent(outlet)}`).expect(200);
    expect(listed(words.text)).toEqual([24, 20, 16, 12, 8, 4, 0].map((i) => ids[`port-${i}`]));
    expect(words.text).toContain('7 articles match.');
    // the form keeps what it was given
    expect(words.text).toContain('value="ferries striking"');

    // both days included; undated articles are in no range
    const range = await agent.get(`/articles?outlet=${encodeURIComponent(outlet)}&from=2025-03-03&to=2025-03-05`).expect(200);
    expect(listed(range.text)).toEqual([ids['port-4'], ids['port-3'], ids['port-2']]);
    const everywhere = await agent.get(`/articles?q=${encodeURIComponent(`ferry strike`)}&from=2025-03-03&to=2025-03-03`).expect(200);
    expect(listed(everywhere.text)).toContain(ids.other);

    const none = await agent.get(`/articles?outlet=${encodeURIComponent(outlet)}&q=referendum`).expect(200);
    expect(none.text).toContain('No article matches these filters.');
  });

  it('pages by position both ways, keeping the filters in the address', async () => {
    const first = await agent.get(`/articles?outlet=${encodeURIComponent(outlet)}`).expect(200);
    expect(link(first.text, 'prev')).toBeNull();
    const older = link(first.text, 'next')!;
    expect(older).toMatch(/^\/articles\?outlet=.+&after=2025-03-04\+00%3A00%3A00%2B00%7C\d+$/);
    const second = await agent.get(older).expect(200);
    expect(listed(second.text)).toEqual([ids['port-2'], ids['port-1'], ids['port-0'], ids.undated]);
    expect(link(second.text, 'next')).toBeNull();
    // back to the newer articles: the first page, whole
    const back = await agent.get(link(second.text, 'prev')!).expect(200);
    expect(listed(back.text)).toEqual(listed(first.text));
    expect(link(back.text, 'prev')).toBeNull();
    // the whole list walked by position: every article of the outlet once
    const seen = [...listed(first.text), ...listed(second.text)];
    expect(new Set(seen).size).toBe(29);
    // an old numbered address still lands on its page
    const numbered = await agent.get(`/articles?outlet=${encodeURIComponent(outlet)}&page=2`).expect(200);
    expect(listed(numbered.text)).toEqual(listed(second.text));
  });

  it('refuses a filter it cannot read, keeping the form, and escapes what it was given', async () => {
    const reversed = await agent.get(`/articles?outlet=${encodeURIComponent(outlet)}&from=2025-03-10&to=2025-03-01`).expect(422);
    expect(reversed.text).toContain('must not be before the from date');
    expect(reversed.text).toContain('value="2025-03-10"');
    expect(listed(reversed.text)).toEqual([]);
    await agent.get('/articles?from=2025-02-30').expect(422);
    await agent.get('/articles?after=yesterday').expect(422);
    const odd = await agent.get(`/articles?outlet=${encodeURIComponent('<img src=x onerror=alert(1)>')}`).expect(200);
    expect(odd.text).not.toContain('<img src=x');
    expect(odd.text).toContain('value="&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('counts exactly up to a thousand and estimates beyond', async () => {
    expect(await cappedCount(ds.manager, 'SELECT g FROM generate_series(1, 1000) g', [])).toEqual({ total: 1000, totalExact: true });
    const many = await cappedCount(ds.manager, 'SELECT g FROM generate_series(1, 50000) g WHERE g > $1', [0]);
    expect(many.totalExact).toBe(false);
    expect(many.total).toBeGreaterThan(1000);
  });
});
