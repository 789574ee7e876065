/**
 * The people and organisations of one article, collected from name runs outside quotes.
 * Later short mentions (“Shamkhani”) resolve to the full name used earlier (“Ali Shamkhani”).
 */
import type { ArticleContext } from '../context';
import type { EntityResult } from '../types';
import { NATIONALITIES, COUNTRIES, MULTI_WORD_PLACES, PLACE_EVENTS, STATE_FORMS } from '../data/places';
import { joinsOrganisationName, namesOrganisation, ON_BODIES, ORGANISATION_NOUNS, ORGANISATION_WORDS, ROLE_NOUNS } from '../data/role-nouns';
import { PORTFOLIO_JOINERS, PORTFOLIO_WORDS, TITLES, TITLE_JOINERS } from '../data/titles';
import { breaksTitleCaseName, isElidedT, nameRunForward, isNameWord } from '../attribution/name-run';
import { preModifierStart, readProfile, type Profile } from './profile';
import { frenchApposedRole } from './foreign-role';
import { endsPossessive, stripPossessive } from '../text/possessive';
import { isCommonWordAt } from '../attribution/common-words';
import { WordShapes } from '../text/word-shapes';
import { GIVEN_NAME_GENDER } from '../data/given-names';
import { possessiveGenderAfter, pronounGenderAfter, titleGender } from './gender';

// Bound once at load: called for every token, and each read of an import through the
// CommonJS interop layer is a getter call.
const isName = isNameWord;
const nameRunEnd = nameRunForward;
const TITLE_INFO = TITLES;

/** One person or organisation with every place it is named (token ranges). */
export interface Entity extends Profile {
  name: string;
  kind: 'person' | 'organisation';
  words: string[];
  mentions: { start: number; end: number }[];
  /** Votes from nearby pronouns: positive male, negative female. */
  genderVotes: number;
  /** Position in `Registry.entities`. */
  index: number;
  /** A later mention has been read for the role the first one lacked (read once). */
  roleSought: boolean;
  /** The title was first written after a place or a body (“Tamil Nadu Chief Minister Thiru M. Elangovan”). */
  qualified: boolean;
}

/** How many recent name mentions a pronoun or description looks back through. */
export const LOOKBACK_MENTIONS = 40;

/** Shapes of the forms of state: a one-word name is seldom one. */
const STATE_FORM_SHAPES = new WordShapes(STATE_FORMS);

/** Party labels written before a name: “Democrat Hillary Clinton”, “Republican Ted Cruz”. */
const PARTY_LABELS = new Set(['democrat', 'republican', 'democratic', 'gop', 'labour', 'conservative', 'liberal', 'independent', 'libertarian']);

/** Most words in and before a name are no title: their shape says so without hashing them. */
const TITLE_SHAPES = new WordShapes(TITLES.keys());

/** Shapes of the words `coreName` strips from the front of a name (most first names are none of them). */
const NAME_PREFIX_SHAPES = new WordShapes([...TITLES.keys(), ...TITLE_JOINERS, ...NATIONALITIES.keys(), ...PARTY_LABELS, ...COUNTRIES]);


/** Last words of the names of institutions, whose names may hold a title word: “Massachusetts General Hospital”. */
const BODY_HEADS: ReadonlySet<string> = new Set([
  'hospital', 'committee', 'office', 'council', 'ministry', 'department', 'university', 'college', 'commission', 'agency',
  'board', 'court', 'institute', 'center', 'centre', 'school', 'academy', 'bureau', 'authority', 'service', 'clinic', 'infirmary',
]);

/**
 * Shapes of the body heads and of the words that open a portfolio: `coreName` reads the run's last word and the word
 * before it for every name run, and most are neither.
 */
const BODY_HEAD_SHAPES = new WordShapes(BODY_HEADS);
const PORTFOLIO_JOINER_SHAPES = new WordShapes(PORTFOLIO_JOINERS);

/** Tokens [start, end) are capitalised title words or nothing: “Chief” of “Chief Minister”, “Prime” of “Prime Minister”. */
function onlyTitleWords(t: ArticleContext['tokens'], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const w = t[k];
    if (w.text === '.') continue;
    // (an honorific makes a name of what follows: “Mr. Singer”, “Ms. Cook”)
    if (w.kind !== 'word' || !(TITLES.has(w.lower) || TITLE_WORDS_BEFORE.has(w.lower)) || TITLES.get(w.lower)?.honorific) return false;
  }
  return true;
}

/** Words that make a title of the one after them: “Prime Minister”, “Chief Minister”, “Foreign Secretary”. */
export const TITLE_WORDS_BEFORE: ReadonlySet<string> = new Set(['prime', 'chief', 'deputy', 'foreign', 'home', 'finance', 'interior', 'defence',
  'defense', 'health', 'education', 'justice', 'attorney', 'solicitor', 'first', 'vice', 'cabinet', 'junior', 'principal', 'executive']);

/**
 * Capitalised words before the title words of [start, end) that are none of them: “Tamil Nadu Chief Minister”, “Ohio
 * Gov.” — the title of a place or a body named, where a bare “Chief Minister Shri …” is the article's own.
 */
function qualifiedTitle(t: ArticleContext['tokens'], start: number, end: number): boolean {
  let titled = false;
  for (let k = end - 1; k >= start; k--) {
    const w = t[k];
    if (w.text === '.') continue;
    if (w.kind === 'word' && (TITLES.has(w.lower) || TITLE_WORDS_BEFORE.has(w.lower))) { titled = true; continue; }
    return titled && w.kind === 'word' && w.cap && w.lower !== 'the';
  }
  return false;
}

/** Some token of [start, end) ends in a possessive (“Bernie Sanders' College …”: a person's, not a body's name). */
function hasPossessive(t: ArticleContext['tokens'], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (t[k].kind === 'word' && endsPossessive(t[k].text)) return true;
  return false;
}

