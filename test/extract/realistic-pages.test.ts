import { extractArticle } from '../../src/extract';
import { brPage, newsPage, regionalPageBytes } from './pages';

describe('realistic article pages', () => {
  it('extracts the news page: text without furniture, metadata from JSON-LD first', () => {
    const article = extractArticle(Buffer.from(newsPage), {
      url: 'https://harbour.example/politics/x?utm=1',
      contentType: 'text/html; charset=utf-8',
    });
    expect(article).toMatchObject({
      title: 'Minister defends port deal',
      byline: 'Jane Doe, Omar Said',
      siteName: 'The Harbour Times',
      canonicalUrl: 'https://harbour.example/politics/2024/03/15/port-deal',
      language: 'en-GB',
      publishedAt: '2024-03-15T08:30:00.000Z',
      notes: [],
    });
    expect(article.text).toBe(
      [
        'The transport minister on Friday defended the “long overdue” sale of the northern port, saying the deal would protect 1,200 jobs.',
        '"We have waited ten years for this investment," the minister told reporters outside parliament. "Nobody should pretend there was a better offer."',
        'Opposition leader Anna Berg said the government had ignored the port authority’s own warnings and called for an independent inquiry.',
        '“This is a fire sale,” Berg wrote on social media.',
        'The sale is expected to close in June, according to the ministry.',
      ].join('\n'),
    );
    expect(article.paragraphs).toHaveLength(5);
    expect(article.text).not.toMatch(/FAKE|Share|Comment|MS\/|newsletter|Related|rights reserved|Home/);
  });

  it('decodes a windows-1252 page declared in a meta tag, and reads parsely / Dublin Core metadata', () => {
    const article = extractArticle(regionalPageBytes(), { url: 'https://regional.example/news/123' });
    expect(article).toMatchObject({
      title: 'Café owner wins appeal',
      byline: 'Marie Lefèvre',
      siteName: null,
      canonicalUrl: 'https://regional.example/news/cafe-appeal', // javascript: canonical ignored, og:url used
      language: 'fr-FR',
      publishedAt: '2023-11-02T00:00:00.000Z',
    });
    expect(article.paragraphs).toEqual([
      'The owner of a café in the old town has won his appeal against a €5,000 fine – the court said the inspection was “flawed”.',
      '“Justice was done,” he said after the hearing on Thursday, adding that he would reopen next week.',
      'The council said it would study the ruling before deciding whether to take the case further.',
    ]);
  });

  it('the Content-Type charset wins over the meta tag', () => {
    const article = extractArticle(regionalPageBytes(), {
      url: 'https://regional.example/news/123',
      contentType: 'text/html; charset=utf-8',
    });
    // The 1252 bytes are invalid utf-8: replaced, not fatal.
    expect(article.paragraphs[0]).toContain('caf\ufffd in the old town');
  });

  it('splits <br><br> blocks into paragraphs and drops share rows and agency codes', () => {
    const article = extractArticle(brPage, { url: 'https://blog.example/hearing' });
    expect(article.title).toBe('Notes from the hearing');
    expect(article.language).toBeNull();
    expect(article.publishedAt).toBeNull();
    expect(article.paragraphs).toEqual([
      'The committee met at nine and the chair opened with a statement on the budget overrun.',
      '"We were not told," said committee member Lina Park, who asked for the documents to be published.',
      'The finance director replied that the figures had been shared in January with every member of the committee.',
    ]);
  });

  it('extracts plain text by blank-line paragraphs', () => {
    const text = 'First paragraph of a plain text article, long enough to count.\n\n  Second   paragraph,\nwrapped.\n';
    const article = extractArticle(text, { url: 'https://plain.example/a.txt', contentType: 'text/plain' });
    expect(article.paragraphs).toEqual(['First paragraph of a plain text article, long enough to count.', 'Second paragraph, wrapped.']);
  });
});
