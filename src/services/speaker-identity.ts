import type { IdentityCandidate } from '../db/repositories/speaker.repository';
import { givenNamesCompatible, matchKey, nameParts, normalizeName } from './speaker-names';

/** What an article says about a speaker, as the engine resolved it. */
export interface SpeakerClaim {
  name: string;
  kind: 'person' | 'organisation';
  role?: string;
  organisation?: string;
  organisationAbbreviation?: string;
  country?: string;
}

/** A possible match left for an editor to review. */
export interface ReviewNote {
  candidateId: number;
  confidence: number;
  reason: string;
  /** True when the stored candidate is the one that may be merged into the article's speaker. */
  reverse?: boolean;
}

/** The decision for one speaker of an article. */
export interface IdentityDecision {
  /** The stored speaker to use, or null to create one. */
  matchId: number | null;
  confidence: number;
  /** How the name relates to the stored speaker's ("variant", "initials", "surname"), for the alias. */
  aliasKind: 'name' | 'variant' | 'initials' | 'surname';
  reviews: ReviewNote[];
}

/** How a stored speaker's known roles compare with what the article says. */
export type Evidence = 'agree' | 'conflict' | 'none';

function normSet(values: Array<string | null | undefined>): Set<string> {
  return new Set(values.map((v) => normalizeName(v ?? '')).filter(Boolean));
}

/**
 * One title is the other's head noun: “coordinator” and “emergency coordinator”, “minister” and “Health Minister”
 * (not “Health Minister” and “Interior Minister”, which name two posts).
 */
function sameHead(a: string, b: string): boolean {
  const short = a.length < b.length ? a : b;
  const long = short === a ? b : a;
  return !short.includes(' ') && long.endsWith(` ${short}`);
}

/**
 * Compares roles: a shared organisation (by name or abbreviation), or the same title (or one
 * the other's head noun) in the same country, is evidence for; different organisations or
 * countries, against.
 */
export function compareEvidence(claim: SpeakerClaim, c: IdentityCandidate): Evidence {
  const orgs = normSet([claim.organisation, claim.organisationAbbreviation]);
  const theirOrgs = normSet(c.organisations);
  const sharedOrg = [...orgs].some((o) => theirOrgs.has(o));
  if (sharedOrg) return 'agree';
  const title = normalizeName(claim.role ?? '');
  const country = normalizeName(claim.country ?? '');
  const titles = normSet(c.titles);
  const countries = normSet(c.countries);
  const sameTitle = !!title && (titles.has(title) || [...titles].some((t) => sameHead(t, title)));
  const countryConflict = !!country && countries.size > 0 && !countries.has(country);
  if (sameTitle && !countryConflict && (country === '' || countries.has(country))) return 'agree';
  if ((orgs.size > 0 && theirOrgs.size > 0) || countryConflict) return 'conflict';
  return 'none';
}

const IDENTIFYING_ALIASES = new Set(['name', 'variant', 'initials', 'abbreviation', 'editor']);

/**
 * Decides which stored speaker an article's speaker is. Same name or alias: that speaker.
 * Spelling variants and initials: the one compatible speaker, unless the roles disagree.
 * A bare surname: only with corroborating role or organisation. Anything weaker becomes a
 * new speaker plus review notes; people who share only a surname are never matched.
 */
