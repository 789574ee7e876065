import type { SpeakerEntity } from '../../db/entities/speaker.entity';
import type { SpeakerPageAlias as SpeakerAliasEntity, SpeakerPageRole as SpeakerRoleEntity } from '../../db/repositories/speaker-page.repository';
import type { SpeakerAuditRow } from '../../db/repositories/speaker-audit.repository';
import type { DirectoryRow } from '../../db/repositories/speaker-directory.repository';
import type { TimelineCursor, TimelineRow } from '../../db/repositories/speaker-quote.repository';
import { describeRole, isTitledForm } from '../../services/speaker-names';
import { UNDOABLE } from '../../services/undo-speaker-change';
import { encodeCursor } from './speakers.schema';
import { countOf } from '../counts';

/** `2016-12-18`, or null. */
export function day(d: Date | string | null | undefined): string | null {
  return d ? new Date(d).toISOString().slice(0, 10) : null;
}

/** Link to a Wikidata item. */
export function externalLink(id: string | null): string | null {
  return id ? `https://www.wikidata.org/wiki/${encodeURIComponent(id)}` : null;
}

/** A directory row for the view. */
export function presentDirectoryRow(r: DirectoryRow) {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    role: describeRole({ title: r.role, organisation: r.organisation, organisationAbbreviation: r.organisationAbbreviation, country: r.country }),
    quoteCount: r.quoteCount,
    lastQuoted: day(r.lastQuotedAt),
    matchedAlias: r.matchedAlias,
  };
}

/**
 * A role stated without its organisation, or with only the organisation's kind (“spokeswoman, Ministry”), is the same
 * role as one with the same title and the full name (“spokeswoman, Interior Ministry”) when that is the only such role.
 */
function foldsInto(r: SpeakerRoleEntity, o: SpeakerRoleEntity): boolean {
  if (r === o || (r.title ?? '').toLowerCase() !== (o.title ?? '').toLowerCase() || !o.organisation) return false;
  if (r.country && o.country && r.country !== o.country) return false;
  if (!r.organisation) return true;
  const words = o.organisation.toLowerCase().split(/\s+/);
  return !r.organisation.includes(' ') && r.organisation.toLowerCase() !== o.organisation.toLowerCase() && words.includes(r.organisation.toLowerCase());
}

/** Roles stated in shorter forms counted with the one fuller form they stand for, in the original order. */
export function foldRoles(roles: SpeakerRoleEntity[]): SpeakerRoleEntity[] {
  const target = new Map<SpeakerRoleEntity, SpeakerRoleEntity>();
  // an organisation's kind first (“Ministry” → “Interior Ministry”), then a title with no organisation, among what is left
  for (const bare of [false, true]) {
    for (const r of roles) {
      if (!r.organisation !== bare) continue;
      const fuller = roles.filter((o) => !target.has(o) && foldsInto(r, o));
      if (fuller.length === 1) target.set(r, fuller[0]);
    }
  }
  const merged = new Map<SpeakerRoleEntity, SpeakerRoleEntity>();
  const out: SpeakerRoleEntity[] = [];
  for (const r of roles) {
    const t = target.get(r) ?? r;
    let m = merged.get(t);
    if (!m) {
      m = Object.assign(Object.create(Object.getPrototypeOf(t)) as SpeakerRoleEntity, t);
      merged.set(t, m);
      out.push(m);
    }
    if (r === t) continue;
    if (r.firstStatedAt && (!m.firstStatedAt || r.firstStatedAt < m.firstStatedAt)) { m.firstStatedAt = r.firstStatedAt; m.firstArticleId = r.firstArticleId; }
    if (r.lastStatedAt && (!m.lastStatedAt || r.lastStatedAt > m.lastStatedAt)) { m.lastStatedAt = r.lastStatedAt; m.lastArticleId = r.lastArticleId; }
    m.articleCount += r.articleCount;
  }
  return out;
}

