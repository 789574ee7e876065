import type { EntityManager } from 'typeorm';
import type { ArticleAnalysis, QuoteResult, StatementResult } from '../core/types';
import type { ArticleSource } from '../db/entities/article.entity';
import type { StoredNestedQuote } from '../db/entities/quote.entity';
import {
  carryConfirmedReviews,
  insertClaimsWithTopics,
  loadIdentities,
  lockKeysAndInsertArticles,
  retireVersionsOf,
  supersedeArticle,
  updateSpeakersAfterIngest,
  writeSpeakerSide,
  writeTopicFindings,
  loadKeptPairs,
  loadTopicCheckInputs,
  type InsertedClaims,
  type TopicCheckInput,
  type TopicFindingsWrite,
  type SpeakerSideRows,
  type SpeakerUpdate,
} from '../db/repositories/ingest.repository';
import { recountSpeakers } from '../db/repositories/speaker.repository';
import { rebuildSpeakerRoles } from '../db/repositories/speaker-role.repository';
import type { ArticleInput } from './article-input';
import { IdentityModel, isNewSpeakerId, NEW_SPEAKER_BASE } from './identity-model';
import { computeTopicCheck, refreshTopic, UNSTATED_PERIOD_DAYS } from './refresh-topic';
import { DIVERGENCE_FACTOR_KEY, divergenceFactorFrom, divergenceFactorOf } from './settings';
import { identityLookups, resolveSpeakerIdentities, speakerKey, type IdentityOutcome } from './resolve-speaker-identity';
import { articleClaimRows, type ReadClaims } from './store-claims';
import { addWithRelatedTopics, type BatchTopic } from './related-event-topics';
import { carryCorrections } from './carry-corrections';
import { nameSeen, PRONOUNS } from './review-queue';
import { BEFORE_MENTION_CHARS } from '../db/repositories/review.repository';

/** An article ready to store: validated input, content hash and the engine's analysis. */
export interface AnalysedArticle {
  input: ArticleInput;
  hash: string;
  source: ArticleSource;
  analysis: ArticleAnalysis;
  canonicalUrl?: string | null;
  byline?: string | null;
  language?: string | null;
  previousVersion?: { id: number; version: number } | null;
  /** Its claims, read with the analysis (see `readClaims`). */
  claims?: ReadClaims | null;
}

/**
 * Stores analysed articles in the caller's transaction, in order, with the same result as
 * storing them one transaction after another: the articles, their quotes and statements,
 * speakers resolved to stored identities (created when missing, with aliases, dated roles
 * and possible matches), the speakers' timelines and counters, the claims under their
 * topics and each touched topic's findings and counters. Set-based: about eight statements
 * whatever the number of articles. Returns each article's id, or null for an article whose
 * text is already stored (nothing is written for it).
 */