/** Strip titles, nationalities and possessive countries from the front of a name run: “Russian President Vladimir Putin” → Vladimir Putin. */
export function coreName(ctx: ArticleContext, start: number, end: number): { start: number; end: number } {
  const t = ctx.tokens;
  let s = start;
  // Agriculture Minister Paul Vasseur — everything up to the last title word is the title (not in a body's name: St. Cyril
  // General Hospital, the Attorney General's Office)
  const body = BODY_HEAD_SHAPES.hasShape(t[end - 1].shape) && BODY_HEADS.has(t[end - 1].lower) && !hasPossessive(t, start, end);
  // (an honorific inside the run too: “Leader of the Opposition Shri R. Ashok Kumar”)
  for (let k = end - 2; k > start && !body; k--) if (TITLE_SHAPES.hasShape(t[k].shape) && TITLES.has(t[k].lower)) { s = k + 1; break; }
  // the Star’s Ana Lund — a possessive owner before two or more name words is not part of the name
  for (let k = end - 3; k >= s; k--) if (t[k].kind === 'word' && t[k].lower.length > 2 && (stripPossessive(t[k].lower) !== t[k].lower || pluralOwner(ctx, k, end))) { s = k + 1; break; }
  // BHP's Escondida — an owner's “'s” before one capitalised word: the owner and the thing it owns are two names
  // (not a body's name: “Children's Hospital”)
  if (s === start && end - s === 2 && t[s].kind === 'word' && t[s].lower.length > 2 && /['’]s$/.test(t[s].lower) && !namesOrganisation(t, s + 1, end)
    && !isCommonWordAt(ctx, s + 1)) s++;
  // (also when the run starts after the title: “Minister for | Health Simon Harris”)
  let portfolio = start >= 2 && PORTFOLIO_JOINER_SHAPES.hasShape(t[start - 1].shape) && PORTFOLIO_JOINERS.has(t[start - 1].lower) && TITLES.has(t[start - 2].lower);
  while (s < end - 1) {
    const w = t[s];
    const lower = stripPossessive(w.lower);
    const mayBeTitle = lower === w.lower ? NAME_PREFIX_SHAPES.hasShape(w.shape) : NAME_PREFIX_SHAPES.mayHave(lower);
    const isTitle = mayBeTitle && (TITLES.has(lower) || TITLE_JOINERS.has(lower) || ((NATIONALITIES.has(lower) || PARTY_LABELS.has(lower)) && !namesOrganisation(t, s + 1, end) && !commonNounAfter(ctx, s, end)) || (COUNTRIES.has(lower) && w.lower !== lower));
    // “Minister for Health Simon Harris”, “High Commissioner for Human Rights”: after a title, “for” or “of” opens its
    // portfolio, whose words are no one's name
    if (isTitle && PORTFOLIO_JOINERS.has(lower) && s > start && (TITLES.has(t[s - 1].lower) || TITLE_JOINERS.has(t[s - 1].lower))) portfolio = true;
    if (isTitle) s += t[s + 1]?.text === '.' ? 2 : 1;
    // Prosecutor Dale Pike, Epidemiologist Karl Brenner — a role noun capitalised before a name of two words or more
    // (not a body's name: Campaign Legal Center, Group Plan Commission)
    // (nor a title of several words: Chief Executive, Campaign Manager)
    else if (w.cap && end - s >= 3 && ROLE_NOUNS.has(lower) && !ORGANISATION_WORDS.has(lower) && t[s + 1].cap && !namesOrganisation(t, s, end)
      && !isRoleWord(t[s + 1].lower) && !isRoleWord(t[end - 1].lower)) s++;
    else if (w.lower === 'of' || w.text === '.') s++;
    // “Several Cruz associates have mentioned …”, “Telling Jeb Bush …”, “Top Sanders aides …”: a quantifier or a
    // participle opening the sentence is no part of the name after it
    else if (s === start && ctx.bounds.sentenceStart[s] === 1 && NOT_NAME_OPENERS.has(w.lower)) s++;
    // “Chipmaker Nexperia said …”, “Carmaker Stellantis …”: a trade opening the sentence before one name is no part of it
    else if (s === start && end - s === 2 && ctx.bounds.sentenceStart[s] === 1 && isTradeWord(w.lower) && !ORGANISATION_WORDS.has(w.lower)
      && !GIVEN_NAME_GENDER.has(t[s + 1].lower) && t[s + 1].kind === 'word' && !isCommonWordAt(ctx, s + 1)) s++;
    else break;
  }
  // (the portfolio whole, with nothing after it, is an office and no name: “the Secretary of Defense”; a body's name after
  // “director of” is kept whole unless a given name follows the words skipped: “director of National Nurses United”)
  if (portfolio) {
    let p = s;
    while (p < end && (PORTFOLIO_WORDS.has(t[p].lower) || t[p].lower === 'and' || t[p].lower === 'the')) p++;
    if (p === end || (p > s && GIVEN_NAME_GENDER.has(t[p].lower))) s = p;
  }
  // Secretary of Iran’s Supreme National Security Council (SNSC) Ali Shamkhani → “Ali Shamkhani” is after the organisation
  // Andrew Kessler KC, Ana Ruiz MP — letters after a name of two words or more are no part of it (“Mr Kessler” is him)
  let e = end;
  while (e - s > 2 && POST_NOMINALS.has(t[e - 1].text)) e--;
  return { start: s, end: e };
}

/**
 * Irish Lights, British Gas — a nationality before a single word the article also writes in lower case names a body
 * (“the lights”), unlike one before a surname (“Norwegian Haaland”): it is kept in the name.
 */
function commonNounAfter(ctx: ArticleContext, s: number, end: number): boolean {
  return end - s === 2 && isCommonWordAt(ctx, s + 1);
}

/**
 * Reuters’ Luciana Lopez, Fox News’ Bret Baier — a plural's bare apostrophe owning a name, unless the words after it are
 * the rest of a body's name (“Citizens’ Council for Public Security”, “Reserve Officers’ Training Corps”).
 */
function pluralOwner(ctx: ArticleContext, k: number, end: number): boolean {
  return endsPossessive(ctx.tokens[k].text) && !namesOrganisation(ctx.tokens, k + 1, end) && !isCommonWordAt(ctx, k + 1);
}

/** Words opening a sentence that never open a name: “Several Cruz associates”, “Telling Jeb Bush …”. */
const NOT_NAME_OPENERS: ReadonlySet<string> = new Set([
  'several', 'many', 'some', 'most', 'few', 'both', 'all', 'top', 'telling', 'what', 'asked',
  // a determiner that may speak alone (“Another said …”) but opens no name: “Another Liberal Democrat said …”
  'another',
  // a verb of saying set before its speaker (“Continued Stone: …”, “Stated Stone, …”; not “Said”, a given name)
  'continued', 'stated', 'added', 'explained', 'noted', 'wrote', 'warned', 'insisted', 'concluded', 'declared', 'argued',
  'replied', 'responded',
]);

/** Letters written after a name: honours, a barrister's rank, a seat (not “Jr”, which tells a son from his father). */
const POST_NOMINALS: ReadonlySet<string> = new Set(['KC', 'QC', 'MP', 'MEP', 'MSP', 'CBE', 'OBE', 'MBE', 'KBE', 'DBE', 'PhD', 'Esq']);

/** A word of a title or a role: President, Governor, Manager. */
function isRoleWord(lower: string): boolean {
  return TITLES.has(lower) || ROLE_NOUNS.has(lower);
}

/** Entity key words of a core name (possessive stripped). */
export function nameWords(ctx: ArticleContext, r: { start: number; end: number }): string[] {
  const tokens = ctx.tokens;
  let count = 0;
  for (let i = r.start; i < r.end; i++) if (tokens[i].kind === 'word' || tokens[i].text === '&') count++;
  // sized up front: most names are one or two words, and a growing list reserves room for sixteen
  const out: string[] = new Array<string>(count);
  let k = 0;
  for (let i = r.start; i < r.end; i++) {
    const t = tokens[i];
    if (t.kind === 'word') out[k++] = stripPossessive(t.text);
    // Brandt & Kessel: the ampersand is part of a firm's name
    else if (t.text === '&' && i > r.start && i + 1 < r.end) out[k++] = '&';
    // Sophie in 't Veld — the elided article keeps its apostrophe
    else if (i + 1 < r.end && isElidedT(tokens, i)) {
      out[k++] = t.text + tokens[i + 1].text;
      i++;
    }
  }
  // only a merged 't leaves a slot unused (setting the length is a slow call, so it is made only then)
  if (k < count) out.length = k;
  return out;
}

/**
 * The lookup key of a core name, `words.join(' ').toLowerCase()`, built from the tokens’ own
 * lower-case strings (a single-word name costs no new string). Lower-casing word by word
 * gives the same string because the words are joined by spaces.
 */
function nameKey(ctx: ArticleContext, r: { start: number; end: number }, words: string[]): string {
  const tokens = ctx.tokens;
  let key: string | null = null;
  for (let i = r.start; i < r.end; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (stripPossessive(t.text) !== t.text) return words.join(' ').toLowerCase(); // Iran’s → iran
    key = key === null ? t.lower : `${key} ${t.lower}`;
  }
  return key ?? words.join(' ').toLowerCase();
}

/** Title words before the name, or an apposition before it: “Russia's special envoy on Syria, Alexander Lavrentiev,”. */
/** Links between a role and whom it serves: “a spokesman for”, “an analyst at”. */
const SERVED_LINKS: ReadonlySet<string> = new Set(['for', 'at']);

function profileAround(ctx: ArticleContext, start: number, end: number): Profile {
  const tokens = ctx.tokens;
  // “A spokesman for Kernow Aggregates, Daniel Trewin, said” — a role linked to the name, with a name set off after it:
  // the role is that person's, and the name after the link is whom they serve
  const served = start > 1 && SERVED_LINKS.has(tokens[start - 1].lower) && tokens[end]?.text === ',' && isName(tokens[end + 1]);
  let from = served ? start : preModifierStart(tokens, start, Math.max(0, start - 14));
  if (from === start && tokens[start - 1]?.text === ',' && tokens[end]?.text === ',') {
    from = preModifierStart(tokens, start - 1, Math.max(0, start - 12));
    return overlay(readProfile(tokens, from, start - 1), readProfile(tokens, start, end));
  }
  const after = tokens[end]?.text === ',' ? appositionEnd(ctx, end + 1) : end;
  const profile = overlay(readProfile(tokens, end, after), readProfile(tokens, from, end));
  // “Sandrine Rousseau, députée écologiste, a déclaré” — a French apposition names the role first
  if (after > end + 1 && profile.role === undefined) {
    const french = frenchApposedRole(tokens, end + 1, after);
    if (french) {
      profile.role = french.role;
      if (french.gender && profile.gender === undefined) profile.gender = french.gender;
    }
  }
  return profile;
}

/** `{ ...base, ...top }` for profiles (whose fields are set only when found), without the spread's slow copy. */
function overlay(base: Profile, top: Profile): Profile {
  if (top.role !== undefined) base.role = top.role;
  if (top.organisation !== undefined) base.organisation = top.organisation;
  if (top.organisationAbbreviation !== undefined) base.organisationAbbreviation = top.organisationAbbreviation;
  if (top.country !== undefined) base.country = top.country;
  if (top.gender !== undefined) base.gender = top.gender;
  return base;
}

/** “Ali Shamkhani, the council’s secretary,” — the apposition after a name, up to the next comma (bounded). */
function appositionEnd(ctx: ArticleContext, from: number): number {
  const tokens = ctx.tokens;
  for (let k = from; k < Math.min(tokens.length, from + 10); k++) {
    if (tokens[k].text === ',' || tokens[k].text === '.' || tokens[k].kind === 'break') return k;
  }
  return from;
}

/** Last words of company names whose first word is the company's own name: “Nordhavn Shipping”, “Varden Ferries”. */
export const COMPANY_WORDS: ReadonlySet<string> = new Set([
  'shipping', 'securities', 'investments', 'insurance', 'logistics', 'industries', 'technologies', 'pharmaceuticals', 'airways',
  'railways', 'ferries', 'petroleum', 'chemicals', 'electronics', 'telecom', 'bancorp', 'mining', 'energy', 'enterprises',
  'airlines', 'motors', 'holdings', 'group', 'bank', 'capital', 'partners', 'inc', 'corp', 'co', 'llc', 'ltd', 'corporation', 'company',
  'foods', 'textiles', 'pharma', 'aerospace', 'automotive', 'semiconductors', 'dairies', 'steel', 'oil', 'cement', 'chemical', 'paper',
  'brewing', 'breweries', 'mills', 'software', 'systems', 'media', 'airways', 'plc', 'ag', 'gmbh', 'sa', 'nv', 'asa',
  'advisory', 'consulting', 'consultants', 'ventures', 'associates', 'solutions', 'trading', 'properties', 'developments',
  'power', 'gas', 'electric', 'utilities', 'terminals', 'telecoms', 'devices',
  'construction', 'contractors', 'biotech', 'therapeutics', 'labs', 'robotics', 'analytics', 'networks', 'communications',
  'water', 'grid', 'aggregates', 'constructions', 'minerals', 'metals', 'materials', 'engineering', 'shipbuilding', 'shipyards', 'freight',
]);
/** First words that name no one company: “National Bank”, “United Airlines” is read whole. */
const GENERIC_FIRST: ReadonlySet<string> = new Set([
  'national', 'international', 'american', 'united', 'first', 'new', 'general', 'central', 'federal', 'state', 'global', 'royal',
  'northern', 'southern', 'eastern', 'western', 'world', 'european', 'the', 'public', 'private', 'investment', 'development',
]);

/** The registry: entities plus a lookup by lower-case word. */
export interface Registry {
  entities: Entity[];
  /** Name mentions in text order (token start, entity), for bounded look-back. */
  timeline: { start: number; entity: Entity }[];
  /** Find or create the entity for the name run [start,end) seen at token `at`. */
  resolveName(start: number, end: number): Entity | null;
  /** The entity already known for the name run [start,end), without creating one (a match is recorded as a mention, as `resolveName` records it). */
  knownName(start: number, end: number): Entity | null;
  /** Record that tokens [start, end) name the entity (once: a name is read again when it is also a speaker). */
  mention(e: Entity, start: number, end: number): void;
}

/** Prepositions of place, written in lower case, before a name: “in”, “near”, “across”. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'across', 'throughout', 'inside', 'outside', 'around', 'within']);

/** Nouns of people said to come from a place: “a woman from El Fasher”. */
const PEOPLE_FROM: ReadonlySet<string> = new Set(['man', 'woman', 'men', 'women', 'boy', 'girl', 'family', 'families', 'resident', 'residents', 'native',
  'farmer', 'farmers', 'mother', 'father', 'refugee', 'refugees', 'migrant', 'migrants', 'survivor', 'survivors', 'student', 'students', 'villager', 'villagers']);

/** The token before `start` is a preposition of place as running text writes it (not a headline's “IN”). */
function placedAfter(tokens: ArticleContext['tokens'], start: number): boolean {
  const t = tokens[start - 1];
  if (!t || t.kind !== 'word' || t.text !== t.lower) return false;
  // “near the village of Monte Ruivo”, “the town of Santa Rosa”
  if (t.lower === 'of') return KINDS_OF_PLACE.has(tokens[start - 2]?.lower ?? '') || PARTS_OF_PLACE.has(tokens[start - 2]?.lower ?? '');
  // “a 31-year-old woman from El Fasher”, “a farmer from Mandya”: where a person comes from (not “a spokesman from Varden”)
  if (t.lower === 'from') return PEOPLE_FROM.has(tokens[start - 2]?.lower ?? '');
  return PLACE_PREPOSITIONS.has(t.lower);
}

/** Nouns of a kind of place before “of” and its name. */
const KINDS_OF_PLACE: ReadonlySet<string> = new Set([
  'village', 'villages', 'town', 'towns', 'city', 'cities', 'district', 'province', 'region', 'county', 'municipality', 'island',
  'valley', 'port', 'suburb', 'neighbourhood', 'neighborhood', 'state', 'republic', 'kingdom',
]);

/** Where around a place, before “of” and its name: “the valleys east of Monte Ruivo”, “the outskirts of Ferrola”. */
const PARTS_OF_PLACE: ReadonlySet<string> = new Set([
  'east', 'west', 'north', 'south', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east',
  'south-west', 'outskirts', 'suburbs', 'streets', 'centre', 'center',
]);

/** Lower-case nouns of a kind of place after a name that make it a place: “the Serra Alta region”. */
const PLACE_KINDS_AFTER: ReadonlySet<string> = new Set([
  'region', 'province', 'district', 'valley', 'county', 'governorate', 'prefecture', 'municipality', 'oblast', 'canton', 'basin', 'delta',
  'peninsula',
]);

/**
 * The token at `end` is such a noun, in lower case, or an event that happened there after “the” and the name (“the
 * Serra Alta wildfire”; not “Trump fires Comey”, where the word is a verb).
 */
function placeNounAfter(tokens: ArticleContext['tokens'], start: number, end: number): boolean {
  const t = tokens[end];
  if (!t || t.kind !== 'word' || t.text !== t.lower) return false;
  return PLACE_KINDS_AFTER.has(t.lower) || (PLACE_EVENTS.has(t.lower) && tokens[start - 1]?.text === 'the');
}

/** Prepositions before a lone name that make it a place or a body: “of Oklahoma”. */
const APPOSITION_LINKS: ReadonlySet<string> = new Set(['of', 'in', 'from', 'at', 'for', 'to', 'by', 'with', 'near']);

/** Determiners opening an apposition that describes a person: “, the survivor,”. */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * After a name ending at token `end`: “, 52,” or “, the/a … <person noun> …,” within a few words — an apposition that
 * tells the name is someone's (a role noun, or an age: “the 24-year-old Syrian survivor”).
 */
function describedAsSomeone(ctx: ArticleContext, start: number, end: number): boolean {
  const tokens = ctx.tokens;
  if (tokens[end]?.text !== ',') return false;
  const next = tokens[end + 1];
  let close = -1;
  if (next?.kind === 'num' && tokens[end + 2]?.text === ',') close = end + 2;
  else if (next && APPOSITION_OPENERS.has(next.lower)) {
    let person = false;
    for (let k = end + 2; k < end + 20 && k < tokens.length; k++) {
      const t = tokens[k];
      if (t.text === ',') { close = person ? k : -1; break; }
      if (t.kind === 'break' || t.kind === 'mark') break;
      // (a body's or a place's noun says it is no one: “Xinhua, the official news agency, said”, “Oklahoma, the state …”)
      if (!t.cap && (ORGANISATION_NOUNS.has(t.lower) || ORGANISATION_WORDS.has(t.lower) || PLACE_WORDS.has(t.lower) || t.lower === 'site')) return false;
      if (k < end + 8 && !t.cap && (ROLE_NOUNS.has(t.lower) || t.lower.endsWith('-year-old') || PERSON_NOUNS.has(t.lower))) person = true;
    }
  }
  // (and the apposition closed before a verb of speech: the name is the speaker's; not a place after a preposition:
  // “Rep. Tom Cole of Oklahoma, an ally of the leadership, said”)
  return close > 0 && !!tokens[close + 1] && SPEECH_AFTER.has(tokens[close + 1].lower) && !COUNTRIES.has(tokens[start].lower)
    && !APPOSITION_LINKS.has(tokens[start - 1]?.lower ?? '') && !isCommonWordAt(ctx, start);
}

/** A name given for someone unnamed: “who gave his name only as Ahmad”, “identified only as Hendrik”, “known as Gary”. */
function givenAsName(tokens: ArticleContext['tokens'], i: number): boolean {
  // (the name alone, before a comma or a full stop: not “identified as Moroccan citizens”, “as G-III's benefits”)
  const after = tokens[i + 1]?.text ?? '';
  if (after !== ',' && after !== '.') return false;
  // “who asked to be identified only by her first name, Hawa,” / “who gave only his first name, Ali.”
  if (tokens[i - 1]?.text === ',' && tokens[i - 2]?.lower === 'name' && (tokens[i - 3]?.lower === 'first' || tokens[i - 3]?.lower === 'given')) return true;
  if (tokens[i - 1]?.lower !== 'as') return false;
  const before = tokens[i - 2]?.lower ?? '';
  return before === 'only' || before === 'name' || ((before === 'known' || before === 'identified') && tokens[i - 3]?.lower === 'only');
}

/** Verbs of speech after an apposition: “Ahmad, the survivor, said”. */
const SPEECH_AFTER: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'recalled', 'explained', 'wrote', 'insisted', 'warned', 'asked', 'replied', 'stated', 'argued', 'noted']);

