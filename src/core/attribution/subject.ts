/**
 * Finds who performs a cue: the phrase before it (“Shamkhani also said”), across an
 * apposition (“Bree Maxwell, a volunteer, said”), or the subject of the clause for
 * participles (“He voiced concern …, adding …”).
 */
import type { ArticleContext, Mention } from '../context';
import { CUE_MODIFIERS, DETERMINERS, INDEFINITE, TIME_WORDS } from '../data/function-words';
import { cueAt, isParticiple, type CueMatch } from './cues';
import { isAgentHead, phraseEndingAt, phraseStartingAt } from './noun-phrase';
import { isCommonWordAt } from './common-words';
import { isNameWord, nameRunBackward, nameRunForward, ROLE_ABBREVIATIONS } from './name-run';
import { TITLES } from '../data/titles';
import { MULTI_WORD_PLACES, NATIONALITIES, STATE_FORMS } from '../data/places';

const INTRO_WORDS = new Set(['but', 'and', 'so', 'yet', 'meanwhile', 'however', 'still', 'also', 'then', 'later', 'now', 'instead', 'earlier', 'separately', 'again',
  'moreover', 'furthermore', 'indeed', 'likewise', 'similarly', 'additionally', 'nonetheless', 'nevertheless', 'thus', 'therefore', 'besides', 'plus', 'even']);
/** Prepositions that open a sentence with a phrase of circumstance: “Amid protests, …”, “Outside the campaign, …”. */
const OPENING_PREPOSITIONS = new Set(['amid', 'among', 'amongst', 'under', 'outside', 'inside', 'across', 'following', 'throughout', 'without', 'within',
  'unlike', 'beyond', 'behind', 'upon', 'toward', 'towards', 'against', 'along', 'alongside', 'around', 'over', 'through', 'regarding', 'concerning', 'from', 'to', 'for', 'with', 'by']);
const MAX_APPOSITION = 30;
/** Words after a capitalised participle that show it opens a phrase: “Reached by …”, “Preceded at the lectern by …”. */
const PARTICIPLE_LINKS = new Set(['by', 'at', 'in', 'on', 'with', 'from', 'after', 'before', 'during', 'for', 'to', 'into', 'outside', 'inside', 'as']);
/** Dashes that set a dateline or a label off from what follows. */
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);
/** Most tokens of a dateline before its dash: “PHILADELPHIA, July 25 (UPI) —”. */
const DATELINE = 12;

/**
 * The first token after a dateline opening at token `i` (“WASHINGTON —”, “PORTLAND, Ore., Dec. 8
 * (UPI) —”, “Washington (AFP) –”), or `i` when there is none.
 */
export function afterDateline(ctx: ArticleContext, i: number, ceil: number): number {
  const tokens = ctx.tokens;
  // “08:40 —”, “10:10 GMT:”, “9.15am -”: the time stamp of a live report's entry
  const stamp = timeStampEnd(ctx, i, ceil);
  if (stamp > i) return stamp;
  if (tokens[i]?.cap && tokens[i].text.length > 1 && tokens[i].text === tokens[i].text.toUpperCase()) {
    for (let k = i + 1; k < Math.min(ceil, i + DATELINE); k++) if (DASHES.has(tokens[k].text)) return k + 1;
  } else if (tokens[i]?.cap && tokens[i + 1]?.text === '(') {
    // Washington (AFP) – … — a place and the agency in brackets, then a dash
    for (let k = i + 2; k < Math.min(ceil, i + 6); k++) {
      if (tokens[k].text !== ')') continue;
      return DASHES.has(tokens[k + 1]?.text ?? '') ? k + 2 : i;
    }
  }
  return i;
}

/** A clock time opening a line, a time zone or am/pm after it, then a dash or a colon: “08:40 —”, “10:10 GMT:”, “9.15am -”. */
const TIME_STAMP = /(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?(?:am|pm|AM|PM|a\.m\.|p\.m\.))?(?:\s[A-Z]{2,4})?\s?(?:—|–|--?|:)\s/y;

/** The first token after a time stamp opening a line at token `i`, or `i` when there is none. */
function timeStampEnd(ctx: ArticleContext, i: number, ceil: number): number {
  const tokens = ctx.tokens;
  const t = tokens[i];
  if (!t || (t.kind !== 'num' && t.kind !== 'word') || !/^\d/.test(t.text) || (i > 0 && tokens[i - 1].kind !== 'break')) return i;
  TIME_STAMP.lastIndex = t.start;
  if (!TIME_STAMP.test(ctx.text)) return i;
  const end = TIME_STAMP.lastIndex;
  let k = i;
  while (k < ceil && k < i + 8 && tokens[k].start < end) k++;
  return k < ceil && tokens[k].start >= end ? k : i;
}

/** The first token of the dash ending at token `k`: two hyphens (“--”) are one dash. */
export function dashStart(ctx: ArticleContext, k: number): number {
  return ctx.tokens[k].text === '-' && ctx.tokens[k - 1]?.text === '-' ? k - 1 : k;
}