export async function storeAnalysedArticles(em: EntityManager, items: AnalysedArticle[]): Promise<Array<number | null>> {
  const lookups = items.map((it) => identityLookups(it.analysis));
  for (const it of items) if (it.previousVersion) await supersedeArticle(em, it.previousVersion.id);
  const inserted = await lockKeysAndInsertArticles(
    em,
    lookups.flatMap((l) => l.lockKeys),
    items.map((it) => articleRow(it)),
  );
  const byHash = new Map(inserted.map((a) => [a.contentHash.trim(), a]));
  const stored = items.map((it) => byHash.get(it.hash) ?? null);
  const live = items.flatMap((it, i) => (stored[i] ? [{ it, article: stored[i]!, lookup: lookups[i] }] : []));
  if (live.length === 0) return stored.map(() => null);

  // Speakers: decided in memory, article after article, from one read of the candidates.
  const model = new IdentityModel(await loadIdentities(em, live.flatMap((l) => l.lookup.lookups)));
  const arts = live.map(({ it, article }) => ({ it, id: article.id, at: it.input.publishedAt ?? article.createdAt }));
  const outcomes = arts.map((a) => resolveSpeakerIdentities(model, { articleId: a.id, at: a.at }, a.it.analysis));
  const ids = await writeSpeakerSide(em, speakerSideRows(model, arts, outcomes));
  const real = (id: number) => (isNewSpeakerId(id) ? ids.speakers[id - NEW_SPEAKER_BASE] : id);
  await updateSpeakersAfterIngest(em, speakerUpdates(arts, outcomes, real));
  // a new version of a page keeps the confirmations of the quotes it did not change (its corrections
  // are carried once its claims are stored, below), and the version
  // it replaces leaves its speakers' timelines and counters and its claims' topics (the page counts
  // once, in the new one)
  const versions = live.flatMap(({ it, article }) => (it.previousVersion ? [[article.id, it.previousVersion.id] as [number, number]] : []));
  await carryConfirmedReviews(em, versions);
  const retired = await retireVersionsOf(em, versions.map((v) => v[1]));
  if (retired.timeline.length) await recountSpeakers(em, retired.timeline);
  await rebuildSpeakerRoles(em, retired.roles);

  // Claims last: topic rows are locked after speaker rows, in sorted order by every ingest.
  const quoteIds = new Map(ids.quotes.map(([a, p, id]) => [`${a}:${p}`, id]));
  const statementIds = new Map(ids.statements.map(([a, p, id]) => [`${a}:${p}`, id]));
  const topics = new Map<string, { key: string; label: string; measure: string }>();
  const claims: Array<Record<string, unknown> & { topic_key: string }> = [];
  const batchTopics = new Map<string, BatchTopic>();
  for (const [i, a] of arts.entries()) {
    const speakerIds = new Map([...outcomes[i].ids].map(([k, id]) => [k, real(id)]));
    const speakerNames = outcomes[i].names;
    const sources = {
      quotes: new Map(a.it.analysis.quotes.map((_, p) => [p, quoteIds.get(`${a.id}:${p}`)!])),
      statements: new Map(a.it.analysis.statements.map((_, p) => [p, statementIds.get(`${a.id}:${p}`)!])),
    };
    const planned = articleClaimRows({ articleId: a.id, text: a.it.input.text, analysis: a.it.analysis, saidAt: a.at, speakerIds, speakerNames, read: a.it.claims }, sources);
    // a toll opening a topic joins the stored topic of the same event named for another of its places
    // (“western Nepal” the day before, “Jajarkot and Rukum West” now); a topic keeps the label of the
    // first article that created it (that article's last claim under the key)
    const last = [...new Map(planned.topics.map((t) => [t.key, t])).values()];
    await addWithRelatedTopics(em, { topics: last, rows: planned.rows }, { text: a.it.input.text, at: a.at }, topics, claims, batchTopics);
  }
  await refreshTopicsOf(em, await insertClaimsWithTopics(em, [...topics.values()], claims, CLAIM_CHECKS));
  // The topics that lost a replaced version's claims are checked again whole (rare: a page edited).
  for (const id of retired.topics) await refreshTopic(em, id);
  // after the claims, so those drawn from a quote whose correction the new version keeps follow it
  await carryCorrections(em, versions);
  return stored.map((a) => a?.id ?? null);
}

/**
 * Checks the claims just added against their topics in one write, from what the insert read
 * along: the pairs with a new claim and the new claims' speakers' revision chains (a topic
 * checked with another divergence factor is read again whole and rechecked in full).
 */
