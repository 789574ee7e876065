/**
 * Reads the speaker phrase next to a cue: a pronoun, a name run or a short description
 * (“the Iranian official”, “a spokesman for the ministry”). Windows are bounded.
 */
import type { ArticleContext, Mention } from '../context';
import { DETERMINERS, PRONOUNS } from '../data/function-words';
import { joinsOrganisationName, namesOrganisation, ON_BODIES, ORGANISATION_NOUNS, ORGANISATION_WORDS, ROLE_NOUNS } from '../data/role-nouns';
import { cueAt } from './cues';
import { isAcronym, isNameWord, nameRunBackward, nameRunForward, ROLE_ABBREVIATIONS } from './name-run';
import { TITLES } from '../data/titles';
import { NATIONALITIES } from '../data/places';

/** Most words a description may have (“the 31-year-old Sanders volunteer from Ohio”). */
const MAX_DESCRIPTION = 8;
/** Words after which a bare plural opens a clause: “, prosecutors say”, “that officials said”. */
const BARE_OPENERS = new Set([',', 'that', 'and', 'but', 'when', 'as', 'while', 'because', 'if', 'so', ';', '—', '–']);
/** Conjunctions and prepositions that never stand inside a role before a name: not “until Haley”, “since Trump”. */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(['until', 'unless', 'since', 'though', 'although', 'whether', 'once', 'than', 'then', 'so', 'like', 'for',
  'after', 'before', 'when', 'while', 'where', 'because', 'as', 'if', 'that', 'over', 'under', 'about', 'against', 'between', 'during', 'without', 'except', 'despite', 'per', 'via', 'nor', 'yet']);
/** Quantifiers that stand alone as the subject of a cue: “most said”, “others said”. */
const QUANTIFIER_SUBJECTS = new Set(['most', 'many', 'some', 'others', 'several', 'few', 'both', 'all']);
const COUNTS = new Set(['two', 'three', 'four', 'five']);
/** Words that take a part of a group with “of”: “one of the residents said”, “said one of them”. */
const PARTITIVES = new Set(['one', 'some', 'many', 'most', 'several', 'each', 'two', 'three', 'four', 'five', 'few', 'none', 'both', 'all',
  'either', 'neither', 'another', 'dozens', 'hundreds', 'thousands']);
/** Counts of a group taken with “of”: “Thousands of French farmers”, “Tens of thousands of people”. */
const GROUP_COUNTS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'scores', 'tens']);

/**
 * Thousands of French farmers / Tens of thousands of people / Hundreds of pro-Sanders demonstrators — a count “of” a
 * few words ending in an agent noun: a description of the group, or null (a count of things: “Hundreds of letters”).
 */
