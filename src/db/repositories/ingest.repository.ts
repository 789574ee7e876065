import type { EntityManager } from 'typeorm';
import { queryPrepared } from '../prepared';
import type { TopicCounters } from './claim.repository';
import { IDENTITY_CANDIDATE_LIMIT } from './speaker.repository';
import type { SpeakerAliasKind } from '../entities/speaker-alias.entity';
import type { StoredSpeakerKind } from '../entities/speaker.entity';

/*
 * The statements of an ingest, each covering every article of a batch (one article on the
 * interactive path): rows travel as one JSON document per table and are expanded with
 * json_to_recordset, so a batch costs the same few round trips as a single article.
 */

/** Runs one of the ingest statements as a named prepared statement (parsed and planned once per connection). */
function run<T = Record<string, unknown>>(em: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  return queryPrepared<T>(em, `whosaid-ingest-${name}`, text, values);
}

/** Rows as one JSON document, each with its place (`ord`) so the statement keeps their order. */
function ordered(rows: object[]): string {
  return JSON.stringify(rows.map((r, ord) => ({ ...r, ord })));
}

/** An article row to insert (snake_case keys: they name the columns). */
export interface ArticleRow {
  title: string;
  outlet: string | null;
  url: string | null;
  canonical_url: string | null;
  byline: string | null;
  published_at: string | null;
  language: string | null;
  body: string;
  content_hash: string;
  source: string;
  version: number;
  previous_version_id: number | null;
  quote_count: number;
  speaker_count: number;
}

/** A stored article as the insert returns it. */
export interface InsertedArticle {
  id: number;
  contentHash: string;
  createdAt: Date;
}

/**
 * Takes the advisory locks on speaker identity keys (sorted, so two ingests never wait on
 * each other in a cycle) and inserts the articles in the given order. An article whose
 * text is already stored is skipped (it is missing from the answer), also when another
 * transaction stored it a moment ago — except a new version of a page (`previous_version_id`
 * set): a page that changed to a stored text, such as the wording of one of its earlier
 * versions, is stored as its next version, marked with the first article that had the text.
 *
 * It also turns sequential scans off for the rest of the transaction. Every later ingest
 * statement finds its rows by key, but their plans are cached per connection from their
 * sixth run, and on a young archive the tables' statistics still describe a few rows: the
 * cached plans then scan whole tables, and each article costs more than the one before
 * (22 ms per article at 1,200 articles on a fresh database, 11 ms with this setting).
 */
export async function lockKeysAndInsertArticles(em: EntityManager, lockKeys: string[], rows: ArticleRow[]): Promise<InsertedArticle[]> {
  const keys = [...new Set(lockKeys)].sort().map((k) => `speaker-identity:${k}`);
  const [res] = await run(em, 'insert-articles',
    `WITH ins AS (
       INSERT INTO articles (title, outlet, url, canonical_url, byline, published_at, language, body, content_hash, source,
                             version, previous_version_id, quote_count, speaker_count, is_current, same_text_as_id)
       SELECT x.title, x.outlet, x.url, x.canonical_url, x.byline, x.published_at, x.language, x.body, x.content_hash, x.source,
              x.version, x.previous_version_id, x.quote_count, x.speaker_count, true,
              CASE WHEN x.previous_version_id IS NOT NULL THEN
                (SELECT o.id FROM articles o WHERE o.content_hash = x.content_hash::bpchar AND o.same_text_as_id IS NULL) END
         FROM json_to_recordset($2::json) AS x(title text, outlet text, url text, canonical_url text, byline text,
              published_at timestamptz, language text, body text, content_hash text, source text, version int,
              previous_version_id int, quote_count int, speaker_count int, ord bigint)
        ORDER BY x.ord
       ON CONFLICT (content_hash) WHERE same_text_as_id IS NULL DO NOTHING
       RETURNING id, content_hash, created_at)
     SELECT (SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) WITH ORDINALITY AS u(k, n) ORDER BY n) l) AS locks,
            set_config('enable_seqscan', 'off', true) AS keyed,
            (SELECT COALESCE(json_agg(json_build_array(id, content_hash, created_at) ORDER BY id), '[]') FROM ins) AS articles`,
    [keys, ordered(rows)],
  );
  return (res.articles as Array<[number, string, string]>).map(([id, contentHash, createdAt]) => ({ id, contentHash, createdAt: new Date(createdAt) }));
}

/** Marks an older version of a page as superseded (before the new version takes its canonical URL). */
export async function supersedeArticle(em: EntityManager, id: number): Promise<void> {
  await em.query('UPDATE articles SET is_current = false WHERE id = $1', [id]);
}

/**
 * A person's confirmation carries over to the next version of a page for the quotes it left as
 * they were: the same words (text key), kind and speaker. A corrected or rejected quote is not
 * carried over (its speaker and counters were changed by hand); a changed quote waits for review
 * again. `pairs`: [new version id, the version it replaces].
 */
