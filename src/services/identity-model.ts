import type { SpeakerAliasKind } from '../db/entities/speaker-alias.entity';
import type { StoredSpeakerKind } from '../db/entities/speaker.entity';
import type { IdentityLookup, StoredIdentity } from '../db/repositories/ingest.repository';
import { IDENTITY_CANDIDATE_LIMIT, type IdentityCandidate } from '../db/repositories/speaker.repository';

/** Ids handed to speakers created during a batch: above every stored id, in creation order. */
export const NEW_SPEAKER_BASE = 2 ** 40;

/** True for an id the model handed to a speaker that is not stored yet. */
export function isNewSpeakerId(id: number): boolean {
  return id >= NEW_SPEAKER_BASE;
}

interface ModelAlias {
  order: number;
  normalized: string;
  matchKey: string;
  kind: SpeakerAliasKind;
}

interface ModelRole {
  order: number;
  roleKey: string;
  title: string | null;
  organisation: string | null;
  organisationAbbreviation: string | null;
  country: string | null;
  lastStatedAt: number;
}

interface ModelSpeaker extends Omit<StoredIdentity, 'aliases' | 'roles'> {
  aliases: ModelAlias[];
  roles: ModelRole[];
}

/** A speaker to create, as the model recorded it. */
export type NewModelSpeaker = Pick<ModelSpeaker, 'id' | 'name' | 'normalizedName' | 'matchKey' | 'surnameKey' | 'kind' | 'role' | 'organisation' | 'organisationAbbreviation' | 'country'>;

const IDENTIFYING = (kind: SpeakerAliasKind) => kind !== 'description';

/**
 * The stored speakers that may matter to a batch of articles, loaded once, plus what the
 * batch has done to them so far (new speakers, aliases, roles). Candidate lists read from
 * it are the ones `findIdentityCandidates` would return at the same point of a sequential
 * ingest, so a batch decides exactly as one article at a time would.
 */
export class IdentityModel {
  private readonly speakers = new Map<number, ModelSpeaker>();
  /** Speaker ids by every key a lookup matches on: `n:` name or alias, `k:` folded key, `s:` surname. */
  private readonly index = new Map<string, Set<number>>();
  private nextNew = NEW_SPEAKER_BASE;
  private nextOrder = Number.MAX_SAFE_INTEGER / 2;
  readonly created: NewModelSpeaker[] = [];

  private indexKey(key: string, id: number): void {
    const ids = this.index.get(key);
    if (ids) ids.add(id);
    else this.index.set(key, new Set([id]));
  }

  private indexSpeaker(s: ModelSpeaker): void {
    this.indexKey(`n:${s.normalizedName}`, s.id);
    if (s.matchKey) this.indexKey(`k:${s.matchKey}`, s.id);
    if (s.surnameKey !== null) this.indexKey(`s:${s.surnameKey}`, s.id);
    for (const a of s.aliases) this.indexAlias(s.id, a);
  }

  private indexAlias(id: number, a: ModelAlias): void {
    if (!IDENTIFYING(a.kind)) return;
    this.indexKey(`n:${a.normalized}`, id);
    if (a.matchKey) this.indexKey(`k:${a.matchKey}`, id);
  }

  constructor(stored: StoredIdentity[]) {
    for (const s of stored) {
      this.addSpeaker({
        ...s,
        aliases: s.aliases.map(([order, normalized, matchKey, kind]) => ({ order, normalized, matchKey, kind })),
        roles: s.roles.map(([order, roleKey, title, organisation, organisationAbbreviation, country, lastStatedAt]) => ({
          order, roleKey, title, organisation, organisationAbbreviation, country, lastStatedAt: new Date(lastStatedAt).getTime(),
        })),
      });
    }
  }

  private addSpeaker(s: ModelSpeaker): void {
    this.speakers.set(s.id, s);
    this.indexSpeaker(s);
  }