function countOfGroup(ctx: ArticleContext, start: number, ceil: number): Mention | null {
  const tokens = ctx.tokens;
  let k = start + 2;
  if (GROUP_COUNTS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of') k += 2;
  for (let h = k; h < Math.min(ceil, k + 4); h++) {
    const w = tokens[h];
    if (w.kind !== 'word' || ctx.inQuote[h] >= 0 || STOP.has(w.lower) || cueAt(ctx, h)) return null;
    // (a word with a capital inside modifies the noun: “pro-Sanders demonstrators”)
    if (w.text === w.lower && isAgentHead(w.lower) && !w.lower.includes('-')) return { start, end: h + 1, type: 'description', head: { start: h, end: h + 1 } };
  }
  return null;
}

/** Object pronouns a part is taken of: “one of them”, “some of us”. */
const GROUP_PRONOUNS = new Set(['them', 'us']);
const LINKS = new Set(['of', 'for', 'at', 'from', 'with', 'to', 'in']);
const STOP = new Set(['who', 'which', 'that', 'and', 'but', 'or', 'when', 'as', 'if', 'because', 'while', 'where', 'said', 'to', 'by',
  'is', 'was', 'were', 'be', 'been', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'not', 'on', 'into', 'about', 'than', 'after', 'before', 'over',
  'did', 'does', 'do', 'should', 'must', 'shall', 'might']);

/** Heads that can speak: listed role nouns or agent-like nouns (“neurosurgeon”, “organizers”), not “this week”. */
export function isAgentHead(lower: string): boolean {
  return ROLE_NOUNS.has(lower) || (hasAgentSuffix(lower) && !NOT_AGENTS.has(lower.endsWith('s') ? lower.slice(0, -1) : lower)) || isAgeNoun(lower) || pluralRoleNoun(lower);
}

/** Role nouns of documents: “multiple reports reveal”, “studies show” are no group of people or bodies speaking. */
const DOCUMENT_ROLES: ReadonlySet<string> = new Set(['report', 'statement', 'poll', 'survey', 'study', 'paper', 'website']);

/** “unions”, “teams”, “ministries”: the plural of a role noun (the table lists singulars, and a few plurals of its own). */
function pluralRoleNoun(w: string): boolean {
  if (w.length < 4 || w.charCodeAt(w.length - 1) !== 115 /* s */) return false;
  const one = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  // (“man” and “woman” make “men” and “women”: “mans” is no plural)
  return ROLE_NOUNS.has(one) && !DOCUMENT_ROLES.has(one) && !one.endsWith('man');
}

/** “the 17-year-old”, “two 40-year-olds” — an age used as a noun names a person. */
function isAgeNoun(w: string): boolean {
  const n = w.length;
  if (n < 10) return false;
  const last = w.charCodeAt(n - 1);
  if (last === 100 /* d */) return w.charCodeAt(n - 4) === 45 /* - */ && w.endsWith('-year-old');
  return last === 115 /* s */ && w.charCodeAt(n - 5) === 45 && w.endsWith('-year-olds');
}

/** Frequent nouns with an agent-like ending that name no one and write nothing: “the offer”, “the border”, “the amendment”. */
const NOT_AGENTS = new Set(['offer', 'number', 'matter', 'order', 'power', 'water', 'border', 'center', 'centre', 'chapter', 'quarter', 'summer',
  'winter', 'river', 'answer', 'error', 'labor', 'floor', 'door', 'color', 'colour', 'honor', 'favor', 'factor', 'sector', 'mirror', 'terror',
  'rumor', 'humor', 'corner', 'filter', 'cover', 'weather', 'meter', 'theater', 'theatre', 'banner', 'shelter', 'content', 'moment', 'element',
  'amendment', 'comment', 'agreement', 'movement', 'event', 'percent', 'payment', 'argument', 'treatment', 'development',
  'management', 'environment', 'investment', 'plant', 'grant', 'talent', 'extent', 'intent', 'incident', 'accident', 'account', 'amount', 'point',
  // comparatives and function words in -er
  'better', 'greater', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'longer', 'stronger', 'louder', 'older', 'younger', 'harder', 'faster',
  'slower', 'wider', 'deeper', 'closer', 'cheaper', 'tougher', 'sooner', 'later', 'former', 'latter', 'rather', 'ever', 'never',
  'however', 'whether', 'either', 'neither', 'together', 'under', 'over', 'after', 'further', 'per', 'for', 'or', 'nor', 'minor', 'major']);

/** -er -or -ee -ist -ian -ant -ent -man -men -eon, with or without a plural -s, read by character code. */
function hasAgentSuffix(w: string): boolean {
  let n = w.length;
  if (n > 1 && w.charCodeAt(n - 1) === 115 /* s */) n--;
  if (n < 2) return false;
  const a = w.charCodeAt(n - 1);
  const b = w.charCodeAt(n - 2);
  if (a === 114 /* r */) return b === 101 /* e */ || b === 111 /* o */;
  if (a === 101 /* e */ && b === 101 && n > 4) return true; // employee, appointee, attendee
  if (n < 3) return false;
  const c = w.charCodeAt(n - 3);
  if (a === 116 /* t */) return (b === 115 && c === 105) || (b === 110 && (c === 97 || c === 101)); // ist ant ent
  if (a === 110 /* n */) return (b === 97 && (c === 105 || (c === 109 && n === w.length))) || (b === 101 && c === 109 && n === w.length) || (b === 111 && c === 101); // ian man men eon
  return false;
}

/** Adjectives that follow the noun they describe and take a linked phrase: “people familiar with the talks”. */
const POSTMODIFIERS = new Set(['familiar', 'close', 'involved', 'briefed', 'knowledgeable', 'loyal', 'opposed', 'sympathetic', 'aligned']);

/** people familiar with the talks — where the phrase before the link at `link` ends: before a postmodifying adjective if one stands there. */
function linkedFrom(ctx: ArticleContext, link: number, floor: number): number {
  const p = ctx.tokens[link - 1];
  return link - 1 > floor && p && !p.cap && POSTMODIFIERS.has(p.lower) ? link - 1 : link;
}

/** A single capital letter: one letter of an abbreviation (“U.N.”). */
function isInitial(t: ArticleContext['tokens'][number] | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap && t.text.length === 1;
}

/** The stop at `i` belongs to an abbreviation of single letters: “U.N.”, “U.S.” (not the stop after “Sen”). */
export function abbreviationStop(ctx: ArticleContext, i: number): boolean {
  const tokens = ctx.tokens;
  return tokens[i]?.text === '.' && isInitial(tokens[i - 1]) && (isInitial(tokens[i + 1]) || (tokens[i - 2]?.text === '.' && isInitial(tokens[i - 3])));
}

function isPlainWord(ctx: ArticleContext, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && (t.kind === 'word' || t.kind === 'num') && ctx.inQuote[i] < 0 && ((!STOP.has(t.lower) && !PRONOUNS.has(t.lower)) || isAcronym(t.text));
}

/** Indefinite pronouns that head a description of someone unnamed: “someone in the audience”. */
const INDEFINITE_SOMEONE: ReadonlySet<string> = new Set(['someone', 'somebody']);

/** The speaker phrase ending just before token `end`: “… Ali Shamkhani| said”, “the Russian envoy| said”. */
export function phraseEndingAt(ctx: ArticleContext, end: number, floor: number, depth = 0): Mention | null {
  const tokens = ctx.tokens;
  const last = end - 1;
  if (last < floor || ctx.inQuote[last] >= 0) return null;
  const t = tokens[last];
  if (PRONOUNS.has(t.lower) && t.kind === 'word') return { start: last, end, type: 'pronoun' };
  let s = nameRunBackward(tokens, end, floor);
  // Another Liberal Democrat said — “Another” opens no name: the words after it describe someone unnamed
  if (s < last && tokens[s].lower === 'another') return { start: s, end, type: 'description', head: { start: last, end } };
  if (s < end) {
    // the Food and Drink Federation said — one name across “and”
    if (s - 2 >= floor && (tokens[s - 1].lower === 'and' || tokens[s - 1].text === '&') && ctx.inQuote[s - 2] < 0) {
      const a = nameRunBackward(tokens, s - 1, floor);
      if (a < s - 1 && joinsOrganisationName(tokens, a, s - 1, end)) s = a;
    }
    // the National Institute for Health and Care Excellence said — a body's name of several links, back to the run that
    // holds its kind (“Institute”)
    if (tokens[s - 1]?.lower === 'and' && !namesOrganisation(tokens, s, end)) {
      const whole = bodyNameBefore(ctx, s, floor);
      if (whole >= 0) s = whole;
    }
    // the Commission on Elections said / the Council on Foreign Relations / the Office for National Statistics — a body's
    // name goes on past its link: the phrase is the whole name, not its last words
    const bodyLink = tokens[s - 1]?.lower === 'the' ? s - 2 : s - 1;
    if (bodyLink - 1 >= floor && BODY_LINKS.has(tokens[bodyLink].lower) && isNameWord(tokens[bodyLink - 1]) && ctx.inQuote[bodyLink - 1] < 0) {
      const body = nameRunBackward(tokens, bodyLink, floor);
      if (body < bodyLink && namesOrganisation(tokens, body, bodyLink)) s = body;
    }
    // Joel Pollak of Breitbart News / Ana Lund of the Star — the person is the run before “of”
    let of = tokens[s - 1]?.lower === 'the' && s - 2 >= floor ? s - 2 : s - 1;
    if (depth === 0 && tokens[of]?.lower === 'of' && isNameWord(tokens[of - 1])) {
      let inner = nameRunBackward(tokens, of, floor);
      // Hanna Lindgren of the University of Port Averly — “University of Port Averly” is one name: the person is before it
      const further = tokens[inner - 1]?.lower === 'the' && inner - 2 >= floor ? inner - 2 : inner - 1;
      if (inner < of && namesOrganisation(tokens, inner, of) && tokens[further]?.lower === 'of' && isNameWord(tokens[further - 1])) {
        const person = nameRunBackward(tokens, further, floor);
        if (person < further && !namesOrganisation(tokens, person, further)) { of = further; inner = person; }
      }
      // Speaker of the House Rep. Paul Ryan — a run of titles before “of” is an office: the person is after it
      if (inner < of) return { start: inner, end, type: 'name', head: onlyTitles(tokens, inner, of) ? { start: s, end } : { start: inner, end: of } };
    }
    // a nurse named Ines Ruiz — the name the description is given is the speaker's
    if (depth === 0 && tokens[s - 1]?.lower === 'named' && s - 2 >= floor) {
      const described = phraseEndingAt(ctx, s - 1, floor, 1);
      if (described && described.type === 'description') return { start: described.start, end, type: 'name', head: { start: s, end } };
    }
    // a spokesman for Ola Berg / an aide to Berg / the mayor of Tarnby — the agent before the link speaks, not the name
    const link = tokens[s - 1]?.lower ?? '';
    // a hospital manager in Leeds / a teacher from Kent — a place after the agent says where they are (“a spokesman at
    // Varden Ferries” still speaks for the company; “a salesman from Sumter, South Carolina,” is an apposition read elsewhere)
    const where = (link === 'in' || link === 'from') && end - s <= 3 && !(tokens[end]?.text === ',' && isNameWord(tokens[end + 1]));
    // (“a spokesman for the National Institute for Health and Care Excellence”: “for” before the body's article too)
    const forThe = link === 'the' && tokens[s - 2]?.lower === 'for' && s - 3 >= floor;
    if (depth === 0 && s - 2 >= floor && (link === 'for' || link === 'to' || (link === 'of' && end - s <= 2) || where || forThe)) {
      const agent = phraseEndingAt(ctx, forThe ? s - 2 : s - 1, floor, 1);
      if (agent && agent.type === 'description') return { start: agent.start, end, type: 'description', head: agent.head ?? { start: agent.start, end: agent.end } };
    }
    // a senior official at the Health Ministry — someone working at a body speaks as themselves, not as the body (its
    // spokesman speaks for it: “a spokesman at Varden Ferries”)
    // (and so does one “of” it: “the former chief accountant of the Harlow Port Authority told a jury”)
    // (“at” with no article too: “A senior manager at Seaboard, who asked not to be named, said”)
    const bare = link === 'at' && s - 2 >= floor;
    const before = link === 'the' ? tokens[s - 2]?.lower ?? '' : '';
    if (depth === 0 && (bare || ((before === 'at' || before === 'of') && s - 3 >= floor))) {
      const agent = phraseEndingAt(ctx, bare ? s - 1 : s - 2, floor, 1);
      const head = agent?.type === 'description' ? tokens[(agent.head ?? agent).end - 1].lower : '';
      if (agent && head && !head.startsWith('spokes') && !ORGANISATION_NOUNS.has(head)) return { start: agent.start, end, type: 'description', head: agent.head ?? { start: agent.start, end: agent.end } };
    }
    // Residents interviewed by the Herald said … — the name is the agent of a participle describing the speakers
    const by = link === 'the' ? s - 2 : s - 1;
    if (depth === 0 && tokens[by]?.lower === 'by' && by - 2 >= floor && /^[a-z]+ed$/.test(tokens[by - 1].text)) {
      const described = phraseEndingAt(ctx, by - 1, floor, 1);
      if (described && described.type !== 'pronoun') return { start: described.start, end, type: described.type, head: described.head ?? { start: described.start, end: described.end } };
    }
    return { start: s, end, type: 'name' };
  }
  // Some said: “…” / Most told reporters … — a capitalised quantifier opening its sentence
  if (t.cap && QUANTIFIER_SUBJECTS.has(t.lower) && ctx.bounds.sentenceStart[last] === 1 && ctx.inQuote[last] < 0) return { start: last, end, type: 'description', head: { start: last, end } };
  // (“Someone close to the family said”: the indefinite pronoun opening a sentence is capitalised)
  if (!isPlainWord(ctx, last) || (t.cap && !ROLE_ABBREVIATIONS.has(t.text) && !INDEFINITE_SOMEONE.has(t.lower))) return null;
  // the Iranian official / officials / a spokesman for the ministry
  s = last;
  let det = -1;
  for (let k = 0; k < MAX_DESCRIPTION && s >= floor; k++, s--) {
    const w = tokens[s];
    if (DETERMINERS.has(w.lower)) { det = s; break; }
    // (“A Brandt & Kessel spokesman”: an ampersand between capitalised words joins a firm's name)
    const joined = w.text === '&' && !!tokens[s - 1]?.cap && !!tokens[s + 1]?.cap;
    if (!isPlainWord(ctx, s) && !(w.text === '-' || joined || w.lower.endsWith('’s') || w.lower.endsWith("'s") || abbreviationStop(ctx, s))) break;
    if (s < last && (cueAt(ctx, s) || LINKS.has(w.lower))) break;
  }
  const head = t.lower;
  // “…,” one of them said — a part of a group named before: an anonymous source
  if (GROUP_PRONOUNS.has(head) && last - 2 >= floor && tokens[last - 1].lower === 'of' && PARTITIVES.has(tokens[last - 2].lower)) {
    return { start: last - 2, end, type: 'description', head: { start: last - 2, end: last - 1 } };
  }
  // …; most said they were “very worried” / Others said … — a quantifier alone opening its clause
  if (QUANTIFIER_SUBJECTS.has(head) && (last === floor || BARE_OPENERS.has(tokens[last - 1]?.lower ?? ''))) return { start: last, end, type: 'description', head: { start: last, end } };
  // … to which 21 percent said “…” — a share of respondents
  if (head === 'percent' && tokens[last - 1]?.kind === 'num' && last - 1 >= floor) return { start: last - 1, end, type: 'description', head: { start: last, end } };
  if (!isAgentHead(head)) {
    // a member of the family said / the head of the department said — a linked phrase of any head after an agent
    if (depth > 0 || det - 2 < floor || !LINKS.has(tokens[det - 1].lower)) return null;
    const outer = phraseEndingAt(ctx, linkedFrom(ctx, det - 1, floor), floor, 1);
    return outer && outer.type === 'description' ? { start: outer.start, end, type: 'description', head: outer.head ?? { start: outer.start, end: outer.end } } : null;
  }
  // “…,” 12 islanders said / about 40 fishermen said — a count before a plural agent noun
  if (det < 0 && last - 1 >= floor && tokens[last - 1].kind === 'num' && !isYear(tokens[last - 1].text)) {
    const from = last - 2 >= floor && APPROXIMATE.has(tokens[last - 2].lower) ? last - 2 : last - 1;
    return { start: from, end, type: 'description', head: { start: last, end } };
  }
  if (det < 0) {
    // prosecutors say … / , federal investigators said … — a bare plural agent noun opening its clause
    const opens = last === floor || BARE_OPENERS.has(tokens[last - 1]?.lower ?? '') || (last - 1 >= floor && !tokens[last - 1].cap && BARE_OPENERS.has(tokens[last - 2]?.lower ?? '') && isPlainWord(ctx, last - 1));
    // State’s reviewers said / Trump’s aides said / Berg’s campaign manager said — a possessive owner before the agent noun
    // and at most two lower-case words
    for (let k = last - 1; k >= floor && k >= last - 4; k--) {
      const owner = tokens[k];
      if (owner.cap && owner.lower.length > 2 && (owner.lower.endsWith('’s') || owner.lower.endsWith("'s"))) {
        const from = Math.min(k, nameRunBackward(tokens, k + 1, floor));
        // Detective Sergeant Paul Whitlock of North Yorkshire Police's major collision investigation team said — the
        // person before “of” speaks, the body's team is where they work
        if (depth === 0 && tokens[from - 1]?.lower === 'of' && from - 2 >= floor && isNameWord(tokens[from - 2])) {
          const person = nameRunBackward(tokens, from - 1, floor);
          if (person < from - 1 && !namesOrganisation(tokens, person, from - 1)) return { start: person, end, type: 'name', head: { start: person, end: from - 1 } };
        }
        if (k < last - 3) break;
        return { start: from, end, type: 'description', head: { start: last, end } };
      }
      if (owner.cap || !isPlainWord(ctx, k)) break;
    }
    // Rescue teams said … — a plural role noun opening its clause, or after the capitalised word opening the sentence
    const group = pluralRoleNoun(head) && (opens || (last - 1 === floor && tokens[last - 1].cap && ctx.bounds.sentenceStart[last - 1] === 1));
    if (!ROLE_NOUNS.has(head) && !group && !(opens && head.endsWith('s') && hasAgentSuffix(head))) return null;
    if (group && !opens) return { start: last - 1, end, type: 'description', head: { start: last, end } };
    return { start: Math.max(s + 1, last), end, type: 'description', head: { start: last, end } };
  }
  if (depth === 0 && det - 2 >= floor && LINKS.has(tokens[det - 1].lower)) {
    const outer = phraseEndingAt(ctx, linkedFrom(ctx, det - 1, floor), floor, 1);
    if (outer && outer.type !== 'pronoun') return { start: outer.start, end, type: outer.type, head: outer.head ?? { start: outer.start, end: outer.end } };
    // one of the residents said / some of his aides said — the part is anonymous, the group its head
    if (!outer && tokens[det - 1].lower === 'of' && PARTITIVES.has(tokens[det - 2].lower) && isPlainWord(ctx, det - 2)) {
      return { start: det - 2, end, type: 'description', head: { start: last, end } };
    }
  }
  // noting that donors feel “…” — “that” before a plural opens a clause: it is no determiner
  if (tokens[det].lower === 'that' && head.endsWith('s') && !head.endsWith('ss')) return { start: det + 1, end, type: 'description', head: { start: last, end } };
  return { start: det, end, type: 'description', head: { start: last, end } };
}

/**
 * Start of a body's name ending just before token `from` (“and” at `from - 1`), read back over capitalised words and the
 * links “and”, “for” and “of”, when a word of its run before the first link names a kind of body (“National Institute
 * for Health and”); -1 otherwise.
 */
function bodyNameBefore(ctx: ArticleContext, from: number, floor: number): number {
  const tokens = ctx.tokens;
  let k = from - 1;
  let linked = false;
  for (let n = 0; n < 10 && k - 1 >= floor; n++) {
    const t = tokens[k - 1];
    if (ctx.inQuote[k - 1] >= 0) return -1;
    if (t.lower === 'and' || t.lower === 'for' || t.lower === 'of') { linked = true; k--; continue; }
    if (!t.cap || t.kind !== 'word') break;
    if (linked && ORGANISATION_WORDS.has(t.lower)) {
      let start = k - 1;
      while (start - 1 >= floor && tokens[start - 1].cap && tokens[start - 1].kind === 'word' && ctx.inQuote[start - 1] < 0) start--;
      return start;
    }
    k--;
  }
  return -1;
}

/** Links inside a body's name other than “of” (read on its own above): the Commission on Elections, the Office for National Statistics. */
const BODY_LINKS = new Set(['on', 'for', 'against']);

/** Words that make a count approximate: “about 200 protesters”. */
const APPROXIMATE = new Set(['about', 'nearly', 'roughly', 'almost', 'around', 'approximately', 'over', 'only', 'just']);

/** A number that reads as a year (“In 2016 voters …”), not a count. */
function isYear(text: string): boolean {
  return text.length === 4 && (text.startsWith('19') || text.startsWith('20'));
}

/** 12 islanders said / about 200 protesters gathered — a count (after a word making it approximate) then up to three words ending in an agent noun. */
function countedPhrase(ctx: ArticleContext, start: number, ceil: number): Mention | null {
  const tokens = ctx.tokens;
  const k = tokens[start].kind === 'num' ? start : start + 1;
  if (ctx.inQuote[k] >= 0 || isYear(tokens[k].text)) return null;
  let agent = -1;
  for (let e = k + 1; e < Math.min(ceil, k + 4); e++) {
    const w = tokens[e];
    if (w.kind !== 'word' || !isPlainWord(ctx, e) || cueAt(ctx, e) || LINKS.has(w.lower) || DETERMINERS.has(w.lower)) break;
    if (isAgentHead(w.lower)) agent = e;
  }
  return agent < 0 ? null : { start, end: agent + 1, type: 'description', head: { start: agent, end: agent + 1 } };
}

/** Numbers written as words that open a share: “Four in 10”, “two-thirds”. */
const SHARE_COUNTS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'half', 'two-thirds', 'three-quarters', 'a']);
/** What the count is out of: “in 10”, “out of five”, “percent”. */
const SHARE_WORDS = new Set(['percent', '%', 'per']);