/** Nouns of people an apposition may give: “the survivor”, “a farmer”. */
const PERSON_NOUNS: ReadonlySet<string> = new Set(['survivor', 'farmer', 'migrant', 'refugee', 'victim', 'fisherman', 'miner', 'mother', 'father', 'widow', 'pensioner', 'nurse', 'student']);

/** Two to six capital letters: an abbreviation (“MSF”, “IPC”). */
function isInitials(w: string): boolean {
  if (w.length < 2 || w.length > 6) return false;
  for (let i = 0; i < w.length; i++) { const c = w.charCodeAt(i); if (c < 65 || c > 90) return false; }
  return true;
}

/** Determiners before a thing's name: “the PowerCube 20”, “her Vantor X5 900”. */
const THING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'her', 'his', 'our', 'my', 'your', 'every', 'each']);
/** Possessive determiners among them: “its Norvane Assist software” (“his Ford truck” too, but a person's name never follows “its”). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'our']);
/** Kinds of made things a name before them is the brand of: “Norvane Assist software”, “the Lumo app”. */
const PRODUCT_KINDS: ReadonlySet<string> = new Set(['software', 'app', 'apps', 'platform', 'service', 'services', 'device', 'devices',
  'chip', 'chips', 'product', 'products', 'brand', 'model', 'models', 'phone', 'phones', 'vehicle', 'vehicles', 'drug', 'vaccine', 'tool', 'tools', 'system']);