export async function carryConfirmedReviews(em: EntityManager, pairs: Array<[number, number]>): Promise<void> {
  if (pairs.length === 0) return;
  await em.query(
    `UPDATE quotes n SET review_status = 'confirmed', reviewed_by_id = o.reviewed_by_id, reviewed_at = o.reviewed_at
       FROM unnest($1::int[], $2::int[]) AS v(now_id, before_id)
       JOIN quotes o ON o.article_id = v.before_id AND o.review_status = 'confirmed'
      WHERE n.article_id = v.now_id AND n.review_status = 'unreviewed'
        AND n.text_key = o.text_key AND n.kind = o.kind AND n.speaker_id IS NOT DISTINCT FROM o.speaker_id`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
}

/**
 * Takes the superseded versions of pages off their speakers' timelines (which the speaker pages
 * and quote counters are read from), drops their role observations (from which roles and their
 * article counts are rebuilt) and marks their claims superseded (topics count the current
 * version's), so that a page counts once, in its current version. Returns the speakers whose
 * counters to recount and whose roles to rebuild, and the topics to re-check.
 */
export async function retireVersionsOf(em: EntityManager, articleIds: number[]): Promise<{ timeline: number[]; roles: number[]; topics: number[] }> {
  if (articleIds.length === 0) return { timeline: [], roles: [], topics: [] };
  const [row]: Array<{ timeline: number[]; roles: number[]; topics: number[] }> = await em.query(
    `WITH t AS (DELETE FROM speaker_quotes WHERE article_id = ANY($1::int[]) RETURNING speaker_id),
          r AS (DELETE FROM speaker_role_observations WHERE article_id = ANY($1::int[]) RETURNING speaker_id),
          c AS (UPDATE claims SET superseded = true, conflict_count = 0 WHERE article_id = ANY($1::int[]) AND NOT superseded RETURNING topic_id),
          s AS (DELETE FROM article_alias_sightings WHERE article_id = ANY($1::int[]) RETURNING speaker_id, normalized_alias),
          -- each sighting taken back from the alias of the speaker it was resolved to, or of the one that speaker was merged into
          seen AS (
            UPDATE speaker_aliases a SET seen_count = GREATEST(a.seen_count - g.n, 0)
              FROM (SELECT COALESCE(m.live, s.speaker_id) AS speaker_id, s.normalized_alias, count(*)::int AS n
                      FROM s LEFT JOIN LATERAL (
                        WITH RECURSIVE up(id, depth) AS (
                          SELECT merged_into_id, 1 FROM speakers WHERE id = s.speaker_id AND merged_into_id IS NOT NULL
                          UNION ALL SELECT sp.merged_into_id, up.depth + 1 FROM speakers sp JOIN up ON sp.id = up.id
                           WHERE sp.merged_into_id IS NOT NULL AND up.depth < 20)
                        SELECT id AS live FROM up ORDER BY depth DESC LIMIT 1) m ON true
                     GROUP BY 1, 2) g
             WHERE a.speaker_id = g.speaker_id AND a.normalized_alias = g.normalized_alias)
     SELECT (SELECT COALESCE(array_agg(DISTINCT speaker_id ORDER BY speaker_id), '{}') FROM t) AS timeline,
            (SELECT COALESCE(array_agg(DISTINCT speaker_id ORDER BY speaker_id), '{}') FROM r) AS roles,
            (SELECT COALESCE(array_agg(DISTINCT topic_id ORDER BY topic_id), '{}') FROM c) AS topics`,
    [articleIds],
  );
  return row;
}

/** What to look for when resolving one speaker: the same keys `findIdentityCandidates` takes. */
export interface IdentityLookup {
  normalized: string;
  matchKey: string;
  surnameKey: string | null;
  extra?: string[];
}

/** A stored speaker with everything identity resolution reads: aliases [id, normalized, key, kind] and roles. */
export interface StoredIdentity {
  id: number;
  name: string;
  normalizedName: string;
  matchKey: string;
  surnameKey: string | null;
  kind: StoredSpeakerKind;
  role: string | null;
  organisation: string | null;
  organisationAbbreviation: string | null;
  country: string | null;
  aliases: Array<[number, string, string, SpeakerAliasKind]>;
  /** [id, role key, title, organisation, abbreviation, country, last stated at] */
  roles: Array<[number, string, string | null, string | null, string | null, string | null, string]>;
}

/**
 * Every live speaker that `findIdentityCandidates` would return for any of the lookups, with
 * all its aliases and roles, in one statement.
 */
export async function loadIdentities(em: EntityManager, lookups: Array<IdentityLookup & { kind: StoredSpeakerKind }>): Promise<StoredIdentity[]> {
  if (lookups.length === 0) return [];
  const look = lookups.map((l) => ({ kind: l.kind, norm: l.normalized, extra: l.extra?.[0] ?? null, mkey: l.matchKey || null, skey: l.surnameKey }));
  return run<StoredIdentity>(em, 'load-identities',
    `WITH look AS (SELECT * FROM json_to_recordset($1::json) AS l(kind text, norm text, extra text, mkey text, skey text)),
     ids AS (
       SELECT DISTINCT c.id FROM look l CROSS JOIN LATERAL (
         SELECT u.id
           FROM (SELECT id FROM speakers WHERE normalized_name = l.norm
                 UNION SELECT id FROM speakers WHERE normalized_name = l.extra
                 UNION SELECT id FROM speakers WHERE match_key = l.mkey
                 UNION SELECT id FROM speakers WHERE surname_key = l.skey
                 UNION SELECT speaker_id FROM speaker_aliases WHERE normalized_alias = l.norm AND kind <> 'description'
                 UNION SELECT speaker_id FROM speaker_aliases WHERE normalized_alias = l.extra AND kind <> 'description'
                 UNION SELECT speaker_id FROM speaker_aliases WHERE match_key = l.mkey AND kind <> 'description') u
          -- Looked up by primary key row by row, whatever the planner believes of the table's size.
          WHERE (SELECT s.merged_into_id IS NULL AND s.kind = l.kind FROM speakers s WHERE s.id = u.id)
          ORDER BY u.id LIMIT ${IDENTITY_CANDIDATE_LIMIT}) c)
     SELECT s.id, s.name, s.normalized_name AS "normalizedName", s.match_key AS "matchKey", s.surname_key AS "surnameKey", s.kind,
            s.role, s.organisation, s.organisation_abbreviation AS "organisationAbbreviation", s.country,
            COALESCE((SELECT json_agg(json_build_array(a.id, a.normalized_alias, a.match_key, a.kind) ORDER BY a.id)
                        FROM speaker_aliases a WHERE a.speaker_id = s.id), '[]') AS aliases,
            COALESCE((SELECT json_agg(json_build_array(r.id, r.role_key, r.title, r.organisation, r.organisation_abbreviation, r.country, r.last_stated_at) ORDER BY r.id)
                        FROM speaker_roles r WHERE r.speaker_id = s.id), '[]') AS roles
       FROM speakers s WHERE s.id = ANY(ARRAY(SELECT id FROM ids))
      ORDER BY s.id`,
    [JSON.stringify(look)],
  );
}

/**
 * Rows written on the speakers' side of a batch. `speaker_ref` is a stored speaker id, or
 * -n for the n-th (1-based) speaker of `speakers`, created by the same statement.
 */
export interface SpeakerSideRows {
  speakers: Array<{ name: string; normalized_name: string; match_key: string; surname_key: string | null; kind: string; role: string | null; organisation: string | null; organisation_abbreviation: string | null; country: string | null }>;
  quotes: Array<Record<string, unknown> & { article_id: number; position: number; speaker_ref: number | null }>;
  statements: Array<Record<string, unknown> & { article_id: number; position: number; speaker_ref: number | null }>;
  /** Each article's date, for the speakers' timelines. */
  articles: Array<{ id: number; at: string }>;
  aliases: Array<{ speaker_ref: number; alias: string; normalized_alias: string; match_key: string; kind: string; article_id: number | null; last_article_id: number | null; seen: number }>;
  observations: Array<{ speaker_ref: number; article_id: number; role_key: string; title: string | null; organisation: string | null; organisation_abbreviation: string | null; country: string | null; stated_at: string }>;
  /** Observations folded per speaker and role key, in the order a sequential ingest would have met them. */
  roles: Array<{ speaker_ref: number; role_key: string; title: string | null; organisation: string | null; organisation_abbreviation: string | null; country: string | null; first_stated_at: string; last_stated_at: string; first_article_id: number; last_article_id: number; seen: number }>;
  matches: Array<{ speaker_ref: number; candidate_ref: number; article_id: number | null; mention: string; confidence: number; reason: string }>;
  /** The aliases each article from the web sighted (taken back when a later version replaces it). */
  sightings: Array<{ article_id: number; speaker_ref: number; normalized_alias: string }>;
}

/** Ids the speaker-side statement created: new speakers in order, quotes and statements by article and position. */
export interface SpeakerSideIds {
  speakers: number[];
  quotes: Array<[number, number, number]>;
  statements: Array<[number, number, number]>;
}

// A new speaker's id read from the array of the statement's new ids, which is built once: the -n-th
// entry is the n-th speaker created. (Matched row by row against a list of the new speakers, the
// lookups of a 200-article batch, 2,000 rows against 500 new speakers, cost more than the rows.)
const REF = (col: string) => `CASE WHEN ${col} < 0 THEN (SELECT sp.ids FROM sp)[-${col}] ELSE ${col} END`;

/**
 * Inserts new speakers, quotes, statements, timeline entries, aliases (new, or counted again),
 * role observations and roles (folded), and possible matches for review — one statement.
 */
export async function writeSpeakerSide(em: EntityManager, rows: SpeakerSideRows): Promise<SpeakerSideIds> {
  const [res] = await run(em, 'speaker-side',
    `WITH new_sp AS (
       INSERT INTO speakers (name, normalized_name, match_key, surname_key, kind, role, organisation, organisation_abbreviation, country)
       SELECT x.name, x.normalized_name, x.match_key, x.surname_key, x.kind, x.role, x.organisation, x.organisation_abbreviation, x.country
         FROM json_to_recordset($1::json) AS x(name text, normalized_name text, match_key text, surname_key text, kind text,
              role text, organisation text, organisation_abbreviation text, country text, ord bigint)
        ORDER BY x.ord
       RETURNING id),
     sp AS (SELECT COALESCE(array_agg(id ORDER BY id), '{}') AS ids FROM new_sp),
     q AS (
       INSERT INTO quotes (article_id, position, speaker_id, speaker_name, speaker_kind, speaker_role, speaker_mention, speaker_mention_start,
                           speaker_mention_end, cue, cue_start, cue_end, text, start_offset, end_offset, segments, kind, attribution_form,
                           attribution_rule, evidence, confidence, pronoun_across_paragraphs, nested)
       SELECT x.article_id, x.position, ${REF('x.speaker_ref')}, x.speaker_name, x.speaker_kind, x.speaker_role, x.speaker_mention,
              x.speaker_mention_start, x.speaker_mention_end, x.cue, x.cue_start, x.cue_end, x.text, x.start_offset, x.end_offset, x.segments,
              x.kind, x.attribution_form, x.attribution_rule, x.evidence, x.confidence, x.pronoun_across_paragraphs, x.nested
         FROM json_to_recordset($2::json) AS x(article_id int, position int, speaker_ref bigint, speaker_name text, speaker_kind text,
              speaker_role text, speaker_mention text, speaker_mention_start int, speaker_mention_end int, cue text, cue_start int, cue_end int,
              text text, start_offset int, end_offset int, segments jsonb, kind text, attribution_form text, attribution_rule text,
              evidence text, confidence real, pronoun_across_paragraphs boolean, nested jsonb, ord bigint)
        ORDER BY x.ord
       RETURNING id, article_id, position, speaker_id),
     st AS (
       INSERT INTO statements (article_id, position, speaker_id, speaker_name, speaker_kind, speaker_mention, speaker_mention_start,
                               speaker_mention_end, cue, cue_start, cue_end, content, content_start, content_end, confidence, evidence)
       SELECT x.article_id, x.position, ${REF('x.speaker_ref')}, x.speaker_name, x.speaker_kind, x.speaker_mention, x.speaker_mention_start,
              x.speaker_mention_end, x.cue, x.cue_start, x.cue_end, x.content, x.content_start, x.content_end, x.confidence, x.evidence
         FROM json_to_recordset($3::json) AS x(article_id int, position int, speaker_ref bigint, speaker_name text,
              speaker_kind text, speaker_mention text, speaker_mention_start int, speaker_mention_end int, cue text, cue_start int,
              cue_end int, content text, content_start int, content_end int, confidence real, evidence text, ord bigint)
        ORDER BY x.ord
       RETURNING id, article_id, position),
     timeline AS (
       INSERT INTO speaker_quotes (quote_id, speaker_id, article_id, quoted_at)
       SELECT q.id, q.speaker_id, q.article_id, a.at
         FROM q JOIN json_to_recordset($4::json) AS a(id int, at timestamptz) ON a.id = q.article_id
        WHERE q.speaker_id IS NOT NULL
        ORDER BY q.id
       ON CONFLICT (quote_id) DO NOTHING),
     aliases AS (
       INSERT INTO speaker_aliases (speaker_id, alias, normalized_alias, match_key, kind, article_id, last_article_id, seen_count)
       SELECT ${REF('x.speaker_ref')}, x.alias, x.normalized_alias, x.match_key, x.kind, x.article_id, x.last_article_id, x.seen
         FROM json_to_recordset($5::json) AS x(speaker_ref bigint, alias text, normalized_alias text, match_key text, kind text,
              article_id int, last_article_id int, seen int, ord bigint)
        ORDER BY x.ord
       ON CONFLICT (speaker_id, normalized_alias) DO UPDATE
         SET seen_count = speaker_aliases.seen_count + EXCLUDED.seen_count, last_article_id = EXCLUDED.last_article_id),
     obs AS (
       INSERT INTO speaker_role_observations (speaker_id, article_id, role_key, title, organisation, organisation_abbreviation, country, stated_at)
       SELECT ${REF('x.speaker_ref')}, x.article_id, x.role_key, x.title, x.organisation, x.organisation_abbreviation, x.country, x.stated_at
         FROM json_to_recordset($6::json) AS x(speaker_ref bigint, article_id int, role_key text, title text, organisation text,
              organisation_abbreviation text, country text, stated_at timestamptz, ord bigint)
        ORDER BY x.ord
       ON CONFLICT DO NOTHING),
     roles AS (
       INSERT INTO speaker_roles (speaker_id, role_key, title, organisation, organisation_abbreviation, country,
                                  first_stated_at, last_stated_at, first_article_id, last_article_id, article_count)
       SELECT ${REF('x.speaker_ref')}, x.role_key, x.title, x.organisation, x.organisation_abbreviation, x.country,
              x.first_stated_at, x.last_stated_at, x.first_article_id, x.last_article_id, x.seen
         FROM json_to_recordset($7::json) AS x(speaker_ref bigint, role_key text, title text, organisation text,
              organisation_abbreviation text, country text, first_stated_at timestamptz, last_stated_at timestamptz,
              first_article_id int, last_article_id int, seen int, ord bigint)
        ORDER BY x.ord
       ON CONFLICT (speaker_id, role_key) DO UPDATE SET
         first_article_id = CASE WHEN EXCLUDED.first_stated_at < speaker_roles.first_stated_at THEN EXCLUDED.first_article_id ELSE speaker_roles.first_article_id END,
         last_article_id = CASE WHEN EXCLUDED.last_stated_at >= speaker_roles.last_stated_at THEN EXCLUDED.last_article_id ELSE speaker_roles.last_article_id END,
         first_stated_at = LEAST(speaker_roles.first_stated_at, EXCLUDED.first_stated_at),
         last_stated_at = GREATEST(speaker_roles.last_stated_at, EXCLUDED.last_stated_at),
         organisation_abbreviation = COALESCE(speaker_roles.organisation_abbreviation, EXCLUDED.organisation_abbreviation),
         article_count = speaker_roles.article_count + EXCLUDED.article_count),
     matches AS (
       INSERT INTO speaker_match_candidates (speaker_id, candidate_id, article_id, mention, confidence, reason)
       SELECT ${REF('x.speaker_ref')}, ${REF('x.candidate_ref')}, x.article_id, x.mention, x.confidence, x.reason
         FROM json_to_recordset($8::json) AS x(speaker_ref bigint, candidate_ref bigint, article_id int, mention text,
              confidence real, reason text, ord bigint)
        -- the same question asked the other way round (“may Hillary Clinton be Hillary Rodham Clinton?”) is already listed
        WHERE x.speaker_ref < 0 OR x.candidate_ref < 0
           OR NOT EXISTS (SELECT 1 FROM speaker_match_candidates o WHERE o.speaker_id = x.candidate_ref AND o.candidate_id = x.speaker_ref)
        ORDER BY x.ord
       ON CONFLICT (speaker_id, candidate_id) DO NOTHING),
     sightings AS (
       INSERT INTO article_alias_sightings (article_id, speaker_id, normalized_alias)
       SELECT x.article_id, ${REF('x.speaker_ref')}, x.normalized_alias
         FROM json_to_recordset($9::json) AS x(article_id int, speaker_ref bigint, normalized_alias text, ord bigint)
        ORDER BY x.ord
       ON CONFLICT DO NOTHING)
     SELECT (SELECT COALESCE(json_agg(id ORDER BY id), '[]') FROM new_sp) AS speakers,
            (SELECT COALESCE(json_agg(json_build_array(article_id, position, id)), '[]') FROM q) AS quotes,
            (SELECT COALESCE(json_agg(json_build_array(article_id, position, id)), '[]') FROM st) AS statements`,
    [rows.speakers, rows.quotes, rows.statements, rows.articles, rows.aliases, rows.observations, rows.roles, rows.matches, rows.sightings].map(ordered),
  );
  return res as unknown as SpeakerSideIds;
}

/** Per speaker: quotes added with their first and last dates, and whether its current role must be re-read. */
export interface SpeakerUpdate {
  id: number;
  n: number | null;
  first_at: string | null;
  last_at: string | null;
  refresh: boolean;
}

/**
 * Adds quotes to speakers' stored counters and sets the current role of those whose roles
 * changed to their most recently stated one, in one statement.
 */
export async function updateSpeakersAfterIngest(em: EntityManager, updates: SpeakerUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  await run(em, 'update-speakers',
    `UPDATE speakers s SET
       quote_count = s.quote_count + COALESCE(x.n, 0),
       first_quoted_at = CASE WHEN x.n IS NULL THEN s.first_quoted_at ELSE LEAST(COALESCE(s.first_quoted_at, x.first_at), x.first_at) END,
       last_quoted_at = CASE WHEN x.n IS NULL THEN s.last_quoted_at ELSE GREATEST(COALESCE(s.last_quoted_at, x.last_at), x.last_at) END,
       role = CASE WHEN r.found THEN r.title ELSE s.role END,
       organisation = CASE WHEN r.found THEN r.organisation ELSE s.organisation END,
       organisation_abbreviation = CASE WHEN r.found THEN r.organisation_abbreviation ELSE s.organisation_abbreviation END,
       country = CASE WHEN r.found THEN r.country ELSE s.country END
       FROM json_to_recordset($1::json) AS x(id int, n int, first_at timestamptz, last_at timestamptz, refresh boolean)
       LEFT JOIN LATERAL (SELECT true AS found, title, organisation, organisation_abbreviation, country FROM speaker_roles
                           WHERE speaker_id = x.id AND x.refresh ORDER BY last_stated_at DESC, id DESC LIMIT 1) r ON true
      WHERE s.id = ANY($2::int[]) AND s.id = x.id`,
    [JSON.stringify([...updates].sort((a, b) => a.id - b.id)), updates.map((u) => u.id)],
  );
}

/**
 * Creates missing topics (keys locked in sorted order) and inserts claims under them by
 * topic key; returns the ids of the topics touched.
 */
export async function insertClaimsWithTopics(
  em: EntityManager,
  topics: Array<{ key: string; label: string; measure: string }>,
  claims: Array<Record<string, unknown> & { topic_key: string }>,
  /** The settings key of the divergence factor, and the pairing window of the checks (see InsertedClaims). */
  checks: { factorKey: string; windowDays: number },
): Promise<InsertedClaims> {
  if (claims.length === 0) return { topicIds: [], claimIds: [] };
  const sorted = [...topics].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const [res] = await run(em, 'claims',
    `WITH t AS (
       INSERT INTO claim_topics (key, label, measure)
       SELECT x.key, x.label, x.measure FROM json_to_recordset($1::json) AS x(key text, label text, measure text, ord bigint) ORDER BY x.ord
       ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key
       RETURNING id, key, checked_divergence_factor, claim_count, conflict_count, latest_figure, latest_said_at, min_value, max_value, unit),
     c AS (
       INSERT INTO claims (article_id, position, topic_id, kind, measure, group_text, subject_text, subject_kind, value_low, value_high,
                           value_stated, qualifier, unit, value_text, time_text, time_from, time_to, time_precision,
                           implied_start_earliest, implied_start_latest, implied_start_precision, polarity, hedged, check_worthiness,
                           speaker_id, speaker_name, speaker_key, source_type, quote_id, statement_id, source_position, text,
                           start_offset, end_offset, sentence_start, sentence_end, cited_source, cited_source_key, said_at)
       SELECT x.article_id, x.position, t.id, x.kind, x.measure, x.group_text, x.subject_text, x.subject_kind, x.value_low, x.value_high,
              x.value_stated, x.qualifier, x.unit, x.value_text, x.time_text, x.time_from, x.time_to, x.time_precision,
              x.implied_start_earliest, x.implied_start_latest, x.implied_start_precision, x.polarity, x.hedged, x.check_worthiness,
              x.speaker_id, x.speaker_name, x.speaker_key, x.source_type, x.quote_id, x.statement_id, x.source_position, x.text,
              x.start_offset, x.end_offset, x.sentence_start, x.sentence_end, x.cited_source, x.cited_source_key, x.said_at
         FROM json_to_recordset($2::json) AS x(article_id int, position int, topic_key text, kind text, measure text,
              group_text text, subject_text text, subject_kind text, value_low double precision, value_high double precision,
              value_stated double precision, qualifier text, unit text, value_text text, time_text text, time_from date, time_to date,
              time_precision text, implied_start_earliest date, implied_start_latest date, implied_start_precision text, polarity text,
              hedged boolean, check_worthiness real, speaker_id int, speaker_name text, speaker_key text, source_type text, quote_id int,
              statement_id int, source_position int, text text, start_offset int, end_offset int, sentence_start int, sentence_end int,
              cited_source text, cited_source_key text, said_at date, ord bigint)
         JOIN t ON t.key = x.topic_key
        ORDER BY x.ord
       RETURNING topic_id, ${CHECKED_COLUMNS}),
     -- The stored claims a new one can pair with (the statement does not see the new rows in claims: they come from c).
     old AS (
       SELECT o.* FROM claims o
        WHERE o.topic_id = ANY(ARRAY(SELECT id FROM t)) AND NOT o.superseded
          AND EXISTS (SELECT 1 FROM c n WHERE n.topic_id = o.topic_id AND ${PAIRABLE('o', 'n', '$4::int')}))
     SELECT (SELECT json_agg(id ORDER BY id) FROM t) AS topics, (SELECT COALESCE(json_agg(id ORDER BY id), '[]') FROM c) AS claims,
            (SELECT value FROM settings WHERE key = $3) AS factor,
            (SELECT json_agg(json_build_object(
                      'topicId', t.id, 'checkedFactor', t.checked_divergence_factor,
                      'counters', ${TOPIC_COUNTERS('t')},
                      'visibleClaims', (SELECT count(*) FROM claims v WHERE v.topic_id = t.id AND NOT v.superseded),
                      'anchor', (SELECT ${CHECKED_CLAIM('a')} FROM claims a WHERE a.topic_id = t.id AND NOT a.superseded ORDER BY a.said_at, a.id LIMIT 1),
                      'claims', (SELECT json_agg(${CHECKED_CLAIM('u')} ORDER BY u.said_at, u.id)
                                   FROM (SELECT ${CHECKED_COLUMNS} FROM old WHERE old.topic_id = t.id
                                         UNION ALL SELECT ${CHECKED_COLUMNS} FROM c WHERE c.topic_id = t.id) u))
                    ORDER BY t.id) FROM t) AS checks`,
    [ordered(sorted), ordered(claims), checks.factorKey, checks.windowDays],
  );
  // The topic's first claim may be a new one (an older article arriving late).
  const inputs = ((res.checks as Array<Omit<TopicCheckInput, 'anchor'> & { anchor: CheckedClaim | null; visibleClaims: number }> | null) ?? [])
    .filter((i) => i.claims !== null && i.claims.length > 0)
    .map((i) => {
      const first = i.claims[0];
      const anchor = i.anchor && (i.anchor.saidAt < first.saidAt || (i.anchor.saidAt === first.saidAt && i.anchor.id < first.id)) ? i.anchor : first;
      return { ...i, anchor };
    });
  return { topicIds: res.topics as number[], claimIds: res.claims as number[], divergenceFactorSetting: res.factor, checks: inputs };
}

/**
 * Whether stored claim `c` can pair with new claim `n` in the consistency checks: same
 * speaker, both with implied start dates, overlapping stated periods, or both without a
 * period and said within `window` days. (A superset of the pairs the checks can report.)
 */
const PAIRABLE = (c: string, n: string, window: string) => `(${c}.speaker_key = ${n}.speaker_key OR ${c}.speaker_id = ${n}.speaker_id
  OR (COALESCE(${n}.implied_start_earliest, ${n}.implied_start_latest) IS NOT NULL AND COALESCE(${c}.implied_start_earliest, ${c}.implied_start_latest) IS NOT NULL)
  OR (${c}.time_from <= ${n}.time_to AND ${n}.time_from <= ${c}.time_to)
  OR (COALESCE(${n}.time_from, ${n}.time_to, ${c}.time_from, ${c}.time_to) IS NULL AND ${c}.said_at BETWEEN ${n}.said_at - ${window} AND ${n}.said_at + ${window}))`;

const TOPIC_COUNTERS = (t: string) => `json_build_object('claimCount', ${t}.claim_count, 'conflictCount', ${t}.conflict_count,
  'latestFigure', ${t}.latest_figure, 'latestSaidAt', ${t}.latest_said_at::text, 'minValue', ${t}.min_value, 'maxValue', ${t}.max_value, 'unit', ${t}.unit)`;

/**
 * What `insertClaimsWithTopics` wrote: the topics touched and the new claims' ids; with the
 * stored divergence factor the checks that follow need, read in the same round trip.
 */
export interface InsertedClaims {
  topicIds: number[];
  claimIds: number[];
  divergenceFactorSetting?: unknown;
  /**
   * Each touched topic as the checks read it, as of before this insert: stored counters and
   * factor, and the new claims with the stored ones they can pair with (not every claim: a
   * topic checked with another factor must be read again with `loadTopicCheckInputs`).
   * `visibleClaims` counts the stored claims the statement saw: a statement that waited for
   * another ingest's lock on the topic keeps the snapshot it started with, and then sees fewer
   * claims than the counter (read after the wait) says — such a topic must be read again too.
   */
  checks?: Array<TopicCheckInput & { visibleClaims: number }>;
}

/** A stored claim as the consistency checks read it (dates as YYYY-MM-DD). */
export interface CheckedClaim {
  id: number;
  kind: string;
  measure: string;
  groupText: string | null;
  subjectText: string | null;
  valueLow: number | null;
  valueHigh: number | null;
  valueStated: number | null;
  qualifier: string | null;
  unit: string | null;
  timeFrom: string | null;
  timeTo: string | null;
  impliedStartEarliest: string | null;
  impliedStartLatest: string | null;
  impliedStartPrecision: string | null;
  polarity: 'affirmed' | 'negated';
  speakerKey: string | null;
  /** The stored speaker, when the claim's speaker is one: their claims are one speaker's whatever name each article used. */
  speakerId?: number | null;
  speakerName: string | null;
  saidAt: string;
  citedSourceKey: string | null;
  /** The claim's stored count of findings, all told (0 for a claim just added). */
  conflictCount?: number;
}

/** A touched topic as the ingest reads it back to check the new claims. */
export interface TopicCheckInput {
  topicId: number;
  /** The factor its findings were computed with (null: never checked). */
  checkedFactor: number | null;
  counters: TopicCounters;
  /** The topic's first claim (its subject and group stand for the whole topic). */
  anchor: CheckedClaim;
  /**
   * Oldest first: every claim when the topic must be checked in full (another factor), else
   * the new claims and every older claim that could pair with one — same speaker, both with
   * implied start dates, overlapping stated periods, or both without a period and said
   * within `windowDays` of each other.
   */
  claims: CheckedClaim[];
}

/** The columns `CHECKED_CLAIM` reads. */
const CHECKED_COLUMNS = `id, kind, measure, group_text, subject_text, value_low, value_high, value_stated, qualifier, unit, time_from, time_to,
  implied_start_earliest, implied_start_latest, implied_start_precision, polarity, speaker_key, speaker_id, speaker_name, said_at, cited_source_key,
  conflict_count`;

const CHECKED_CLAIM = (c: string) => `json_build_object('id', ${c}.id, 'kind', ${c}.kind, 'measure', ${c}.measure, 'groupText', ${c}.group_text,
  'subjectText', ${c}.subject_text, 'valueLow', ${c}.value_low, 'valueHigh', ${c}.value_high, 'valueStated', ${c}.value_stated,
  'qualifier', ${c}.qualifier, 'unit', ${c}.unit, 'timeFrom', ${c}.time_from::text, 'timeTo', ${c}.time_to::text,
  'impliedStartEarliest', ${c}.implied_start_earliest::text, 'impliedStartLatest', ${c}.implied_start_latest::text,
  'impliedStartPrecision', ${c}.implied_start_precision, 'polarity', ${c}.polarity, 'speakerKey', ${c}.speaker_key, 'speakerId', ${c}.speaker_id, 'speakerName', ${c}.speaker_name,
  'saidAt', ${c}.said_at::text, 'citedSourceKey', ${c}.cited_source_key, 'conflictCount', ${c}.conflict_count)`;

/** The touched topics with their counters, anchors and the claims the new ones must be checked against, in one statement. */
export async function loadTopicCheckInputs(
  em: EntityManager, topicIds: number[], newClaimIds: number[], factor: number, windowDays: number,
): Promise<TopicCheckInput[]> {
  if (topicIds.length === 0) return [];
  return run<TopicCheckInput>(em, 'topic-check-inputs',
    `SELECT t.id AS "topicId", t.checked_divergence_factor AS "checkedFactor",
            ${TOPIC_COUNTERS('t')} AS counters,
            (SELECT ${CHECKED_CLAIM('a')} FROM claims a WHERE a.topic_id = t.id AND NOT a.superseded ORDER BY a.said_at, a.id LIMIT 1) AS anchor,
            COALESCE((
              SELECT json_agg(${CHECKED_CLAIM('c')} ORDER BY c.said_at, c.id)
                FROM claims c
               WHERE c.topic_id = t.id AND NOT c.superseded
                 AND (t.checked_divergence_factor IS DISTINCT FROM $3::float8
                      OR c.id = ANY($2::int[])
                      OR EXISTS (SELECT 1 FROM claims n WHERE n.id = ANY($2::int[]) AND n.topic_id = t.id AND ${PAIRABLE('c', 'n', '$4::int')}))), '[]') AS claims
       FROM claim_topics t
      WHERE t.id = ANY($1::int[])
      ORDER BY t.id`,
    [topicIds, newClaimIds, factor, windowDays],
  );
}

/**
 * What a topic's check changes: every finding (`replace`) or the findings that involve a
 * new claim plus the recomputed revision chains of `chainClaimIds`' speakers.
 */
export interface TopicFindingsWrite {
  topicId: number;
  replace: boolean;
  /** Incremental only: the claims whose revision findings are recomputed (dropped, then `findings` has them again). */
  chainClaimIds: number[];
  findings: Array<{ kind: string; claimIds: number[]; reason: string; direction: string | null }>;
  /** Every counter but conflict_count, which the statement counts. */
  counters: Omit<TopicCounters, 'conflictCount' | 'checkedDivergenceFactor'>;
  /** Replace only: each claim's count of findings all told, when more than the findings kept (else counted from them). */
  claimCounts?: ReadonlyMap<number, number>;
  /** Incremental only: stored pair findings no longer among the nearest of either of their claims (by id). */
  droppedFindingIds?: number[];
  /** Incremental only: the new pair findings each claim is in, kept or not (its count of findings all told moves by them). */
  pairCounts?: ReadonlyMap<number, number>;
  factor: number;
}

/**
 * Writes the checks of several topics in one statement: findings replaced (full) or added
 * (incremental, with the affected revision chains redone), claims' conflict counts (set for
 * a full topic, moved by the findings dropped and added otherwise), and topic counters.
 */
export async function writeTopicFindings(em: EntityManager, writes: TopicFindingsWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const findings = writes.flatMap((w) => w.findings.map((f) => ({ topic_id: w.topicId, kind: f.kind, claim_ids: f.claimIds, reason: f.reason, direction: f.direction })));
  const counts = new Map<number, number>();
  for (const w of writes) {
    if (!w.replace) continue;
    if (w.claimCounts) for (const [id, n] of w.claimCounts) counts.set(id, n);
    else for (const f of w.findings) for (const id of f.claimIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const topics = writes.map((w) => ({
    id: w.topicId,
    replace: w.replace,
    claim_count: w.counters.claimCount,
    latest_figure: w.counters.latestFigure,
    latest_said_at: w.counters.latestSaidAt,
    min_value: w.counters.minValue,
    max_value: w.counters.maxValue,
    unit: w.counters.unit,
    factor: w.factor,
  }));
  // Rows are picked with `= ANY(array)` on indexed columns rather than joined to the JSON rows,
  // whose count the planner cannot know (it would hash whole tables for a handful of rows).
  const all = writes.map((w) => w.topicId);
  const replaced = writes.filter((w) => w.replace).map((w) => w.topicId);
  const chains = writes.flatMap((w) => w.chainClaimIds);
  const dropped = writes.flatMap((w) => w.droppedFindingIds ?? []);
  const pairCounts = new Map<number, number>();
  for (const w of writes) if (!w.replace) for (const [id, n] of w.pairCounts ?? []) pairCounts.set(id, (pairCounts.get(id) ?? 0) + n);
  await run(em, 'topic-findings',
    `WITH gone AS (
       DELETE FROM claim_findings f
        WHERE f.topic_id = ANY($3::int[]) AND (f.topic_id = ANY($4::int[]) OR (f.kind = 'revision' AND f.claim_ids && $5::int[]) OR f.id = ANY($8::int[]))
       RETURNING f.topic_id, f.claim_ids, f.kind),
     found AS (
       INSERT INTO claim_findings (topic_id, kind, claim_ids, reason, direction)
       SELECT y.topic_id, y.kind, y.claim_ids, y.reason, y.direction
         FROM json_to_recordset($2::json) AS y(topic_id int, kind text, claim_ids int[], reason text, direction text, ord bigint)
        ORDER BY y.ord
       RETURNING topic_id, claim_ids, kind),
     -- (an incremental check's counts move by the revisions redone and by every new pair finding, kept or not: a pair
     -- dropped from the kept ones still counts)
     moved AS (
       SELECT id, sum(d)::int AS d FROM (
         SELECT unnest(claim_ids) AS id, -1 AS d FROM gone WHERE NOT topic_id = ANY($4::int[]) AND kind = 'revision'
         UNION ALL SELECT unnest(claim_ids), 1 FROM found WHERE NOT topic_id = ANY($4::int[]) AND kind = 'revision'
         UNION ALL SELECT p.id, p.d FROM unnest($9::int[], $10::int[]) AS p(id, d)) m
        GROUP BY id HAVING sum(d) <> 0),
     counts AS (SELECT * FROM unnest($6::int[], $7::int[]) AS k(id, n)),
     counted AS (
       UPDATE claims c SET conflict_count = COALESCE((SELECT k.n FROM counts k WHERE k.id = c.id), 0)
        WHERE c.id = ANY(ARRAY(SELECT id FROM claims WHERE topic_id = ANY($4::int[])))
          AND c.conflict_count IS DISTINCT FROM COALESCE((SELECT k.n FROM counts k WHERE k.id = c.id), 0)),
     shifted AS (
       UPDATE claims c SET conflict_count = c.conflict_count + (SELECT m.d FROM moved m WHERE m.id = c.id)
        WHERE c.id = ANY(ARRAY(SELECT id FROM moved)))
     UPDATE claim_topics t
        SET claim_count = x.claim_count,
            conflict_count = (CASE WHEN x.replace THEN 0 ELSE t.conflict_count - (SELECT count(*) FROM gone g WHERE g.topic_id = t.id) END)
                             + (SELECT count(*) FROM found f WHERE f.topic_id = t.id),
            latest_figure = x.latest_figure, latest_said_at = x.latest_said_at, min_value = x.min_value, max_value = x.max_value,
            unit = x.unit, checked_divergence_factor = x.factor, updated_at = now()
       FROM json_to_recordset($1::json) AS x(id int, replace boolean, claim_count int, latest_figure text, latest_said_at date,
            min_value double precision, max_value double precision, unit text, factor double precision)
      WHERE t.id = ANY($3::int[]) AND t.id = x.id`,
    [JSON.stringify(topics), ordered(findings), all, replaced, chains, [...counts.keys()], [...counts.values()], dropped, [...pairCounts.keys()], [...pairCounts.values()]],
  );
}

/** A stored pair finding of a topic, as a claim's arrival may change which are kept: its id and both claims' days said. */
export interface KeptPair {
  id: number;
  claimIds: number[];
  saidAt: string[];
}

/**
 * The stored pair findings of topics (not the revisions), with their claims' days said: a new
 * claim at odds with more claims than the findings each keeps is ranked among them.
 */
export async function loadKeptPairs(em: EntityManager, topicIds: number[]): Promise<Map<number, KeptPair[]>> {
  const out = new Map<number, KeptPair[]>(topicIds.map((id) => [id, []]));
  if (topicIds.length === 0) return out;
  const rows = await run<KeptPair & { topicId: number }>(em, 'kept-pairs',
    `SELECT f.topic_id AS "topicId", f.id, f.claim_ids AS "claimIds", ARRAY[a.said_at::text, b.said_at::text] AS "saidAt"
       FROM claim_findings f
       JOIN claims a ON a.id = f.claim_ids[1]
       JOIN claims b ON b.id = f.claim_ids[2]
      WHERE f.topic_id = ANY($1::int[]) AND f.kind <> 'revision'`,
    [topicIds],
  );
  for (const r of rows) out.get(r.topicId)?.push({ id: r.id, claimIds: r.claimIds, saidAt: r.saidAt });
  return out;
}
