import type { DataSource } from 'typeorm';
import { ingestArticle } from '../../src/services/ingest-article';
import { reassignQuote } from '../../src/services/review-quotes';
import { createTestUser } from '../support/auth';
import { openTestDataSource } from '../support/db';
import { cap, uniqueTag } from '../support/speakers';

jest.setTimeout(90_000);

/** A refugee story as a wire service files it, then edits it: `toll` in the lead, `coordinator` named before the last quote. */
function story(tag: string, toll: string, coordinator: string): string {
  return [
    `The number of people who have crossed from Sudan into eastern Chad reached ${toll} this week, the UN refugee agency said on Tuesday (${tag}).`,
    'Aid workers in Adré said new arrivals were coming in at more than 14,000 a week, most of them women and children.',
    'A 29-year-old mother from Geneina, who did not want her name published, said she had walked for nine days with her three children.',
    '"On the road they took everything we had, even our shoes. Six people in our group died before we reached the border," she said. "My husband stayed behind. I do not know if he is alive."',
    `${coordinator}, the camp coordinator, said the wells were running dry. "We have water for 500 people a day at this well, and there are 3,000 waiting," the coordinator said.`,
    'The UN Security Council is due to discuss the crisis on Thursday.',
  ].join('\n\n');
}

describe('a reviewer’s corrections on a page fetched again', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await openTestDataSource();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('stay on the quotes the edit left as they were, and leave the quotes whose paragraph it changed to the engine', async () => {
    const tag = uniqueTag(3);
    const hawa = `Hawa ${cap(tag)}ni`;
    const wrongName = `Ousmane Id${tag}`;
    const rightName = `Mahamat Sal${tag}`;
    const canonicalUrl = `https://dispatch.example.test/chad-${tag}`;
    const title = 'Sudan refugees in Chad pass a million';
    const v1 = await ingestArticle({ dataSource: ds }, { title, text: story(tag, '1.2 million', wrongName), outlet: 'Dispatch', publishedAt: '2025-07-08' }, 'url', { canonicalUrl });
    const quotesOf = (id: number): Promise<Array<{ id: number; text: string; speaker_id: number | null; speaker_name: string; review_status: string; reviewed_by_id: number | null; reviewed_at: Date | null }>> =>
      ds.query('SELECT id, text, speaker_id, speaker_name, review_status, reviewed_by_id, reviewed_at FROM quotes WHERE article_id = $1 ORDER BY position', [id]);
    const first = await quotesOf(v1.articleId);
    expect(first.map((q) => q.speaker_name)).toEqual(['A 29-year-old mother', 'A 29-year-old mother', wrongName]);

    // the desk names the mother, and the coordinator the site got wrong
    const reviewer = await createTestUser(ds, 'editor');
    const actor = { id: reviewer.id, label: reviewer.email };
    const toHawa = await reassignQuote({ dataSource: ds }, actor, first[0].id, { name: hawa, kind: 'person' });
    expect(toHawa.continued).toBe(1);
    const toRight = await reassignQuote({ dataSource: ds }, actor, first[2].id, { name: rightName, kind: 'person' });
    const corrected = await quotesOf(v1.articleId);

    // the site raises the toll in the lead (every offset after it moves) and fixes the coordinator's name
    const v2 = await ingestArticle(
      { dataSource: ds },
      { title, text: story(tag, '1.35 million', rightName), outlet: 'Dispatch', publishedAt: '2025-07-08' },
      'url',
      { page: { canonicalUrl } },
    );
    const now = await quotesOf(v2.articleId);
    expect(now.map((q) => [q.speaker_id, q.review_status, q.reviewed_by_id])).toEqual([
      [toHawa.speakerId, 'corrected', reviewer.id],
      [toHawa.speakerId, 'corrected', reviewer.id],
      // its paragraph changed: the engine reads it again, and it waits for review like any new quote
      [toRight.speakerId, 'unreviewed', null],
    ]);
    expect(now[0].reviewed_at).toEqual(corrected[0].reviewed_at);

    // Hawa's page counts the quotes once, in the current version; the mother's figure is hers
    const [{ quote_count }] = await ds.query('SELECT quote_count FROM speakers WHERE id = $1', [toHawa.speakerId]);
    expect(quote_count).toBe(2);
    const timeline = await ds.query('SELECT quote_id FROM speaker_quotes WHERE speaker_id = $1 ORDER BY quote_id', [toHawa.speakerId]);
    expect(timeline).toEqual([{ quote_id: now[0].id }, { quote_id: now[1].id }]);
    const claims = await ds.query('SELECT speaker_id, speaker_name FROM claims WHERE quote_id = $1 AND NOT superseded', [now[0].id]);
    expect(claims).toEqual([{ speaker_id: toHawa.speakerId, speaker_name: hawa }]);

    // the audit log says the correction was carried, from which quote, by no person acting now
    const audit = await ds.query(`SELECT actor_id, actor_label, after FROM audit_log WHERE target_type = 'quote' AND target_id = $1`, [String(now[0].id)]);
    expect(audit).toEqual([
      { actor_id: null, actor_label: 'new version of the page', after: expect.objectContaining({ reviewStatus: 'corrected', speakerId: toHawa.speakerId, carriedFromQuote: first[0].id }) },
    ]);
    // the continuation still follows its quote in the new version: a later correction of the first moves both
    const [cont] = await ds.query(`SELECT after FROM audit_log WHERE target_type = 'quote' AND target_id = $1`, [String(now[1].id)]);
    expect(cont.after).toEqual(expect.objectContaining({ carriedFromQuote: first[1].id, followsQuote: now[0].id }));
  });
});