/** A model number right after a name: “PowerCube 20”, “Boeing 737” (not a year: “Clinton 2016”, nor a date). */
function modelNumberAfter(tokens: ArticleContext['tokens'], end: number): boolean {
  const t = tokens[end];
  if (!t || t.kind !== 'num' || !/^\d{1,4}$/.test(t.text) || /^(19|20)\d\d$/.test(t.text)) return false;
  const next = tokens[end + 1];
  // (“the Berg 3-1 win”: a score is no model)
  return !next || next.text !== '-' && next.text !== '–' && next.kind !== 'num';
}

const PLACE_WORDS = new Set([
  'county', 'city', 'state', 'valley', 'river', 'province', 'district', 'island', 'islands', 'street', 'avenue', 'square', 'mountains', 'lake',
  'bay', 'coast', 'region', 'park',
  // buildings, where things happen: “St Giles' Cathedral”, “Dulles Airport”
  'cathedral', 'chapel', 'mosque', 'temple', 'abbey', 'synagogue', 'stadium', 'arena', 'airport', 'bridge',
]);

/** “Marlow County”, “Rhône valley”, “New Hampshire”: places are neither people nor organisations. `key` is the lower-case name (`nameKey`), `last` its last word. */
/** Words of places that are also common surnames: “Tom Park”, “Michael Bay” (not “Scott County”). */
const SURNAME_PLACE_WORDS: ReadonlySet<string> = new Set(['park', 'hill', 'hills', 'field', 'fields', 'wood', 'woods', 'brook', 'lake', 'bay', 'ford', 'bridge', 'green', 'banks', 'marsh', 'heath', 'moore', 'ridge', 'grove', 'dale', 'glen']);

function isPlace(words: string[], key: string, last: string): boolean {
  if (words.length <= 1) return false;
  // (the last word's shape turns most names away from its four tables)
  if (PLACE_LAST_SHAPES.mayHave(last)) {
    // (a given name then a surname that is also a place's word is a person: “Tom Park”, “Grace Hill”, “Ivan Field”)
    if (SURNAME_PLACE_WORDS.has(last) && words.length === 2 && GIVEN_NAME_GENDER.has(words[0].toLowerCase())) return false;
    if (PLACE_WORDS.has(last) || PLACE_EVENTS.has(last) || NAMED_THINGS.has(last)) return true;
  }
  return MULTI_WORD_PLACES.has(key) || stormName(words[0]);
}

/** The first word of a name is a storm's kind (read only for words opening with H, T, C or S, without making a lower case for most). */
function stormName(first: string): boolean {
  const c = first.charCodeAt(0);
  return (c === 72 || c === 84 || c === 67 || c === 83) && STORM_KINDS.has(first.toLowerCase());
}

/** Words naming a storm before its name: “Hurricane Delphine”, “Storm Ciara”, “Tropical Storm Alberto”. */
const STORM_KINDS: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical', 'tornado']);

/** Last words of the names of laws, plans and gatherings, which no one is: “the Clean Air Act”, “the Marshall Plan”. */
const NAMED_THINGS: ReadonlySet<string> = new Set(['act', 'plan', 'accord', 'accords', 'treaty', 'doctrine', 'amendment', 'summit', 'olympics', 'festival', 'championship', 'championships']);

/** Shapes of the last words `isPlace` looks up. */
const PLACE_LAST_SHAPES = new WordShapes([...SURNAME_PLACE_WORDS, ...PLACE_WORDS, ...PLACE_EVENTS, ...NAMED_THINGS]);

/**
 * The first or last of a core name's words (`nameWords`), lower-cased: the token's own
 * lower-case string when the word has no possessive ending to strip — no new string, and its
 * hash is already known from earlier lookups.
 */
function wordLower(ctx: ArticleContext, r: { start: number; end: number }, last: boolean): string {
  const tokens = ctx.tokens;
  let k = last ? r.end - 1 : r.start;
  while (tokens[k].kind !== 'word') k += last ? -1 : 1;
  const t = tokens[k];
  const bare = stripPossessive(t.text);
  return bare === t.text ? t.lower : bare.toLowerCase();
}

/**
 * Some word of the core name marks an organisation (“Council”), or the name is one short
 * abbreviation (“SNSC”). `words` is `nameWords(ctx, core)`; each word's lower case is read off
 * its token as `nameWords` cut it: a word with no possessive ending is its token's own
 * lower-case string, so no new string is made and hashed for every word of every new name.
 */
