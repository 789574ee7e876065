import type { DataSource } from 'typeorm';
import { analyseArticle } from '../../src/core';
import { contentHash } from '../../src/services/article-input';
import { ingestArticleBatch } from '../../src/services/ingest-batch';
import { storeAnalysedArticles } from '../../src/services/store-articles';
import { openTestDataSource } from '../support/db';
import { cap, uniqueTag } from '../support/speakers';

/** One article stored in a transaction of its own, as ingest stores a pasted one. */
async function storeArticleAlone(ds: DataSource, a: { title: string; text: string }): Promise<void> {
  await ds.transaction((em) => storeAnalysedArticles(em, [{ input: { ...a, textFormat: 'plain', outlet: undefined, publishedAt: undefined }, hash: contentHash(a.text), source: 'import', analysis: analyseArticle(a.text) }]));
}

describe('counting the pages that ran a quote’s words, as quotes are stored', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await openTestDataSource();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('counts a page that repeats words stored among many others once more, and new words once', async () => {
    const tag = uniqueTag(3);
    const speaker = `Ana ${cap(tag)}`;
    const article = (i: number) => ({
      title: `Harbour ${tag} ${i}`,
      text: Array.from({ length: 8 }, (_, j) => `“The quay ${tag} number ${i} and berth ${j} reopen on Monday,” said ${speaker}.`).join('\n'),
    });
    const out = await ingestArticleBatch({ dataSource: ds }, Array.from({ length: 200 }, (_, i) => article(i)), 'import');
    expect(out.filter((o) => 'error' in o)).toEqual([]);
    const [{ n: stored }] = await ds.query('SELECT count(*)::int AS n FROM quotes');
    expect(stored).toBeGreaterThanOrEqual(1600);

    // one more article, repeating the words of article 0 and adding its own
    const text = `“The quay ${tag} number 0 and berth 0 reopen on Monday,” said ${speaker}.\n“The ferry ${tag} runs again in May,” said ${speaker}.`;
    await storeArticleAlone(ds, { title: `Ferry ${tag}`, text });
    // and the counts stay right: the repeated words are on two pages now, the new ones on one
    const counts = await ds.query(
      `SELECT q.text, c.articles FROM quotes q JOIN quote_text_counts c ON c.text_key = q.text_key JOIN articles a ON a.id = q.article_id WHERE a.title = $1 ORDER BY q.start_offset`,
      [`Ferry ${tag}`],
    );
    expect(counts.map((c: { articles: number }) => c.articles)).toEqual([2, 1]);
  });
});
