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

  it('leaves the date shown above the text out of it, keeping it as the publication date', () => {
    const lede = "The confirmed death toll from last week's earthquake in Malatya province has been revised down to 287, Governor Kemal Aydın said on Monday.";
    const rest = '"Some victims were registered both at the field hospital and at the city morgue," Aydın said. "The correct figure is 287."';
    const page = (top: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Malatya toll revised down to 287</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Malatya toll revised down to 287</h1>${top}
<p>${lede}</p><p>${rest}</p><p>The number of injured was also lowered to 1,640, the governor said on <time datetime="2026-10-12">Monday</time>.</p></article></body></html>`;
    const tops = [
      '<time datetime="2026-10-12">2026-10-12</time>',
      '<p class="dateline">Published: <time datetime="2026-10-12T09:00:00Z">12 October 2026, 09:00</time></p>',
      '<p><time datetime="2026-10-12">Monday 12 October 2026</time> | Updated <time datetime="2026-10-12T14:05:00Z">14:05</time></p>',
      '<div><time datetime="2026-10-12">12.10.2026</time></div><p class="byline">By Deniz Arslan</p>',
      '<p class="byline">By Deniz Arslan</p><p><time datetime="2026-10-12">October 12, 2026</time></p>',
    ];
    for (const top of tops) {
      const article = extractArticle(page(top), { url: 'https://wire.example/malatya', contentType: 'text/html' });
      expect({ top, first: article.paragraphs[0], publishedAt: article.publishedAt }).toEqual({ top, first: lede, publishedAt: expect.stringMatching(/^2026-10-12T/) });
      expect(article.paragraphs).toHaveLength(3);
      // a date within the text stays: it is part of a sentence
      expect(article.paragraphs[2]).toBe('The number of injured was also lowered to 1,640, the governor said on Monday.');
    }
    // a date line with no <time>: only a date, or “Published”, “Updated”, “Last modified”, “Posted” and a date
    const unmarked = [
      '<p class="date">Published 3 March 2026, 10:14 GMT</p>',
      '<div>Updated: 12 May 2026</div>',
      '<p>Last modified on October 12, 2026 at 9:00 a.m. EST</p><p class="byline">By Deniz Arslan</p>',
      '<p>Tue 13 Oct 2026 10.14 BST</p>',
      '<p class="date">12.10.2026</p>',
      '<p class="date">Published 12 October 2026, 09:00 GMT</p><p>Updated: 12 October 2026, 14:05 GMT</p>',
    ];
    for (const top of unmarked) {
      const article = extractArticle(page(top), { url: 'https://wire.example/malatya', contentType: 'text/html' });
      expect({ top, first: article.paragraphs[0], count: article.paragraphs.length }).toEqual({ top, first: lede, count: 3 });
    }
    // a sentence that opens with a date is text, and so is a second date line: one line is the page's date
    for (const top of ['<p>3 March 2026 was the deadliest day since the war.</p>', '<p>Published 3 March 2026: the toll is final.</p>']) {
      const article = extractArticle(page(top), { url: 'https://wire.example/malatya', contentType: 'text/html' });
      expect(article.paragraphs[0]).toBe(top.replace(/<[^>]+>/g, ''));
    }
    // a line that says more than the date is text
    const more = extractArticle(page('<p><time datetime="2026-10-12">Monday</time> was the deadliest day since the war.</p>'), { url: 'https://wire.example/malatya', contentType: 'text/html' });
    expect(more.paragraphs[0]).toBe('Monday was the deadliest day since the war.');
  });

  it('extracts plain text by blank-line paragraphs', () => {
    const text = 'First paragraph of a plain text article, long enough to count.\n\n  Second   paragraph,\nwrapped.\n';
    const article = extractArticle(text, { url: 'https://plain.example/a.txt', contentType: 'text/plain' });
    expect(article.paragraphs).toEqual(['First paragraph of a plain text article, long enough to count.', 'Second paragraph, wrapped.']);
  });
});