export async function refreshTopicsOf(em: EntityManager, inserted: InsertedClaims): Promise<void> {
  if (inserted.topicIds.length === 0) return;
  const factor = 'divergenceFactorSetting' in inserted ? divergenceFactorFrom(inserted.divergenceFactorSetting) : await divergenceFactorOf(em);
  let inputs: TopicCheckInput[] = inserted.checks ?? [];
  // Read again, in a statement of its own (a fresh snapshot): topics with stored claims checked
  // under another factor (rechecked whole), and topics whose claims the insert could not all see
  // because it waited for another ingest to commit claims to them.
  const again = inserted.checks
    ? inserted.checks
        .filter((i) => (i.checkedFactor !== factor && i.counters.claimCount > 0) || i.visibleClaims !== i.counters.claimCount)
        .map((i) => i.topicId)
    : inserted.topicIds;
  if (again.length > 0) {
    const reread = await loadTopicCheckInputs(em, again, inserted.claimIds, factor, UNSTATED_PERIOD_DAYS);
    inputs = [...inputs.filter((i) => !again.includes(i.topicId)), ...reread];
  }
  const fresh = new Set(inserted.claimIds);
  const writes = inputs.map((input) => ({ input, write: computeTopicCheck(input, fresh, factor) }));
  // Topics where a claim is now at odds with more claims than the findings it keeps: the new findings are ranked with
  // the stored ones of the claims they meet (a read of the topic's kept findings, not a recheck of its every pair).
  const over = writes.filter((w) => w.write === null);
  const kept = await loadKeptPairs(em, over.map((w) => w.input.topicId));
  const rechecked = over.map((w) => computeTopicCheck(w.input, fresh, factor, kept.get(w.input.topicId) ?? []));
  await writeTopicFindings(em, [...writes.map((w) => w.write), ...rechecked].filter((w): w is TopicFindingsWrite => w !== null));
}

/** What the claims insert reads along for the checks that follow it. */
export const CLAIM_CHECKS = { factorKey: DIVERGENCE_FACTOR_KEY, windowDays: UNSTATED_PERIOD_DAYS };

function articleRow(it: AnalysedArticle) {
  const names = new Set(it.analysis.quotes.map((q) => q.speaker?.name).filter((n): n is string => !!n));
  return {
    title: it.input.title,
    outlet: it.input.outlet ?? null,
    url: it.input.url ?? null,
    canonical_url: it.canonicalUrl ?? null,
    byline: it.byline ?? it.input.byline ?? null,
    published_at: it.input.publishedAt?.toISOString() ?? null,
    language: it.language ?? null,
    body: it.input.text,
    content_hash: it.hash,
    source: it.source,
    version: it.previousVersion ? it.previousVersion.version + 1 : 1,
    previous_version_id: it.previousVersion?.id ?? null,
    quote_count: it.analysis.quotes.length,
    speaker_count: names.size,
  };
}

type Arts = Array<{ it: AnalysedArticle; id: number; at: Date }>;