  /** Live speakers of a kind matching the name, an alias, the folded key or the surname; oldest first, at most 50. */
  candidates(kind: StoredSpeakerKind, keys: IdentityLookup): IdentityCandidate[] {
    const names = [keys.normalized, ...(keys.extra ?? [])];
    const mk = keys.matchKey || null;
    const hits = new Set<number>();
    const look = (key: string) => this.index.get(key)?.forEach((id) => hits.add(id));
    for (const n of names) look(`n:${n}`);
    if (mk !== null) look(`k:${mk}`);
    if (keys.surnameKey !== null) look(`s:${keys.surnameKey}`);
    return [...hits]
      .map((id) => this.speakers.get(id)!)
      .filter((s) => s.kind === kind)
      .sort((a, b) => a.id - b.id)
      .slice(0, IDENTITY_CANDIDATE_LIMIT)
      .map((s) => this.candidate(s, names, mk));
  }

  private candidate(s: ModelSpeaker, names: string[], mk: string | null): IdentityCandidate {
    const exact = s.aliases.filter((a) => IDENTIFYING(a.kind) && names.includes(a.normalized)).sort((a, b) => a.order - b.order)[0];
    const present = (values: Array<string | null>) => [...new Set(values.filter((v): v is string => v !== null))];
    return {
      id: s.id,
      name: s.name,
      normalizedName: s.normalizedName,
      matchKey: s.matchKey,
      surnameKey: s.surnameKey,
      exactAliasKind: exact?.kind ?? null,
      keyAlias: mk !== null && s.aliases.some((a) => a.matchKey === mk && a.kind !== 'description' && a.kind !== 'surname'),
      organisations: present([...s.roles.flatMap((r) => [r.organisation, r.organisationAbbreviation]), s.organisation, s.organisationAbbreviation]),
      titles: present([...s.roles.map((r) => r.title), s.role]),
      countries: present([...s.roles.map((r) => r.country), s.country]),
    };
  }

  /** Adds a speaker the batch creates; returns its provisional id. */
  create(data: Omit<NewModelSpeaker, 'id'>): number {
    const id = this.nextNew++;
    const speaker = { id, ...data };
    this.created.push(speaker);
    this.addSpeaker({ ...speaker, aliases: [], roles: [] });
    return id;
  }

  /** An alias recorded for a speaker: a new form gets the next id; a known one keeps its kind. */
  addAlias(speakerId: number, normalized: string, matchKey: string, kind: SpeakerAliasKind): void {
    const s = this.speakers.get(speakerId);
    if (!s || s.aliases.some((a) => a.normalized === normalized)) return;
    const alias = { order: this.nextOrder++, normalized, matchKey, kind };
    s.aliases.push(alias);
    this.indexAlias(speakerId, alias);
  }

  /** A role observation folded into the speaker's roles (as `recordRoleObservations` does). */
  addRole(speakerId: number, r: Omit<ModelRole, 'order' | 'lastStatedAt'> & { statedAt: Date }): void {
    const s = this.speakers.get(speakerId);
    if (!s) return;
    const at = r.statedAt.getTime();
    const known = s.roles.find((x) => x.roleKey === r.roleKey);
    if (known) {
      known.lastStatedAt = Math.max(known.lastStatedAt, at);
      known.organisationAbbreviation ??= r.organisationAbbreviation;
    } else {
      s.roles.push({ order: this.nextOrder++, roleKey: r.roleKey, title: r.title, organisation: r.organisation, organisationAbbreviation: r.organisationAbbreviation, country: r.country, lastStatedAt: at });
    }
  }

  /** Sets the speaker's current role to its most recently stated one (as `refreshCurrentRoles` does). */
  refreshCurrentRole(speakerId: number): void {
    const s = this.speakers.get(speakerId);
    if (!s || s.roles.length === 0) return;
    const top = [...s.roles].sort((a, b) => b.lastStatedAt - a.lastStatedAt || b.order - a.order)[0];
    s.role = top.title;
    s.organisation = top.organisation;
    s.organisationAbbreviation = top.organisationAbbreviation;
    s.country = top.country;
  }
}
