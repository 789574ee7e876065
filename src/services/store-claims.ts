import { extractClaims, sourceKey, topicKey } from '../core/claims';
import { ELSEWHERE } from '../core/claims/extract-claims';
import { bodyAsSubject, partOfToll } from '../core/claims/event-topic';
import { ofKey } from '../core/claims/topic-key';
import type { ClaimResult, ClaimSubject } from '../core/claims';
import type { TopicSlots } from '../core/claims/types';
import type { ArticleAnalysis } from '../core/types';
import type { NewClaim } from '../db/repositories/claim.repository';
import { speakerKey } from './resolve-speaker-identity';

/** What the ingest transaction hands over: the stored article and what the engine found in it. */
export interface ArticleClaimsInput {
  articleId: number;
  text: string;
  analysis: ArticleAnalysis;
  /** Publication date, else arrival. */
  saidAt: Date;
  /** Stored speaker ids by `speakerKey`, as ingest resolved them. */
  speakerIds: Map<string, number>;
  /** The stored speakers' names by `speakerKey`, when known (see `IdentityOutcome.names`). */
  speakerNames?: Map<string, string>;
  /** The claims read before the transaction (`readClaims`): used when read for the same day as `saidAt`. */
  read?: ReadClaims | null;
}

/** An article's claims as the engine reads them for the day they were said (YYYY-MM-DD). */
export interface ReadClaims {
  day: string;
  claims: ClaimResult[];
}

/**
 * Reads an article's claims right after its analysis, before its transaction: what they say does
 * not depend on anything stored, only on the day they were said (`at`: the publication date, or for
 * an undated article the expected day of its arrival — read again in the transaction if it arrives
 * on another day). Done here, the engine's cut of the text is still at hand, and the transaction
 * (with its locks on the speakers' names) is not kept open while the claims are read.
 */
export function readClaims(text: string, analysis: ArticleAnalysis, at: Date): ReadClaims {
  const day = at.toISOString().slice(0, 10);
  return { day, claims: extractClaims(text, analysis, { publishedAt: day }) };
}

/** An article's claims as rows for `insertClaimsWithTopics`, with the topics they belong to. */
export interface ArticleClaimRows {
  topics: Array<{ key: string; label: string; measure: string }>;
  rows: Array<Record<string, unknown> & { topic_key: string }>;
}

/**
 * Extracts the article's claims and turns them into rows under their topics' keys, linked to
 * the stored quote or statement they came from (`sources`: ids by position). The ingest
 * stores them in the article's transaction and then re-runs the consistency checks of every
 * topic they touch, so the article, its claims and the topic counters commit together.
 */
export function articleClaimRows(
  input: ArticleClaimsInput,
  sources: { quotes: Map<number, number>; statements: Map<number, number> },
): ArticleClaimRows {
  const saidAt = input.saidAt.toISOString().slice(0, 10);
  const claims = input.read?.day === saidAt ? input.read.claims : extractClaims(input.text, input.analysis, { publishedAt: saidAt });
  const topics = articleTopics(claims, input.text, input.articleId).map((t, i) => ({ ...t, measure: claims[i].measure }));
  const rows = claims.map((c, i) => {
    const { topicId: _topic, ...row } = toClaimRow(input, c, i, 0, saidAt, sources);
    return { ...snakeCase(row), topic_key: topics[i].key };
  });
  return { topics: topics.map((t) => ({ key: t.key, label: t.label, measure: t.measure })), rows };
}

/**
 * The topic of a claim. A figure with no subject (“a 20% share”, “$5 million”) cannot be
 * compared with other articles' figures of the same measure (they are about anything), so
 * it is only grouped with its own article's: otherwise one ever-growing topic would pit
 * unrelated figures against each other and be re-checked pair by pair on every arrival.
 */
export function scopedTopic(c: ClaimResult, articleId: number): { key: string; label: string } {
  const t = topicKey(c);
  const label = tidyLabel(t.label);
  return c.subject ? { key: t.key, label } : { key: `${t.key}${ARTICLE_KEY}${articleId}`, label: `${label} (article ${articleId})` };
}

/**
 * The topics of an article's claims. A toll of an event with no subject of its own joins the
 * topic of the article's tolls of the same measure before it when those name one subject between
 * them (“… lowered the official death toll from the Velmora fever outbreak” in the lead, then
 * “Varga said on Thursday evening that 12 people had died”), else of its other tolls before it
 * (“an outbreak has infected dozens of people in Ardenia's Velmora province”, then “13 deaths”):
 * a reader takes it to be about that place, and its revision or its discrepancy with another
 * source can be seen beside the other articles' figures. When they name none or several, or its
 * sentence points elsewhere (“nationwide”), it stays with its own article's figures (`scopedTopic`),
 * as does any other figure with no subject (a share, an amount: they may be of anything).
 */
