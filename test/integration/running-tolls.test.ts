import request from 'supertest';
import type { DataSource } from 'typeorm';
import { buildTestApp } from '../support/app';
import { signedInAgent, tokenFor } from '../support/auth';
import { postArticles, type ScenarioArticle } from '../support/claims-scenario';
import { openTestDataSource } from '../support/db';
import { cap, uniqueTag } from '../support/speakers';

jest.setTimeout(60_000);

type Finding = { kind: string; claimIds: number[]; reason: string; direction: string | null };
type Claim = { id: number; figure: string; saidAt: string; speaker: { name: string } | null; value: { stated: number } };

/**
 * An outbreak told over a week in four articles, with names no other test uses: the toll of its
 * first day, a minister correcting the toll he gave the evening before, an agency's count of the
 * same evening, an interview in which the place is named only where the infected are counted,
 * and the toll of the eighth day.
 */
function outbreak(): { province: string; country: string; minister: string; articles: ScenarioArticle[] } {
  const province = cap(uniqueTag(3)) + 'ra';
  const country = cap(uniqueTag(2)) + 'nia';
  const minister = cap(uniqueTag(3)) + 'ko';
  const epidemiologist = cap(uniqueTag(3)) + 'way';
  const spokesman = cap(uniqueTag(2)) + 'len';
  const articles: ScenarioArticle[] = [
    {
      publishedAt: '2026-03-02', outlet: 'Meridian Wire', title: `Fever kills four in ${province}`,
      text: `TARNOV, March 2 (Meridian Wire) - An outbreak of a haemorrhagic fever has killed four people in ${country}'s ${province} province, health authorities said on Monday, and a team of doctors has been sent to the remote district of Brask.\n\n`
        + `Health Minister Pavel ${minister} told reporters in the capital that the first patients had fallen ill about a week ago.\n\n`
        + `"We have four deaths and we know every family that was in contact with the sick," ${minister} said. "There is no reason to panic."`,
    },
    {
      publishedAt: '2026-03-06', outlet: 'Meridian Wire', title: `${country} lowers ${province} fever toll`,
      text: `TARNOV, March 6 (Meridian Wire) - An outbreak of fever in ${country}'s ${province} province has killed nine people, the health minister said on Friday, correcting a higher figure he gave a day earlier.\n\n`
        + `Health Minister Pavel ${minister} said on Thursday evening that 12 people had died. On Friday he told a news conference that the correct figure was nine.\n\n`
        + `"Yesterday I gave you the number 12. That number was wrong," ${minister} said. "Some deaths were reported by the hospital and again by the district. The correct number of deaths is nine, and I apologise for the error."\n\n`
        + `According to the Global Health Organization, 11 deaths had been recorded by Thursday night.\n\n`
        + `The opposition called on the minister to resign.`,
    },
    {
      publishedAt: '2026-03-07', outlet: 'Global Health Review', title: `Inside the ${province} field team`,
      text: `BRASK, ${country} - Epidemiologist Ines ${epidemiologist} leads the field team of the Global Health Organization in ${country}'s ${province} province, where an outbreak of fever has infected dozens of people since late February. She spoke to reporters on Saturday at the district hospital.\n\n`
        + `"Our count this morning is 16 deaths. The ministry counts only the cases confirmed by a laboratory, so its number is lower," ${epidemiologist} said.\n\n`
        + `In a separate briefing on Saturday, Health Ministry spokesman Viktor ${spokesman} said the number of confirmed deaths had reached 12.`,
    },
    {
      publishedAt: '2026-03-09', outlet: 'The Tarnov Herald', title: `${province} fever toll rises to 18`,
      text: `TARNOV - The death toll from the fever outbreak in ${province} province rose to 18 on Monday, the Health Ministry said, as the quarantine of Brask district entered its second week.\n\n`
        + `The Global Health Organization put the number of deaths at 19. Its spokeswoman said the agency counted suspected cases as well as confirmed ones.`,
    },
  ];
  return { province, country, minister, articles };
}