/**
 * The share of a group a poll or a count reports as saying something: “Four in 10 said they were “angry””, “About 40
 * percent of voters said …”, “Nearly half of those surveyed said …”, “two-thirds of Republicans”. The whole phrase
 * is the description (its head the group when one is named, else the share).
 */
function shareOfGroup(ctx: ArticleContext, start: number, ceil: number): Mention | null {
  const tokens = ctx.tokens;
  let k = APPROXIMATE.has(tokens[start].lower) || tokens[start].lower === 'more' ? start + 1 : start;
  if (tokens[start].lower === 'more' && tokens[k]?.lower === 'than') k++;
  const count = tokens[k];
  if (!count || k >= ceil || ctx.inQuote[k] >= 0) return null;
  const word = count.kind === 'word' && SHARE_COUNTS.has(count.lower);
  if (!word && (count.kind !== 'num' || isYear(count.text))) return null;
  let e = k + 1;
  // “four in 10”, “one out of five”
  if (tokens[e]?.lower === 'in' && tokens[e + 1]?.kind === 'num') e += 2;
  else if (tokens[e]?.lower === 'out' && tokens[e + 1]?.lower === 'of' && (tokens[e + 2]?.kind === 'num' || SHARE_COUNTS.has(tokens[e + 2]?.lower ?? ''))) e += 3;
  else if (SHARE_WORDS.has(tokens[e]?.lower ?? '')) e += tokens[e].lower === 'per' && tokens[e + 1]?.lower === 'cent' ? 2 : 1;
  else if (!(word && (count.lower === 'half' || count.lower.includes('-')) && count.lower !== 'a')) return null;
  if (e > ceil) return null;
  // “… of voters”, “of those surveyed”, “of Republicans”
  if (tokens[e]?.lower === 'of' && e + 1 < ceil) {
    const group = phraseStartingAt(ctx, e + 1, ceil, true);
    if (group) return { start, end: group.end, type: 'description', head: group.head ?? { start: e + 1, end: group.end } };
    if (tokens[e + 1].lower === 'those' && tokens[e + 2]?.kind === 'word' && e + 2 < ceil) return { start, end: e + 3, type: 'description', head: { start: e + 1, end: e + 3 } };
  }
  return { start, end: e, type: 'description', head: { start: k, end: e } };
}

