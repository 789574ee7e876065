import type { DataSource } from 'typeorm';
import { findDirectoryPage, type DirectoryFilter, type SpeakerSort } from '../db/repositories/speaker-directory.repository';
import { matchKey, normalizeName } from './speaker-names';

/** Speakers shown per directory page. */
export const SPEAKERS_PER_PAGE = 30;

/** What the directory was asked for. */
export interface SpeakerSearch {
  q?: string;
  kind?: 'person' | 'organisation';
  organisation?: string;
  sort?: SpeakerSort;
  page: number;
  perPage?: number;
  /** Keyset position of the API's cursor (replaces `page`). */
  after?: DirectoryFilter['after'];
}

/** One page of the speaker directory: fuzzy name search, filters, and a sort (relevance first when searching). */
export async function searchSpeakers(deps: { dataSource: DataSource }, s: SpeakerSearch) {
  const q = s.q ? normalizeName(s.q) : '';
  const sort: SpeakerSort = s.sort ?? (q ? 'relevance' : 'name');
  const perPage = s.perPage ?? SPEAKERS_PER_PAGE;
  const { rows, hasMore } = await findDirectoryPage(deps.dataSource.manager, {
    q: q || undefined,
    key: q ? matchKey(q) : undefined,
    kind: s.kind,
    organisation: s.organisation?.trim() || undefined,
    sort: !q && sort === 'relevance' ? 'name' : sort,
    limit: perPage,
    offset: s.after ? 0 : (s.page - 1) * perPage,
    after: s.after,
  });
  return { speakers: rows, page: s.page, hasMore, hasPrevious: s.page > 1, sort, q: s.q ?? '' };
}