/** The dash ending at token `close` closes an aside: the first token of the dash opening it, or -1. */
function asideOpening(ctx: ArticleContext, close: number, floor: number): number {
  const tokens = ctx.tokens;
  for (let k = dashStart(ctx, close) - 1; k > floor && k >= close - MAX_APPOSITION; k--) {
    const t = tokens[k];
    if (t.kind === 'break' || t.kind === 'mark' || ctx.inQuote[k] >= 0 || t.text === '.' && ctx.bounds.sentenceStart[k + 1] === 1) return -1;
    if (DASHES.has(t.text)) return dashStart(ctx, k);
  }
  return -1;
}

/** Words after which “that” opening a phrase is a demonstrative (“but that official said”), not a relative pronoun. */
const DEMONSTRATIVE_LEADS = new Set(['and', 'but', 'or', 'yet', 'so', 'because', 'while', 'when', 'although', 'though', 'if', 'since', 'as', 'of']);

/** “a standoff that police said had lasted nine days”: after a word, “that” opens the clause; the phrase after it speaks. */
function relativeThat(ctx: ArticleContext, m: Mention | null): Mention | null {
  const tokens = ctx.tokens;
  if (!m || m.end - m.start < 2 || tokens[m.start].lower !== 'that' || m.type === 'pronoun') return m;
  const before = tokens[m.start - 1];
  if (!before || before.kind !== 'word' || DEMONSTRATIVE_LEADS.has(before.lower) || ctx.bounds.sentenceStart[m.start] === 1) return m;
  return { ...m, start: m.start + 1, head: m.head && m.head.start <= m.start ? { start: m.start + 1, end: m.head.end } : m.head };
}

/** The sentence subject: “But Trump, speaking Friday, said …” → Trump. */
export function clauseSubject(ctx: ArticleContext, floor: number, ceil: number, loose = false): Mention | null {
  let i = floor;
  const tokens = ctx.tokens;
  for (let k = 0; k < 3 && i < ceil && (INTRO_WORDS.has(tokens[i].lower) || tokens[i].text === ','); k++) i++;
  // WASHINGTON — Sen. Kirk on Monday … / PORTLAND, Ore., Dec. 8 (UPI) — … — a dateline is not the subject
  i = afterDateline(ctx, i, ceil);
  // Speaking later on the show, Sen. Kirk … / Hours later, Trump … — an opening phrase of ordinary words
  // Reached by POLITICO, Bennett … — a capitalised participle opening the sentence
  // Preceded at the lectern by Joe Arpaio, … Trump … — or followed by another preposition
  const participle = !!tokens[i]?.cap && tokens[i].lower.endsWith('ed') && PARTICIPLE_LINKS.has(tokens[i + 1]?.lower ?? '') && !isNameWord(tokens[i + 1]);
  const preposition = !!tokens[i]?.cap && OPENING_PREPOSITIONS.has(tokens[i].lower);
  const opener = (nameRunForward(tokens, i, ceil) === i + 1 && isCommonWordAt(ctx, i)) || timeOpener(ctx, i, ceil) || participle || preposition;
  const direct = opener ? null : phraseStartingAt(ctx, i, ceil, loose);
  if (direct) return direct;
  // In a statement Sunday, the ministry said … — skip a short introductory phrase
  let limit = i + 10;
  for (let j = i; j < Math.min(ceil, limit); j++) {
    if (tokens[j].text !== ',') continue;
    // On Thursday, after weeks of silence, Warren … — a second opening phrase after the first: skip it too
    const t = tokens[j + 1];
    if (t && !t.cap && SECOND_OPENERS.has(t.lower) && limit - i < 30) { limit = j + 12; continue; }
    // Speaking in Salem, New Hampshire, Trump … — a place after a place is part of the opening phrase
    // (Alongside the protesters' calls, even a top strategist said … — a word such as “even” before the subject)
    const subjectAt = j + 1 < ceil && INTRO_WORDS.has(tokens[j + 1].lower) && !tokens[j + 1].cap ? j + 2 : j + 1;
    const after = phraseStartingAt(ctx, subjectAt, ceil, loose);
    if (after && after.type === 'name' && isNameWord(tokens[j - 1]) && tokens[after.end]?.text === ',') {
      const next = phraseStartingAt(ctx, after.end + 1, ceil, loose);
      if (next) return next;
    }
    // Preceded by Joe Arpaio, the Arizona sheriff, Trump … — a description after the opener's closing name is its apposition
    if (opener && after && after.type === 'description' && isNameWord(tokens[j - 1])) {
      const close = appositionClose(ctx, after.end, ceil);
      const next = close > 0 ? phraseStartingAt(ctx, close + 1, ceil, loose) : null;
      if (next && next.type === 'name') return next;
    }
    return after ?? (opener ? phraseStartingAt(ctx, i, ceil, loose) : null);
  }
  return opener ? phraseStartingAt(ctx, i, ceil, loose) : null;
}

