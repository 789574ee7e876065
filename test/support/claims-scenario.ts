import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { buildTestApp } from './app';
import { cap, uniqueTag } from './speakers';

/** One article of the scenario: when, which outlet, and the text. */
export interface ScenarioArticle {
  publishedAt: string;
  outlet: string;
  title: string;
  text: string;
}

/**
 * Six articles over three months about two topics, with place names no other test uses:
 * a death toll in “eastern <P>” that rises and is disputed, and the duration of the siege of
 * “<A> and <B>” restated differently. Expected findings (by article index, 1-based):
 * contradiction 1+2, contradiction 2+4, divergence 2+3, revision 1+4 (raised), duration mismatch 5+6.
 */
export function claimsScenario(): { place: string; villages: [string, string]; articles: ScenarioArticle[] } {
  const P = cap(uniqueTag(3)) + 'ra';
  const A = cap(uniqueTag(3)) + 'da';
  const B = 'K' + uniqueTag(3) + 'ya';
  const articles: ScenarioArticle[] = [
    { publishedAt: '2016-12-14', outlet: 'Reuters', title: `UN: hundreds killed in eastern ${P}`,
      text: `GENEVA — “At least 300 civilians were killed in eastern ${P} last week,” UN spokesman Jens Laerke said on Wednesday.\nAid agencies called for a pause in the fighting.` },
    { publishedAt: '2016-12-16', outlet: 'SANA', title: `Ministry rejects ${P} figures`,
      text: `“Only 30 civilians died in east ${P} last week,” the Syrian foreign ministry said.\nThe ministry accused foreign media of exaggeration.` },
    { publishedAt: '2016-12-18', outlet: 'Al Jazeera', title: `Monitor: thousands dead in ${P}`,
      text: `“Some 3,000 civilians were killed in eastern ${P} last week,” said Rami Abdulrahman, head of the Syrian Observatory for Human Rights.\nThe monitor relies on a network of sources on the ground.` },
    { publishedAt: '2017-01-10', outlet: 'AFP', title: `UN raises ${P} toll`,
      text: `“At least 450 civilians were killed in eastern ${P} in December,” UN spokesman Jens Laerke told reporters.\nThe organisation said the figure could rise.` },
    { publishedAt: '2016-12-18', outlet: 'Press TV', title: `Security chief on ${A} and ${B}`,
      text: `He voiced concern for the villages of ${A} and ${B}, adding “they remain completely silent on the need to evacuate the injured and elderly from ${A} and ${B} who have been under siege by terrorists for over three years,” Ali Shamkhani said.` },
    { publishedAt: '2017-02-20', outlet: 'Al-Manar', title: `${A} and ${B} evacuation talks`,
      text: `“${A} and ${B} have been under siege for two years,” a Hezbollah commander said.\nThe commander spoke by telephone.` },
  ];
  return { place: P, villages: [A, B], articles };
}

/** Stores the articles through POST /api/v1/articles with an editor token; returns the article ids in order. */
export async function postArticles(app: ReturnType<typeof buildTestApp>, token: string, articles: ScenarioArticle[]): Promise<number[]> {
  const ids: number[] = [];
  for (const a of articles) {
    const res = await request(app).post('/api/v1/articles').set('authorization', `Bearer ${token}`).send(a);
    if (res.status !== 201) throw new Error(`ingest failed: ${res.status} ${JSON.stringify(res.body)}`);
    ids.push(res.body.article.id as number);
  }
  return ids;
}

/** The stored claims of these articles that carry a figure, keyed by article index (0-based), one per article. */
export async function claimOfEach(ds: DataSource, articleIds: number[]): Promise<Array<{ id: number; topicId: number; articleId: number }>> {
  const rows: Array<{ id: number; topic_id: number; article_id: number }> = await ds.query(
    `SELECT id, topic_id, article_id FROM claims WHERE article_id = ANY($1) AND kind IN ('count', 'duration') ORDER BY article_id, position`,
    [articleIds],
  );
  return articleIds.map((aid) => {
    const mine = rows.filter((r) => r.article_id === aid);
    if (mine.length !== 1) throw new Error(`article ${aid} has ${mine.length} figure claims`);
    return { id: mine[0].id, topicId: mine[0].topic_id, articleId: aid };
  });
}