function isOrganisation(ctx: ArticleContext, core: { start: number; end: number }, words: string[]): boolean {
  const tokens = ctx.tokens;
  // “the local radio station Harbour FM”, “the broadcaster Nordvision”: a name set after the kind of body it is
  const before = tokens[core.start - 1];
  // (not a person's name with a given name: “retired crane operator Bill Hartigan”)
  // (looked up once: each `toLowerCase` makes a new string, hashed again by the lookup)
  const given = GIVEN_NAME_GENDER.has(words[0].toLowerCase());
  const givenName = words.length === 2 && given;
  // (nor a name with an age or “who” set off after it: “crane operator Pavel Lenk, 39,”)
  if (before && before.kind === 'word' && before.text === before.lower && KINDS_OF_BODY.has(before.lower) && !givenName && !personSetOffAfter(ctx, core.end)) return true;
  // “State miner Codelco”, “chipmaker Nexperia”, “oil major Shell”, “budget airline Ryanair”: a trade set before one
  // name (lower case, or opening the sentence: “Chipmaker Nexperia said”) makes that name a business's, and no given name
  if (words.length === 1 && !given && before && before.kind === 'word' && isTradeWord(before.lower)
    && (before.text === before.lower || (ctx.bounds.sentenceStart[core.start - 1] === 1 && !isCommonName(before.lower)))) return true;
  // “a firm called Blue Quay Advisory”, “a charity named Open Doors”, “the developer, Aske Living,”: the body's name
  const kind = tokens[core.start - 2];
  if (before && kind && kind.kind === 'word' && kind.text === kind.lower) {
    if ((before.lower === 'called' || before.lower === 'named') && (KINDS_OF_BODY.has(kind.lower) || BUSINESS_KINDS.has(kind.lower))) return true;
    // (set off after a comma only after a business opening the phrase: not “a spokeswoman for the ministry, Ines Kovar,”)
    const det = tokens[core.start - 3];
    if (before.text === ',' && BUSINESS_KINDS.has(kind.lower) && det && det.kind === 'word' && DETERMINER_BEFORE_KIND.has(det.lower)
      && !LINKING_PREPOSITIONS.has(tokens[core.start - 4]?.lower ?? '')) return true;
    // (also with one word of its trade before it: “The water supplier, Severn Vale Water,”, “the quarry operator, Kernow
    // Aggregates,” — not a person with a given name: “the crane operator, Bill Hartigan,”)
    const trade = tokens[core.start - 3];
    const det4 = tokens[core.start - 4];
    if (!given && before.text === ',' && BUSINESS_KINDS.has(kind.lower) && trade && trade.kind === 'word' && trade.text === trade.lower
      && !DETERMINER_BEFORE_KIND.has(trade.lower) && det4 && det4.kind === 'word' && DETERMINER_BEFORE_KIND.has(det4.lower)
      && !LINKING_PREPOSITIONS.has(tokens[core.start - 5]?.lower ?? '')) return true;
  }
  // “Gavi, the Vaccine Alliance, said”: a name set off with a body's name after it is that body
  if (!given && bodyNameSetOff(ctx, core.end)) return true;
  // “Minera Atacama, which operates the mine,”: “which” after a name says it is no one; so does an abbreviation of its
  // own in brackets (“Médecins Sans Frontières (MSF)”, “the Integrated Food Security Phase Classification (IPC)”)
  // (only for a name with no given name, opening its sentence for “which”: “a speech by Michael Flynn, which …” is
  // about the speech)
  const after = tokens[core.end];
  if (!given && after?.text === ',' && tokens[core.end + 1]?.lower === 'which' && ctx.bounds.sentenceStart[core.start] === 1) return true;
  if (!given && after?.text === '(' && tokens[core.end + 2]?.text === ')' && words.length >= 2 && isInitials(tokens[core.end + 1]?.text ?? '')) return true;
  // “Citizens for Fair Ballots”, “Americans for Prosperity”: no one's name has “for” in it, nor an ampersand (“Brandt &
  // Kessel”)
  for (let i = core.start + 1; i < core.end - 1; i++) if (tokens[i].text === 'for' || tokens[i].text === '&') return true;
  // “Norrvik Steel”, “Varden Ferries”: a name and a trade (a trade that is also a surname, such as Steel or Mills, only
  // when “its” follows in the sentence: “Norrvik Steel will close its plant”)
  const last = words.length > 1 ? words[words.length - 1].toLowerCase() : '';
  if (COMPANY_WORDS.has(last) && (!SURNAME_TRADES.has(last) || itsFollows(ctx, core.end))) return true;
  for (let i = core.start; i < core.end; i++) {
    const t = tokens[i];
    if (t.kind === 'word') {
      const bare = stripPossessive(t.text);
      const w = bare === t.text ? t.lower : bare.toLowerCase();
      if (ORGANISATION_WORDS.has(w)) return true;
      // the Red Cross, the Red Crescent (a surname Cross stays a person's)
      if ((w === 'cross' || w === 'crescent') && i > core.start && tokens[i - 1].lower === 'red') return true;
    } else if (i + 1 < core.end && isElidedT(tokens, i)) {
      if (ORGANISATION_WORDS.has((t.text + tokens[i + 1].text).toLowerCase())) return true; // in 't Veld
      i++;
    }
  }
  // “ScotRail says it hopes …”, “analysts polled by FactData”: a capital inside a word after a stem of three or more
  // letters is a brand's spelling, never a person's (McDonald, DeShawn, LaToya and DiCaprio have shorter stems;
  // MacArthur and FitzGerald are kept apart by their prefix)
  if (!given && words.some(isBrandSpelling)) return true;
  // “Aston Villa were reported to have made an approach”, “Gardaí have confirmed”: a name in the singular taking a plural
  // verb is a club, a force or a company written as the people in it (not “Smith and Jones were”, “if Smith were”)
  if (!given && pluralVerbAfter(ctx, core, words)) return true;
  // U.N., U.S., E.U.: initials alone name a body or a country, never a person (J. K. Rowling has a surname)
  if (words.length >= 2 && words.every((w) => w.length === 1)) return true;
  return words.length === 1 && /^[A-Z]{2,6}$/.test(words[0]);
}

/** “, 39,” or “, who” right after a name ending before token `end`: a person's age or a clause about a person. */
function personSetOffAfter(ctx: ArticleContext, end: number): boolean {
  const { tokens } = ctx;
  if (tokens[end]?.text !== ',') return false;
  const next = tokens[end + 1];
  return next?.lower === 'who' || (/^\d{1,3}$/.test(next?.text ?? '') && (tokens[end + 2]?.text === ',' || tokens[end + 2]?.text === '.'));
}

/** “, the Vaccine Alliance,” after a name ending before token `end`: a body's name in capitals set off with “the”. */
function bodyNameSetOff(ctx: ArticleContext, end: number): boolean {
  const { tokens } = ctx;
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.lower !== 'the' || ctx.inQuote[end] >= 0) return false;
  let k = end + 2;
  while (k < end + 7 && tokens[k]?.kind === 'word' && tokens[k].cap) k++;
  const close = tokens[k]?.text;
  return k > end + 2 && (close === ',' || close === '.') && ORGANISATION_WORDS.has(tokens[k - 1].lower);
}

/** “ScotRail”, “FactData”, “PayPal”: a capital after a lower-case stem of three letters or more (not “MacArthur”). */
function isBrandSpelling(word: string): boolean {
  const m = /^[A-Z]([a-z]{2,})[A-Z][a-z]/.exec(word);
  return m !== null && !NAME_PREFIX_STEMS.has(m[1]);
}

/** Stems of surname prefixes written with a capital after them (MacArthur, FitzGerald, VanHollen, VonDrehle). */
const NAME_PREFIX_STEMS: ReadonlySet<string> = new Set(['ac', 'itz', 'an', 'on', 'el', 'ella']);

/** Plural verbs a singular name never takes as a person's. */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['are', 'were', 'have']);

/** Words before a name after which a plural verb is no sign of a body (“Smith and Jones were”, “if Smith were”). */
const PLURAL_SUBJECT_BEFORE: ReadonlySet<string> = new Set([
  'and', '&', ',', 'if', 'wish', 'wished', 'as', 'though', 'nor', 'or', 'both', 'with',
  // (a name after a preposition is no subject: “brigades in Serra Alta were short of staff”)
  'in', 'at', 'from', 'near', 'of', 'to', 'on', 'across', 'outside', 'around', 'by', 'for', 'into', 'over', 'under',
]);

/** The name [core) is the whole subject of a plural verb right after it: “Aston Villa were reported …”. */
function pluralVerbAfter(ctx: ArticleContext, core: { start: number; end: number }, words: string[]): boolean {
  const { tokens } = ctx;
  const verb = tokens[core.end];
  if (!verb || verb.kind !== 'word' || !PLURAL_VERBS.has(verb.text) || ctx.inQuote[core.end] >= 0) return false;
  const last = words[words.length - 1];
  // “the Smiths were”, “Sanders' aides were”: a plural or a possessive name is no singular subject (a name of two words
  // ending in “s” is a team's or a paper's: “Denver Peaks have said”, “the New York Times were told”)
  if (/’$|'$/.test(last) || (words.length === 1 && /s$/.test(last))) return false;
  const before = tokens[core.start - 1];
  // (“and” after a comma joins clauses, not names: “…, and Denver Peaks have said they are happy”)
  if (before?.lower === 'and' && tokens[core.start - 2]?.text === ',') return true;
  return !before || ctx.bounds.sentenceStart[core.start] === 1 || !PLURAL_SUBJECT_BEFORE.has(before.lower);
}

/** Trades that are also surnames (Danielle Steel, John Mills). */
const SURNAME_TRADES: ReadonlySet<string> = new Set(['steel', 'mills', 'bank', 'paper']);

/** “its” within a few words after token `end`, in the same sentence and outside quotes. */
function itsFollows(ctx: ArticleContext, end: number): boolean {
  const { tokens } = ctx;
  for (let k = end; k < Math.min(tokens.length, end + 8); k++) {
    if (tokens[k].kind === 'break' || (k > end && ctx.bounds.sentenceStart[k])) return false;
    if (ctx.inQuote[k] < 0 && tokens[k].lower === 'its') return true;
  }
  return false;
}

/** Businesses whose name may be set off after them: “the developer, Aske Living,”, “the company, Norrvik Steel,”. */
export const BUSINESS_KINDS: ReadonlySet<string> = new Set([
  'developer', 'contractor', 'supplier', 'retailer', 'manufacturer', 'lender', 'consultancy', 'chain', 'brand', 'company', 'firm',
  'group', 'charity', 'bank', 'airline', 'insurer', 'carrier', 'operator', 'publisher', 'broadcaster', 'startup', 'start-up',
  'shipyard', 'utility', 'distributor', 'shipbuilder', 'exporter', 'importer', 'provider', 'refiner', 'wholesaler',
]);
/** Prepositions before a phrase whose apposition is someone else: “a spokeswoman for the company, Ines Kovar,”. */
const LINKING_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'at', 'from', 'with', 'to', 'by', 'in', 'on', 'about']);
/** Determiners before a kind of body set off with its name after a comma: “the developer, Aske Living,”. */
const DETERMINER_BEFORE_KIND: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their']);

/** Trades a business is introduced by before its name that are no kind of body on their own: “oil major Shell”, “State miner Codelco”. */
const TRADES: ReadonlySet<string> = new Set([
  'miner', 'major', 'giant', 'producer', 'maker', 'conglomerate', 'manufacturer', 'retailer', 'lender', 'refiner', 'exporter',
  'importer', 'supermarket', 'grocer', 'automaker', 'carrier', 'shipper', 'shipbuilder', 'insurer', 'utility', 'operator', 'airline',
  'broadcaster', 'chain', 'startup', 'start-up', 'firm', 'company', 'bank', 'network', 'platform', 'developer', 'brewer', 'distiller',
]);