/**
 * secretary of state Hillary Clinton / chief of staff Joe Kasper — “of” at token `x` inside a role that began at `from`,
 * between lower-case words. (A function of its own, not a closure: a closure is allocated on each call of its
 * caller, which is tried at most tokens before a quote.)
 */
function roleOf(ctx: ArticleContext, x: number, from: number): boolean {
  const tokens = ctx.tokens;
  return tokens[x].lower === 'of' && x > from && !tokens[x + 1]?.cap && isPlainWord(ctx, x + 1);
}

/** Up to three lower-case role words then a name run: “press secretary |Josh Earnest|”. */
function bridgeToName(ctx: ArticleContext, from: number, ceil: number, depth = 0): { start: number; end: number } | null {
  const tokens = ctx.tokens;
  let k = from;
  // after a name, the words between are a role, never a verb or an article: not “Perez hammered Trump”, “Kerpen needled the CNN”
  const afterName = isNameWord(tokens[from - 1]);
  // (a role in capitals counts as a role word: “Liberal Democrat MP Sian Rhydderch”, “Dutch MEP Joost van der Berg”)
  for (let n = 0; n < 4 && k < ceil && isPlainWord(ctx, k) && (!tokens[k].cap || ROLE_ABBREVIATIONS.has(tokens[k].text)) && !cueAt(ctx, k) && !CONJUNCTIONS.has(tokens[k].lower) && (!LINKS.has(tokens[k].lower) || roleOf(ctx, k, from)); n++) {
    if (afterName && (tokens[k].lower.endsWith('ed') || DETERMINERS.has(tokens[k].lower))) return null;
    k++;
  }
  // (union president Dr. Amira Haddad / minister Mr. Tomas Reiner — an honorific opens the name)
  if (k === from || !(isNameWord(tokens[k]) || honorificBeforeName(tokens, k))) return null;
  // “Roloson supports Democrat Hillary Clinton” — after a name, a word in -s that is no role noun is a verb (not “party boss”, “aides”)
  const lastRole = tokens[k - 1].lower;
  if (afterName && lastRole.endsWith('s') && !lastRole.endsWith('ss') && !isAgentHead(lastRole) && !TITLES.has(lastRole.slice(0, -1))) return null;
  const e = nameRunForward(tokens, k, ceil);
  if (e <= k) return null;
  if (depth === 0) {
    const person = titleAndName(ctx, e, ceil);
    if (person) return person;
  }
  // former Obama adviser David Axelrod — the first run only qualifies the role; the person is the second
  if (depth === 0 && !tokens[e]?.cap && e < ceil) {
    const person = bridgeToName(ctx, e, ceil, 1);
    if (person && person.end - person.start >= 2) return person;
  }
  return { start: k, end: e };
}