/** The comma closing an apposition that runs on from `from` (“… sheriff and anti-immigration hard-liner,”), or -1: a few plain words at most. */
function appositionClose(ctx: ArticleContext, from: number, ceil: number): number {
  const tokens = ctx.tokens;
  for (let k = from; k < Math.min(ceil, from + 8); k++) {
    const t = tokens[k];
    if (t.text === ',') return k;
    if ((t.kind !== 'word' && t.text !== '-') || ctx.inQuote[k] >= 0 || cueAt(ctx, k)) return -1;
  }
  return -1;
}

/** Lower-case words that open a further phrase of time or circumstance after an opening comma: “…, after months of silence, …”. */
const SECOND_OPENERS = new Set(['after', 'before', 'during', 'despite', 'amid', 'following', 'in', 'on', 'at', 'since', 'unlike', 'like', 'with', 'without']);

/** Words of an opening phrase of time or circumstance: “A month later,”, “Thirteen years earlier,”, “Given his past comments,”. */
const TIME_OPENER_WORDS = new Set(['later', 'earlier', 'ago', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'year', 'month', 'week',
  'day', 'hour', 'minute', 'given', 'somewhere', 'afterward', 'afterwards', 'meanwhile', 'once']);

/** The sentence opens with a short phrase of time or circumstance closed by a comma (at most six tokens). */
function timeOpener(ctx: ArticleContext, i: number, ceil: number): boolean {
  const tokens = ctx.tokens;
  let timed = false;
  for (let k = i; k < Math.min(ceil, i + 6); k++) {
    if (tokens[k].text === ',') return timed && k > i;
    if (tokens[k].kind === 'mark' || tokens[k].kind === 'break') return false;
    if (TIME_OPENER_WORDS.has(tokens[k].lower)) timed = true;
  }
  return false;
}

const RELATIVES = new Set(['who', 'which', 'that']);
/** Verbs of thinking: a relative clause built on them describes someone rather than reporting speech. */
const THOUGHT_STEMS = ['think', 'thought', 'believ', 'feel', 'felt', 'hope', 'hoping', 'fear', 'worr', 'expect', 'reckon', 'figur'];
/** Words that open an absolute clause whose subject performs the participle: “with Kirk calling it …”. */
const ABSOLUTE_OPENERS = new Set(['with', '—', '–', 'and']);
/** Most words between “with” and its participle (“with the campaign of the former senator from Ohio saying …”). */
const MAX_ABSOLUTE = 10;
/** Lower-case words inside an organisation’s name: “Federation of Teachers”. */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'the']);

/** Beck, who has called the bill “a disgrace” — the relative pronoun is the mention, its antecedent the speaker. */
function relativeMention(ctx: ArticleContext, rel: number, cueStart: number, floor: number): Mention | null {
  let k = rel;
  if (ctx.tokens[k - 1]?.text === ',') k--;
  // Aldane — who … — / Aldane -- who … -- : a dash (or two hyphens) sets the clause off as a comma does
  else if (DASHES.has(ctx.tokens[k - 1]?.text ?? '')) k = dashStart(ctx, k - 1);
  // Pavel Dunaj, 58, who … — an age between the name and “who”
  if (k < rel && ctx.tokens[k - 1]?.kind === 'num' && ctx.tokens[k - 2]?.text === ',' && k - 2 > floor) k -= 2;
  const antecedent = phraseEndingAt(ctx, k, floor);
  if (!antecedent) return ctx.tokens[rel].lower === 'who' ? { start: rel, end: rel + 1, type: 'pronoun' } : null;
  // critics who believe the plan is “doomed” — a thought, not a statement: the clause describes, the sentence reports
  if (THOUGHT_STEMS.some((stem) => ctx.tokens[cueStart].lower.startsWith(stem))) return null;
  return { start: rel, end: rel + 1, type: antecedent.type, antecedent };
}

/** …, with Senator Kirk calling the plan “a menu” — the phrase right before the participle, after “with” or a dash. */
function absoluteSubject(ctx: ArticleContext, j: number, floor: number): Mention | null {
  const m = phraseEndingAt(ctx, j, floor);
  const opened = m && m.start - 1 >= floor && ABSOLUTE_OPENERS.has(ctx.tokens[m.start - 1].lower) ? m : null;
  return withPhrase(ctx, j, floor) ?? opened;
}

/** with many marchers and spectators chanting “…” / with one of her ads asking “…” — any words between “with” and the participle at `j`. */
function withPhrase(ctx: ArticleContext, j: number, floor: number): Mention | null {
  const tokens = ctx.tokens;
  for (let k = j - 1; k >= Math.max(floor, j - MAX_ABSOLUTE); k--) {
    const t = tokens[k];
    if (t.lower === 'with' && k < j - 1) {
      // the National Federation of Teachers — a name after “the” is still a name
      const n = tokens[k + 1].lower === 'the' ? k + 2 : k + 1;
      const nameEnd = nameRunForward(tokens, n, j);
      let named = nameEnd > n;
      for (let x = nameEnd; x < j && named && n > k + 1; x++) named = tokens[x].cap || NAME_JOINERS.has(tokens[x].lower);
      if (named) return { start: k + 1, end: j, type: 'name', head: { start: n, end: n > k + 1 ? j : nameEnd } };
      return { start: k + 1, end: j, type: 'description', head: { start: j - 1, end: j } };
    }
    if ((t.kind !== 'word' && t.kind !== 'num') || ctx.inQuote[k] >= 0 || RELATIVES.has(t.lower)) return null;
  }
  return null;
}