/** A word of a trade before a business's name: “chipmaker”, “carmaker”, “miner”, “oil major”. */
function isTradeWord(lower: string): boolean {
  return TRADES.has(lower) || KINDS_OF_BODY.has(lower) || BUSINESS_KINDS.has(lower) || (lower.length > 6 && lower.endsWith('maker'));
}

/** A trade word that is also a surname (“Miner”, “Major”, “Chase”): not stripped when it opens a sentence. */
function isCommonName(lower: string): boolean {
  return GIVEN_NAME_GENDER.has(lower);
}

/** Lower-case nouns of a kind of body written just before its name. */
const KINDS_OF_BODY: ReadonlySet<string> = new Set([
  'station', 'broadcaster', 'channel', 'newspaper', 'daily', 'weekly', 'magazine', 'tabloid', 'website', 'network', 'agency',
  'company', 'firm', 'group', 'charity', 'organisation', 'organization', 'union', 'party', 'bank', 'airline', 'insurer',
  'carrier', 'operator', 'publisher', 'broadsheet', 'outlet', 'ngo', 'watchdog', 'regulator', 'ministry', 'university',
]);

/** How many of the timeline's mentions start before token `at` (binary search). */
export function mentionsBefore(reg: Registry, at: number): number {
  const t = reg.timeline;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Entities named before token `at`, most recent first, at most LOOKBACK_MENTIONS mentions back. */
export function recentEntities(reg: Registry, at: number): Entity[] {
  const t = reg.timeline;
  const lo = mentionsBefore(reg, at);
  const out: Entity[] = [];
  for (let k = lo - 1; k >= 0 && k >= lo - LOOKBACK_MENTIONS; k--) if (!out.includes(t[k].entity)) out.push(t[k].entity);
  return out;
}

/** Registry state while an article is read: entities plus lookups by full name and by single word. */
class ArticleRegistry implements Registry {
  entities: Entity[] = [];
  timeline: { start: number; entity: Entity }[] = [];
  readonly byFull = new Map<string, Entity>();
  /** last or first word → most recent multi-word entity; abbreviation → organisation. */
  readonly byWord = new Map<string, Entity>();
  /** Lower-case last words of products named with a model number (“the Lumora PowerCube 20” → “powercube”). */
  private products: Set<string> | null = null;
  /** Last word → every person named in full with it, in order, when two or more share it (“Helen Marsh”, “Graham Marsh”). */
  private sharedSurnames: Map<string, Entity[]> | null = null;
  /** Per token: 1 + the index of the entity whose recorded mention starts there, or 0. */
  private readonly mentionAt: Int32Array;

  constructor(readonly ctx: ArticleContext) {
    this.mentionAt = ctx.mentionAt;
  }

  mention(e: Entity, start: number, end: number): void {
    if (this.mentionAt[start] === e.index + 1) return;
    this.mentionAt[start] = e.index + 1;
    e.mentions.push({ start, end });
  }

  resolveName(start: number, end: number): Entity | null {
    const core = coreName(this.ctx, start, end);
    return this.add(start, end, true, core, nameWords(this.ctx, core));
  }

  knownName(start: number, end: number): Entity | null {
    const core = coreName(this.ctx, start, end);
    return this.add(start, end, false, core, nameWords(this.ctx, core));
  }

  /**
   * Registers someone named before this text, with no mention in it: later surnames,
   * abbreviations and full names in the text resolve to them.
   */
  seed(k: KnownEntity): void {
    const words = k.name.split(' ');
    const key = k.name.toLowerCase();
    if (this.byFull.has(key)) return;
    const e: Entity = {
      name: k.name, kind: k.kind, words, mentions: [], genderVotes: 0, index: this.entities.length, roleSought: false, qualified: false,
      role: k.role, organisation: k.organisation, organisationAbbreviation: k.organisationAbbreviation,
      country: k.country, gender: k.gender,
    };
    this.entities.push(e);
    this.byFull.set(key, e);
    if (words.length > 1) {
      this.byWord.set(stripPossessive(words[words.length - 1]).toLowerCase(), e);
      const first = stripPossessive(words[0]).toLowerCase();
      if (k.kind === 'person' && !this.byWord.has(first)) this.byWord.set(first, e);
    }
    if (k.organisationAbbreviation) this.byWord.set(k.organisationAbbreviation.toLowerCase(), e);
  }

  /**
   * A one-word name opening a sentence, recorded only as the last word of a person already
   * named with two or more words, and only when the article never writes it in lower case.
   */
  addSurname(start: number, end: number, core: { start: number; end: number }, words: string[]): Entity | null {
    const key = nameKey(this.ctx, core, words);
    const e = this.byWord.get(key);
    if (!e || e.kind !== 'person' || e.words.length < 2 || wordLower(this.ctx, core, true) !== stripPossessive(e.words[e.words.length - 1]).toLowerCase()) return null;
    if (isCommonWordAt(this.ctx, core.start)) return null;
    return this.add(start, end, false, core, words);
  }

  /**
   * Organisations by their name without a country's adjective or name before it (“interior ministry” for the Lisenian
   * Interior Ministry), with both ways of naming them; null when two bodies of different countries share it (the
   * Russian and the Ukrainian Foreign Ministry), as the bare name is then either.
   */
  private readonly bodies = new Map<string, { prefixed: Entity | null; bare: Entity | null }>();

  /** Record organisation `e`, named `words` (lookup key `key`), under its bare name. */
  private noteBody(e: Entity, words: string[], key: string): void {
    const prefixed = countryPrefixed(words);
    const bare = prefixed ? key.slice(key.indexOf(' ') + 1) : key;
    const known = this.bodies.get(bare);
    if (!known) this.bodies.set(bare, prefixed ? { prefixed: e, bare: null } : { prefixed: null, bare: e });
    else if (prefixed) known.prefixed = known.prefixed && known.prefixed !== e ? null : e;
    else known.bare ??= e;
  }

  /** An organisation already named that `words` (key `key`) names too: with or without its country in front. */
  private sameBody(words: string[], key: string): Entity | null {
    if (countryPrefixed(words)) {
      // named bare first: the bare name's body takes the country, unless another country's body took it already
      const known = this.bodies.get(key.slice(key.indexOf(' ') + 1));
      if (!known?.bare || known.prefixed) return null;
      known.prefixed = known.bare;
      known.bare.name = words.join(' ');
      known.bare.words = words;
      this.byFull.set(key, known.bare);
      return known.bare;
    }
    const known = this.bodies.get(key);
    if (!known?.prefixed) return null;
    this.byFull.set(key, known.prefixed);
    return known.prefixed;
  }

  /** Record person `e`, named in full with last word `last`, among the people sharing it. */
  private noteSurname(last: string, e: Entity): void {
    const before = this.byWord.get(last);
    if (!before || before === e || before.kind !== 'person' || before.words.length < 2) return;
    const all = (this.sharedSurnames ??= new Map()).get(last);
    if (all) all.push(e);
    else this.sharedSurnames.set(last, [before, e]);
  }

  /**
   * “Mrs Marsh's sister” after both Helen Marsh and her husband Graham Marsh are named: a gendered title before a
   * surname two people share picks one of them whose gender it fits (known from a title or a given name).
   */
  private titledSurname(at: number, word: string): Entity | null {
    const all = this.sharedSurnames?.get(word);
    if (!all) return null;
    // (or a pronoun after the verb: “Dorothy Woods, whose husband, Navy SEAL Ty Woods, was killed … Woods said she …”)
    // (or “her” or “his” owning what the verb is about: “Voss reflected on her legacy”)
    const wanted = titleGender(this.ctx.tokens, at) ?? pronounGenderAfter(this.ctx, at + 1) ?? possessiveGenderAfter(this.ctx, at + 1);
    if (!wanted) return this.namedInParagraph(all, at);
    // (of several that fit, the one named most so far: “Mr. Trump” in a profile of Donald J. Trump that names his
    // brother Freddy Trump once is still Donald)
    let best: Entity | null = null;
    for (let i = all.length - 1; i >= 0; i--) {
      const c = all[i];
      if ((c.gender ?? GIVEN_NAME_GENDER.get(c.words[0].toLowerCase())) === wanted && (!best || c.mentions.length > best.mentions.length)) best = c;
    }
    return best;
  }

  /**
   * Of people sharing a surname, the one whose name was written last before token `at` in its own paragraph: “Marek
   * Kowalski, 54, showed no emotion … “…,” Kowalski said.” after a Judge Anna Kowalski in the paragraphs before. Else null.
   */
  private namedInParagraph(all: readonly Entity[], at: number): Entity | null {
    const paragraph = this.ctx.bounds.paragraph;
    let best: Entity | null = null;
    let bestAt = -1;
    for (const c of all) {
      for (let k = c.mentions.length - 1; k >= 0; k--) {
        const m = c.mentions[k];
        if (m.start >= at) continue;
        if (paragraph[m.start] === paragraph[at] && m.start > bestAt) { best = c; bestAt = m.start; }
        break;
      }
    }
    return best;
  }

  /** The entity whose mention was recorded at token `at` when the text was read in order, if it goes by `word`. */
  private recordedAt(at: number, word: string): Entity | null {
    const index = this.mentionAt[at];
    if (index === 0) return null;
    const e = this.entities[index - 1];
    for (const w of e.words) if (stripPossessive(w).toLowerCase() === word) return e;
    return e.organisationAbbreviation?.toLowerCase() === word ? e : null;
  }

  /** Find or create the entity for the name run [start,end) whose core name is `core` with words `words`. */

  add(start: number, end: number, create: boolean, core: { start: number; end: number }, words: string[]): Entity | null {
    if (words.length === 0) return null;
    const key = nameKey(this.ctx, core, words);
    const lastLower = wordLower(this.ctx, core, true);
    if (isPlace(words, key, lastLower)) return null;
    // “the Republic of Ireland”, “the Democratic Republic of Congo”: a state's form is no one's name
    if (words.length === 1 && STATE_FORM_SHAPES.mayHave(lastLower) && STATE_FORMS.has(lastLower)) return null;
    // “the Chief Minister”, “Prime Minister” alone: a title with no name is no one's name (the description of its holder)
    if (words.length === 1 && core.start > start && (TITLES.has(lastLower) || (ROLE_NOUNS.has(lastLower) && !ORGANISATION_NOUNS.has(lastLower)))
      && onlyTitleWords(this.ctx.tokens, start, core.start)) return null;
    // “Liberal Democrat MP Sian Rhydderch”, “Scottish Labour MP …”: a party's label after another or a nationality is a
    // member's party, no one's name
    if (words.length === 1 && core.start > start && PARTY_LABELS.has(lastLower) && (PARTY_LABELS.has(this.ctx.tokens[core.start - 1].lower) || NATIONALITIES.has(this.ctx.tokens[core.start - 1].lower))) return null;
    let e = this.byFull.get(key) ?? null;
    // (a product named before: “her PowerCube burst into flames”)
    if (!e && this.products?.has(lastLower) && words.length === 1) return null;
    // Shamkhani → Ali Shamkhani (most recent full name sharing the last or first word); SNSC → the council.
    // A word already read in text order keeps the person it named there: with two Brandts in an article,
    // “Brandt told the council” before the second is introduced is the first, not the most recent at the end
    if (!e && words.length === 1) e = this.titledSurname(core.start, key) ?? this.recordedAt(core.start, key) ?? this.byWord.get(key) ?? null;
    if (!e && !create) return null;
    // the Lisenian Interior Ministry … the Interior Ministry: one body, named once with its country and once without
    if (!e && words.length >= 2) e = this.sameBody(words, key);
    if (!e) {
      const kind = isOrganisation(this.ctx, core, words) ? 'organisation' : 'person';
      // “brigades in Serra Alta”, “killed near Santa Rosa”: a new name right after a preposition of place, with no title,
      // is where something happened, not someone a later “he” can stand for
      // (also before a place noun or the event it had: “the Serra Alta region”, “the Serra Alta wildfire”)
      if (kind === 'person' && core.start === start && !endsPossessive(this.ctx.tokens[end - 1].text)
        && (placedAfter(this.ctx.tokens, start) || placeNounAfter(this.ctx.tokens, start, end))) return null;
      // “the Lumora PowerCube 20”, “a Vantor X5 900”: a name with a model number after it is a product, which no one is
      // (after a determiner only: “Clinton 47 percent”, “Sanders 52” are people with their shares)
      // (also before the kind of thing it is, after a possessive: “its Norvane Assist software”, “their Lumo app”)
      if (kind === 'person' && THING_DETERMINERS.has(this.ctx.tokens[start - 1]?.lower ?? '')
        && (modelNumberAfter(this.ctx.tokens, end) || (POSSESSIVE_DETERMINERS.has(this.ctx.tokens[start - 1].lower) && PRODUCT_KINDS.has(this.ctx.tokens[end]?.text ?? '')))) {
        (this.products ??= new Set()).add(lastLower);
        return null;
      }
      const profile: Profile = kind === 'person' ? profileAround(this.ctx, start, end) : {};
      // one literal with every field: entities share one shape, and no spread copies the profile
      e = {
        name: words.join(' '), kind, words, mentions: [], genderVotes: 0, index: this.entities.length, roleSought: false,
        qualified: kind === 'person' && core.start > start && qualifiedTitle(this.ctx.tokens, start, core.start),
        role: profile.role, organisation: profile.organisation, organisationAbbreviation: profile.organisationAbbreviation,
        country: profile.country, gender: profile.gender,
      };
      this.entities.push(e);
      this.byFull.set(key, e);
      if (kind === 'organisation') this.noteBody(e, words, key);
      if (words.length > 1) {
        if (kind === 'person') this.noteSurname(lastLower, e);
        this.byWord.set(lastLower, e);
        const firstLower = wordLower(this.ctx, core, false);
        if (kind === 'person' && !this.byWord.has(firstLower)) this.byWord.set(firstLower, e);
        // “Nordhavn Shipping … Nordhavn said”: a company goes by the name before its trade
        else if (kind === 'organisation' && words.length === 2 && COMPANY_WORDS.has(lastLower) && !GENERIC_FIRST.has(firstLower)
          && !NATIONALITIES.has(firstLower) && !COUNTRIES.has(firstLower) && !this.byWord.has(firstLower)) this.byWord.set(firstLower, e);
      }
      if (e.organisationAbbreviation) this.byWord.set(e.organisationAbbreviation.toLowerCase(), e);
    } else if (e.kind === 'person' && e.gender === undefined && e.role === undefined && words.length > 1 && words.length === e.words.length
      && COMPANY_WORDS.has(lastLower) && isOrganisation(this.ctx, core, words)) {
      // first named in a headline (“Norrvik Steel to close plant”), then “Norrvik Steel will close its plant”: a company
      e.kind = 'organisation';
    } else if (e.kind === 'person' && e.gender === undefined && e.role === undefined && words.length === e.words.length
      && !GIVEN_NAME_GENDER.has(words[0].toLowerCase()) && bodyNameSetOff(this.ctx, core.end)) {
      // first read where the quote gives it (“…,” Gavi said), then “Gavi, the Vaccine Alliance, said”: a body
      e.kind = 'organisation';
    } else if (e.kind === 'person' && e.gender === undefined && e.role === undefined && words.length > 1 && words.length === e.words.length
      && !GIVEN_NAME_GENDER.has(words[0].toLowerCase()) && pluralVerbAfter(this.ctx, core, words)) {
      // first named after “and the” (“owns the Manchester Comets and the Denver Peaks”), then “Denver Peaks have said”
      e.kind = 'organisation';
    } else if (e.role === undefined && !e.roleSought && e.kind === 'person' && (core.start > start || this.ctx.tokens[end]?.text === ',')) {
      // first named in a headline or a caption with no role, then “Howard Dean, the former governor of Vermont,”:
      // the role written at the next mention with a title or an apposition is the person's, so descriptions can find them
      e.roleSought = true;
      const later = profileAround(this.ctx, start, end);
      if (later.role !== undefined) {
        e.role = later.role;
        e.organisation ??= later.organisation;
        e.organisationAbbreviation ??= later.organisationAbbreviation;
        e.country ??= later.country;
      }
    }
    const timeline = this.timeline;
    if (!timeline.length || timeline[timeline.length - 1].start < core.start) timeline.push({ start: core.start, entity: e });
    else {
      // a name first read by a matcher after the article was read in order (“Adebayo, the group's coordinator, said”
      // opening a sentence): in its place, so a pronoun after it can stand for them
      const at = mentionsBefore(this, core.start);
      if (timeline[at]?.start !== core.start) timeline.splice(at, 0, { start: core.start, entity: e });
    }
    this.mention(e, core.start, core.end);
    return e;
  }
}

/** Endings of a people's adjective: Lisenian, Chinese, Danish, Iraqi, Thai. */
const PEOPLE_ADJECTIVE_ENDINGS = ['ian', 'ean', 'an', 'ese', 'ish', 'i'];

/**
 * An organisation's name of three words or more opening with a country or its people's adjective: “Lisenian Interior
 * Ministry”, “Iraqi Red Crescent”, “Kenya Wildlife Service” is not one (“Kenya” is no adjective and not known).
 */
function countryPrefixed(words: string[]): boolean {
  if (words.length < 3) return false;
  const first = stripPossessive(words[0]).toLowerCase();
  if (NATIONALITIES.has(first) || COUNTRIES.has(first)) return true;
  return first.length > 4 && words[0] !== words[0].toUpperCase() && PEOPLE_ADJECTIVE_ENDINGS.some((x) => first.endsWith(x));
}

/** “Observatory for Human Rights”, “Ministry of Defence”: words that carry an organisation's name on past a preposition. */
const ORGANISATION_LINKS = new Set(['for', 'of', 'on', 'against']);

/**
 * “Human Rights” in “the Syrian Observatory for Human Rights”, “Humanitarian Affairs” in “the UN
 * Office for the Coordination of Humanitarian Affairs”: a short run after an organisation and one
 * of its linking words (then perhaps “the” and more capitalised words and links), with no
 * possessive, is the rest of its name.
 */
function continuesOrganisation(tokens: ArticleContext['tokens'], start: number, end: number, organisationEnd: number): boolean {
  if (organisationEnd < 0 || start <= organisationEnd || start - organisationEnd > 6 || !ORGANISATION_LINKS.has(tokens[organisationEnd].lower)) return false;
  for (let k = organisationEnd + 1; k < start; k++) {
    const t = tokens[k];
    if (!(ORGANISATION_LINKS.has(t.lower) || t.lower === 'the' || t.lower === 'and' || (t.kind === 'word' && t.cap))) return false;
  }
  if (end - start > 3) return false;
  for (let k = start; k < end; k++) if (stripPossessive(tokens[k].lower) !== tokens[k].lower) return false;
  return true;
}

/**
 * After an organisation's name run ending at `end`: the end of the parts its name carries on with past a linking word
 * (“for Human Rights”, “of the Red Cross”, “for the Coordination of Humanitarian Affairs”): short runs of capitalised
 * words with no possessive. `end` when none follows.
 */
function linkedNameEnd(tokens: ArticleContext['tokens'], end: number): number {
  for (let n = 0; n < 2 && ORGANISATION_LINKS.has(tokens[end]?.lower ?? ''); n++) {
    if (tokens[end].lower === 'on' && !ON_BODIES.has(tokens[end - 1].lower)) break;
    const k = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
    if (!tokens[k] || !isName(tokens[k])) break;
    const e = nameRunEnd(tokens, k, tokens.length);
    if (e <= k || e - k > 3) break;
    for (let j = k; j < e; j++) if (stripPossessive(tokens[j].lower) !== tokens[j].lower) return end;
    end = e;
  }
  return end;
}

/**
 * The end of an organisation's name that goes on across “and” after the run [start, end)
 * (`joinsOrganisationName`), unless a word of the run already names someone met before
 * (“Trump and Republican Party leaders”); `end` otherwise.
 */
function joinedNameEnd(reg: ArticleRegistry, tokens: ArticleContext['tokens'], start: number, end: number): number {
  // (`joinsOrganisationName` asks for “and” or “&” after a run of one to four words: tested first, so the run after it
  // is read only there, not after every name)
  const and = tokens[end];
  if (!and || (and.lower !== 'and' && and.text !== '&') || end - start > 4) return end;
  if (!tokens[end + 1] || !isName(tokens[end + 1])) return end;
  const e = nameRunEnd(tokens, end + 1, tokens.length);
  if (e <= end + 1 || !joinsOrganisationName(tokens, start, end, e)) return end;
  for (let j = start; j < end; j++) if (reg.byWord.has(tokens[j].lower) || reg.byFull.has(tokens[j].lower)) return end;
  return e;
}

const DATELINE_MARKS: ReadonlySet<string> = new Set(['(', '-', '–', '—']);
/** How far into the text (tokens) a dateline closed by a colon is looked for: the headline line and the opening. */
const DATELINE_TOP = 40;

/** Paragraph breaks before token `at` (read only near the top of the text). */
function breaksBefore(tokens: ArticleContext['tokens'], at: number): number {
  let n = 0;
  for (let k = 0; k < at; k++) if (tokens[k].kind === 'break') n++;
  return n;
}

/** Another paragraph opens with the same word as [start, end) and a colon after the same run (a speaker label). */
function labelsAgain(tokens: ArticleContext['tokens'], start: number, end: number): boolean {
  const first = tokens[start].text;
  const length = end - start;
  for (let k = end + 1; k + length < tokens.length; k++) {
    if (tokens[k - 1].kind !== 'break' || tokens[k].text !== first) continue;
    if (tokens[k + length]?.text === ':') return true;
  }
  return false;
}

/**
 * The run [start, end) opens a paragraph in capitals and a bracket or a dash follows, right away or after a comma
 * and a date: a dateline (“PORT ELSWICK, Nov 4 (Wire) —”; not “NATO, the alliance said, …”).
 */
function isDateline(tokens: ArticleContext['tokens'], start: number, end: number): boolean {
  if (start > 0 && tokens[start - 1].kind !== 'break') return false;
  let mark = false;
  if (DATELINE_MARKS.has(tokens[end]?.text ?? '')) mark = true;
  // “BENGALURU: Karnataka will release …” — a colon too, at the top of the text, for a word no other paragraph opens
  // with (a transcript's “TAPPER:” labels its turns again and again)
  else if (tokens[end]?.text === ':' && start < DATELINE_TOP && breaksBefore(tokens, start) <= 1 && !labelsAgain(tokens, start, end)) mark = true;
  else if (tokens[end]?.text === ',') for (let k = end + 1; k <= end + 6 && !mark && tokens[k] && tokens[k].kind !== 'break'; k++) mark = DATELINE_MARKS.has(tokens[k].text);
  if (!mark) return false;
  for (let k = start; k < end; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && (t.text.length < 2 || t.text !== t.text.toUpperCase())) return false;
  }
  return true;
}

