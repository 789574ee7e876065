import { z } from 'zod';
import { articleInputSchema } from '../../services/article-input';
import { verifySchema } from '../../services/verify-quote';
import { articleIdParams } from '../articles/articles.schema';
import { claimIdParams } from '../claims/claims.schema';
import type { Access } from '../middleware/auth';
import { ROUTE_TABLE } from '../route-table';
import { apiSearchQuery } from '../search/search.router';
import { speakerIdParams } from '../speakers/speakers.schema';
import { apiClaimListQuery, apiTopicListQuery, articleListQuery, TOPIC_API_PAGE, topicClaimsQuery } from './api.router';
import { CLAIM_FINDINGS_PAGE, RELATED_CLAIMS } from '../../services/get-claims';
import { MAX_LIMIT } from './cursor';
import { apiDirectoryQuery, apiTimelineQuery } from './speakers.router';

type Json = Record<string, unknown>;

/** A zod schema as JSON Schema (2020-12, what OpenAPI 3.1 uses), as a client sends it. */
function schemaOf(s: z.ZodType): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  return rest;
}

/** OpenAPI parameters from a zod object of query or path fields. */
function paramsOf(s: z.ZodType, where: 'query' | 'path'): Json[] {
  const js = schemaOf(s) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, schema]) => {
    const { description, ...rest } = schema as Json & { description?: string };
    return { name, in: where, required: where === 'path' || (js.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
  });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Json) => ({ anyOf: [schema, { type: 'null' }] });
const str = { type: 'string' };
const int = { type: 'integer' };
const num = { type: 'number' };
const dateTime = { type: 'string', format: 'date-time' };
const day = { type: 'string', format: 'date' };
const obj = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({ type: 'object', properties, required });
const offsets = obj({ text: str, start: int, end: int });
const textFormat = { enum: ['plain', 'html'], description: 'How the text was read: as sent, or converted from HTML to plain text' };
const notes = { type: 'array', items: str, description: 'What was done to the submission, for the person who sent it (e.g. that HTML was converted)' };

/** `{data, next_cursor}` of a list. */
const page = (item: Json, extra: Record<string, unknown> = {}) => obj({ data: { type: 'array', items: item }, next_cursor: nullable(str), ...extra }, ['data', 'next_cursor']);