/** Token `k` is an honorific (Mr, Mrs, Ms, Dr), with or without its stop, before a name word. */
function honorificBeforeName(tokens: ArticleContext['tokens'], k: number): boolean {
  if (!tokens[k]?.cap || !TITLES.get(tokens[k].lower)?.honorific) return false;
  return isNameWord(tokens[tokens[k + 1]?.text === '.' ? k + 2 : k + 1]);
}

/** Tokens [start, end) are title words and their periods only: “Speaker”, “Sen.”, “Vice President”. */
function onlyTitles(tokens: ArticleContext['tokens'], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (tokens[k].text !== '.' && !TITLES.has(tokens[k].lower)) return false;
  return true;
}

/**
 * former Pennsylvania Gov. and party Chairman Ed Rendell — a run ending in a title names an office,
 * not a person: when “and” joins it to a run ending in a name, that second run is the person.
 */
function titleAndName(ctx: ArticleContext, e: number, ceil: number): { start: number; end: number } | null {
  const tokens = ctx.tokens;
  if (tokens[e]?.lower !== 'and' || e + 1 >= ceil) return null;
  const last = tokens[e - 1]?.text === '.' ? tokens[e - 2] : tokens[e - 1];
  if (!last || !TITLES.has(last.lower)) return null;
  const end = nameRunForward(tokens, e + 1, ceil);
  const tail = tokens[end - 1];
  if (end - (e + 1) < 2 || TITLES.has(tail.lower) || tail.text === '.') return null;
  return { start: e + 1, end };
}

