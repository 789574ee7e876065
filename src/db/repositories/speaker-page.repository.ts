import type { EntityManager } from 'typeorm';
import { queryPrepared, statementName } from '../prepared';
import { latestClaimsOfSpeakerSql, type SpeakerPageClaim } from './claim.repository';
import type { SpeakerAliasEntity } from '../entities/speaker-alias.entity';
import type { SpeakerRoleEntity } from '../entities/speaker-role.entity';
import type { SpeakerEntity } from '../entities/speaker.entity';
import { timelineSql, type TimelineFilter, type TimelineRow } from './speaker-quote.repository';

/** A speaker's role as the page shows it. */
export type SpeakerPageRole = Pick<
  SpeakerRoleEntity,
  'id' | 'title' | 'organisation' | 'organisationAbbreviation' | 'country' | 'firstStatedAt' | 'lastStatedAt' | 'firstArticleId' | 'lastArticleId' | 'articleCount'
>;

/** A speaker's alias as the page shows it. */
export type SpeakerPageAlias = Pick<SpeakerAliasEntity, 'id' | 'alias' | 'kind' | 'seenCount' | 'articleId' | 'lastArticleId'>;

/** Everything on a speaker page, read in one statement. */
export interface SpeakerPageData {
  speaker: Omit<SpeakerEntity, 'mergedInto'>;
  roles: SpeakerPageRole[];
  aliases: SpeakerPageAlias[];
  quotes: TimelineRow[];
  hasMore: boolean;
  /** The speaker's latest claims, newest first. */
  claims: SpeakerPageClaim[];
}

/** Claims the speaker page lists. */
export const SPEAKER_PAGE_CLAIMS = 10;

/**
 * The speaker, its roles (latest first), its aliases (most used first), its latest claims and
 * one page of its timeline, in a single round trip: the busiest page of the app costs one
 * statement, prepared once per connection and filter combination, so it is not planned again
 * on every view.
 */
export async function findSpeakerPage(em: EntityManager, id: number, f: TimelineFilter): Promise<SpeakerPageData | null> {
  const params: unknown[] = [id];
  const timeline = timelineSql('s.id', f, params);
  const text = `SELECT s.id, s.name, s.normalized_name AS "normalizedName", s.match_key AS "matchKey", s.surname_key AS "surnameKey", s.kind,
            s.role, s.organisation, s.organisation_abbreviation AS "organisationAbbreviation", s.country,
            s.external_id AS "externalId", s.merged_into_id AS "mergedIntoId", s.quote_count AS "quoteCount",
            s.first_quoted_at AS "firstQuotedAt", s.last_quoted_at AS "lastQuotedAt", s.created_at AS "createdAt",
            (SELECT coalesce(json_agg(r ORDER BY r."lastStatedAt" DESC, r.id DESC), '[]')
               FROM (SELECT id, title, organisation, organisation_abbreviation AS "organisationAbbreviation", country,
                            first_stated_at AS "firstStatedAt", last_stated_at AS "lastStatedAt",
                            first_article_id AS "firstArticleId", last_article_id AS "lastArticleId", article_count AS "articleCount"
                       FROM speaker_roles WHERE speaker_id = s.id ORDER BY last_stated_at DESC, id DESC LIMIT 100) r) AS roles,
            (SELECT coalesce(json_agg(a ORDER BY a."seenCount" DESC, a.id), '[]')
               FROM (SELECT id, alias, kind, seen_count AS "seenCount", article_id AS "articleId", last_article_id AS "lastArticleId"
                       FROM speaker_aliases WHERE speaker_id = s.id ORDER BY seen_count DESC, id LIMIT 200) a) AS aliases,
            (SELECT coalesce(json_agg(t ORDER BY t."quotedAt" DESC, t."quoteId" DESC), '[]') FROM (${timeline}) t) AS quotes,
            (SELECT coalesce(json_agg(c ORDER BY c.id DESC), '[]') FROM (${latestClaimsOfSpeakerSql('s.id', SPEAKER_PAGE_CLAIMS)}) c) AS claims
       FROM speakers s WHERE s.id = $1`;
  // The text varies only with the filters used: one prepared statement per combination.
  const rows = await queryPrepared<Record<string, unknown>>(em, statementName('speaker-page', text), text, params);
  const row = rows[0];
  if (!row) return null;
  const { roles, aliases, quotes, claims, ...speaker } = row as SpeakerPageData['speaker'] & {
    roles: Array<SpeakerPageRole & { firstStatedAt: string; lastStatedAt: string }>;
    aliases: SpeakerPageAlias[];
    quotes: Array<TimelineRow & { quotedAt: string }>;
    claims: Array<SpeakerPageClaim & { saidAt: string }>;
  };
  return {
    speaker,
    roles: roles.map((r) => ({ ...r, firstStatedAt: new Date(r.firstStatedAt), lastStatedAt: new Date(r.lastStatedAt) })),
    aliases,
    quotes: quotes.slice(0, f.limit).map((q) => ({ ...q, quotedAt: new Date(q.quotedAt) })),
    hasMore: quotes.length > f.limit,
    claims: claims.map((c) => ({ ...c, saidAt: new Date(c.saidAt) })),
  };
}

/** A statement (indirect speech) credited to a speaker, with its article. */
export interface SpeakerStatementRow {
  articleId: number;
  position: number;
  cue: string;
  content: string;
  articleTitle: string;
  outlet: string | null;
  at: Date;
}

/** Statements read back, newest stored first, before the newest said are picked (a bound whatever the speaker). */
const STATEMENTS_COUNTED = 1000;
const STATEMENTS_READ = 200;

/**
 * A speaker's latest reported statements in current articles, newest said first: the last STATEMENTS_READ stored
 * (read back through the speaker's index), of which the `limit` newest by date; and how many the speaker has in all.
 */
export async function findSpeakerStatements(em: EntityManager, speakerId: number, limit: number): Promise<{ rows: SpeakerStatementRow[]; total: number; totalIsLowerBound: boolean }> {
  const [rows, [{ total }]] = await Promise.all([
    em.query(
      `SELECT * FROM (
         SELECT st.article_id AS "articleId", st.position, st.cue, st.content, a.title AS "articleTitle", a.outlet,
                coalesce(a.published_at, a.created_at) AS at, st.id
           FROM statements st JOIN articles a ON a.id = st.article_id
          WHERE st.speaker_id = $1 AND a.is_current
          ORDER BY st.id DESC LIMIT ${STATEMENTS_READ}) recent
        ORDER BY at DESC, id DESC LIMIT $2`,
      [speakerId, limit],
    ) as Promise<SpeakerStatementRow[]>,
    // counted up to STATEMENTS_COUNTED: a busy speaker's page does not count tens of thousands
    em.query(
      `SELECT count(*)::int AS total FROM (SELECT 1 FROM statements st JOIN articles a ON a.id = st.article_id
        WHERE st.speaker_id = $1 AND a.is_current LIMIT ${STATEMENTS_COUNTED + 1}) s`,
      [speakerId],
    ) as Promise<Array<{ total: number }>>,
  ]);
  return { rows, total: Math.min(total, STATEMENTS_COUNTED), totalIsLowerBound: total > STATEMENTS_COUNTED };
}