export function articleTopics(claims: readonly ClaimResult[], text: string, articleId: number): Array<{ key: string; label: string }> {
  // a toll's subject that is the body giving it is no subject (“The National Disaster Risk Reduction and Management
  // Authority had reported 128 deaths”): the toll is of the event the article's other tolls name
  const read = claims.map((c) => (EVENT_TOLLS.has(c.measure) && bodyAsSubject(c) ? { ...c, subject: null } : c));
  const own = read.map((c) => scopedTopic(c, articleId));
  // the subjects the article's tolls named so far, by the rest of their topic's key (“|deaths:civilian”), and all of them
  const named = new Map<string, Map<string, ClaimSubject>>();
  const tolls = new Map<string, ClaimSubject>();
  // the subjects the article's figures of what its event did to the land and the grid name anywhere in it: “forcing
  // about 4,000 residents to flee” in the lead is of the fire the next paragraph names (“The Cedar Hollow fire had
  // burned 8,500 acres”). A toll's place named after it is not read so: an article recalling past shootings names
  // each one's city after the toll it opens with
  const event = new Map<string, ClaimSubject>();
  read.forEach((c, i) => {
    const at = own[i].key.indexOf('|');
    if (c.subject && eventFigure(c) && !EVENT_TOLLS.has(c.measure) && at > 0 && !event.has(own[i].key.slice(0, at))) event.set(own[i].key.slice(0, at), c.subject);
  });
  return read.map((c, i) => {
    if (!EVENT_TOLLS.has(c.measure)) {
      // homes without power, land burned, a fire's containment: of the one event the article names, as its tolls are
      if (c.subject || !eventFigure(c) || event.size !== 1 || ELSEWHERE.test(text.slice(c.sentence.start, c.sentence.end))) return own[i];
      return scopedTopic({ ...c, subject: [...event.values()][0] }, articleId);
    }
    // a part of a toll with no place of its own (“In my ward alone, 27 people are dead”, “63 police officers had been
    // injured, nine of them seriously”) is not the event's toll: a topic of its own, compared with nothing
    if ((!c.subject || c.subject.inherited) && partOfToll(text, c)) return partTopic(c, articleId);
    const { key } = own[i];
    if (c.subject) {
      // a subject that folds to nothing (“the”) names no place to join
      if (key.startsWith('|')) return own[i];
      const at = key.indexOf('|');
      const subject = key.slice(0, at);
      const same = named.get(key.slice(at)) ?? new Map<string, ClaimSubject>();
      if (!same.has(subject)) same.set(subject, c.subject);
      named.set(key.slice(at), same);
      if (!tolls.has(subject)) tolls.set(subject, c.subject);
      return own[i];
    }
    const before = named.get(topicKey(c).key) ?? tolls;
    // (none named before it: the one the article's figures of its event name after it)
    const subjects = before.size > 0 ? before : event;
    if (subjects.size !== 1 || ELSEWHERE.test(text.slice(c.sentence.start, c.sentence.end))) return own[i];
    const [subject] = subjects.values();
    return scopedTopic({ ...c, subject }, articleId);
  });
}

/** Units of land an event covers: “burned 8,500 acres”, “12,000 hectares”. */
const AREA_UNIT = /^(?:acres?|hectares?|square\b)/;

/**
 * A figure of what one event did, which is of the place the article names for the event when it names none: a toll,
 * homes without power, the land it covered, the share of a fire contained.
 */
function eventFigure(c: ClaimResult): boolean {
  if (EVENT_TOLLS.has(c.measure) || c.measure === 'outages') return true;
  if (c.measure === 'quantity') return AREA_UNIT.test(c.unit ?? '');
  return c.measure === 'share' && ofKey(c.group) === 'containment';
}

/** How the key of a topic of one part of a toll goes on, before the figure's offset: “|deaths:civilian:part-812@article:2”. */
const PART_KEY = ':part-';

/** The topic of a part of a toll: its own, in its article, named for the measure it is part of. */
function partTopic(c: ClaimResult, articleId: number): { key: string; label: string } {
  const t = topicKey(c);
  return { key: `${t.key}${PART_KEY}${c.start}${ARTICLE_KEY}${articleId}`, label: `${tidyLabel(t.label)}, part of a count (article ${articleId})` };
}

/** Counts of what one event did to people (an outbreak's dead and infected, a flood's dead and displaced): one place. */
const EVENT_TOLLS: ReadonlySet<string> = new Set(['deaths', 'injuries', 'casualties', 'missing', 'displacement', 'evacuation', 'cases', 'infections']);

/** How the key of a topic held to one article's figures ends, before that article's id. */
export const ARTICLE_KEY = '@article:';