/** The rows of every article's speaker side; new speakers are referred to as -n (n-th created, from 1). */
function speakerSideRows(model: IdentityModel, arts: Arts, outcomes: IdentityOutcome[]): SpeakerSideRows {
  const ref = (id: number) => (isNewSpeakerId(id) ? -(id - NEW_SPEAKER_BASE + 1) : id);
  const refOf = (o: IdentityOutcome, s: QuoteResult['speaker'] | StatementResult['speaker']) => {
    const id = s ? o.ids.get(speakerKey(s)) : undefined;
    return id === undefined ? null : ref(id);
  };
  // the speaker's name as stored (a renamed speaker's new name, though the article wrote the old one)
  const nameOf = (o: IdentityOutcome, s: QuoteResult['speaker'] | StatementResult['speaker']) => (s ? (o.names.get(speakerKey(s)) ?? s.name) : null);
  const aliases = new Map<string, SpeakerSideRows['aliases'][number]>();
  const roles = new Map<string, SpeakerSideRows['roles'][number]>();
  const matches = new Map<string, SpeakerSideRows['matches'][number]>();
  const observations: SpeakerSideRows['observations'] = [];
  const sightings = new Map<string, SpeakerSideRows['sightings'][number]>();
  arts.forEach((a, i) => {
    const o = outcomes[i];
    // kept for the articles a later version can replace: pages from the web, and any text stored with its address
    if (a.it.canonicalUrl || a.it.input.url) for (const s of o.aliases) sightings.set(`${a.id}:${s.speakerId}:${s.normalizedAlias}`, { article_id: a.id, speaker_ref: ref(s.speakerId), normalized_alias: s.normalizedAlias });
    for (const s of o.aliases) {
      const key = `${s.speakerId}:${s.normalizedAlias}`;
      const known = aliases.get(key);
      if (known) {
        known.seen += 1;
        known.last_article_id = s.articleId;
      } else {
        aliases.set(key, { speaker_ref: ref(s.speakerId), alias: s.alias, normalized_alias: s.normalizedAlias, match_key: s.matchKey, kind: s.kind, article_id: s.articleId, last_article_id: s.articleId, seen: 1 });
      }
    }
    for (const r of o.roles) {
      const at = r.statedAt.toISOString();
      observations.push({ speaker_ref: ref(r.speakerId), article_id: r.articleId, role_key: r.roleKey, title: r.title, organisation: r.organisation, organisation_abbreviation: r.organisationAbbreviation, country: r.country, stated_at: at });
      const key = `${r.speakerId}:${r.roleKey}`;
      const known = roles.get(key);
      if (!known) {
        roles.set(key, { speaker_ref: ref(r.speakerId), role_key: r.roleKey, title: r.title, organisation: r.organisation, organisation_abbreviation: r.organisationAbbreviation, country: r.country, first_stated_at: at, last_stated_at: at, first_article_id: r.articleId, last_article_id: r.articleId, seen: 1 });
        continue;
      }
      // Folded as one observation after another would be: an earlier date moves the first, an equal or later one the last.
      if (r.statedAt.getTime() < Date.parse(known.first_stated_at)) Object.assign(known, { first_stated_at: at, first_article_id: r.articleId });
      if (r.statedAt.getTime() >= Date.parse(known.last_stated_at)) Object.assign(known, { last_stated_at: at, last_article_id: r.articleId });
      known.organisation_abbreviation ??= r.organisationAbbreviation;
      known.seen += 1;
    }
    for (const m of o.reviews) {
      const key = `${m.speakerId}:${m.candidateId}`;
      if (m.speakerId !== m.candidateId && !matches.has(key)) {
        matches.set(key, { speaker_ref: ref(m.speakerId), candidate_ref: ref(m.candidateId), article_id: m.articleId, mention: m.mention, confidence: m.confidence, reason: m.reason });
      }
    }
  });
  return {
    speakers: model.created.map((s) => ({ name: s.name, normalized_name: s.normalizedName, match_key: s.matchKey, surname_key: s.surnameKey, kind: s.kind, role: s.role, organisation: s.organisation, organisation_abbreviation: s.organisationAbbreviation, country: s.country })),
    quotes: arts.flatMap((a, i) => a.it.analysis.quotes.map((q, p) => ({ ...quoteRow(q, a.it.input.text), speaker_name: nameOf(outcomes[i], q.speaker), article_id: a.id, position: p, speaker_ref: refOf(outcomes[i], q.speaker) }))),
    statements: arts.flatMap((a, i) => a.it.analysis.statements.map((s, p) => ({ ...statementRow(s), speaker_name: nameOf(outcomes[i], s.speaker), article_id: a.id, position: p, speaker_ref: refOf(outcomes[i], s.speaker) }))),
    articles: arts.map((a) => ({ id: a.id, at: a.at.toISOString() })),
    aliases: [...aliases.values()],
    sightings: [...sightings.values()],
    observations,
    roles: [...roles.values()],
    matches: [...matches.values()],
  };
}

