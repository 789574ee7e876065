import type { SpeakerPageClaim } from '../db/repositories/claim.repository';
import type { DataSource } from 'typeorm';
import type { SpeakerEntity } from '../db/entities/speaker.entity';
import {
  findSpeakerPage,
  findSpeakerStatements,
  type SpeakerPageAlias,
  type SpeakerPageData,
  type SpeakerPageRole,
} from '../db/repositories/speaker-page.repository';
import { findTimelinePage, type TimelineCursor, type TimelineRow } from '../db/repositories/speaker-quote.repository';
import { findSpeakerById } from '../db/repositories/speaker.repository';
import { findSpeakerAuditEntries } from '../db/repositories/speaker-audit.repository';
import { listOpenMatchesFor } from '../db/repositories/speaker-match.repository';
import { NotFoundError } from '../errors';

/** Quotes per timeline page. */
export const QUOTES_PER_PAGE = 20;

/** Timeline filters of the speaker page. */
export interface TimelineQuery {
  from?: Date;
  to?: Date;
  outlet?: string;
  text?: string;
  after?: TimelineCursor;
  limit?: number;
}

/** A speaker, or where a merged speaker now lives. */
export type SpeakerLookup<T> = { redirectTo: number } | ({ redirectTo?: undefined } & T);

/** The live speaker a (possibly merged) id leads to; NotFound when there is none. */
async function liveSpeaker(deps: { dataSource: DataSource }, id: number): Promise<SpeakerEntity> {
  const em = deps.dataSource.manager;
  let speaker = await findSpeakerById(em, id);
  for (let hops = 0; speaker?.mergedIntoId && hops < 20; hops++) speaker = await findSpeakerById(em, speaker.mergedIntoId);
  if (!speaker || speaker.mergedIntoId) throw new NotFoundError(`There is no speaker ${id}`);
  return speaker;
}

/** One page of a speaker's quotes, newest first, with the cursor of the next page. */
export async function getSpeakerQuotes(
  deps: { dataSource: DataSource },
  id: number,
  query: TimelineQuery,
): Promise<SpeakerLookup<{ speaker: SpeakerEntity; quotes: TimelineRow[]; next: TimelineCursor | null }>> {
  const speaker = await liveSpeaker(deps, id);
  if (speaker.id !== id) return { redirectTo: speaker.id };
  const { rows, hasMore } = await findTimelinePage(deps.dataSource.manager, id, { ...query, limit: query.limit ?? QUOTES_PER_PAGE });
  const last = rows[rows.length - 1];
  return { speaker, quotes: rows, next: hasMore && last ? { at: new Date(last.quotedAt), id: last.quoteId } : null };
}

/**
 * Everything the speaker page shows: the speaker, roles over time, aliases, and the first
 * (or requested) page of the quote timeline, read in one statement. A merged speaker
 * answers with where it went.
 */
export async function getSpeaker(
  deps: { dataSource: DataSource },
  id: number,
  query: TimelineQuery = {},
): Promise<
  SpeakerLookup<{
    speaker: SpeakerPageData['speaker'];
    roles: SpeakerPageRole[];
    aliases: SpeakerPageAlias[];
    quotes: TimelineRow[];
    next: TimelineCursor | null;
    claims: SpeakerPageClaim[];
  }>
> {
  const page = await findSpeakerPage(deps.dataSource.manager, id, { ...query, limit: query.limit ?? QUOTES_PER_PAGE });
  if (!page) throw new NotFoundError(`There is no speaker ${id}`);
  if (page.speaker.mergedIntoId) return { redirectTo: (await liveSpeaker(deps, id)).id };
  const last = page.quotes[page.quotes.length - 1];
  return {
    speaker: page.speaker,
    roles: page.roles,
    aliases: page.aliases,
    claims: page.claims,
    quotes: page.quotes,
    next: page.hasMore && last ? { at: last.quotedAt, id: last.quoteId } : null,
  };
}

/** What the manage page adds for editors: the change history (with undo state) and open possible matches. */
export async function getSpeakerManagement(deps: { dataSource: DataSource }, id: number) {
  const em = deps.dataSource.manager;
  const [history, reviews] = await Promise.all([findSpeakerAuditEntries(em, id), listOpenMatchesFor(em, id)]);
  return { history, reviews };
}

/** A speaker's latest reported statements (indirect speech) in current articles, and how many there are. */
export function getSpeakerStatements(deps: { dataSource: DataSource }, id: number, limit: number) {
  return findSpeakerStatements(deps.dataSource.manager, id, limit);
}