/** Roles for the page: the current one first, with the dates each was stated. */
export function presentRoles(roles: SpeakerRoleEntity[]) {
  return foldRoles(roles).map((r, i) => ({
    text: describeRole(r),
    current: i === 0,
    first: day(r.firstStatedAt),
    last: day(r.lastStatedAt),
    firstArticleId: r.firstArticleId,
    lastArticleId: r.lastArticleId,
    articles: r.articleCount,
  }));
}

/**
 * The other names a reader is shown: a name found in an article that is only the speaker's
 * name (or another of its names) with a title before it (“Colonel Omar Saleh”) says nothing
 * the name and roles do not; it stays stored, for editors to find the speaker by.
 */
export function shownAliases<T extends Pick<SpeakerAliasEntity, 'alias' | 'kind'>>(name: string, aliases: T[]): T[] {
  const names = [name, ...aliases.filter((a) => a.kind !== 'description').map((a) => a.alias)];
  return aliases.filter((a) => a.kind === 'editor' || a.kind === 'description' || !names.some((n) => isTitledForm(a.alias, n)));
}

/** Aliases: names readers may search for, then descriptions articles used. */
export function presentAliases(aliases: SpeakerAliasEntity[]) {
  const rows = aliases.map((a) => ({ id: a.id, alias: a.alias, kind: a.kind, seen: a.seenCount, articleId: a.articleId, lastArticleId: a.lastArticleId }));
  return { names: rows.filter((a) => a.kind !== 'description'), descriptions: rows.filter((a) => a.kind === 'description') };
}

/** A timeline quote for the page, linking to its place in the article. */
export function presentQuote(q: TimelineRow) {
  return {
    id: q.quoteId,
    text: q.text,
    kind: q.kind,
    date: day(q.quotedAt),
    mention: q.speakerMention,
    role: q.speakerRole,
    href: `/articles/${q.articleId}#q-${q.position}`,
    articleTitle: q.articleTitle,
    outlet: q.outlet,
    reviewed: q.reviewStatus === 'confirmed' || q.reviewStatus === 'corrected' ? q.reviewStatus : null,
  };
}

/** Query string of the timeline filters, with the cursor of a page. */
export function timelineHref(id: number, filters: Record<string, string | undefined>, cursor: TimelineCursor | null): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) p.set(k, v);
  if (cursor) p.set('after', encodeCursor(cursor));
  const qs = p.toString();
  return `/speakers/${id}${qs ? `?${qs}` : ''}#quotes`;
}

/** The speaker header: name, kind, counts and dates, external link. */
export function presentSpeaker(s: Omit<SpeakerEntity, 'mergedInto'>) {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    quoteCount: s.quoteCount,
    firstQuoted: day(s.firstQuotedAt),
    lastQuoted: day(s.lastQuotedAt),
    externalId: s.externalId,
    externalHref: externalLink(s.externalId),
  };
}

const ACTION_TEXT: Record<string, string> = {
  'speaker.rename': 'Renamed',
  'speaker.alias_add': 'Added an alias',
  'speaker.alias_remove': 'Removed an alias',
  'speaker.external_id': 'Changed the external id',
  'speaker.merge': 'Merged',
  'speaker.split': 'Split',
  'speaker.match_dismiss': 'Dismissed a possible match',
  'speaker.undo': 'Undid a change',
};

/** One history entry: who, when, what, and whether it can still be undone. */
export function presentChange(e: SpeakerAuditRow) {
  const before = (e.before ?? {}) as Record<string, unknown>;
  const after = (e.after ?? {}) as Record<string, unknown>;
  let detail = '';
  if (e.action === 'speaker.rename') detail = `“${before.name}” → “${after.name}”`;
  if (e.action === 'speaker.alias_add') detail = `“${after.alias}”`;
  if (e.action === 'speaker.alias_remove') detail = `“${(before.alias as { alias?: string })?.alias ?? ''}”`;
  if (e.action === 'speaker.external_id') detail = `${before.externalId ?? 'none'} → ${after.externalId ?? 'none'}`;
  if (e.action === 'speaker.merge') {
    const merged = (before.merged ?? {}) as { id?: number; name?: string };
    detail = `“${merged.name}” (#${merged.id}) into #${e.targetId}, ${countOf((after.quoteIds as unknown[] | undefined)?.length ?? 0, 'quote')}`;
  }
  if (e.action === 'speaker.split') {
    detail = `${countOf((after.quoteIds as unknown[] | undefined)?.length ?? 0, 'quote')} from #${e.targetId} to “${after.otherName}” (#${after.otherId})`;
  }
  // the change undone is named by what it did, not by its number, which the page shows nowhere
  if (e.action === 'speaker.undo') detail = `(#${after.undoes})`;
  return {
    id: e.id,
    when: new Date(e.createdAt).toISOString().replace('T', ' ').slice(0, 16),
    who: e.actorLabel,
    what: ACTION_TEXT[e.action] ?? e.action,
    detail,
    undoable: UNDOABLE.has(e.action) && !e.undoneBy,
    undoneBy: e.undoneBy,
  };
}

