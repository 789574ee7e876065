import { JSDOM } from 'jsdom';
import { extractArticle } from '../../src/extract';
import { isLeadingByline, looksLikeByline } from '../../src/extract/byline';
import { isNonArticleBlock } from '../../src/extract/non-article';
import {
  commentsPage, commentsPageText, disqusPage, disqusPageText, opinionPage, opinionPageText, wordpressPage, wordpressPageText,
} from './pages';

const url = 'https://news.example/2024/article';

describe('pages with comments, captions and bylines', () => {
  it('a short article followed by a reader comment section keeps the article and nothing of the comments', () => {
    const article = extractArticle(commentsPage, { url });
    expect(article.paragraphs).toEqual(commentsPageText);
    expect(article.text).not.toMatch(/worst budget|robbed|Pete123|east side of town|Morning Brief|Your email|Comment/);
    expect(article.byline).toBe('Lucy Marsh');
    // The only <time> on the page dates a comment, not the article.
    expect(article.publishedAt).toBeNull();
  });

  it('a WordPress post loses its byline line and photo captions but keeps every paragraph and quote', () => {
    const article = extractArticle(wordpressPage, { url });
    expect(article.byline).toBe('Amira Haddad');
    expect(article.paragraphs).toEqual(wordpressPageText);
    expect(article.text).not.toMatch(/By Amira|shut since June|Photo:|Photograph:|Getty|Share this|Related|Route 9/);
  });

  it('a server-rendered Disqus thread is not article text and its commenter is not the byline', () => {
    const article = extractArticle(disqusPage, { url });
    expect(article.paragraphs).toEqual(disqusPageText);
    expect(article.text).not.toMatch(/Disqus|never enforced|About time/);
    expect(article.byline).toBeNull();
  });

  it('an opinion piece named "comment" by its section, tags and state classes keeps all its text and its quote attribution', () => {
    const article = extractArticle(opinionPage, { url });
    expect(article.paragraphs).toEqual(opinionPageText);
    expect(article.text).not.toMatch(/luxury we cannot afford|Spot on|flats|4 Comments/);
  });
});

describe('headline and byline above the text', () => {
  it('the headline is not article text when the title is shorter, nor is the byline line under it', () => {
    const page = `<!doctype html><html lang="en"><head><title>Rail strike looms</title></head><body><main><article>
<h1>Rail strike looms as talks collapse</h1>
<p class="byline">By SAM WRITER and LEE EDITOR, Transport Correspondents</p>
<p>Train drivers will walk out on Friday after talks with the operators broke down late on Tuesday night, the union said in a statement.</p>
<p>“We have been left with no choice but to strike,” said Dana Price, the union’s general secretary, adding that members had voted by a large majority.</p>
<p>The operators said they were disappointed and urged the union to return to the table before the weekend, when engineering works are planned.</p>
</article></main></body></html>`;
    const article = extractArticle(page, { url });
    expect(article.paragraphs[0]).toMatch(/^Train drivers will walk out/);
    expect(article.text).not.toMatch(/as talks collapse|SAM WRITER/);
    expect(article.paragraphs).toHaveLength(3);
  });
});

describe('non-article block names', () => {
  const element = (html: string): Element => {
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    return doc.body.firstElementChild as Element;
  };

  it.each([
    '<section id="comments">', '<ol class="comment-list">', '<div class="comments-area">', '<div id="disqus_thread">',
    '<div id="respond" class="comment-respond">', '<article class="comment-body">', '<div id="commentsList">',
    '<div itemprop="comment" itemscope>', '<div itemscope itemtype="https://schema.org/UserComments">',
    '<div role="complementary">', '<div class="share-bar">', '<div id="jp-relatedposts">', '<div class="newsletter-box">',
    '<figcaption>', '<p class="wp-caption-text">', '<span class="photo-credit">', '<div class="fb-comments">',
  ])('%s is removed', (html) => expect(isNonArticleBlock(element(html))).toBe(true));

  it.each([
    '<p class="no-comments-note">', '<article class="post category-comment tag-photo-credit">', '<div class="tone-comment">',
    '<div class="single comments-open">', '<div class="entry-content sd-sharing-enabled">', '<p class="has-caption">',
    '<div class="commentary">', '<div class="responsive-embed">', '<aside class="right-of-reply">', '<span class="comments-count">', '<div class="article-body">',
  ])('%s is kept', (html) => expect(isNonArticleBlock(element(html))).toBe(false));
});

describe('leading byline line', () => {
  it.each([
    'By Amira Haddad', 'BY AMIRA HADDAD', 'By: Amira Haddad', 'By Amira Haddad and Tom Reyes, Staff writers',
    'By Amira Haddad | June 4, 2024', 'By Reuters', 'By the Associated Press', 'By Ursula von der Leyen',
  ])('%s is a byline', (text) => expect(looksLikeByline(text)).toBe(true));

  it.each([
    'By Tuesday, the council had voted', 'By Tuesday the council had voted 7-2', 'By the time firefighters arrived, the barn was gone',
    'By New Year’s Eve, the bridge will reopen.', 'By Air and Sea, the troops advanced', 'By 2030, half of all cars will be electric',
    'Bypass plans shelved', `By Amira Haddad ${'and more words '.repeat(8)}`,
  ])('%s is text', (text) => expect(looksLikeByline(text)).toBe(false));

  it('matches the extracted byline or a marked byline element, and only short lines', () => {
    expect(isLeadingByline('Amira Haddad', 'Amira Haddad', [])).toBe(true);
    expect(isLeadingByline('Jane Doe and Omar Said', 'Jane Doe, Omar Said', [])).toBe(true);
    expect(isLeadingByline('Amira Haddad, Valley Voice — 4 June 2024', null, ['Amira Haddad, Valley Voice — 4 June 2024'])).toBe(true);
    expect(isLeadingByline('Amira Haddad has covered transport in the valley for ten years.', 'Amira Haddad', [])).toBe(false);
  });

  it('drops only a first paragraph: a byline-like line further down is kept', () => {
    const body = wordpressPageText.map((p) => `<p>${p}</p>`);
    body.splice(2, 0, '<p>By Amira Haddad</p>');
    const page = `<html><head><meta name="author" content="Amira Haddad"></head><body><article><p>By Amira Haddad</p>${body.join('')}</article></body></html>`;
    const article = extractArticle(page, { url });
    expect(article.paragraphs[0]).toBe(wordpressPageText[0]);
    expect(article.paragraphs[2]).toBe('By Amira Haddad');
  });

  it('drops a first paragraph marked as the byline element even when it does not start with "By"', () => {
    const page = `<html><head><meta name="author" content="Amira Haddad"></head><body><article>
      <p class="post-byline">Amira Haddad · Valley Voice · 4 June 2024</p>${wordpressPageText.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(extractArticle(page, { url }).paragraphs).toEqual(wordpressPageText);
  });
});