/** “…,” Fiorina said, adding that … / “…,” said Skelly, explaining — the speaker of a cue that ends right before the comma at `comma` (a few time words may follow it), or the inverted speaker after it. */
function attributionBefore(ctx: ArticleContext, comma: number, floor: number): Mention | null {
  const tokens = ctx.tokens;
  for (let k = comma - 1; k >= Math.max(floor, comma - 4); k--) {
    const cue = cueAt(ctx, k);
    if (cue && !cue.according && !isParticiple(ctx, cue)) {
      // “…,” said Bill Skelly, explaining … — the inverted speaker right before the comma
      const opensClause = tokens[cue.start - 1]?.kind === 'mark' || tokens[cue.start - 1]?.text === ',';
      const inverted = cue.end < comma && opensClause && cue.strength !== 'attitude' ? phraseStartingAt(ctx, cue.end, comma) : null;
      if (inverted && inverted.end === comma && inverted.type !== 'pronoun') return inverted;
      for (let x = cue.end; x < comma; x++) if (!TIME_WORDS.has(tokens[x].lower)) return null;
      return subjectOf(ctx, cue, floor);
    }
    if (tokens[k].kind !== 'word') return null;
  }
  return null;
}

/** The speaker of a cue found before a quote, or null. */
export function subjectOf(ctx: ArticleContext, cue: CueMatch, floor: number): Mention | null {
  const tokens = ctx.tokens;
  let j = cue.start;
  // Shamkhani also said / Trump on Sunday said / he has repeatedly said
  for (let k = 0; k < 5 && j - 1 > floor; k++) {
    const p = tokens[j - 1];
    // “Cruz gingerly said” — one -ly adverb, or a listed modifier
    // “Obama on Friday declared” — “on” or “last” before a capitalised time word
    const timeLead = (p.lower === 'on' || p.lower === 'last') && !!tokens[j]?.cap && TIME_WORDS.has(tokens[j].lower);
    // (an -ly word after a determiner is a noun: “the family said”, “a member of the family said”)
    const adverb = !p.cap && p.lower.endsWith('ly') && p.lower.length > 4 && !DETERMINERS.has(tokens[j - 2]?.lower ?? '');
    if (p.kind === 'word' && (CUE_MODIFIERS.has(p.lower) || (TIME_WORDS.has(p.lower) && p.cap) || timeLead || adverb)) j--;
    else break;
  }
  const prev = tokens[j - 1];
  if (!prev || j - 1 < floor) return isParticiple(ctx, cue) ? clauseSubject(ctx, floor, cue.start) : null;
  if (isParticiple(ctx, cue)) return prev.text === ',' ? attributionBefore(ctx, j - 1, floor) ?? placeClauseSubject(ctx, j - 1, floor) ?? clauseSubject(ctx, floor, cue.start) : absoluteSubject(ctx, j, floor); // …, adding “…”
  if (RELATIVES.has(prev.lower) && j - 1 > floor) return relativeMention(ctx, j - 1, cue.start, floor);
  // “Rafael Santangelo welcomed the end of the siege but said …”, “The mayor opened the bridge and said …”: a second
  // verb of the sentence's subject (not “Trump and Ryan said”, two names joined)
  if ((prev.lower === 'and' || prev.lower === 'but') && j - 2 > floor && tokens[j - 2].kind === 'word' && !tokens[j - 2].cap && !PRONOUN_WORDS.has(tokens[j - 2].lower)) {
    let subject = clauseSubject(ctx, floor, j - 1);
    // (“The Clinton campaign also called …”: an adverb after the subject is not part of it)
    while (subject && subject.end - 1 > subject.start && (CUE_MODIFIERS.has(tokens[subject.end - 1].lower) || /^[a-z]+ly$/.test(tokens[subject.end - 1].text))) {
      subject = { ...subject, end: subject.end - 1 };
    }
    if (subject && subject.type !== 'pronoun' && subject.end < j - 2 && isVerbAfter(ctx, subject.end, j - 1)) {
      // (a main clause of its own after a comma is its pronoun's: “When he was asked if …, he laughed and said” — not a
      // clause of time or cause: “after he clinched the nomination and said” is still the subject's)
      for (let k = j - 2; k > subject.end; k--) {
        const t = tokens[k];
        if (ctx.inQuote[k] < 0 && t.kind === 'word' && SUBJECT_PRONOUNS.has(t.lower) && tokens[k - 1]?.text === ',' && isVerbAfter(ctx, k + 1, j - 1)) {
          return { start: k, end: k + 1, type: 'pronoun' };
        }
      }
      return subject;
    }
  }
  if (prev.text === ')') {
    // Sen. Mark Kirk (R-Ill.) said
    for (let k = j - 2; k >= Math.max(floor, j - 12); k--) if (tokens[k].text === '(') return phraseEndingAt(ctx, k, floor);
    return null;
  }
  if (prev.text === ',') {
    // Bree Maxwell, a volunteer from Ohio, said — the phrase before the first comma of the apposition;
    // Ames, 22, of Tarnby, Vest., said — places and ages inside the apposition are passed over
    let first: Mention | null | undefined;
    for (let k = j - 2; k >= Math.max(floor, j - MAX_APPOSITION); k--) {
      if (tokens[k].text !== ',') continue;
      const m = phraseEndingAt(ctx, k, floor);
      // Carson’s business manager, Armstrong Williams, stated — a name in the apposition names the described person
      // (“A spokesman for the Finnish Red Cross, Pekka Aalto, said”: the name before the comma is whom the role serves)
      // (or a place the description ends with: “The Russian envoy to international organisations in Vienna, Mikhail
      // Ulyanov, wrote”)
      // (not the state after a town: “a salesman from Sumter, South Carolina,”)
      const placeEnd = !!m && m.type === 'name' && PLACE_LINKS.has(tokens[m.start - 1]?.lower ?? '') && m.start - 1 > floor && !tokens[m.start - 2].cap
        && !MULTI_WORD_PLACES.has(ctx.text.slice(tokens[k + 1].start, tokens[j - 2].end).toLowerCase());
      // (or the object of a description's preposition: “The European Parliament's rapporteur on Maravia, Joost van der
      // Berg, said”)
      const governed = !!m && m.type === 'name' && first === undefined && governedName(ctx, m, floor);
      // (or a lone determiner standing for someone: “Another, Dr. Aoife Brennan, said”)
      const lone = !!m && m.end - m.start === 1 && LONE_SPEAKERS.has(tokens[m.start].lower);
      if (first === undefined && (!m || m.type === 'description' || servedByRole(ctx, m) || placeEnd || governed || lone) && j - 1 - (k + 1) >= 2 && nameRunForward(tokens, k + 1, j - 1) === j - 1) {
        return { start: k + 1, end: j - 1, type: 'name' };
      }
      // Her former doctoral student, Professor Anders Holm of Stockholm University, described — a full name and the
      // body it is “of”, set off after a description, names the described person
      if (first === undefined && m && m.type === 'description' && ofBody(ctx, k + 1, j - 1)) {
        return { start: k + 1, end: j - 1, type: 'name', head: { start: k + 1, end: nameRunForward(tokens, k + 1, j - 1) } };
      }
      // One of them, retired crane operator Bill Hartigan, said — a few words of role before the name in the apposition
      // (also after a part of a named people: “One of the freed Germans, the 61-year-old engineer Klaus Reinhardt, told”)
      if (first === undefined && m && (m.type === 'description' || partOfGroup(tokens, m.start, floor) || governed)) {
        const nameStart = nameRunBackward(tokens, j - 1, k + 1);
        let plain = nameStart - (k + 1) <= 4 && j - 1 - nameStart >= 2;
        // (a nationality among them: “His father, former Nigerian international Emeka Lutz, told”; or a role in capitals:
        // “…, Dutch MEP Joost van der Berg, said”)
        for (let r = k + 1; r < nameStart && plain; r++) plain = tokens[r].kind === 'word' && (!tokens[r].cap || NATIONALITIES.has(tokens[r].lower) || ROLE_ABBREVIATIONS.has(tokens[r].text));
        if (plain && nameStart > k + 1) return { start: k + 1, end: j - 1, type: 'name', head: { start: nameStart, end: j - 1 } };
      }
      if (first === undefined) first = m;
      // Ruiz, 54, a nurse, said — an age is passed over
      if (!m) { if (first || tokens[k - 1]?.kind === 'num') continue; return null; }
      // (“OSLAVIK, Aug 5 (Wire) - Halvorsen Foods, the country's largest …, said”: a dash ends the dateline before the name)
      // (a description set off after a name is that name's: “David Marlow, the Beacon's former showbusiness editor, who
      // wrote the article, told the court”)
      if (m.type === 'description' && tokens[m.start - 1]?.text === ',' && m.start - 1 > floor) {
        const named = phraseEndingAt(ctx, m.start - 1, floor);
        if (named && named.type === 'name' && named.end - named.start >= 2 && (named.start <= floor || tokens[named.start - 1].kind === 'break' || ctx.bounds.sentenceStart[named.start] === 1)) return named;
      }
      if (m.start <= floor || tokens[m.start - 1].text === ',' || DASHES.has(tokens[m.start - 1].text) || INTRO_WORDS.has(tokens[m.start - 1].lower)) return m;
    }
    return first ?? null;
  }
  // Peter Aldane — who had urged a pause — said / Aldane -- a former banker -- said: the phrase before the aside
  if (DASHES.has(prev.text)) {
    const open = asideOpening(ctx, j - 1, floor);
    const before = open >= 0 ? phraseEndingAt(ctx, open, floor) : null;
    if (before) return before;
  }
  const m = relativeThat(ctx, phraseEndingAt(ctx, j, floor));
  return (m && (unclosedApposition(ctx, m, floor) ?? placedSpeaker(ctx, m, floor) ?? groupFromBodies(ctx, m, floor) ?? audienceOfParticiple(ctx, m, floor))) ?? m ?? relativeAcross(ctx, j, cue.start, floor);
}

