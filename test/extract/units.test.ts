import { boilerplateRule } from '../../src/extract';
import { toIsoDate } from '../../src/extract/dates';
import { readJsonLd } from '../../src/extract/json-ld';

describe('boilerplate table (whole short paragraphs only)', () => {
  it.each([
    ['Your Comment', 'comments'], ['Leave a comment', 'comments'], ['12 Comments', 'comments'],
    ['Share Tweet Email', 'share'], ['Follow us on Facebook | X | Telegram', 'share'], ['Share this article', 'share'],
    ['Read more: Port workers vote on strike', 'related'], ['Related stories', 'related'], ['See also', 'related'],
    ['MS/3853185', 'story-code'], ['AFP/20240115', 'story-code'], ['IRNA/MR/1234', 'story-code'],
    ['© 2024 The Harbour Times. All rights reserved.', 'copyright'], ['Copyright Regional Post 2023', 'copyright'],
    ['Sign up for our daily politics newsletter', 'newsletter'], ['Enter your email address', 'newsletter'],
    ['Advertisement', 'chrome'], ['Skip to main content', 'chrome'],
  ])('%s → %s', (text, rule) => expect(boilerplateRule(text)).toBe(rule));

  it.each([
    'Share prices fell sharply on Monday after the bank warned of losses.',
    'Read more carefully, the judge told the lawyers, and you will see the contract is void.',
    '"Follow the money," the senator said.',
    'Comments made by the minister on Friday drew criticism from unions.',
    'The agency code MS/3853185 appeared in the leaked file, investigators said.',
  ])('keeps article text: %s', (text) => expect(boilerplateRule(text)).toBeNull());
});

describe('dates and JSON-LD', () => {
  it.each([
    ['2024-03-15T09:30:00+01:00', '2024-03-15T08:30:00.000Z'],
    ['20231102', '2023-11-02T00:00:00.000Z'],
    ['Fri, 15 Mar 2024 08:30:00 GMT', '2024-03-15T08:30:00.000Z'],
    ['0000-00-00', null], ['1970-01-01', null], ['yesterday', null], ['3024-01-01', null],
  ])('%s → %s', (input, iso) => expect(toIsoDate(input, Date.UTC(2025, 0, 1))).toBe(iso));

  it('reads the article node from a graph and skips broken blocks', () => {
    const article = readJsonLd(['{oops', '{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"H","author":"A","publisher":{"name":"P"},"datePublished":"2024-01-01"}]}']);
    expect(article).toEqual({ headline: 'H', datePublished: '2024-01-01', authors: ['A'], publisher: 'P', inLanguage: null });
  });
});