/**
 * A speaker's history as the manage page lists it: an undo names the change it undid
 * (“Undid a change of 2025-03-04 10:12: Renamed “A” → “B””) when that change is in the list.
 */
export function presentHistory(entries: SpeakerAuditRow[]) {
  const shown = entries.map(presentChange);
  const byId = new Map(shown.map((h) => [h.id, h]));
  return shown.map((h, i) => {
    const undoes = entries[i].action === 'speaker.undo' ? byId.get(String((entries[i].after as { undoes?: unknown } | null)?.undoes)) : undefined;
    return undoes ? { ...h, detail: `of ${undoes.when}: ${undoes.what} ${undoes.detail}`.trim() } : h;
  });
}

/** JSON shape of a speaker in the API. */
export function speakerJson(s: Omit<SpeakerEntity, 'mergedInto'>, roles?: SpeakerRoleEntity[], aliases?: SpeakerAliasEntity[]) {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    role: s.role,
    organisation: s.organisation,
    organisationAbbreviation: s.organisationAbbreviation,
    country: s.country,
    externalId: s.externalId,
    externalUrl: externalLink(s.externalId),
    quoteCount: s.quoteCount,
    firstQuotedAt: s.firstQuotedAt ? s.firstQuotedAt.toISOString() : null,
    lastQuotedAt: s.lastQuotedAt ? s.lastQuotedAt.toISOString() : null,
    ...(roles && {
      roles: roles.map((r) => ({
        title: r.title,
        organisation: r.organisation,
        organisationAbbreviation: r.organisationAbbreviation,
        country: r.country,
        firstStatedAt: r.firstStatedAt.toISOString(),
        lastStatedAt: r.lastStatedAt.toISOString(),
        firstArticleId: r.firstArticleId,
        lastArticleId: r.lastArticleId,
        articleCount: r.articleCount,
      })),
    }),
    ...(aliases && {
      aliases: shownAliases(s.name, aliases).map((a) => ({
        alias: a.alias,
        kind: a.kind,
        firstArticleId: a.articleId,
        lastArticleId: a.lastArticleId,
        seenCount: a.seenCount,
      })),
    }),
  };
}

/** JSON shape of a directory row. */
export function directoryJson(r: DirectoryRow) {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    role: r.role,
    organisation: r.organisation,
    organisationAbbreviation: r.organisationAbbreviation,
    country: r.country,
    quoteCount: r.quoteCount,
    firstQuotedAt: r.firstQuotedAt ? new Date(r.firstQuotedAt).toISOString() : null,
    lastQuotedAt: r.lastQuotedAt ? new Date(r.lastQuotedAt).toISOString() : null,
    matchedAlias: r.matchedAlias,
  };
}

/** JSON shape of a timeline quote. */
export function timelineQuoteJson(q: TimelineRow) {
  return {
    id: q.quoteId,
    text: q.text,
    kind: q.kind,
    quotedAt: new Date(q.quotedAt).toISOString(),
    speakerMention: q.speakerMention,
    confidence: q.confidence,
    reviewStatus: q.reviewStatus,
    article: { id: q.articleId, title: q.articleTitle, outlet: q.outlet, url: q.url, position: q.position },
    href: `/articles/${q.articleId}#q-${q.position}`,
  };
}