/**
 * “Observers from the African Union and the Southern African Development Community had described …”: the bodies named
 * after “from” or “of” and a plural noun of people are where the people come from; the people speak. The whole phrase,
 * as a description headed by that noun, else null.
 */
function groupFromBodies(ctx: ArticleContext, m: Mention, floor: number): Mention | null {
  if (m.type !== 'name') return null;
  const tokens = ctx.tokens;
  for (let k = m.start - 1; k > floor && k >= m.start - 16; k--) {
    const t = tokens[k];
    if (t.lower === 'from' || t.lower === 'of') {
      const head = tokens[k - 1];
      if (k - 1 < floor || !head || head.kind !== 'word' || !head.lower.endsWith('s') || !isAgentHead(head.lower)) {
        // (“of” inside a body's name: “the Office for the Coordination of Humanitarian Affairs”)
        if (t.lower === 'of') continue;
        return null;
      }
      // (with its determiner or quantifier: “the observers from …”, “Two observers from …”)
      const before = tokens[k - 2];
      const start = before && k - 2 > floor && before.kind !== 'break' && !ctx.bounds.sentenceStart[k - 1] && (before.lower === 'the' || before.kind === 'num' || INDEFINITE.has(before.lower)) ? k - 2 : k - 1;
      return { start, end: m.end, type: 'description', head: { start: k - 1, end: k } };
    }
    // only names, “the” and “and” between: “the African Union and the Southern African Development Community”
    if (t.kind !== 'word' || !(t.cap || t.lower === 'the' || t.lower === 'and' || t.lower === 'of' || t.lower === 'for')) return null;
  }
  return null;
}