/**
 * A topic label with single spaces and no space at its ends: what a label is made of may end in
 * a space (“city’s” read as “city s”, less its plural “s”, gave “— city  (share)”).
 */
export function tidyLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim();
}

/**
 * The label of a topic held to one article's figures once claims of another article joined it
 * (a merge, a claim moved in): without “(article N)”, which no longer says where its figures are
 * from. Any other label as it is.
 */
export function labelForArticles(topic: { key: string; label: string }, articleIds: readonly number[], slots: readonly TopicSlots[] = []): string {
  const at = topic.key.lastIndexOf(ARTICLE_KEY);
  const own = at >= 0 ? topic.key.slice(at + ARTICLE_KEY.length) : '';
  const suffix = ` (article ${own})`;
  if (!/^\d+$/.test(own)) return topic.label;
  if (articleIds.length > 0 && articleIds.every((id) => String(id) === own)) {
    // its figures are its article's alone again (a split): the label it was built with, unless an editor gave another
    const built = builtLabel(topic.key, Number(own), slots);
    return built !== null && topic.label === built.slice(0, -suffix.length) ? built : topic.label;
  }
  return topic.label.endsWith(suffix) ? topic.label.slice(0, -suffix.length) : topic.label;
}

/**
 * The label a topic held to one article's figures was built with, read back from the measure and group of one of
 * its claims whose topic would have that key (“|people:workers@article:7” ← people counted, “workers”); null when
 * none would.
 */
function builtLabel(key: string, articleId: number, slots: readonly TopicSlots[]): string | null {
  for (const s of slots) {
    const c = { ...s, subject: null } as unknown as ClaimResult;
    const own = scopedTopic(c, articleId);
    if (own.key === key) return own.label;
    const t = topicKey(c);
    if (key.startsWith(`${t.key}${PART_KEY}`) && key.endsWith(`${ARTICLE_KEY}${articleId}`)) return `${tidyLabel(t.label)}, part of a count (article ${articleId})`;
  }
  return null;
}

/** An object's keys in snake_case (`startOffset` → `start_offset`): the column names of its row. */
export function snakeCase(row: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[columnName(k)] = v;
  return out;
}

/** Column names by property name: the same few dozen keys come back for every claim stored. */
const columnNames = new Map<string, string>();

function columnName(key: string): string {
  let name = columnNames.get(key);
  if (name === undefined) {
    name = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    if (columnNames.size < 1000) columnNames.set(key, name);
  }
  return name;
}

function toClaimRow(
  input: ArticleClaimsInput,
  c: ClaimResult,
  position: number,
  topicId: number,
  saidAt: string,
  sources: { quotes: Map<number, number>; statements: Map<number, number> },
): NewClaim {
  const index = c.source.index;
  return {
    articleId: input.articleId,
    position,
    topicId,
    kind: c.kind,
    measure: c.measure,
    groupText: c.group,
    subjectText: c.subject?.text ?? null,
    subjectKind: c.subject?.kind ?? null,
    valueLow: finite(c.value?.low),
    valueHigh: finite(c.value?.high),
    valueStated: finite(c.value?.stated),
    qualifier: c.value?.qualifier ?? null,
    unit: c.unit,
    valueText: c.valueSpan?.text ?? null,
    timeText: c.time?.text ?? null,
    timeFrom: c.time?.from ?? null,
    timeTo: c.time?.to ?? null,
    timePrecision: c.time?.precision ?? null,
    impliedStartEarliest: c.impliedStart?.earliest ?? null,
    impliedStartLatest: c.impliedStart?.latest ?? null,
    impliedStartPrecision: c.impliedStart?.precision ?? null,
    polarity: c.polarity,
    hedged: c.hedged,
    checkWorthiness: Math.min(1, Math.max(0, Number.isFinite(c.checkWorthiness) ? c.checkWorthiness : 0)),
    speakerId: c.speaker ? (input.speakerIds.get(speakerKey(c.speaker)) ?? null) : null,
    speakerName: c.speaker ? (input.speakerNames?.get(speakerKey(c.speaker)) ?? c.speaker.name) : null,
    speakerKey: c.speaker ? sourceKey(c.speaker.name) : null,
    sourceType: c.source.type,
    quoteId: c.source.type === 'quote' && index !== null ? (sources.quotes.get(index) ?? null) : null,
    statementId: c.source.type === 'statement' && index !== null ? (sources.statements.get(index) ?? null) : null,
    sourcePosition: index,
    text: c.text,
    startOffset: c.start,
    endOffset: c.end,
    sentenceStart: c.sentence.start,
    sentenceEnd: c.sentence.end,
    citedSource: c.citedSource?.text ?? null,
    citedSourceKey: c.citedSource?.key ?? null,
    saidAt,
  };
}

function finite(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}