const SCHEMAS: Record<string, Json> = {
  Error: obj({
    error: obj({
      code: { type: 'string', examples: ['validation_failed'] },
      message: str,
      details: { description: 'For validation_failed: each field mapped to its problems.', anyOf: [{ type: 'object', additionalProperties: { type: 'array', items: str } }, { type: 'null' }, {}] },
      requestId: str,
    }),
  }),
  SpeakerRef: obj({ id: int, name: str, kind: { enum: ['person', 'organisation'] }, role: nullable(str) }, ['id', 'name']),
  Quote: obj({
    id: int, text: str, start: int, end: int, segments: { type: 'array', items: obj({ start: int, end: int }, []) }, kind: str,
    speaker: nullable(ref('SpeakerRef')), speakerMention: nullable(offsets), cue: nullable(offsets), confidence: num,
    attribution: obj({ form: str, rule: str, evidence: str }, []),
    nested: {
      type: 'array',
      description: 'Quotations inside this quote’s words (“He told me, ‘I will resign,’ and …”), each with whom the quote’s own words say said it; empty when there are none.',
      items: obj({ text: str, start: int, end: int, speakerName: nullable(str), speakerKind: str, speakerMention: nullable(offsets), cue: nullable(offsets), confidence: num, evidence: str }),
    },
  }, ['id', 'text', 'start', 'end', 'kind', 'speaker', 'confidence']),
  Article: obj({
    id: int, title: str, outlet: nullable(str), url: nullable(str), canonicalUrl: nullable(str), byline: nullable(str), language: nullable(str),
    version: int, previousVersionId: nullable(int), isCurrent: { type: 'boolean' },
    sameTextAsId: { ...nullable(int), description: 'Set on a version of a page whose text was already stored (the page went back to the wording of an earlier version, or took the text of another article): the article first stored with that text.' },
    publishedAt: nullable(dateTime), source: str, text: str,
    createdAt: dateTime, quoteCount: int, speakerCount: int, quotes: { type: 'array', items: ref('Quote') }, statements: { type: 'array', items: { type: 'object' } },
    publications: { type: 'array', items: ref('Publication'), description: 'Other outlets and addresses that ran this very text (a wire story in several papers), earliest first.' },
    headlineQuotes: { type: 'array', items: ref('HeadlineQuote'), description: 'The words the headline puts in quote marks, each checked against the article’s own quotes and text.' },
    changes: {
      ...nullable(obj({ quotes: ref('QuoteChanges'), figures: ref('FigureChanges'), statements: ref('QuoteChanges') })),
      description: 'On a later version of a page: what changed in its quotes, figures and reported statements (compared as quotes are) since the version before; null otherwise.',
    },
  }, ['id', 'title', 'text', 'quotes', 'statements']),
  HeadlineQuote: obj({
    text: str,
    verdict: {
      enum: ['exact', 'altered', 'unquoted', 'not-found'],
      description: '`exact`: one of the article’s quotes, whole or cut; `altered`: close to one but not its words; `unquoted`: words of the article it presents as no one’s quote; `not-found`: in neither.',
    },
    quote: { ...nullable(obj({ id: int, position: int, speakerName: nullable(str) })), description: 'The article’s quote these words are or come closest to.' },
    similarity: { ...nullable(num), description: 'Share of words in common with that quote (0–1).' },
    diff: { ...nullable({ type: 'array', items: obj({ op: { enum: ['same', 'added', 'removed'] }, text: str }) }), description: 'How the headline’s words differ from that quote (removed: the quote’s words only; added: the headline’s).' },
  }),
  Publication: obj({ id: int, outlet: nullable(str), url: nullable(str), title: str, publishedAt: nullable(dateTime), firstSeenAt: dateTime, source: str }),
  QuoteChanges: obj({
    added: { type: 'array', items: obj({ text: str, speakerName: nullable(str) }) },
    removed: { type: 'array', items: obj({ text: str, speakerName: nullable(str) }) },
    altered: { type: 'array', items: obj({ before: obj({ text: str, speakerName: nullable(str) }), after: obj({ text: str, speakerName: nullable(str) }), diff: { type: 'array', items: obj({ op: { enum: ['same', 'added', 'removed'] }, text: str }) } }) },
    unchanged: int,
  }),
  FigureChanges: obj({
    changed: { type: 'array', description: 'The same topic from the same speaker with another figure, period or polarity', items: obj({ before: ref('FigureSide'), after: ref('FigureSide') }) },
    added: { type: 'array', items: ref('FigureSide') },
    removed: { type: 'array', items: ref('FigureSide') },
    unchanged: int,
  }),
  FigureSide: obj({ claimId: int, topicId: int, topicLabel: nullable(str), measure: str, speakerName: nullable(str), figure: { type: 'string', examples: ['140 people (since Monday)'] }, text: str }),
  ArticleSummary: obj({ id: int, href: str, title: str, outlet: nullable(str), url: nullable(str), publishedAt: nullable(dateTime), source: str, quoteCount: int, speakerCount: int, createdAt: dateTime }),
  Fetch: obj({ id: int, url: str, status: { enum: ['queued', 'fetching', 'done', 'duplicate', 'failed'] }, attempts: int, error: nullable(obj({ code: str, message: str })), article: nullable(obj({ id: int, href: str })), createdAt: dateTime, updatedAt: dateTime }),
  Import: obj({ id: int, filename: str, status: str, totalRows: int, counts: { type: 'object', additionalProperties: int }, convertedFromHtml: { ...int, description: 'Rows stored (or found already stored) whose text was HTML, converted to plain text' }, ratePerSecond: nullable(num), etaSeconds: nullable(num), failedRows: { type: 'array', items: obj({ row: int, error: { ...str, description: 'Why the row failed: its problems joined by "; "' }, problems: { type: 'array', items: str, description: 'The same problems, one each' }, attempts: int, retryable: { type: 'boolean', description: 'A retry may store the row (a fetch failed for a passing reason — a time-out, a refused connection, 5xx, 408 or 429 —, the queue or the database failed); false when the row is invalid as it is or its page failed for good (another 4xx, a refused address, a type not accepted, no article text)' } }) } }, ['id', 'status']),
  SpeakerSummary: obj({ id: int, name: str, kind: { enum: ['person', 'organisation'] }, role: nullable(str), organisation: nullable(str), organisationAbbreviation: nullable(str), country: nullable(str), quoteCount: int, firstQuotedAt: nullable(dateTime), lastQuotedAt: nullable(dateTime), matchedAlias: nullable(str) }),
  Speaker: obj({
    id: int, name: str, kind: { enum: ['person', 'organisation'] }, externalId: nullable(str), externalUrl: nullable(str), quoteCount: int,
    roles: { type: 'array', items: obj({ title: nullable(str), organisation: nullable(str), organisationAbbreviation: nullable(str), country: nullable(str), firstStatedAt: nullable(str), lastStatedAt: nullable(str), firstArticleId: nullable(int), lastArticleId: nullable(int), articleCount: int }, []) },
    aliases: { type: 'array', items: obj({ alias: str, kind: str, firstArticleId: nullable(int), lastArticleId: nullable(int), seenCount: int }, []) },
  }, ['id', 'name', 'kind', 'roles', 'aliases']),
  TimelineQuote: obj({ id: int, text: str, kind: str, quotedAt: dateTime, speakerMention: nullable(str), confidence: num, article: obj({ id: int, title: str, outlet: nullable(str), url: nullable(str), position: int }), href: str }),
  QuoteDetail: obj({
    id: int, text: str, kind: str, speaker: nullable(ref('SpeakerRef')), speakerMention: nullable(str), cue: nullable(str), confidence: num, reviewStatus: str,
    attributionUnsure: { type: 'boolean', description: 'No person has reviewed the attribution and the review queue holds it, or another part of the same quote split around its attribution, as unsure: the same test as verification’s attributionUnsure' },
    unsureReasons: { type: 'array', items: str, description: 'Why the attribution is unsure, as the review queue says it; empty when attributionUnsure is false', examples: [['“he” resolved across paragraphs']] },
    article: obj({ id: int, title: str, outlet: nullable(str), url: nullable(str), publishedAt: nullable(dateTime), href: str }, ['id', 'title', 'href']),
    context: { type: 'object' }, occurrences: { type: 'array', description: 'A page of 50 of the quotes in current articles that ran the same words, earliest first (`?ran=2` for the next), each copy of the text another outlet ran a place of its own; a page is dated by the first of its versions that held the words, and `fromVersion` names the earlier version a date or a copy comes from', items: { type: 'object' } },
    occurrenceArticles: { ...int, description: 'How many current articles ran the same words in all' }, occurrencesNext: { ...nullable(str), description: 'The next page of occurrences, or null' },
    credited: { type: 'array', description: 'Everyone those articles credit the words to, counted over all of them, earliest first', items: { type: 'object', properties: { speakerId: nullable(int), speakerName: str, articles: int, first: str } } }, claims: { type: 'array', items: { type: 'object' } }, citations: obj({ plain: str, markdown: str, academic: str }, []),
  }, ['id', 'text', 'speaker', 'article']),
  SearchHit: obj({ id: int, text: str, highlights: { type: 'array', items: str }, speaker: nullable(obj({ id: int, name: str })), article: obj({ id: int, title: str, outlet: nullable(str), publishedAt: nullable(dateTime), version: int, current: { type: 'boolean', description: 'false for an earlier version of a page whose text has since changed: found only with `earlier=1`, for words the later versions dropped' }, href: str }), rank: num,
    earlierVersions: { type: 'array', description: 'The same words in earlier versions of this page, latest first: listed here rather than as results of their own', items: obj({ quoteId: int, version: int, href: str }) },
    otherArticles: { ...int, description: 'How many other articles (pages, their versions counted once) ran the same words' },
  }),
  Claim: obj({
    id: int, href: str, articleId: int, topicId: int, kind: str, measure: str, group: nullable(str), subject: nullable(obj({ text: str, kind: nullable(str) })),
    value: nullable(obj({ low: nullable(num), high: nullable(num), stated: num, qualifier: str })), unit: nullable(str),
    figure: { anyOf: [str, { type: 'null' }], description: 'The figure as said, with its denial: “not 14” when polarity is negated (value then holds the figure denied).' }, valueText: nullable(str),
    time: nullable(obj({ text: str, from: nullable(day), to: nullable(day), precision: nullable(str) })), impliedStart: nullable({ type: 'object' }),
    polarity: str, hedged: { type: 'boolean' }, checkWorthiness: num, speaker: nullable(obj({ id: nullable(int), name: str, key: nullable(str) })),
    source: obj({ type: str, position: nullable(int), quoteId: nullable(int), statementId: nullable(int) }), text: str, start: int, end: int,
    sentence: obj({ start: int, end: int }), citedSource: nullable(obj({ text: str, key: nullable(str) })), saidAt: day, conflictCount: int, superseded: { type: 'boolean', description: 'From a version of its page that a later version replaced: kept on that version, left out of its topic and of the claim lists.' },
  }, ['id', 'topicId', 'kind', 'measure', 'text', 'saidAt']),
  Verdict: obj({
    id: int, rating: str, ratingDefinition: str, ratingValue: int, ratingBest: int, explanation: str,
    sources: { type: 'array', items: obj({ url: str, title: str, publisher: nullable(str), accessedAt: nullable(day) }, ['url', 'title']) },
    reference: nullable(obj({ value: num, unit: nullable(str), sourceUrl: nullable(str), sourceTitle: nullable(str), date: nullable(day) })),
    error: nullable(obj({ value: num, unit: nullable(str), relative: nullable(num), summary: nullable(str) })),
    published: { type: 'boolean' }, supersedesId: nullable(int), author: str, createdAt: dateTime, date: day,
  }, ['id', 'rating', 'ratingValue', 'ratingBest', 'explanation', 'published', 'createdAt']),
  Topic: obj({ id: int, href: str, key: str, label: str, measure: str, claimCount: int, conflictCount: int, latest: nullable(obj({ figure: str, saidAt: nullable(day) })), spread: nullable(obj({ min: num, max: nullable(num), unit: nullable(str) })), recheckPending: { type: 'boolean', description: 'An editor moved claims of this topic (a merge, a corrected speaker) and its conflicts are still being checked again in the background: until then they are those from before the change.' } }),
  Finding: obj({ id: nullable(int), kind: { enum: ['contradiction', 'divergence', 'discrepancy', 'duration-mismatch', 'revision', 'cited-source-mismatch'] }, claimIds: { type: 'array', items: int }, reason: str, direction: nullable(str) }),
  Verification: obj({
    verdict: {
      enum: ['exact', 'altered', 'not-found', 'someone-else', 'unattributed', 'disputed', 'reported'],
      description: 'reported: the words are a quotation inside another speaker’s quote (see `secondHand`), who reports them as someone’s; the claimed speaker is not among those credited first-hand. disputed: the words are stored as they are, but articles credit them to different speakers (see `dispute`) and no person’s review of one attribution settles it. When a person confirmed or corrected the words as another speaker’s and no one the claimed speaker’s, the verdict is someone-else, naming the reviewed speaker',
    },
    claimedSpeaker: nullable(str),
    secondHand: { type: 'boolean', description: 'The pasted words are, word for word, a quotation inside the closest stored quote: its speaker reports them as someone’s words' },
    reportedSpeaker: {
      ...nullable(obj({
        name: str, kind: str, confidence: num, namedAs: nullable(str),
        claimed: { type: 'boolean', description: 'The claimed speaker is this one' },
        byClaimed: { type: 'boolean', description: 'The claimed speaker is the one who tells the words as this one’s (verdict reported)' },
      })),
      description: 'When the words are a quotation inside the closest stored quote: whom that quote’s words credit them to (“The minister looked at me and said, ‘…’”); null when its words name no one.',
    },
    attributionUnsure: { type: 'boolean', description: 'The verdict rests on an attribution no person has reviewed and the review queue holds as unsure (confidence under 70%, no speaker found, an anonymous source, or a pronoun resolved across sentences or paragraphs): check the article before relying on it' },
    unsureReasons: { type: 'array', items: str, description: 'Why that attribution is unsure, as the review queue says it (“low confidence (69%)”, “anonymous source”); empty when attributionUnsure is false', examples: [['low confidence (69%)']] },
    reviewedElsewhere: { ...nullable(obj({ quoteId: int, articleId: int, articleTitle: str, reviewStatus: str })), description: 'The same words given to the same speaker in another article, whose attribution a person confirmed or corrected: then attributionUnsure is false' },
    dispute: {
      ...nullable(obj({
        attributions: {
          type: 'array',
          description: 'The speaker the verdict names first, then each other speaker the words are credited to (earliest first) whom no article credits together with them',
          items: obj({
            speakerId: nullable(int), speakerName: str, articles: { ...int, description: 'How many current articles credit the words to this speaker' },
            reviewed: { type: 'boolean', description: 'A person confirmed or corrected this attribution in one of those articles' },
            quoteId: int, articleId: int, position: int, articleTitle: str, outlet: nullable(str), at: dateTime,
            reviewStatus: { type: 'string', description: 'Of the quote named: the reviewed one when there is one, else the earliest' }, href: str,
          }),
        },
      })),
      description: 'With an exact or altered verdict (or someone-else, after a person’s review outranked the claimed speaker): the articles credit the closest words to different speakers (a later correction, “The words … were spoken by Karin Bos, not by Mr Hendriks”); null when they agree',
    },
    matches: { type: 'array', items: { type: 'object', properties: { quoteId: int, quoteIds: { type: 'array', items: int, description: 'The stored quotes these words are: one, or the parts of a quote the article split around its attribution (“…,” she said. “…”), read together' }, text: str, similarity: num, coverage: num, excerpt: { type: 'boolean' }, exact: { type: 'boolean' }, speakerName: nullable(str), speakerKind: str, confidence: num, reviewStatus: str, attributionUnsure: { type: 'boolean' }, unsureReasons: { type: 'array', items: str }, href: str } } }, earliest: nullable({ type: 'object' }), occurrences: { type: 'array', items: { type: 'object' } },
    otherArticles: { type: 'array', description: 'The other articles that ran the closest words, one entry each, earliest first (occurrences lists every quote, two in one article included)', items: { type: 'object' } },
    storedUnnamed: { ...nullable(obj({ quoteId: int, articleId: int, position: int, articleTitle: str, outlet: nullable(str), exact: { type: 'boolean' }, speakerName: nullable(str), speakerKind: str, reviewStatus: str })), description: 'The pasted words as stored with no one named (a fact check quoting the circulating version), when the claimed speaker’s own quote they were made from is the one compared instead' },
    credited: { type: 'array', description: 'Everyone the stored articles credit the closest words to, earliest first: more than one is a misattribution somewhere', items: { type: 'object', properties: { speakerId: nullable(int), speakerName: str, articles: int, first: str } } },
    changes: nullable({ type: 'array', description: 'What an altered version changed inside the closest real quote (words left out, put in or replaced); null when exact, or too many changes to name', items: { type: 'object', properties: { leftOut: nullable(str), putIn: nullable(str) } } }),
    articlesInAll: { ...int, description: 'How many current articles ran the closest words in all, the earliest included; occurrences and otherArticles list the first 50 quotes' },
    inside: { type: 'array', description: 'With no stored quote close to the whole paste (a paragraph pasted whole): the quoted words or sentences of it that are stored quotes, each checked alone (at most 6)', items: { type: 'object', properties: { part: str, verdict: str, quoteId: int, text: str, speakerName: nullable(str), articleId: int, articleTitle: str, outlet: nullable(str), at: dateTime, href: str } } },
    passage: { type: 'boolean', description: 'The paste was not found and reads as several quotes or sentences: paste one quote at a time' },
    laterCopy: { ...nullable(obj({ quoteId: int, articleId: int, position: int, articleTitle: str, outlet: nullable(str), at: dateTime })), description: 'The pasted words are stored word for word only in articles later than the earliest source of the quote, which reads differently: the first of those later copies (the verdict is then altered, compared with the earliest source)' },
  }),
};

