import { IDENTITY_CANDIDATE_LIMIT, type IdentityCandidate } from '../db/repositories/speaker.repository';
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

/** Folded words that end a name without being its surname: “Jr.”, “Sr.”, “II”, “III” (folded to “i”), “IV”. */
export const GENERATIONAL = new Set(['jr', 'sr', 'i', 'iv', 'v']);

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
  const variantOf = (c: IdentityCandidate) =>
    c.matchKey === key || c.keyAlias ? `spelling variant of ${c.name}` : parts.initialsOnly ? `initials of ${c.name}` : `${c.name} with a middle name more or less`;

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

  // 2. Spelling variants ("Shamkhany"), initials ("A. Shamkhani") and a middle name or initial more or less
  //    ("Donald J. Trump", "Hillary Rodham Clinton" for a stored Donald Trump, Hillary Clinton) of a full name.
  if (fullName) {
    const given = (c: IdentityCandidate) => theirParts.get(c.id)!.given;
    const spelled = (c: IdentityCandidate) => c.matchKey === key || c.keyAlias || parts.initialsOnly;
    const variants = candidates.filter(
      (c) =>
        isFull(c) &&
        (c.matchKey === key || c.keyAlias || (c.surnameKey === parts.surname && !GENERATIONAL.has(parts.surname ?? ''))) &&
        givenNamesCompatible(parts.given, given(c)),
    );
    const usable = variants.filter(ok);
    const agreeing = usable.filter(agree);
    const spelledUsable = usable.filter(spelled);
    // One person under several stored names, and no one else the name could be: every stored name that fits the
    // article's fits the others, and none fits a stored person the article's name does not (“Donald Trump” when a
    // “Donald J. Trump” and a “Donald John Trump” are stored is one person; “John Kennedy” when a John F. and a
    // John N. Kennedy are stored is not). Only on the whole list of namesakes.
    const complete = candidates.length < IDENTITY_CANDIDATE_LIMIT;
    const fitsOnlyThese = (c: IdentityCandidate) =>
      candidates.every((d) => d.id === c.id || usable.includes(d) || !isFull(d) || d.surnameKey !== c.surnameKey || !givenNamesCompatible(given(c), given(d)));
    const onePerson =
      complete && usable.length > 0 && usable.every(fitsOnlyThese) && usable.every((a, i) => usable.slice(i + 1).every((b) => givenNamesCompatible(given(a), given(b))));
    const pick = spelledUsable.length === 1 ? spelledUsable[0] : agreeing.length === 1 ? agreeing[0] : onePerson ? usable[0] : null;
    if (pick) {
      const aliasKind = parts.initialsOnly ? 'initials' : 'variant';
      const confidence = agree(pick) ? 0.95 : parts.initialsOnly ? 0.8 : spelled(pick) ? 0.9 : 0.85;
      // The other stored names of that one person are proposed for merging into the one chosen.
      const others = onePerson ? usable.filter((c) => c.id !== pick.id) : [];
      return {
        matchId: pick.id,
        confidence,
        aliasKind,
        reviews: others.map((c) => ({
          candidateId: c.id,
          confidence: 0.9,
          reason: `“${claim.name}” fits both ${c.name} and ${pick.name}, and no one else stored`,
          reverse: true,
        })),
      };
    }
    if (variants.length > 0) {
      return {
        matchId: null,
        confidence: 1,
        aliasKind: 'name',
        reviews: variants.map((c) => ({
          candidateId: c.id,
          confidence: !ok(c) ? 0.4 : usable.length === 1 ? 0.7 : 0.55,
          reason: !ok(c)
            ? `${variantOf(c)}, but the roles differ`
            : usable.length === 1
              ? `${variantOf(c)}; the name may also be another stored person's`
              : `${variantOf(c)}; several people fit`,
        })),
      };
    }
    // A new full name: earlier surname-only speakers may be this person.
    const surnameOnly = candidates.filter((c) => !isFull(c) && c.surnameKey === parts.surname && ok(c));
    // A given name a letter or two from a stored person's, same surname, same role or organisation
    // (“Hanna Lidd”, a company spokeswoman, beside Velora spokeswoman Hanne Lid): perhaps a misspelling,
    // perhaps a colleague — an editor decides; never merged here.
    const nearlySpelled = candidates.filter(
      (c) => isFull(c) && c.surnameKey === parts.surname && !GENERATIONAL.has(parts.surname ?? '') && agree(c) && nearGivenName(parts.given, given(c)),
    );
    return {
      matchId: null,
      confidence: 1,
      aliasKind: 'name',
      reviews: [
        ...surnameOnly.map((c) => ({
          candidateId: c.id,
          confidence: agree(c) ? 0.75 : 0.5,
          reason: agree(c) ? `“${c.name}” with the same role or organisation` : `“${c.name}” is the same surname, no first name`,
          reverse: true,
        })),
        ...nearlySpelled.map((c) => ({
          candidateId: c.id,
          confidence: 0.5,
          reason: `a name spelled nearly as ${c.name} (a letter or two apart), with the same role or organisation`,
        })),
      ],
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

/** Edit distance (insertions, deletions, substitutions) between two short words, or `max + 1` once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/**
 * Folded given names that differ only by a misspelling: the first given names, both written out
 * (not initials) and at least four letters, one or two edits apart (“hana” and “hane”), and not
 * the same (those are variants, matched already). Short names (“Ian”, “Ivan”) differ too little to tell.
 */
export function nearGivenName(a: string[], b: string[]): boolean {
  const x = a[0];
  const y = b[0];
  if (!x || !y || x === y || x.length < 4 || y.length < 4) return false;
  const d = editDistance(x, y, 2);
  return d >= 1 && d <= (Math.min(x.length, y.length) >= 6 ? 2 : 1);
}