/**
 * Tokens [from, to) are a name of two words or more, “of” and a few words of a body or a place: “Professor Anders
 * Holm of Stockholm University”, “Inspector Tom Reyes of the county police”.
 */
function ofBody(ctx: ArticleContext, from: number, to: number): boolean {
  const tokens = ctx.tokens;
  const e = nameRunForward(tokens, from, to);
  if (e - from < 2 || tokens[e]?.lower !== 'of' || to - e < 2 || to - e > 8) return false;
  for (let k = e + 1; k < to; k++) if (tokens[k].kind !== 'word' || ctx.inQuote[k] >= 0 || cueAt(ctx, k)) return false;
  return true;
}

/** Most tokens of a “where” clause read before a participle. */
const MAX_PLACE_CLAUSE = 24;

/**
 * “Clinton spoke down the street from the casino, where about 50 protesters had gathered, chanting “no contract, no
 * peace”” — a participle right after a clause of place with a subject of its own is that subject's, not the
 * sentence's: the phrase after “where” (`comma` is the comma before the participle).
 */
function placeClauseSubject(ctx: ArticleContext, comma: number, floor: number): Mention | null {
  const tokens = ctx.tokens;
  for (let k = comma - 1; k > floor && k >= comma - MAX_PLACE_CLAUSE; k--) {
    const t = tokens[k];
    if (ctx.inQuote[k] >= 0 || t.kind === 'mark' || t.kind === 'break') return null;
    if (t.lower !== 'where') { if (t.text === ',' || t.text === ';') return null; continue; }
    const m = phraseStartingAt(ctx, k + 1, comma);
    if (m) {
      if (m.type === 'pronoun' || m.end >= comma) return null;
      return m.type === 'name' || isAgentHead(tokens[(m.head ?? m).end - 1].lower) ? m : null;
    }
    // (“where workers had gathered”, “where hundreds of workers had gathered”: a bare plural or a count of one)
    for (let h = k + 1; h < Math.min(comma, k + 5); h++) {
      const w = tokens[h];
      if (w.kind !== 'word' || w.cap) return null;
      if (isAgentHead(w.lower) && w.lower.endsWith('s')) return { start: k + 1, end: h + 1, type: 'description', head: { start: h, end: h + 1 } };
    }
    return null;
  }
  return null;
}

/** “One of the freed Germans”: a partitive and “of” a few words before token `at`. */
function partOfGroup(tokens: ArticleContext['tokens'], at: number, floor: number): boolean {
  for (let j = at - 1; j > floor && j >= at - 4; j--) {
    if (tokens[j].lower === 'of') return PART_WORDS.has(tokens[j - 1]?.lower ?? '');
    if (tokens[j].kind !== 'word') return false;
  }
  return false;
}
const PART_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'some', 'many', 'most', 'several', 'each', 'another', 'none']);

/** Determiners that stand alone for someone (“Another said”), whom a name set off after them names. */
const LONE_SPEAKERS: ReadonlySet<string> = new Set(['another', 'one', 'each']);

