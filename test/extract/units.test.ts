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
    ['The bridge has been shut since June. Photo: Valley Voice', 'photo-credit'], ['Photo: Valley Voice', 'photo-credit'],
    ['Drivers queue at the detour on Friday. Photograph: Dan Ortiz/Valley Voice', 'photo-credit'],
    ['Engineers inspect the east pier in May. (Getty Images)', 'photo-credit'], ['Fans in the square (AFP via Getty Images)', 'photo-credit'],
    ['Protesters outside parliament on Monday (AP Photo/Jane Roe)', 'photo-credit'], ['The minister (left) with her deputy | Photo: J. Smith', 'photo-credit'],
    ['Image source, Getty Images', 'photo-credit'], ['Credit: Reuters', 'photo-credit'],
  ])('%s → %s', (text, rule) => expect(boilerplateRule(text)).toBe(rule));

  it.each([
    'Share prices fell sharply on Monday after the bank warned of losses.',
    'Read more carefully, the judge told the lawyers, and you will see the contract is void.',
    '"Follow the money," the senator said.',
    'Comments made by the minister on Friday drew criticism from unions.',
    'The agency code MS/3853185 appeared in the leaked file, investigators said.',
    'A photo of the closed bridge shared on Facebook last week drew more than 3,000 comments.',
    'The judge allowed reporters to attend the hearing. Photographs, however, were banned.',
    'The photo: a blurred image of the minister, shared 10,000 times, was fake, police said.',
    '"We will win," the minister said (AFP)',
    'The bank extended its tax credit: the scheme now runs to 2026.',
    'The report covered three areas. Credit: banks lent less than in 2019.',
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