export function decideIdentity(claim: SpeakerClaim, candidates: IdentityCandidate[]): IdentityDecision {
  const normalized = normalizeName(claim.name);
  if (claim.kind === 'organisation') {
    const hit = candidates[0];
    return { matchId: hit?.id ?? null, confidence: 1, aliasKind: hit && hit.normalizedName !== normalized ? 'variant' : 'name', reviews: [] };
  }
  const parts = nameParts(claim.name);
  const key = matchKey(claim.name);
  const fullName = parts.given.length > 0;
  const evidence = new Map(candidates.map((c) => [c.id, compareEvidence(claim, c)]));
  const ok = (c: IdentityCandidate) => evidence.get(c.id) !== 'conflict';
  const agree = (c: IdentityCandidate) => evidence.get(c.id) === 'agree';
  const theirParts = new Map(candidates.map((c) => [c.id, nameParts(c.name)]));
  const isFull = (c: IdentityCandidate) => theirParts.get(c.id)!.given.length > 0;

  // 1. The same name, or an identifying alias with the same normalised form.
  const exact = candidates.filter(
    (c) => c.normalizedName === normalized || (c.exactAliasKind !== null && IDENTIFYING_ALIASES.has(c.exactAliasKind)),
  );
  const corroborated = fullName ? [] : candidates.filter((c) => isFull(c) && c.surnameKey === parts.surname && agree(c));
  if (exact.length > 0 && (fullName || (exact.some(ok) && corroborated.length !== 1))) {
    const pool = fullName ? exact : exact.filter(ok);
    const agreeing = pool.filter(agree);
    const pick = agreeing.length === 1 ? agreeing[0] : pool[0];
    const others = pool.filter((c) => c.id !== pick.id);
    return {
      matchId: pick.id,
      confidence: others.length ? 0.6 : fullName ? 1 : 0.9,
      aliasKind: 'name',
      reviews: others.map((c) => ({ candidateId: c.id, confidence: 0.6, reason: `same name as another speaker (${c.name})` })),
    };
  }

  // 2. Spelling variants ("Shamkhany") and initials ("A. Shamkhani") of a full name.
  if (fullName) {
    const variants = candidates.filter(
      (c) =>
        isFull(c) &&
        (c.matchKey === key || c.keyAlias || (parts.initialsOnly && c.surnameKey === parts.surname)) &&
        givenNamesCompatible(parts.given, theirParts.get(c.id)!.given),
    );
    const usable = variants.filter(ok);
    const agreeing = usable.filter(agree);
    const pick = usable.length === 1 ? usable[0] : agreeing.length === 1 ? agreeing[0] : null;
    if (pick) {
      const aliasKind = parts.initialsOnly ? 'initials' : 'variant';
      return { matchId: pick.id, confidence: agree(pick) ? 0.95 : aliasKind === 'initials' ? 0.8 : 0.9, aliasKind, reviews: [] };
    }
    if (variants.length > 0) {
      return {
        matchId: null,
        confidence: 1,
        aliasKind: 'name',
        reviews: variants.map((c) => ({
          candidateId: c.id,
          confidence: ok(c) ? 0.55 : 0.4,
          reason: ok(c) ? `spelling variant of ${c.name}; several people fit` : `spelling variant of ${c.name}, but the roles differ`,
        })),
      };
    }
    // A new full name: earlier surname-only speakers may be this person.
    const surnameOnly = candidates.filter((c) => !isFull(c) && c.surnameKey === parts.surname && ok(c));
    return {
      matchId: null,
      confidence: 1,
      aliasKind: 'name',
      reviews: surnameOnly.map((c) => ({
        candidateId: c.id,
        confidence: agree(c) ? 0.75 : 0.5,
        reason: agree(c) ? `“${c.name}” with the same role or organisation` : `“${c.name}” is the same surname, no first name`,
        reverse: true,
      })),
    };
  }

  // 3. A bare surname: only corroborated by role or organisation, and only if one person fits.
  const sameSurname = candidates.filter((c) => isFull(c) && c.surnameKey === parts.surname);
  const agreeing = sameSurname.filter(agree);
  if (agreeing.length === 1) return { matchId: agreeing[0].id, confidence: 0.8, aliasKind: 'surname', reviews: [] };
  return {
    matchId: null,
    confidence: 1,
    aliasKind: 'name',
    reviews: sameSurname.filter(ok).map((c) => ({
      candidateId: c.id,
      confidence: agreeing.length > 1 && agree(c) ? 0.6 : 0.45,
      reason: agreeing.length > 1 && agree(c) ? `surname and role match ${c.name}, but so do others` : `same surname as ${c.name}, nothing else to confirm`,
    })),
  };
}
