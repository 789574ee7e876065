import type { ArticleAnalysis, SpeakerRef } from '../core/types';
import type { IdentityLookup } from '../db/repositories/ingest.repository';
import type { NewMatchCandidate } from '../db/repositories/speaker-match.repository';
import type { AliasSighting } from '../db/repositories/speaker.repository';
import type { RoleObservation } from '../db/repositories/speaker-role.repository';
import type { StoredSpeakerKind } from '../db/entities/speaker.entity';
import type { IdentityModel } from './identity-model';
import { decideIdentity, type SpeakerClaim } from './speaker-identity';
import { isNameLikeMention, isPronoun, matchKey, nameParts, normalizeName, roleKey } from './speaker-names';

/** The article being stored: its id and date (publication, else arrival). */
export interface ArticleRef {
  articleId: number;
  at: Date;
}

/** Key of a speaker within one article's analysis. */
export function speakerKey(s: Pick<SpeakerRef, 'kind' | 'name'>): string {
  return `${s.kind}:${normalizeName(s.name)}`;
}

interface ArticleSpeaker {
  claim: SpeakerClaim;
  mentions: Set<string>;
}

/** What identity resolution learnt from one article, to be written with the article. */
export interface IdentityOutcome {
  /** Speaker ids by `speakerKey` (provisional ids for speakers the batch creates). */
  ids: Map<string, number>;
  /** The stored speaker's name by `speakerKey`: a later article naming a renamed speaker by the old name (an alias) shows the name as the speaker has it now. */
  names: Map<string, string>;
  aliases: AliasSighting[];
  roles: RoleObservation[];
  reviews: NewMatchCandidate[];
}

/** The advisory lock keys and candidate lookups an article needs before its speakers are resolved. */
export function identityLookups(analysis: ArticleAnalysis): { lockKeys: string[]; lookups: Array<IdentityLookup & { kind: StoredSpeakerKind }> } {
  const speakers = [...collectSpeakers(analysis).values()];
  const abbreviations = organisationAbbreviations(analysis);
  return {
    lockKeys: speakers.map((s) => identityLockKey(s.claim)),
    lookups: speakers.map(({ claim }) => ({ kind: claim.kind, ...lookupOf(claim, abbreviations) })),
  };
}

function lookupOf(claim: SpeakerClaim, abbreviations: Map<string, string>): IdentityLookup {
  const normalized = normalizeName(claim.name);
  const ownAbbreviation = claim.kind === 'organisation' ? abbreviations.get(normalized) : undefined;
  return {
    normalized,
    matchKey: matchKey(claim.name),
    surnameKey: claim.kind === 'person' ? nameParts(claim.name).surname ?? null : null,
    extra: ownAbbreviation ? [normalizeName(ownAbbreviation)] : [],
  };
}

/**
 * Matches each person and organisation an article quotes to one stored speaker — by name,
 * alias, spelling variant, initials, or a surname backed by role — creating the missing
 * ones, and collects what the article taught about them: aliases (with the article), roles
 * (dated), and possible matches too weak to merge, for review. Decisions read the identity
 * model (stored speakers, plus what earlier articles of the batch did) and update it, so a
 * batch resolves exactly as the same articles one after another. The caller holds the
 * advisory locks of `identityLookups` and writes the outcome in the same transaction.
 */
export function resolveSpeakerIdentities(model: IdentityModel, article: ArticleRef, analysis: ArticleAnalysis): IdentityOutcome {
  const speakers = collectSpeakers(analysis);
  const ids = new Map<string, number>();
  const names = new Map<string, string>();
  const aliases: AliasSighting[] = [];
  const roles: RoleObservation[] = [];
  const reviews: NewMatchCandidate[] = [];
  const abbreviations = organisationAbbreviations(analysis);

  for (const [key, { claim, mentions }] of speakers) {
    const lookup = lookupOf(claim, abbreviations);
    const normalized = lookup.normalized;
    const parts = claim.kind === 'person' ? nameParts(claim.name) : null;
    const ownAbbreviation = claim.kind === 'organisation' ? abbreviations.get(normalized) : undefined;
    const candidates = model.candidates(claim.kind, lookup);
    const decision = decideIdentity(claim, candidates);
    const matched = candidates.find((c) => c.id === decision.matchId);
    const speakerId =
      matched?.id ??
      model.create({
        name: claim.name,
        normalizedName: normalized,
        matchKey: lookup.matchKey,
        surnameKey: parts?.surname ?? null,
        kind: claim.kind,
        role: claim.role ?? null,
        organisation: claim.organisation ?? null,
        organisationAbbreviation: claim.organisationAbbreviation ?? null,
        country: claim.country ?? null,
      });
    ids.set(key, speakerId);
    names.set(key, matched?.name ?? claim.name);

    const canonical = matched?.normalizedName ?? normalized;
    const sight = (alias: string, kind: AliasSighting['kind']) => {
      const n = normalizeName(alias);
      if (n && n !== canonical && alias.length <= 120) {
        aliases.push({ speakerId, alias, normalizedAlias: n, matchKey: matchKey(alias), kind, articleId: article.articleId });
      }
    };
    sight(claim.name, decision.aliasKind);
    if (ownAbbreviation) sight(ownAbbreviation, 'abbreviation');
    if (claim.kind === 'organisation') {
      const acronym = acronymOf(claim.name);
      if (acronym) sight(acronym, 'abbreviation');
    }
    for (const m of mentions) {
      const kind = mentionKind(m, parts?.surname ?? null);
      if (kind) sight(m, kind);
    }

    if (claim.role || claim.organisation || claim.country) {
      roles.push({
        speakerId,
        articleId: article.articleId,
        roleKey: roleKey({ title: claim.role, organisation: claim.organisation, country: claim.country }),
        title: claim.role ?? null,
        organisation: claim.organisation ?? null,
        organisationAbbreviation: claim.organisationAbbreviation ?? null,
        country: claim.country ?? null,
        statedAt: article.at,
      });
    }
    for (const r of decision.reviews) {
      reviews.push({
        speakerId: r.reverse ? r.candidateId : speakerId,
        candidateId: r.reverse ? speakerId : r.candidateId,
        articleId: article.articleId,
        mention: claim.name,
        confidence: r.confidence,
        reason: r.reason,
      });
    }
  }

  // As stored: the first sighting of a form decides its kind; one observation per role and article.
  const firstSightings = new Map<string, AliasSighting>();
  for (const a of aliases) if (!firstSightings.has(`${a.speakerId}:${a.normalizedAlias}`)) firstSightings.set(`${a.speakerId}:${a.normalizedAlias}`, a);
  const uniqueAliases = [...firstSightings.values()];
  const uniqueRoles = [...new Map(roles.map((r) => [`${r.speakerId}:${r.articleId}:${r.roleKey}`, r])).values()];
  for (const a of uniqueAliases) model.addAlias(a.speakerId, a.normalizedAlias, a.matchKey, a.kind);
  for (const r of uniqueRoles) model.addRole(r.speakerId, r);
  for (const id of new Set(uniqueRoles.map((r) => r.speakerId))) model.refreshCurrentRole(id);
  return { ids, names, aliases: uniqueAliases, roles: uniqueRoles, reviews };
}