const json = (schema: Json, description: string, example?: unknown) => ({ description, content: { 'application/json': { schema, ...(example !== undefined ? { example } : {}) } } });
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });
const PAGE_HEADERS = { Link: { description: 'The next page: `</api/v1/…?cursor=…>; rel="next"` (absent on the last page)', schema: str } };
const RATE_HEADERS = {
  'RateLimit-Limit': { description: 'Requests allowed in the window', schema: int },
  'RateLimit-Remaining': { description: 'Requests left in the window', schema: int },
  'RateLimit-Reset': { description: 'Seconds until the window ends', schema: int },
};

interface Op {
  summary: string;
  description?: string;
  params?: Json[];
  body?: { schema: Json; example: unknown };
  ok: Record<string, Json>;
  paged?: boolean;
  limited?: boolean;
}

const listDoc = `Cursor pagination: at most ${MAX_LIMIT} rows per page; pass \`next_cursor\` back as \`cursor\` (also in the \`Link\` header). A cursor is opaque and belongs to its list and order: anything else is refused with 422.`;
const idPath = (s: z.ZodType) => paramsOf(s, 'path');

/** Every operation of /api/v1, keyed as the route table keys them (`METHOD /express/path`). */
const OPERATIONS: Record<string, Op> = {
  'GET /api/v1/articles': { summary: 'List current articles, newest first', params: paramsOf(articleListQuery, 'query'), ok: { 200: json(page(ref('ArticleSummary')), 'A page of articles') }, paged: true },
  'POST /api/v1/articles': {
    summary: 'Add an article: analyse pasted text, or fetch a URL in the background',
    description: 'With `text`, the article is analysed and stored (201; 200 with `duplicate: true` when the same text is already stored). A text that is evidently HTML (markup tags such as `<p>`, `<br>`, `<u>`, `<script>`) is converted to plain text first — scripts, styles, noscript and templates dropped, entities decoded, block elements and `<br>` ending paragraphs — and the answer says so with `textFormat: "html"` and a note; any other text is stored as sent. With only `url`, the page is fetched in the background (202 with a fetch to poll): the same text as the current version of its canonical URL is a duplicate, changed text becomes the next version (also when it goes back to the wording of an earlier version), and a new page whose text is already stored is a duplicate of that article. The same text sent from another outlet or address (a wire story run by another paper) is a duplicate recorded as another publication of the stored article (`publication`).',
    body: { schema: { anyOf: [schemaOf(articleInputSchema), obj({ url: { type: 'string', format: 'uri' } })] }, example: { title: 'Ceasefire talks', text: '“We will not stop,” the minister said.', outlet: 'Coast Daily', publishedAt: '2024-02-01' } },
    ok: {
      200: json(obj({
        duplicate: { const: true }, textFormat, notes,
        publication: { ...nullable(ref('Publication')), description: 'The copy sent, from another outlet or address than the stored article: recorded as another publication of it (null when it is the stored article sent again).' },
        article: ref('Article'),
      }), 'The same text was already stored'),
      201: json(obj({ duplicate: { const: false }, textFormat, notes, article: ref('Article') }), 'Stored and analysed'),
      202: json(obj({ fetch: ref('Fetch') }), 'The URL is queued for fetching'),
    },
  },
  'GET /api/v1/articles/{id}': { summary: 'An article with its quotes and reported statements', params: idPath(articleIdParams), ok: { 200: json(obj({ article: ref('Article') }), 'The article') } },
  'GET /api/v1/fetches/{id}': { summary: 'Progress of a URL fetch', params: idPath(articleIdParams), ok: { 200: json(obj({ fetch: ref('Fetch') }), 'The fetch request') } },
  'POST /api/v1/imports': {
    summary: 'Import a JSON Lines or CSV file of articles',
    body: { schema: obj({ filename: str, content: str }, ['content']), example: { filename: 'articles.jsonl', content: '{"title":"…","text":"…"}\n' } },
    ok: { 202: json(obj({ import: obj({ id: int, rows: int, href: str }) }), 'The import is queued') },
  },
  'GET /api/v1/imports/{id}': { summary: 'Progress of an import, with its failed rows', params: idPath(articleIdParams), ok: { 200: json(obj({ import: ref('Import') }), 'The import') } },
  'GET /api/v1/quotes/{id}': { summary: 'A quote with its context, other occurrences, claims and citations', params: idPath(articleIdParams), ok: { 200: json(obj({ quote: ref('QuoteDetail') }), 'The quote') } },
  'GET /api/v1/search': {
    summary: 'Full-text search over quotes',
    description: 'Web-search syntax in `q`: "phrases", -exclusion, OR. Without `q`, the filters alone list every quote they allow, newest first. Current versions of articles only, unless `earlier=1`; a quote is listed once per page, with the earlier versions holding its words under `earlierVersions`. Pages go up to the 10,000th result.',
    params: paramsOf(apiSearchQuery, 'query'),
    ok: {
      200: json(
        page(ref('SearchHit'), {
          total: { ...int, description: 'How many quotes match: exact up to 1,000; beyond, possibly the planner’s estimate (see totalExact)' },
          totalExact: { type: 'boolean', description: 'false when total is an estimate (only past 1,000 matches)' },
          ignored: { type: 'array', items: str, description: 'Words of `q` left out of the search as too common to look for (“the”, “each”), in the order typed; empty when none. A search of such words alone finds nothing.', examples: [['the']] },
        }),
        'A page of matches, their total and the words left out',
      ),
    },
    paged: true,
    limited: true,
  },
  'POST /api/v1/verify': {
    summary: 'Did they really say it? Verify a circulating quote',
    body: { schema: schemaOf(verifySchema), example: { quote: 'We will never negotiate', speaker: 'Ali Shamkhani' } },
    ok: { 200: json(ref('Verification'), 'The verdict and the closest stored quotes') },
    limited: true,
  },
  'GET /api/v1/speakers': { summary: 'The speaker directory: fuzzy name search, filters and sorts', params: paramsOf(apiDirectoryQuery, 'query'), ok: { 200: json(page(ref('SpeakerSummary'), { sort: str }), 'A page of speakers') }, paged: true },
  'GET /api/v1/speakers/{id}': { summary: 'A speaker with roles over time and aliases (a merged id answers 308)', params: idPath(speakerIdParams), ok: { 200: json(obj({ speaker: ref('Speaker') }), 'The speaker'), 308: { description: 'Merged: the Location header names the live speaker' } } },
  'GET /api/v1/speakers/{id}/quotes': { summary: 'A speaker’s quotes, newest first', params: [...idPath(speakerIdParams), ...paramsOf(apiTimelineQuery, 'query')], ok: { 200: json(page(ref('TimelineQuote'), { speakerId: int }), 'A page of quotes') }, paged: true },
  'GET /api/v1/claims': { summary: 'Claims, newest first or most worth checking first', params: paramsOf(apiClaimListQuery, 'query'), ok: { 200: json(page(ref('Claim')), 'A page of claims') }, paged: true },
  'GET /api/v1/claims/{id}': { summary: 'A claim with its topic, findings, related claims, editors’ check-worthiness decision and verdicts (newest first; internal ones for editors only)', params: idPath(claimIdParams), ok: { 200: json(obj({ claim: ref('Claim'), topic: ref('Topic'), findings: { type: 'array', items: ref('Finding'), description: `The claim's first ${CLAIM_FINDINGS_PAGE} findings (no id: found for this claim against every other of its topic), against the claims said nearest it first` }, findingCount: int, related: { type: 'array', items: int, description: `The ${RELATED_CLAIMS} claims of the topic said nearest this one` }, checkWorthy: nullable({ type: 'boolean' }), verdicts: { type: 'array', items: ref('Verdict') } }), 'The claim') } },
  'GET /api/v1/topics': { summary: 'Topics, most recently changed first', description: 'Only topics with a subject, which articles can share, unless `subjects=all`: that adds the figures with no subject, each kept within its own article.', params: paramsOf(apiTopicListQuery, 'query'), ok: { 200: json(page(ref('Topic')), 'A page of topics') }, paged: true },
  'GET /api/v1/topics/{id}': { summary: `A topic with its first ${TOPIC_API_PAGE} claims (oldest first) and findings; \`more\` links the lists of the rest (a merged id answers 308)`, params: idPath(claimIdParams), ok: { 200: json(obj({ topic: ref('Topic'), claims: { type: 'array', items: ref('Claim') }, findings: { type: 'array', items: ref('Finding') }, more: obj({ claims: nullable(str), findings: nullable(str) }) }), 'The topic'), 308: { description: 'Merged: the Location header names the live topic' } } },
  'GET /api/v1/claims/{id}/claimreview': {
    summary: 'The schema.org ClaimReview of a claim’s published verdict (JSON-LD)',
    params: idPath(claimIdParams),
    ok: { 200: { description: 'A ClaimReview object', content: { 'application/ld+json': { schema: { type: 'object', properties: { '@context': str, '@type': { const: 'ClaimReview' } } } } } } },
  },
  'GET /api/v1/claimreviews': {
    summary: 'Every published verdict as schema.org ClaimReview (JSON-LD array, streamed)',
    ok: { 200: { description: 'An array of ClaimReview objects', content: { 'application/ld+json': { schema: { type: 'array', items: { type: 'object' } } } } } },
  },
  'GET /api/v1/topics/{id}/claims': { summary: 'A topic’s claims in time order, oldest first', params: [...idPath(claimIdParams), ...paramsOf(topicClaimsQuery, 'query')], ok: { 200: json(page(ref('Claim'), { topicId: int }), 'A page of claims'), 308: { description: 'Merged: the Location header names the live topic' } }, paged: true },
  'GET /api/v1/topics/{id}/findings': { summary: 'A topic’s findings in stored order (each claim’s against the claims said nearest it)', params: [...idPath(claimIdParams), ...paramsOf(topicClaimsQuery, 'query')], ok: { 200: json(page(ref('Finding'), { topicId: int }), 'A page of findings'), 308: { description: 'Merged: the Location header names the live topic' } }, paged: true },
};