/** A lower-case -ed word, or one in -s that names no role or agent: “released”, “focuses”, “says” (not “officials”, “aides”, “boss”). */
function looksLikeVerb(w: string): boolean {
  if (w.endsWith('ed') && !w.includes('-')) return true;
  return w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('’s') && !w.endsWith("'s") && !isAgentHead(w) && !ROLE_NOUNS.has(w) && !ROLE_NOUNS.has(w.slice(0, -1));
}

const DEMONSTRATIVES = new Set(['that', 'this']);
/** Words after which an -ed word is a participle describing the noun before it: “released by …”, “filed last week”. */
const PARTICIPLE_LINKS = new Set(['by', 'last', 'this', 'earlier', 'late']);
/** Adverbs that stand between a subject and its verb, never inside a description: “the ad then cuts to …”. */
const CLAUSE_ADVERBS = new Set(['also', 'then', 'still', 'now', 'later', 'again', 'already', 'never', 'often', 'just', 'even', 'soon', 'once', 'ever', 'first']);

/**
 * The word at `e`, after a noun, reads as the verb of the clause: a lower-case -ed word, an -ly adverb before
 * another plain word, or an -s word that is no noun of a role right after a singular noun and before a
 * word that cannot go on a description (“goes on”, “likes “…””). An -ed word
 * followed by a capitalised word, “by” or a time word is a participle (“the order released Friday”). Not after a possessive or an adverb (“the
 * newly elected mayor”), nor an -s word after a plural (“the poll numbers”).
 */
