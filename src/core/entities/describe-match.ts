/**
 * Matches a definite description to someone introduced earlier by comparing its words
 * with each person’s role, organisation and country: “the Iranian official”.
 */
import type { ArticleContext, Mention } from '../context';
import { NATIONALITIES } from '../data/places';
import { TITLES } from '../data/titles';
import { ORGANISATION_NOUNS, ROLE_NOUNS } from '../data/role-nouns';
import { recentEntities, type Entity, type Registry } from './registry';
import { stripPossessive } from '../text/possessive';
import { nameRunBackward } from '../attribution/name-run';
import { isAgentHead } from '../attribution/noun-phrase';
import { PORTFOLIOS } from './profile';

/** Organisation nouns that name documents, not bodies: “the AP report”, “the campaign's statement”. */
const WRITTEN: ReadonlySet<string> = new Set(['report', 'statement', 'poll', 'survey', 'study', 'paper', 'website']);

/** Relatives, who may share the name of the person they are described through. */
const KIN: ReadonlySet<string> = new Set(['wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'father', 'mother', 'family', 'relative']);


/** The same noun, singular or plural: “committee” and “Committees”. */
function sameNoun(word: string, head: string): boolean {
  return word === head || word === head + 's' || head === word + 's';
}

/** Some word of `text` (lower case) is the noun `w`. */
function hasWord(text: string, w: string): boolean {
  if (!text.includes(w)) return false;
  for (const part of text.split(/[\s\-–,.]+/)) if (sameNoun(stripPossessive(part), w)) return true;
  return false;
}

/**
 * A person's role (“head”, “former chief accountant”) whose noun is known and shares no role with the ones a
 * description's noun stands for (`roles`): “the accountant” is not “the head”, while “the official” may be “the diplomat”.
 */
function rolesApart(role: string, roles: readonly string[]): boolean {
  const noun = role.slice(role.lastIndexOf(' ') + 1);
  const own = ROLE_NOUNS.get(noun);
  if (!own?.length) return false;
  return !own.some((r) => roles.includes(r)) && !roles.includes(noun);
}

/** Best earlier entity for a description, or null when nothing fits. */
export function matchDescription(ctx: ArticleContext, reg: Registry, m: Mention): Entity | null {
  const words: string[] = [];
  const head = ctx.tokens[(m.head ?? m).start].lower;
  // “the UN refugee agency”, “the ministry”: an organisation's description names a person only
  // through the person's own name (“the Clinton campaign”), never by role or country alone
  const organisationHead = ORGANISATION_NOUNS.has(head);
  // Trump’s campaign manager — a person described through an owner is not the owner, and the owner's name says who
  // they are only for a relative, who may share it (“Ola Berg’s daughter”); a thing (“Hoff’s letter”) speaks for its owner
  const personHead = !organisationHead && (ROLE_NOUNS.has(head) || (isAgentHead(head) && !head.includes('-')));
  let owner: Entity | null = null;
  for (let i = m.start; i < m.end; i++) {
    const w = stripPossessive(ctx.tokens[i].lower);
    if (personHead && w !== ctx.tokens[i].lower && ctx.tokens[i].cap) {
      owner = reg.resolveName(nameRunBackward(ctx.tokens, i + 1, m.start), i + 1);
      if (!KIN.has(head)) continue;
    }
    words.push(w);
  }
  const roles = ROLE_NOUNS.get(head);
  const country = words.map((w) => NATIONALITIES.get(w)).find(Boolean);
  // “a charge the prime minister's office rejected”: the office of a role written in lower case is that holder's, and
  // only a body whose name says so is it (not the UN Office for the Coordination of Humanitarian Affairs)
  let holder: string | null = null;
  if (organisationHead) {
    for (let i = m.start; i < (m.head ?? m).start; i++) {
      const t = ctx.tokens[i];
      const bare = stripPossessive(t.lower);
      if (!t.cap && bare !== t.lower && (ROLE_NOUNS.has(bare) || TITLES.has(bare))) holder = bare;
    }
  }
  let best: Entity | null = null;
  let bestScore = 0;
  const recent = recentEntities(reg, m.start);
  for (let rank = 0; rank < recent.length; rank++) {
    const e = recent[rank];
    if (e === owner) continue;
    if (organisationHead && e.kind !== 'organisation') {
      const name = e.name.toLowerCase();
      if (!words.some((w) => w.length > 3 && name.includes(w))) continue;
    }
    // “the city's library workers' union” is no “Harbor City Council”: a body described by its kind is one of that kind
    // (a document speaks for the body whose name it carries: “the Associated Press report”)
    if (organisationHead && !WRITTEN.has(head) && e.kind === 'organisation' && !hasWord(e.name.toLowerCase(), head)) continue;
    if (holder && e.kind === 'organisation' && !hasWord(e.name.toLowerCase(), holder)) continue;
    // “the foreign ministry” is not the Interior Ministry: a portfolio the description names is in the body's name
    if (organisationHead && e.kind === 'organisation' && words.some((w) => (PORTFOLIOS.has(w) || w === 'foreign') && !hasWord(e.name.toLowerCase(), w))) continue;
    // “the former chief accountant of the port authority” is a person of the body, not the body
    if (personHead && e.kind === 'organisation' && !KIN.has(head)) continue;
    let score = 0;
    // (a role written as an abbreviated title is the title's role: “Gov. Ron Whitaker” is “the governor”)
    const written = e.role?.toLowerCase() ?? '';
    const role = TITLES.get(written)?.role || written;
    if (roles && roles.some((r) => role.includes(r))) score += 3;
    else if (role && role.includes(head)) score += 3;
    // “the former chief accountant of the port authority” is not its former head: a role of its own the person is known
    // by, that the description's noun cannot name, rules them out
    else if (role && roles?.length && !organisationHead && e.kind === 'person' && rolesApart(role, roles)) continue;
    if (country && e.country === country) score += 2;
    else if (country && e.country) score -= 3;
    const org = e.organisation?.toLowerCase() ?? '';
    const name = e.name.toLowerCase();
    // whole words (“the senator” names no one of the “Democratic Senatorial Campaign Committee”)
    if (words.some((w) => w.length > 3 && (hasWord(org, w) || hasWord(name, w)))) score += 2;
    // “the committee” → the Judiciary Committee; a word of the name, not letters inside one (“the man” is not in “Germany”)
    if (e.kind === 'organisation' && hasWord(name, head)) score += 3;
    // (each word of the description the body's name has: “the sheriff's office” is the Sheriff's Office, not a more
    // recent Office of Emergency Services)
    if (e.kind === 'organisation') for (const w of words) if (w !== head && w.length > 3 && hasWord(name, w)) score += 1;
    // “the Chief Minister” with two named: the one whose title the article wrote bare, not “Tamil Nadu Chief Minister …”
    if (e.qualified && words.length <= 3 && !country) score -= 0.25;
    if (score <= 0) continue;
    score += 1 / (rank + 2); // recency breaks ties
    if (score > bestScore) { best = e; bestScore = score; }
  }
  return bestScore >= 2 ? best : null;
}

/** How far after a description in the article's opening a person named later may be the one it describes, in tokens. */
const AHEAD_TOKENS = 250;

/**
 * The person a description in the article's opening paragraphs stands for, named only after it: news leads withhold the
 * name (“Ardenia's health minister on Friday lowered the official death toll …”) and give it a paragraph later (“Health
 * Minister Tomas Varga said …”). Only a person first named within AHEAD_TOKENS after it whose role the description's
 * noun names (its country, when it gives one, the same), and only when one person fits.
 */
export function matchDescriptionAhead(ctx: ArticleContext, reg: Registry, m: Mention): Entity | null {
  const head = ctx.tokens[(m.head ?? m).start].lower;
  const roles = ROLE_NOUNS.get(head);
  if (!roles?.length || ORGANISATION_NOUNS.has(head)) return null;
  let country: string | undefined;
  for (let i = m.start; i < m.end && !country; i++) country = NATIONALITIES.get(stripPossessive(ctx.tokens[i].lower));
  let found: Entity | null = null;
  let ambiguous = false;
  for (const e of reg.entities) {
    if (e.kind !== 'person' || e.mentions.length === 0) continue;
    const first = e.mentions[0].start;
    if (first <= m.end || first - m.end > AHEAD_TOKENS) continue;
    // (a role written as an abbreviated title is the title's role: “Gov. Ron Whitaker” is “the governor”)
    const written = e.role?.toLowerCase() ?? '';
    const role = TITLES.get(written)?.role || written;
    if (!role || !(roles.some((r) => role.includes(r)) || role.includes(head))) continue;
    if (country && e.country && e.country !== country) continue;
    // (of several who fit, the one whose role has the description's very noun: “Opposition leader” for “leader”, not a
    // “Prime Minister” the noun also stands for; else none)
    if (found && found !== e) {
      const literal = (x: Entity) => (x.role?.toLowerCase() ?? '').split(/\s+/).includes(head);
      if (literal(found) === literal(e)) { ambiguous = true; continue; }
      if (literal(e)) { found = e; ambiguous = false; }
      continue;
    }
    found = e;
  }
  return ambiguous ? null : found;
}
