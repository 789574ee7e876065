/** The speaker and topic filters the search and review pages share: read as typed, and named beside their numbers. */
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { countLiveSpeakersGoingBy, findLivePeopleBySurname, findSpeakersByNormalizedName } from '../db/repositories/speaker.repository';
import { countOf } from './counts';
import { nameParts, normalizeName } from '../services/speaker-names';
import { findTopicsByLabelWords } from '../db/repositories/claim.repository';

/** Speakers named in the message when several go by what was typed. */
const SHOWN = 6;

/**
 * The speaker a filter field names: a number (“12”, “#12”, “#12 Helena Brandt”) as it is, or a
 * name or alias one live speaker goes by. Several or none give a message saying so.
 */
/** One of several speakers or topics a typed name may mean, to pick with a link. */
export interface FilterChoice {
  id: number;
  label: string;
}

export async function speakerInAddress(dataSource: DataSource, typed: string): Promise<{ id?: number; message?: string; choices?: FilterChoice[] }> {
  const numbered = /^#?(\d{1,10})(?:\s|$)/.exec(typed);
  if (numbered) return { id: Number(numbered[1]) };
  const normalized = normalizeName(typed);
  if (!normalized || typed.length > 200) return { message: 'must be a speaker’s name or #number' };
  const live: Array<{ id: number; name: string; role: string | null; quoteCount: number }> = (
    await findSpeakersByNormalizedName(dataSource.manager, normalized)
  ).filter((sp) => sp.mergedIntoId === null);
  // “Oduya” with a Sara Oduya stored, or “Haddad” with an Amira and an Omar Haddad: a lone surname names everyone whose
  // name ends with it (folded as identity matching folds it), whether or not an article happened to call one of them so
  const parts = nameParts(typed);
  const surname = parts.given.length === 0 && parts.surname ? parts.surname : null;
  if (surname) {
    const ids = new Set(live.map((sp) => sp.id));
    for (const sp of await findLivePeopleBySurname(dataSource.manager, surname)) if (!ids.has(sp.id)) live.push(sp);
  }
  if (live.length === 1) return { id: live[0].id };
  if (live.length === 0) return { message: `no speaker goes by “${typed}”: look for them on the Speakers page, or give their #number` };
  // the most quoted first (“trump”: Donald, Ivanka and Eric before a Freddy Trump with no quotes), and how many are left out
  live.sort((a, b) => b.quoteCount - a.quoteCount || a.id - b.id);
  const total = live.length > SHOWN ? Math.max(live.length, await countLiveSpeakersGoingBy(dataSource.manager, normalized, surname)) : live.length;
  const more = total > SHOWN ? `; and ${countOf(total - SHOWN, 'more', 'more')}` : '';
  const choices = live.slice(0, SHOWN).map((sp) => ({ id: sp.id, label: `#${sp.id} ${sp.name}${sp.role ? ` (${sp.role})` : ''}` }));
  const list = choices.map((c) => c.label).join('; ') + more;
  return { message: `several speakers go by “${typed}”: ${list}. Pick one below, or type the #number of the one you mean`, choices };
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
 * The topic a filter field names: a number (“7”, “#7”) as it is, or words of the label of one
 * topic, case and accents aside (“Kavra deaths” finds “Kavra — deaths”, “Sao Paulo” finds
 * “São Paulo — deaths”; merged topics aside). Several or none give a message saying so.
 */
export async function topicInAddress(dataSource: DataSource, typed: string): Promise<{ id?: number; message?: string; choices?: FilterChoice[] }> {
  const numbered = /^#?(\d{1,10})(?:\s|$)/.exec(typed);
  if (numbered) return { id: Number(numbered[1]) };
  // composed first, so that an accent typed as a separate mark stays in its word (the label match folds accents)
  const words = (typed.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
  if (words.length === 0 || typed.length > 200) return { message: 'must be a topic’s name or #number' };
  const rows = await findTopicsByLabelWords(dataSource.manager, words, 7);
  if (rows.length === 1) return { id: rows[0].id };
  if (rows.length === 0) return { message: `no topic is called “${typed}”: look for it on the Topics page, or give its #number` };
  const choices = rows.slice(0, 6).map((t) => ({ id: t.id, label: `#${t.id} ${t.label}` }));
  const list = choices.map((c) => c.label).join('; ');
  return { message: `several topics match “${typed}”: ${list}${rows.length > 6 ? '; …' : ''}. Pick one below, or type the #number of the one you mean`, choices };
}

/**
 * The speaker and topic fields of a page's address read as typed: `redirect` is the same address
 * with their numbers in it when a name (or “#12 Helena Brandt”) named one live speaker or topic;
 * `errors` says why a field names none; `query` is the address's fields to validate (without a
 * field that names none).
 */
export async function typedFilters(
  dataSource: DataSource,
  req: Request,
  path: string,
): Promise<{ redirect?: string; errors: Record<string, string[]>; choices: Record<string, Array<FilterChoice & { href: string }>>; query: unknown }> {
  const field = (name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string).trim() : '');
  const typed = { speaker: field('speaker'), topic: field('topic') };
  const [speaker, topic] = await Promise.all([
    typed.speaker ? speakerInAddress(dataSource, typed.speaker) : null,
    typed.topic ? topicInAddress(dataSource, typed.topic) : null,
  ]);
  const query: Record<string, unknown> = { ...(req.query as object) };
  const errors: Record<string, string[]> = {};
  const choices: Record<string, Array<FilterChoice & { href: string }>> = {};
  let renamed = false;
  for (const [name, read] of [['speaker', speaker], ['topic', topic]] as const) {
    if (read?.message) {
      errors[name] = [read.message];
      // each speaker or topic the name may mean, as the same address with its number in the field
      if (read.choices) choices[name] = read.choices.map((c) => ({ ...c, href: addressWith(path, req.query, name, String(c.id)) }));
      query[name] = undefined;
    } else if (read?.id !== undefined && String(read.id) !== typed[name]) {
      query[name] = String(read.id);
      renamed = true;
    }
  }
  if (renamed && Object.keys(errors).length === 0) {
    const params = new URLSearchParams(Object.entries(query).filter(([, v]) => typeof v === 'string') as [string, string][]);
    return { redirect: `${path}?${params.toString()}`, errors, choices, query };
  }
  return { errors, choices, query };
}

/** The page's address with one field set, its other string fields as they were. */
function addressWith(path: string, query: Request['query'], name: string, value: string): string {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string'));
  params.set(name, value);
  params.delete('page');
  return `${path}?${params.toString()}`;
}