/** The distinct named people and organisations of an article, with every way it named them. */
function collectSpeakers(analysis: ArticleAnalysis): Map<string, ArticleSpeaker> {
  const out = new Map<string, ArticleSpeaker>();
  for (const item of [...analysis.quotes, ...analysis.statements]) {
    const s = item.speaker;
    if (!s || (s.kind !== 'person' && s.kind !== 'organisation') || !normalizeName(s.name)) continue;
    // “The organisation said …” left unresolved names no one: only proper names become speakers.
    if (!isProperName(s.name)) continue;
    const key = speakerKey(s);
    let entry = out.get(key);
    // (what the article says of them as a whole: “Castell, the health minister, said …” after a quote of hers
    // gives the role her first quote's speaker did not carry yet)
    const entity = s.entity !== undefined ? analysis.people[s.entity] : undefined;
    if (!entry) {
      entry = {
        claim: {
          // “the Supreme National Security Council said” names the council.
          name: s.kind === 'organisation' ? s.name.replace(/^the\s+/i, '') : s.name,
          kind: s.kind,
          role: s.role ?? entity?.role,
          organisation: s.organisation ?? entity?.organisation,
          organisationAbbreviation: s.organisationAbbreviation ?? entity?.organisationAbbreviation,
          country: s.country ?? entity?.country,
        },
        mentions: new Set(),
      };
      for (const m of entity?.mentions ?? []) if (keepMention(m.text)) entry.mentions.add(m.text.trim());
      out.set(key, entry);
    } else if (!entry.claim.role && !entry.claim.organisation && (s.role || s.organisation)) {
      Object.assign(entry.claim, { role: s.role, organisation: s.organisation, organisationAbbreviation: s.organisationAbbreviation, country: s.country });
    }
    if (item.speakerMention && keepMention(item.speakerMention.text)) entry.mentions.add(item.speakerMention.text.trim());
  }
  return out;
}

/** Organisation abbreviations stated in the article ("Supreme National Security Council" → "SNSC"). */
function organisationAbbreviations(analysis: ArticleAnalysis): Map<string, string> {
  const out = new Map<string, string>();
  const refs = [...analysis.quotes, ...analysis.statements].map((i) => i.speaker).filter((s): s is SpeakerRef => !!s);
  for (const r of [...refs, ...analysis.people]) {
    if (r.organisation && r.organisationAbbreviation) out.set(normalizeName(r.organisation), r.organisationAbbreviation);
  }
  return out;
}

/** Lock key shared by every spelling that could be the same speaker. */
function identityLockKey(claim: SpeakerClaim): string {
  if (claim.kind === 'person') return `p:${nameParts(claim.name).surname ?? ''}`;
  return `o:${matchKey(claim.name)}`;
}

/** Kind of alias a mention makes: a full name, a bare surname, or a description ("the Iranian official"); null to skip. */
function mentionKind(mention: string, surname: string | null): AliasSighting['kind'] | null {
  if (isNameLikeMention(mention)) return 'name';
  const words = mention.split(/\s+/);
  if (words.length === 1 && /^\p{Lu}/u.test(mention) && surname && nameParts(mention).surname === surname) return 'surname';
  if (/^(the|a|an)$/i.test(words[0]) && words.length >= 2 && words.length <= 8) return 'description';
  return null;
}

const MINOR_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'le']);

/** Initials of an organisation's name ("Supreme National Security Council" → "SNSC"), when it has three or more main words. */
export function acronymOf(name: string): string | null {
  const words = name.split(/[\s-]+/).filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length < 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return words.map((w) => w[0]).join('');
}

/** True when a mention is worth keeping at all (not a pronoun, not too long). */
function keepMention(mention: string): boolean {
  return !isPronoun(mention) && mention.length <= 80 && /\p{L}/u.test(mention);
}

/** A name with at least one capitalised word or acronym ("Ali Shamkhani", "the SNSC"), not a bare common noun ("organisation"). */
export function isProperName(name: string): boolean {
  return /(^|[\s'’-])\p{Lu}/u.test(name.replace(/^the\s+/i, ''));
}