/**
 * Prepositions a description ends with before a name it governs: “the rapporteur on Maravia”, “an adviser to Halvorsen”
 * (not of place, read with `PLACE_LINKS`: “a salesman from Sumter, South Carolina,” names the town's state).
 */
const GOVERNING_LINKS: ReadonlySet<string> = new Set(['on', 'for', 'of', 'to', 'with', 'over']);

/**
 * The name `m` is the object of a preposition closing a description (“the rapporteur on Maravia”, “Her adviser to the
 * Kremlin”): a lower-case noun before the preposition, after at most a determiner or a possessive — no person set off
 * by the comma after it.
 */
function governedName(ctx: ArticleContext, m: Mention, floor: number): boolean {
  const tokens = ctx.tokens;
  let s = m.start;
  if (tokens[s - 1]?.lower === 'the') s--;
  const link = tokens[s - 1];
  const noun = tokens[s - 2];
  return s - 2 > floor && !!link && GOVERNING_LINKS.has(link.lower) && !link.cap && !!noun && noun.kind === 'word' && !noun.cap && isAgentHeadOrRole(noun.lower);
}

/** A noun that names a person's office or task, as an agent head or a listed title (“rapporteur”, “envoy”). */
function isAgentHeadOrRole(lower: string): boolean {
  return isAgentHead(lower) || TITLES.has(lower);
}

/** Prepositions before a place closing a description: “the envoy … in Vienna”, “a nurse from Leeds”. */
const PLACE_LINKS: ReadonlySet<string> = new Set(['in', 'from', 'at']);

/** Pronouns that are subjects. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/** Pronouns a coordinated verb never follows as its object's end (“told him and said” is read elsewhere). */
const PRONOUN_WORDS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'you']);

/**
 * The first word after the subject (ending at `from`, an apposition set off by commas passed over) and before `to`
 * is a verb in the past tense or a present third person: “welcomed”, “opened”, “has”, “is” — so the subject has a
 * predicate of its own before “and said”.
 */
function isVerbAfter(ctx: ArticleContext, from: number, to: number): boolean {
  const tokens = ctx.tokens;
  let k = from;
  if (tokens[k]?.text === ',') {
    let close = k + 1;
    while (close < to && tokens[close].text !== ',') close++;
    k = close + 1;
  }
  // (past an adverb: “The Clinton campaign also called …”)
  if (tokens[k] && (CUE_MODIFIERS.has(tokens[k].lower) || /^[a-z]+ly$/.test(tokens[k].text))) k++;
  const w = tokens[k];
  if (!w || k >= to || w.kind !== 'word' || w.cap) return false;
  return w.lower.endsWith('ed') || ['has', 'had', 'is', 'was', 'were', 'will', 'would', 'did', 'made', 'met', 'told', 'gave', 'took', 'went', 'came', 'left', 'spoke', 'wrote', 'sent', 'held', 'led', 'won', 'lost', 'ran', 'put', 'set', 'cut'].includes(w.lower)
    || (w.lower.endsWith('s') && !w.lower.endsWith('ss') && w.lower.length > 3);
}

/** A name after a role and “for”, “of” or “at” (“a spokesman for the Finnish Red Cross”, “the mayor of Tarnby”). */
function servedByRole(ctx: ArticleContext, m: Mention): boolean {
  const tokens = ctx.tokens;
  let s = m.start;
  if (tokens[s - 1]?.lower === 'the') s--;
  const link = tokens[s - 1]?.lower;
  return (link === 'for' || link === 'of' || link === 'at') && isAgentHead(tokens[s - 2]?.lower ?? '');
}

/** Participles of speech whose object is the audience, not the speaker: “a source speaking to Radio Tarnby said”. */
const SPEAKING = new Set(['speaking', 'talking', 'writing', 'responding', 'replying']);

/** A source speaking to Radio Tarnby said — the phrase before the cue is the audience; the speaker stands before the participle. */
function audienceOfParticiple(ctx: ArticleContext, m: Mention, floor: number): Mention | null {
  const tokens = ctx.tokens;
  const link = tokens[m.start - 1];
  const part = tokens[m.start - 2];
  if (!link || !part || m.start - 2 <= floor || (link.lower !== 'to' && link.lower !== 'with') || !SPEAKING.has(part.lower)) return null;
  const who = phraseEndingAt(ctx, m.start - 2, floor);
  return who && who.type !== 'pronoun' ? who : null;
}

/** Prepositions that place a speaker: “Ola Berg in Tema said”, “protesters in Tehran said”. */
const PLACING = new Set(['in', 'from', 'at']);

/**
 * Ola Berg in Tema said · officials in Washington said — a single capitalised word after “in”, “from” or “at” is
 * where the speaker is; the name or the agent description before the preposition speaks.
 */
