/** The speaker and topic filters the search and review pages share: read as typed, and named beside their numbers. */
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { findSpeakersByNormalizedName } from '../db/repositories/speaker.repository';
import { normalizeName } from '../services/speaker-names';

/**
 * The speaker a filter field names: a number (“12”, “#12”, “#12 Helena Brandt”) as it is, or a
 * name or alias one live speaker goes by. Several or none give a message saying so.
 */
export async function speakerInAddress(dataSource: DataSource, typed: string): Promise<{ id?: number; message?: string }> {
  const numbered = /^#?(\d{1,10})(?:\s|$)/.exec(typed);
  if (numbered) return { id: Number(numbered[1]) };
  const normalized = normalizeName(typed);
  if (!normalized || typed.length > 200) return { message: 'must be a speaker’s name or #number' };
  const live = (await findSpeakersByNormalizedName(dataSource.manager, normalized)).filter((sp) => sp.mergedIntoId === null);
  if (live.length === 1) return { id: live[0].id };
  if (live.length === 0) return { message: `no speaker goes by “${typed}”: look for them on the Speakers page, or give their #number` };
  const list = live.slice(0, 6).map((sp) => `#${sp.id} ${sp.name}${sp.role ? ` (${sp.role})` : ''}`).join('; ');
  return { message: `several speakers go by “${typed}”: ${list}. Type the #number of the one you mean` };
}

/** The names of the speaker and the topic a page is limited to, to show beside their numbers. */
export async function filterNames(dataSource: DataSource, q: { speaker?: number; topic?: number }): Promise<{ speaker?: string; topic?: string }> {
  if (!q.speaker && !q.topic) return {};
  const [row] = await dataSource.query(
    `SELECT (SELECT name FROM speakers WHERE id = $1) AS speaker, (SELECT label FROM claim_topics WHERE id = $2) AS topic`,
    [q.speaker ?? null, q.topic ?? null],
  );
  return { speaker: row?.speaker ?? undefined, topic: row?.topic ?? undefined };
}

/**
 * The speaker field of a page's address read as `speakerInAddress` reads it: `redirect` is the same
 * address with the speaker's number in it when a name (or “#12 Helena Brandt”) named one live
 * speaker; `message` says why the field names no one; `query` is the address's fields to validate
 * (without the speaker when it names no one).
 */
export async function typedSpeaker(dataSource: DataSource, req: Request, path: string): Promise<{ redirect?: string; message?: string; query: unknown }> {
  const typed = typeof req.query.speaker === 'string' ? req.query.speaker.trim() : '';
  const speaker = typed ? await speakerInAddress(dataSource, typed) : null;
  if (speaker?.id !== undefined && speaker.id !== Number(typed)) {
    const params = new URLSearchParams(Object.entries(req.query).filter(([, v]) => typeof v === 'string') as [string, string][]);
    params.set('speaker', String(speaker.id));
    return { redirect: `${path}?${params.toString()}`, query: req.query };
  }
  if (speaker?.message) return { message: speaker.message, query: { ...(req.query as object), speaker: undefined } };
  return { query: req.query };
}