function verbAfterNoun(ctx: ArticleContext, e: number): boolean {
  const tokens = ctx.tokens;
  const t = tokens[e];
  if (t.cap) return false;
  const w = t.lower;
  const p = tokens[e - 1].lower;
  if (p.endsWith('’s') || p.endsWith("'s") || p.endsWith('ly') || p.endsWith('s')) return false;
  // a participle linked on (“the order released Friday said”, “a source involved in …”) still describes the noun
  if (w.length > 4 && w.endsWith('ed') && !w.includes('-')) return !tokens[e + 1]?.cap && !PARTICIPLE_LINKS.has(tokens[e + 1]?.lower ?? '');
  if (w.length > 4 && w.endsWith('ly')) return isPlainWord(ctx, e + 1) && !tokens[e + 1].cap && !DETERMINERS.has(tokens[e + 1].lower);
  if (!looksLikeVerb(w)) return false;
  return !isPlainWord(ctx, e + 1) || DETERMINERS.has(tokens[e + 1].lower);
}

/** After a possessive name ending at `e`: the end of “campaign manager” when those words end in an agent noun, else `e`. */
function possessedAgent(ctx: ArticleContext, e: number, ceil: number): number {
  const tokens = ctx.tokens;
  const owner = tokens[e - 1].lower;
  if (!(owner.endsWith('’s') || owner.endsWith("'s") || owner.endsWith('s’') || owner.endsWith("s'"))) return e;
  let end = e;
  for (let k = e; k < Math.min(ceil, e + 3) && isPlainWord(ctx, k) && !tokens[k].cap && !cueAt(ctx, k); k++) if (isAgentHead(tokens[k].lower)) end = k + 1;
  return end;
}

/**
 * After the name run of an organisation ending at `e`: the end of the linked parts of its name (“of Polish Banks”,
 * “for the Coordination of Humanitarian Affairs”), or `e` when none follows.
 */
function organisationEnd(tokens: ArticleContext['tokens'], e: number, ceil: number): number {
  for (let n = 0; n < 3 && e < ceil; n++) {
    const link = tokens[e]?.lower;
    if (link !== 'of' && link !== 'for' && (link !== 'on' || !ON_BODIES.has(tokens[e - 1].lower))) break;
    const k = tokens[e + 1]?.lower === 'the' ? e + 2 : e + 1;
    if (k >= ceil || !isNameWord(tokens[k])) break;
    e = nameRunForward(tokens, k, ceil);
  }
  return e;
}

/** The speaker phrase starting at token `start`: “said |a senior official|”, “|Shamkhani| added”. */
/** Adjectives of a region written with a capital, as a people's are: “Western diplomats”, “Arab states”. */
const REGION_ADJECTIVES: ReadonlySet<string> = new Set(['western', 'eastern', 'northern', 'southern', 'european', 'arab', 'african', 'asian', 'latin', 'nordic', 'baltic', 'gulf', 'balkan', 'scandinavian']);