/** A person or organisation named before the text being read (in an earlier window of a long text). */
export type KnownEntity = Omit<EntityResult, 'mentions'>;

export function buildRegistry(ctx: ArticleContext, known: readonly KnownEntity[] = []): Registry {
  const reg = new ArticleRegistry(ctx);
  for (const k of known) reg.seed(k);
  const { tokens } = ctx;
  let organisationEnd = -1; // token just past the latest organisation's name run
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.inQuote[i] >= 0 || !isName(tokens[i])) continue;
    // Ola Berg Calls Out Ines Ruiz — the verb or preposition that ended a name in title case starts none
    if (i > 0 && isName(tokens[i - 1]) && breaksTitleCaseName(tokens[i])) continue;
    let end = nameRunEnd(tokens, i, tokens.length);
    if (end <= i) continue;
    // (“Several Cruz associates …”, “Top Clinton adviser …”: the name, if any, starts after the opener, untitled)
    if (end - i >= 2 && ctx.bounds.sentenceStart[i] === 1 && NOT_NAME_OPENERS.has(tokens[i].lower)) continue;
    if (continuesOrganisation(tokens, i, end, organisationEnd)) { organisationEnd = end; i = end - 1; continue; }
    // “PORT ELSWICK, Nov 4 (Wire) —”: a dateline names a place, not a person
    if (isDateline(tokens, i, end)) { i = end - 1; continue; }
    // the Food and Drink Federation, the Fish and Wildlife Service — one name across “and”
    end = joinedNameEnd(reg, tokens, i, end);
    // the International Committee of the Red Cross, the Office for the Coordination of Humanitarian Affairs — one name
    if (namesOrganisation(tokens, i, end)) end = linkedNameEnd(tokens, end);
    const core = coreName(ctx, i, end);
    const words = nameWords(ctx, core);
    // Ingrid Halvorsen’s Social Democrats — a full name owning the name after it is someone too (a later “Halvorsen” is her)
    // (an owner in “’s” only: a plural's bare apostrophe is a body's, “Fox News’ Bret Baier”)
    if (core.start - i >= 2 && /['’]s$/.test(tokens[core.start - 1].text)) {
      const owner = coreName(ctx, i, core.start);
      const ownerWords = nameWords(ctx, owner);
      if (ownerWords.length >= 2) reg.add(i, core.start, true, owner, ownerWords);
    }
    const titled = core.start > i || (i > 0 && TITLE_SHAPES.hasShape(tokens[i - 1].shape) && TITLE_INFO.has(tokens[i - 1].lower));
    // a single capitalised word opening a sentence is too often not a name (“Nothing changed”):
    // it only counts as the surname of someone already named in full (“Okonkwo returned to …”),
    // so that a pronoun after it finds that person
    // (unless an apposition describes it as someone: “Ahmad, the 24-year-old Syrian survivor who spoke to reporters,
    // said …”, “Gary, 52, said …”)
    const described = words.length === 1 && !titled && (describedAsSomeone(ctx, i, end) || givenAsName(tokens, i));
    const opensSentence = words.length === 1 && !titled && ctx.bounds.sentenceStart[i] === 1 && !described;
    // a lone word elsewhere names someone only when it is already known (create = false)
    const e = opensSentence ? reg.addSurname(i, end, core, words) : reg.add(i, end, words.length >= 2 || titled || described, core, words);
    organisationEnd = e?.kind === 'organisation' ? end : -1;
    i = end - 1;
  }
  return reg;
}