/** Quotes per speaker with their first and last dates, and the speakers whose current role is re-read. */
function speakerUpdates(arts: Arts, outcomes: IdentityOutcome[], real: (id: number) => number): SpeakerUpdate[] {
  const out = new Map<number, SpeakerUpdate>();
  const get = (id: number) => out.get(id) ?? out.set(id, { id, n: null, first_at: null, last_at: null, refresh: false }).get(id)!;
  arts.forEach((a, i) => {
    const o = outcomes[i];
    for (const q of a.it.analysis.quotes) {
      const id = q.speaker ? o.ids.get(speakerKey(q.speaker)) : undefined;
      if (id === undefined) continue;
      const u = get(real(id));
      const at = a.at.toISOString();
      u.n = (u.n ?? 0) + 1;
      if (u.first_at === null || at < u.first_at) u.first_at = at;
      if (u.last_at === null || at > u.last_at) u.last_at = at;
    }
    for (const r of o.roles) get(real(r.speakerId)).refresh = true;
  });
  return [...out.values()];
}

/**
 * Whether a quote's pronoun speaker stands for a name written only in an earlier paragraph, as
 * the review queue reads it: “The separatist commander … ¶ … "It is a matter of days," he said.”
 * given to the spokesman named a paragraph up. Such a quote waits for review whatever its form.
 */
function pronounAcrossParagraphs(q: QuoteResult, body: string): boolean {
  const at = q.speakerMention?.start;
  if (at === undefined || !q.speaker || !PRONOUNS.has(q.speakerMention!.text.toLowerCase())) return false;
  return nameSeen({ speakerName: q.speaker.name, beforeMention: body.slice(Math.max(0, at - BEFORE_MENTION_CHARS), at) }) === 'earlier paragraph';
}

/**
 * The role stored beside a quote's speaker: the person's role, or for an unnamed source the body it speaks for
 * (“a spokeswoman”, Acme Corp), which no speaker record holds for it.
 */
function speakerRoleOf(speaker: QuoteResult['speaker']): string | null {
  if (!speaker) return null;
  return speaker.role ?? (speaker.kind === 'anonymous' ? speaker.organisation : undefined) ?? null;
}

function quoteRow(q: QuoteResult, body: string) {
  return {
    pronoun_across_paragraphs: pronounAcrossParagraphs(q, body),
    speaker_name: q.speaker?.name ?? null,
    speaker_kind: q.speaker?.kind ?? 'unknown',
    speaker_role: speakerRoleOf(q.speaker),
    speaker_mention: q.speakerMention?.text ?? null,
    speaker_mention_start: q.speakerMention?.start ?? null,
    speaker_mention_end: q.speakerMention?.end ?? null,
    cue: q.cue?.text ?? null,
    cue_start: q.cue?.start ?? null,
    cue_end: q.cue?.end ?? null,
    text: q.text,
    start_offset: q.start,
    end_offset: q.end,
    segments: q.segments.map((s) => ({ start: s.start, end: s.end })),
    kind: q.kind,
    attribution_form: q.form,
    attribution_rule: q.evidence.rule,
    evidence: q.evidence.detail,
    confidence: clamp01(q.confidence),
    nested: q.nested?.length ? q.nested.map(nestedRow) : null,
  };
}

function nestedRow(n: NonNullable<QuoteResult['nested']>[number]): StoredNestedQuote {
  return {
    text: n.text,
    start: n.start,
    end: n.end,
    speakerName: n.speaker?.name ?? null,
    speakerKind: n.speaker?.kind ?? 'unknown',
    speakerMention: n.speakerMention,
    cue: n.cue,
    confidence: clamp01(n.confidence),
    evidence: n.evidence.detail,
  };
}

function statementRow(s: StatementResult) {
  return {
    speaker_name: s.speaker?.name ?? null,
    speaker_kind: s.speaker?.kind ?? 'unknown',
    speaker_mention: s.speakerMention?.text ?? null,
    speaker_mention_start: s.speakerMention?.start ?? null,
    speaker_mention_end: s.speakerMention?.end ?? null,
    cue: s.cue.text,
    cue_start: s.cue.start,
    cue_end: s.cue.end,
    content: s.content.text,
    content_start: s.content.start,
    content_end: s.content.end,
    confidence: clamp01(s.confidence),
    evidence: s.evidence.detail,
  };
}

function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