describe('an outbreak’s death toll told over a week, stored through the API', () => {
  let ds: DataSource;
  let app: ReturnType<typeof buildTestApp>;
  let token: string;
  let viewer: request.Agent;
  let story: ReturnType<typeof outbreak>;
  let articleIds: number[];

  const auth = () => ({ authorization: `Bearer ${token}` });
  const topicOf = async (measure: string): Promise<number[]> =>
    (await ds.query('SELECT DISTINCT topic_id FROM claims WHERE article_id = ANY($1) AND measure = $2', [articleIds, measure])).map((r: { topic_id: number }) => r.topic_id);

  beforeAll(async () => {
    ds = await openTestDataSource();
    app = buildTestApp(ds);
    token = await tokenFor(ds, 'editor');
    viewer = (await signedInAgent(app, ds, 'viewer')).agent;
    story = outbreak();
    articleIds = await postArticles(app, token, story.articles);
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('puts every death toll of the outbreak in one topic of the province, also those whose sentence names no place', async () => {
    const topics = await topicOf('deaths');
    expect(topics).toHaveLength(1);
    const res = await request(app).get(`/api/v1/topics/${topics[0]}`).set(auth()).expect(200);
    // “Lorvania's Demara province” and “Demara province” are one place, named after the province alone
    expect(res.body.topic.key).toBe(`${story.province.toLowerCase()}|deaths:civilian`);
    expect(res.body.topic.label).toBe(`${story.province} — deaths`);
    // the interview names the province only where it counts the infected: its “16 deaths” is the province's too
    const articles = new Set((await ds.query('SELECT article_id FROM claims WHERE topic_id = $1', [topics[0]])).map((r: { article_id: number }) => r.article_id));
    expect([...articles].sort()).toEqual([...articleIds].sort());
  });

  it('sees the minister lower the toll he gave the evening before, and the agency’s different count of that evening', async () => {
    const [topic] = await topicOf('deaths');
    const res = await request(app).get(`/api/v1/topics/${topic}`).set(auth()).expect(200);
    const findings = res.body.findings as Finding[];
    const claims = res.body.claims as Claim[];
    const named = (f: Finding) => f.claimIds.map((id) => { const c = claims.find((x) => x.id === id)!; return `${c.speaker?.name ?? 'the article'} ${c.figure}`; }).join(' / ');
    const lowered = findings.filter((f) => f.kind === 'revision' && f.direction === 'lowered');
    expect(lowered.map(named)).toEqual([`Pavel ${story.minister} 12 / Pavel ${story.minister} 9`]);
    expect(lowered[0].reason).toBe(`Pavel ${story.minister} lowered the figure from 12 (2026-03-05, said 2026-03-06) to 9 (2026-03-06)`);
    const discrepancies = findings.filter((f) => f.kind === 'discrepancy');
    expect(discrepancies.map(named)).toEqual([`Pavel ${story.minister} 12 / Global Health Organization 11`]);
    expect(discrepancies[0].reason).toContain('different figures on the same day for the same period');
  });

  it('finds no divergence between the toll of the first day and the tolls of the days after', async () => {
    const [topic] = await topicOf('deaths');
    const res = await request(app).get(`/api/v1/topics/${topic}`).set(auth()).expect(200);
    const kinds = (res.body.findings as Finding[]).map((f) => `${f.kind}${f.direction ? ` ${f.direction}` : ''}`).sort();
    // the minister's 4 then 12 then 9; the agency's 11 then 19: a toll rising from day to day is no conflict, nor a
    // revision (the toll of a later day is new; only the minister's 9 for the evening he had said 12 revises it)
    expect(kinds).toEqual(['discrepancy', 'revision lowered']);
    expect(res.body.topic.conflictCount).toBe(2);
  });

  it('tells apart on the topic page the claims at odds with someone and those only revised by their own speaker', async () => {
    const [topic] = await topicOf('deaths');
    const api = (await request(app).get(`/api/v1/topics/${topic}`).set(auth()).expect(200)).body;
    const findings = api.findings as Finding[];
    const inKind = (pair: boolean) => new Set(findings.filter((f) => (f.kind === 'revision') !== pair).flatMap((f) => f.claimIds));
    const atOdds = inKind(true);
    const revisedOnly = [...inKind(false)].filter((id) => !atOdds.has(id));
    // the minister's 12 and the agency's 11 of the same evening; the minister's 9 is a revision alone
    expect(atOdds.size).toBe(2);
    expect(revisedOnly).toHaveLength(1);
    const page = (await viewer.get(`/topics/${topic}`).expect(200)).text;
    const summary = page.match(/<p class="meta findings-summary">([\s\S]*?)<\/p>/)![1].replace(/<[^>]+>/g, '');
    expect(summary).toContain(`2 claims of ${api.topic.claimCount} are at odds with another.`);
    expect(summary).toContain('1 claim is a figure its speaker revised, at odds with nothing else.');
    // on the chart: the revisions dotted and blue, the discrepancy dashed and red, and a ring on the two claims at odds only
    expect(page.match(/class="revision-mark conflict-revision"/g)).toHaveLength(1);
    expect(page.match(/class="conflict-mark conflict-discrepancy"/g)).toHaveLength(1);
    expect(page.match(/class="conflict-ring"/g)).toHaveLength(2);
  });

  it('gives a topic of one vague figure the figure’s range as its spread', async () => {
    const [topic] = await topicOf('cases');
    const res = await request(app).get(`/api/v1/topics/${topic}`).set(auth()).expect(200);
    // “has infected dozens of people”: 24 to 120
    expect(res.body.topic.spread).toEqual({ min: 24, max: 120, unit: 'person' });
    const page = await viewer.get(`/topics?subjects=all`).expect(200);
    expect(page.text).toContain('24–120 people');
  });

  it('shows the correction on the topic page, and labels the time axis with the days the claims were said', async () => {
    const [topic] = await topicOf('deaths');
    const page = await viewer.get(`/topics/${topic}`).expect(200);
    expect(page.text).toContain(`Pavel ${story.minister} lowered the figure from 12 (2026-03-05, said 2026-03-06) to 9 (2026-03-06)`);
    const svg = /<svg[^>]*class="timeline"[\s\S]*?<\/svg>/.exec(page.text)?.[0] ?? '';
    const days = [...svg.matchAll(/>(\d{4}-\d{2}-\d{2})<\/text>/g)].map((m) => m[1]);
    // the label between the first and the last day is a whole day, where that day's claims are drawn (it was noon on
    // 5 March, labelled “2026-03-05”, half a day from the claims of the 6th)
    expect(days).toEqual(['2026-03-02', '2026-03-06', '2026-03-09']);
  });
});