const ACCESS_TEXT: Record<Access, string> = {
  public: 'Anyone.',
  read: 'Any signed-in role; also anonymous clients when the installation allows anonymous reading.',
  viewer: 'Viewer, editor or admin.',
  editor: 'Editor or admin.',
  admin: 'Admin only.',
};

/** `/api/v1/speakers/:id` → `/api/v1/speakers/{id}` and back. */
export const toOpenApiPath = (p: string) => p.replace(/:(\w+)/g, '{$1}');
const toExpressPath = (p: string) => p.replace(/\{(\w+)\}/g, ':$1');

/** The OpenAPI 3.1 document of the JSON API. */
export function openApiDocument(): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const [key, op] of Object.entries(OPERATIONS)) {
    const [method, path] = key.split(' ');
    const access = ROUTE_TABLE[`${method} ${toExpressPath(path)}`];
    const responses: Record<string, Json> = {};
    for (const [status, r] of Object.entries(op.ok)) {
      const headers = { ...(op.paged ? PAGE_HEADERS : {}), ...(op.limited ? RATE_HEADERS : {}) };
      responses[status] = Number(status) < 300 && Object.keys(headers).length ? { ...r, headers } : r;
    }
    if (access !== 'public') responses['401'] = errorResponse('No credentials (`unauthenticated`) or an unknown or revoked token (`invalid_token`)');
    if (access !== 'read' && access !== 'public') responses['403'] = errorResponse('Your role may not do this (`forbidden`)');
    if (path.includes('{')) responses['404'] = errorResponse('No such record (`not_found`)');
    if (op.body) {
      responses['400'] = errorResponse('The body is not valid JSON (`invalid_json`)');
      responses['413'] = errorResponse('The body is too large (`payload_too_large`)');
      responses['415'] = errorResponse('The body is not application/json (`unsupported_media_type`)');
    }
    if (op.params?.length || op.body) responses['422'] = errorResponse('Invalid input, including an invalid cursor (`validation_failed`); `details` lists each field’s problems');
    if (op.limited) responses['429'] = { ...errorResponse('Too many requests (`rate_limited`); retry after `Retry-After` seconds'), headers: { 'Retry-After': { description: 'Seconds to wait', schema: int }, ...RATE_HEADERS } };
    (paths[path] ??= {})[method.toLowerCase()] = {
      summary: op.summary,
      description: [op.description, op.paged ? listDoc : null, `Access: ${ACCESS_TEXT[access] ?? access}`].filter(Boolean).join('\n\n'),
      operationId: `${method.toLowerCase()}${path.replace('/api/v1', '').replace(/\{(\w+)\}/g, 'By-$1').split(/[/-]/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`,
      'x-access': access,
      ...(op.params?.length ? { parameters: op.params } : {}),
      ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: op.body.schema, example: op.body.example } } } } : {}),
      responses,
      security: access === 'public' ? [{}] : access === 'read' ? [{ bearerAuth: [] }, { sessionCookie: [] }, {}] : [{ bearerAuth: [] }, { sessionCookie: [] }],
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'whosaid API',
      version: '1',
      description:
        'Quotes, speakers, claims and topics of the whosaid archive as JSON. Authenticate with a personal token (`Authorization: Bearer wsd_…`, created under Account → API tokens). Errors are `{"error": {"code", "message", "details", "requestId"}}`. Offsets are UTF-16 code-unit offsets into the stored article text.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: SCHEMAS,
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'A personal API token (`wsd_…`)' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'whosaid.sid', description: 'A signed-in browser session (JSON requests need no CSRF token)' },
      },
    },
  };
}