export function phraseStartingAt(ctx: ArticleContext, start: number, ceil: number, loose = false): Mention | null {
  const tokens = ctx.tokens;
  const t = tokens[start];
  if (!t || start >= ceil || ctx.inQuote[start] >= 0) return null;
  if (PRONOUNS.has(t.lower) && t.kind === 'word') return { start, end: start + 1, type: 'pronoun' };
  const share = shareOfGroup(ctx, start, ceil);
  if (share) return share;
  if (t.kind === 'num' || (APPROXIMATE.has(t.lower) && tokens[start + 1]?.kind === 'num')) return countedPhrase(ctx, start, ceil);
  // Thousands of French farmers blocked … — a count of a group, capitalised as it opens the sentence, names no one: the
  // phrase is a description of the group (not a name “Thousands of French” cut before its noun)
  if (GROUP_COUNTS.has(t.lower) && tokens[start + 1]?.lower === 'of') return countOfGroup(ctx, start, ceil);
  let e = nameRunForward(tokens, start, ceil);
  // the Food and Drink Federation — one name across “and”
  if (e > start && e + 1 < ceil && isNameWord(tokens[e + 1])) {
    const b = nameRunForward(tokens, e + 1, ceil);
    if (joinsOrganisationName(tokens, start, e, b)) e = b;
  }
  // the Association of Polish Banks, the Office for the Coordination of Humanitarian Affairs — an organisation's name goes on
  if (e > start && namesOrganisation(tokens, start, e)) {
    const whole = organisationEnd(tokens, e, ceil);
    if (whole > e) return { start, end: whole, type: 'name', head: { start, end: whole } };
  }
  // White House press secretary Josh Earnest / former Obama adviser David Axelrod — role words before the name
  const bridged = bridgeToName(ctx, e > start ? e : start, ceil);
  if (bridged && (e > start || !DETERMINERS.has(t.lower))) return { start, end: bridged.end, type: 'name', head: bridged };
  // Another Liberal Democrat said — “Another” opens no name: the words after it describe someone unnamed
  if (e > start + 1 && t.lower === 'another') return { start, end: e, type: 'description', head: { start: e - 1, end: e } };
  // Western embassies in Nairobi / Iranian officials — an adjective of a people or a region before lower-case words
  // ending in a plural agent or body noun: a group described, not a name
  if (e === start + 1 && (NATIONALITIES.has(t.lower) || REGION_ADJECTIVES.has(t.lower))) {
    for (let h = e; h < Math.min(ceil, e + 3); h++) {
      const w = tokens[h];
      if (w.kind !== 'word' || w.cap || ctx.inQuote[h] >= 0) break;
      if (w.lower.endsWith('s') && (isAgentHead(w.lower) || ORGANISATION_NOUNS.has(w.lower.slice(0, -1)) || (w.lower.endsWith('ies') && ORGANISATION_NOUNS.has(`${w.lower.slice(0, -3)}y`)))) {
        return { start, end: h + 1, type: 'description', head: { start: h, end: h + 1 } };
      }
    }
  }
  if (e > start) {
    // Berg’s campaign manager — a possessive name then lower-case words ending in an agent noun
    const own = possessedAgent(ctx, e, ceil);
    if (own > e) return { start, end: own, type: 'description', head: { start: own - 1, end: own } };
    if (tokens[e]?.lower === 'of' && isNameWord(tokens[e + 1])) {
      const orgEnd = nameRunForward(tokens, e + 1, ceil);
      return { start, end: orgEnd, type: 'name', head: { start, end: e } };
    }
    const person = titleAndName(ctx, e, ceil);
    if (person) return { start, end: person.end, type: 'name', head: person };
    return { start, end: e, type: 'name' };
  }
  if (!DETERMINERS.has(t.lower) && !(isPlainWord(ctx, start) && ROLE_NOUNS.has(t.lower))) return null;
  // posted the exiled journalist Sofia Kravets — “the”, role words ending in an agent noun, then a full name: the person
  if (t.lower === 'the' && start + 1 < ceil && !tokens[start + 1].cap) {
    const named = bridgeToName(ctx, start + 1, ceil);
    if (named && named.end - named.start >= 2 && isAgentHead(tokens[named.start - 1].lower)) return { start, end: named.end, type: 'name', head: named };
  }
  // the Food and Drink Federation — a name across “and” after “the”
  if (t.lower === 'the' && start + 1 < ceil && isNameWord(tokens[start + 1])) {
    const a = nameRunForward(tokens, start + 1, ceil);
    if (a > start + 1 && a + 1 < ceil && isNameWord(tokens[a + 1])) {
      const b = nameRunForward(tokens, a + 1, ceil);
      if (joinsOrganisationName(tokens, start + 1, a, b)) return { start, end: b, type: 'description', head: { start: b - 1, end: b } };
    }
    // the Council on Foreign Relations, the Office for National Statistics — a body's name goes on past its link
    if (a > start + 1 && namesOrganisation(tokens, start + 1, a)) {
      const whole = organisationEnd(tokens, a, ceil);
      if (whole > a) return { start: start + 1, end: whole, type: 'name', head: { start: start + 1, end: whole } };
    }
  }
  e = start + 1;
  let head = DETERMINERS.has(t.lower) ? -1 : start;
  let agent = head >= 0 && isAgentHead(t.lower) ? head : -1;
  for (let k = 0; k < MAX_DESCRIPTION && e < ceil; k++, e++) {
    // “the two write” — a number right after the determiner is a word of the description
    const counted = e === start + 1 && head < 0 && COUNTS.has(tokens[e].lower);
    // the U.N. envoy — the stops of an abbreviation stay inside the description
    if (abbreviationStop(ctx, e)) continue;
    // a Brandt & Kessel spokeswoman — an ampersand between capitalised words joins a firm's name
    if (tokens[e].text === '&' && tokens[e - 1].cap && tokens[e + 1]?.cap && e + 1 < ceil) continue;
    // a nurse named Ines Ruiz — the name the description is given is the speaker's
    if (tokens[e].lower === 'named' && head >= 0 && isNameWord(tokens[e + 1])) {
      const nameEnd = nameRunForward(tokens, e + 1, ceil);
      return { start, end: nameEnd, type: 'name', head: { start: e + 1, end: nameEnd } };
    }
    if (!isPlainWord(ctx, e) || cueAt(ctx, e) || (DETERMINERS.has(tokens[e].lower) && !counted)) break;
    // “…,” the coach reportedly said / the minister angrily said — an adverb before the cue is no part of the speaker
    if (head >= 0 && /^[a-z]{3,}ly$/.test(tokens[e].text) && e + 1 < ceil && cueAt(ctx, e + 1)) break;
    // the Daily News focuses on … — after a capitalised word, a lower-case -ed word or an -s word that is no noun of a role is a verb
    if (tokens[e - 1].cap && !DETERMINERS.has(tokens[e - 1].lower) && !tokens[e].cap && looksLikeVerb(tokens[e].lower)) break;
    // That makes … / This means … — a demonstrative before a verb stands alone: no description
    if (e === start + 1 && DEMONSTRATIVES.has(t.lower) && !tokens[e].cap && looksLikeVerb(tokens[e].lower)) return null;
    // the piece goes on … / the performance prompted … / the paper recently ran … — after the noun, its verb
    if (loose && head >= 0 && (CLAUSE_ADVERBS.has(tokens[e].lower) || verbAfterNoun(ctx, e))) break;
    if (LINKS.has(tokens[e].lower)) {
      // said one of the residents / said one of them — a part of a group
      if (e === start + 1 && head < 0 && tokens[e].lower === 'of' && PARTITIVES.has(t.lower) && !loose) {
        if (GROUP_PRONOUNS.has(tokens[e + 1]?.lower ?? '') && e + 1 < ceil && ctx.inQuote[e + 1] < 0) return { start, end: e + 2, type: 'description', head: { start, end: start + 1 } };
        const group = phraseStartingAt(ctx, e + 1, ceil, true);
        if (group && group.type === 'description' && group.head && isAgentHead(tokens[group.head.start].lower)) return { start, end: group.end, type: 'description', head: group.head };
      }
      // a spokesman for the ministry / a senior official involved in the talks — include one linked phrase
      const inner = phraseStartingAt(ctx, e + 1, ceil, true);
      if (agent >= 0 && inner && inner.type !== 'pronoun') return { start, end: inner.end, type: 'description', head: { start: agent, end: agent + 1 } };
      break;
    }
    head = e;
    if (isAgentHead(tokens[e].lower)) agent = e;
  }
  if (head < 0 || (!loose && agent < 0)) return null;
  if (agent >= 0 && agent !== head) return { start, end: head + 1, type: 'description', head: { start: agent, end: agent + 1 } };
  return { start, end: head + 1, type: 'description', head: { start: head, end: head + 1 } };
}