function placedSpeaker(ctx: ArticleContext, m: Mention, floor: number): Mention | null {
  const tokens = ctx.tokens;
  if (m.type !== 'name') return null;
  // (or a state by its form, after “the”: “ESB Networks in the Republic of Ireland puts its figure at …”)
  const state = STATE_FORMS.has(tokens[m.start].lower) && tokens[m.start - 1]?.lower === 'the';
  const link = state ? m.start - 2 : m.start - 1;
  if (link - 1 < floor || !PLACING.has(tokens[link]?.lower ?? '')) return null;
  // (a place of one word, or one of several words known as a place: “in New Jersey”; the words are joined into a key
  // only here, after the preposition, not for every phrase before a cue)
  const place = state || m.end - m.start === 1 || (m.end - m.start <= 3 && MULTI_WORD_PLACES.has(placeKey(ctx, m)));
  if (!place) return null;
  const who = phraseEndingAt(ctx, link, floor);
  if (!who || who.type === 'pronoun') return null;
  if (who.type === 'name') {
    if (who.end - who.start >= 2) return who;
    // Officials in Washington said — a capitalised agent noun opening the sentence is a description
    return isAgentHead(tokens[who.start].lower) ? { start: who.start, end: who.end, type: 'description', head: { start: who.start, end: who.end } } : null;
  }
  // protesters in Tehran said / six newspapers in New Jersey said — people, or bodies
  return isAgentHead(tokens[(who.head ?? who).end - 1].lower) ? who : null;
}

/** The words of a name, lower case, as places are listed: “new jersey”. */
function placeKey(ctx: ArticleContext, m: Mention): string {
  let key = ctx.tokens[m.start].lower;
  for (let k = m.start + 1; k < m.end; k++) key += ` ${ctx.tokens[k].lower}`;
  return key;
}

/** Words linking a role to its organisation: “the communications director for the party”. */
const ROLE_LINKS = new Set(['of', 'for', 'at']);

/** Role words that may open an apposition before a title: “president and CEO of …”. */
const APPOSITION_ROLE_WORDS = new Set(['and', 'former', 'chief', 'senior', 'deputy', 'acting', 'interim', 'co-founder', 'founder', 'president', 'executive']);

/**
 * Anthony Anton, president and CEO of Washington Restaurant Association stated — an apposition whose closing comma is
 * missing: the phrase before the cue is a title of an organisation, and the person is named before the comma that opens it.
 */
function unclosedApposition(ctx: ArticleContext, m: Mention, floor: number): Mention | null {
  const tokens = ctx.tokens;
  // (the role read whole with its body: “Sam Lau, the communications director for the Iowa Democratic Party said”)
  if (m.type === 'description' && DETERMINERS.has(tokens[m.start].lower) && tokens[m.start - 1]?.text === ',') {
    const person = phraseEndingAt(ctx, m.start - 1, floor);
    return person && person.type === 'name' && person.end - person.start >= 2 && (person.start <= floor || tokens[person.start - 1].text === ',' || tokens[person.start - 1].kind === 'break') ? person : null;
  }
  if (m.type !== 'name') return null;
  let k = m.start - 1;
  if (tokens[k]?.lower === 'the' && ROLE_LINKS.has(tokens[k - 1]?.lower ?? '')) k--;
  if (TITLES.has(tokens[m.start].lower) && tokens[m.start + 1]?.lower === 'of') {
    for (let n = 0; n < 4 && k > floor && APPOSITION_ROLE_WORDS.has(tokens[k].lower) && !tokens[k].cap; n++) k--;
    if (k === m.start - 1) return null;
  } else if (ROLE_LINKS.has(tokens[k]?.lower ?? '') && k - 1 > floor) {
    // Sam Lau, the communications director for the Iowa Democratic Party said — a role linked to the organisation
    const role = phraseEndingAt(ctx, k, floor);
    if (!role || role.type !== 'description' || !DETERMINERS.has(tokens[role.start].lower)) return null;
    k = role.start - 1;
  } else return null;
  if (tokens[k]?.text !== ',') return null;
  const person = phraseEndingAt(ctx, k, floor);
  return person && person.type === 'name' && person.end - person.start >= 2 && (person.start <= floor || tokens[person.start - 1].text === ',' || tokens[person.start - 1].kind === 'break') ? person : null;
}

/** Beck, who has in the past described Trump as “…” — a “who” a few words before the cue, with no punctuation between (or the phrase before it, when the relative clause has a cue of its own). */
function relativeAcross(ctx: ArticleContext, j: number, cueStart: number, floor: number): Mention | null {
  const tokens = ctx.tokens;
  let inner = false;
  for (let k = j - 1; k >= Math.max(floor + 1, j - 10); k--) {
    const t = tokens[k];
    if (t.lower === 'who') {
      // a White House official who spoke anonymously … said — the relative clause has its own verb: the cue is the main verb
      if (!inner) return relativeMention(ctx, k, cueStart, floor);
      const antecedent = phraseEndingAt(ctx, tokens[k - 1]?.text === ',' ? k - 1 : k, floor);
      return antecedent && antecedent.type !== 'pronoun' ? antecedent : null;
    }
    if (t.kind !== 'word' || ctx.inQuote[k] >= 0) return null;
    if (cueAt(ctx, k)) inner = true;
  }
  return null;
}
