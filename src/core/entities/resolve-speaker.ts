/**
 * Turns the words at an attribution site into a speaker: names go to the registry,
 * pronouns to the most recent compatible person, descriptions to the person whose role,
 * organisation and nationality they match (“the Russian envoy” → Alexander Lavrentiev).
 */
import { sentenceEndOf, sentenceStartOf, type ArticleContext, type Mention } from '../context';
import type { SpeakerRef } from '../types';
import { CLAUSE_RELATIVES, CUE_MODIFIERS, DETERMINERS, INDEFINITE, NOT_NAMES, PRONOUNS } from '../data/function-words';
import { COUNTRIES, NATIONALITIES } from '../data/places';
import { namesOrganisation, ORGANISATION_NOUNS, ROLE_NOUNS } from '../data/role-nouns';
import { mentionText } from '../attribution/describe';
import { BUSINESS_KINDS, COMPANY_WORDS, mentionsBefore, recentEntities, TITLE_WORDS_BEFORE, type Entity, type Registry } from './registry';
import { matchDescription, matchDescriptionAhead } from './describe-match';
import { isCommonWordAt } from '../attribution/common-words';
import { isAgentHead, phraseStartingAt } from '../attribution/noun-phrase';
import { isAcronym, isNameWord, nameRunBackward, nameRunForward } from '../attribution/name-run';
import { TITLES } from '../data/titles';
import { endsPossessive } from '../text/possessive';
import { cueAt } from '../attribution/cues';
import { CUE_WORDS } from '../data/cue-verbs';
import { GIVEN_NAME_GENDER } from '../data/given-names';
import { frenchInversion } from '../attribution/foreign-cue';
import { bodyOfSpokesperson } from './spokesperson-body';

/** A resolved speaker with the entity (if any) and a phrase for the evidence line. */
export interface Resolution {
  speaker: SpeakerRef;
  entity: Entity | null;
  how: string;
  /** The reading passed over a likelier candidate (a pronoun read past someone named more recently): worth a review. */
  doubtful?: boolean;
}

/** A description (“the company”, “the agency”) standing for a body named before: the body, mentioned there, with the article's words as its description. */
function describedBody(reg: Registry, body: Entity, m: Mention, text: string, why: string): Resolution {
  reg.mention(body, m.start, m.end);
  const speaker: SpeakerRef = refOf(reg, body);
  speaker.description = text;
  return { speaker, entity: body, how: `“${text}” is ${body.name}, ${why}` };
}

/**
 * Pronoun → last compatible person mentioned before token `at` (bounded look-back through mentions). A person of
 * unknown gender who has just been reported speaking (“Maria Sandvik said the government had ignored warnings.
 * “…,” she said.”) is that person, before anyone named earlier with the pronoun's gender.
 */
export function resolvePronoun(reg: Registry, pronoun: string, at: number, ctx?: ArticleContext): Entity | null {
  return pronounReading(reg, pronoun, at, ctx).entity;
}

/**
 * The person a pronoun stands for, and whether that reading passed over someone named more recently whose gender is
 * not known (“Petrov … he” read as an older man: often wrong, so the quote goes to review).
 */
function pronounReading(reg: Registry, pronoun: string, at: number, ctx?: ArticleContext): { entity: Entity | null; passedOver: boolean; rival?: boolean; subject?: boolean } {
  const want = PRONOUNS.get(pronoun);
  if (want !== 'male' && want !== 'female') return { entity: null, passedOver: false };
  if (ctx) {
    const speaking = justReportedSpeaking(ctx, reg, at);
    // (or of the pronoun's gender: “Ryan said Obama had never respected the right. He says Obama …” is Ryan)
    // (“Dorothy Woods, whose husband, Navy SEAL Ty Woods, was killed … Woods said she …”: a surname shared by someone of
    // the pronoun's gender, read as the one of unknown gender named last, is theirs)
    if (speaking && !speaking.gender) return { entity: namesakeOf(reg, speaking, want) ?? speaking, passedOver: false };
    if (speaking && speaking.gender === want) return { entity: speaking, passedOver: false };
    // “Speaking later in Mysuru, the Chief Minister said he had written to the Prime Minister. ‘…,’ he said.” — a title
    // reporting in the sentence before stands for the one it describes, when no one is named since
    const described = speaking ? null : describedReporterBefore(ctx, reg, at);
    if (described && (!described.gender || described.gender === want)) return { entity: described, passedOver: false };
    // a dialogue reported in turns: “Okoro asked whether Delane had ever asked for money. Feld said he had not. “So you
    // never heard my client ask?” he asked.” — the one who answered is not the pronoun's gender: the turn before is
    if (speaking) {
      const previous = sentenceBefore(ctx, sentenceStartOf(ctx, at, 80));
      const turn = previous > 0 ? justReportedSpeaking(ctx, reg, previous) : null;
      if (turn && turn !== speaking && turn.gender === want) return { entity: turn, passedOver: false };
    }
  }
  let fallback: Entity | null = null;
  let first: Entity | null = null;
  const recent = recentEntities(reg, at);
  // “Kettering also praised Maguire, who has scored nine goals. “…,” he said.” — the subject of the sentence before, not
  // the person named last in it, is whom the pronoun goes on about (of unknown gender too, before anyone named earlier)
  const subject = ctx ? subjectBefore(ctx, reg, at) : null;
  for (const e of recent) {
    if (e.kind !== 'person') continue;
    first ??= e;
    if (e.gender === want) {
      // (one of unknown gender when the sentence reports them speaking: “Commuter Aled Evans, 34, who …, said he had given up”)
      // (or when the one of the pronoun's gender was last named in a paragraph before: “Governor Whitcombe toured the
      // shelter. “…,” she said.” after a fire chief named paragraphs back)
      if (subject && subject !== e && (subject.gender === want || (!subject.gender && lastMentionBefore(e, at) < lastMentionBefore(subject, at)
        && !!ctx && (spokeAfter(ctx, lastMentionBefore(subject, at) + 1, sentenceStartOf(ctx, at, 80))
          || ctx.bounds.paragraph[lastMentionBefore(e, at)] < ctx.bounds.paragraph[sentenceBefore(ctx, sentenceStartOf(ctx, at, 80))])))) {
        return { entity: subject, passedOver: false, subject: true };
      }
      // (a subject that could be the one meant, passed over: worth a review)
      const doubted = !!subject && subject !== e && !subject.gender;
      return { entity: e, passedOver: doubted || (first !== e && !first.gender), rival: !!ctx && rivalled(ctx, recent, e, want, at) };
    }
    if (!e.gender && !fallback) fallback = e;
  }
  return { entity: fallback, passedOver: false };
}

/**
 * The person the sentence before token `at`'s opens with as its subject — after a few linking words and an opening
 * phrase set off by a comma (“Asked what Heddon told him, Karalis paused …”), up to titles before the name
 * (“Commuter Aled Evans, 34, who …”) — when `at`'s own sentence names no one before it; else null.
 */
function subjectBefore(ctx: ArticleContext, reg: Registry, at: number): Entity | null {
  const tokens = ctx.tokens;
  const own = sentenceStartOf(ctx, at, 80);
  const t = reg.timeline;
  // (names inside the quotation do not count: “Finn's in the form of his life,” he said.)
  for (let k = mentionsBefore(reg, own); k < t.length && t[k].start < at; k++) if (ctx.inQuote[t[k].start] < 0) return null;
  const prev = sentenceBefore(ctx, own);
  if (prev >= own) return null;
  const inverted = invertedSubject(ctx, reg, prev, own);
  if (inverted) return inverted;
  const i = openingPhraseEnd(ctx, reg, prev, own);
  if (i < 0) return null;
  // the mention starts within the capitalised words opening the clause (“Commuter Aled Evans”)
  // (or after a role: “Castlefield boss Ana Ribeiro”)
  let end = i;
  while (end < own && tokens[end].kind === 'word' && end - i < 6 && (tokens[end].cap || ROLE_NOUNS.has(tokens[end].lower) || TITLES.has(tokens[end].lower))) end++;
  const entry = t[mentionsBefore(reg, i)];
  // (a surname opening the sentence the reading in order left aside — a person known by it)
  const e = entry && entry.start < end ? entry.entity : end > i ? reg.knownName(i, end) : null;
  if (!e || e.kind !== 'person') return null;
  // (a possessive owns the noun after it: “Kettering's side …” is about the side)
  if (endsPossessive(tokens[end - 1]?.text ?? '')) return null;
  return e;
}

/** Verbs that may come before their subject after a phrase of place: “Among those freed was …”. */
const INVERTING_VERBS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are']);
/** Prepositions of a phrase of place or of a group that may open such a sentence. */
const PLACE_OPENINGS: ReadonlySet<string> = new Set(['among', 'amongst', 'in', 'at', 'on', 'with', 'behind', 'beside', 'outside', 'inside', 'near']);

/**
 * The person after the verb of a sentence opening with a phrase of place whose verb comes before its subject (“Among
 * those freed was 58-year-old Aisha Bello, a nurse …”): up to a few lower-case words before the name; else null.
 */
function invertedSubject(ctx: ArticleContext, reg: Registry, from: number, limit: number): Entity | null {
  const tokens = ctx.tokens;
  let i = from;
  while (i < limit && tokens[i].kind === 'word' && SENTENCE_LINKS.has(tokens[i].lower)) i++;
  if (i >= limit || ctx.inQuote[i] >= 0 || !PLACE_OPENINGS.has(tokens[i].lower)) return null;
  for (let k = i + 1; k < Math.min(limit, i + 10); k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || ctx.inQuote[k] >= 0 || t.cap) return null;
    if (!INVERTING_VERBS.has(t.lower)) continue;
    let j = k + 1;
    while (j < Math.min(limit, k + 4) && tokens[j].kind === 'word' && !tokens[j].cap) j++;
    const entry = reg.timeline[mentionsBefore(reg, j)];
    return entry && entry.start === j && entry.entity.kind === 'person' ? entry.entity : null;
  }
  return null;
}

/**
 * Where the subject of the sentence starting at token `from` (before `limit`) begins: after a few linking words and an
 * opening phrase of a participle or a preposition set off by a comma (“Asked what Heddon told him, Karalis …”,
 * “After the match, …”); -1 when it opens with a quotation or no word.
 */
function openingPhraseEnd(ctx: ArticleContext, reg: Registry, from: number, limit: number): number {
  const tokens = ctx.tokens;
  let i = from;
  while (i < limit && tokens[i].kind === 'word' && SENTENCE_LINKS.has(tokens[i].lower)) i++;
  if (i >= limit || ctx.inQuote[i] >= 0 || tokens[i].kind !== 'word') return -1;
  const w = tokens[i].lower;
  // (not a name: “Jared Kushner, …”)
  if (reg.timeline[mentionsBefore(reg, i)]?.start === i) return i;
  if (!(OPENING_PREPOSITIONS.has(w) || (w.length > 4 && (w.endsWith('ed') || w.endsWith('ing'))))) return i;
  // (nor a word someone is named by: “Kettering, asked about …”)
  for (const e of reg.entities) for (const x of e.words) if (x.length === w.length && x.toLowerCase() === w) return i;
  for (let k = i + 1; k < Math.min(limit, i + 16); k++) {
    const t = tokens[k];
    if (t.kind === 'break' || t.kind === 'mark' || ctx.inQuote[k] >= 0) break;
    if (t.text === ',') return k + 1;
  }
  return -1;
}

/**
 * In the sentence before token `at`'s (or its own), “the” and up to three words ending in a title or role noun, right
 * before a speech cue (“the Chief Minister said”), with no one named after it: the person that description matches.
 */
function describedReporterBefore(ctx: ArticleContext, reg: Registry, at: number): Entity | null {
  const tokens = ctx.tokens;
  const own = sentenceStartOf(ctx, at, 80);
  const from = sentenceBefore(ctx, own);
  for (let k = from; k < at - 2; k++) {
    if (tokens[k].lower !== 'the' || ctx.inQuote[k] >= 0) continue;
    for (let h = k + 1; h <= k + 4 && h < at; h++) {
      const t = tokens[h];
      if (t.kind !== 'word' || ctx.inQuote[h] >= 0) break;
      if (!(TITLES.has(t.lower) || ROLE_NOUNS.has(t.lower)) || ORGANISATION_NOUNS.has(t.lower)) continue;
      const cue = cueAt(ctx, h + 1);
      if (!cue || cue.according || cue.strength !== 'speech') continue;
      if (mentionsBefore(reg, at) > mentionsBefore(reg, h + 1)) return null;
      const e = matchDescription(ctx, reg, { start: k, end: h + 1, type: 'description', head: { start: h, end: h + 1 } });
      return e && e.kind === 'person' ? e : null;
    }
  }
  return null;
}

/** Another person named in full with the same last word as `e`, of gender `want` (the one named most, if several). */
function namesakeOf(reg: Registry, e: Entity, want: 'male' | 'female'): Entity | null {
  if (e.kind !== 'person' || e.words.length < 2) return null;
  const last = e.words[e.words.length - 1].toLowerCase();
  let best: Entity | null = null;
  for (const o of reg.entities) {
    if (o === e || o.kind !== 'person' || o.gender !== want || o.words.length < 2 || o.words[o.words.length - 1].toLowerCase() !== last) continue;
    if (!best || o.mentions.length > best.mentions.length) best = o;
  }
  return best;
}

/**
 * The pronoun's person, read by recency alone, was last named before the sentence before the pronoun's, and someone
 * else of the same gender was named in the look-back too (“Judge Ines Calder asked Okoro to let the witness finish her
 * answers. “…?” Okoro asked. “…,” she replied.” — the judge or the witness): a reading worth a review.
 */
function rivalled(ctx: ArticleContext, recent: Entity[], e: Entity, want: 'male' | 'female', at: number): boolean {
  const near = sentenceBefore(ctx, sentenceStartOf(ctx, at, 80));
  if (lastMentionBefore(e, at) >= near) return false;
  for (const other of recent) if (other !== e && other.kind === 'person' && other.gender === want) return true;
  return false;
}

/** The organisation last named before token `at` in its sentence, when it is the only one named there. */
function bodyInSentence(ctx: ArticleContext, reg: Registry, at: number): Entity | null {
  const start = sentenceStartOf(ctx, at, 80);
  let found: Entity | null = null;
  for (let k = mentionsBefore(reg, at) - 1; k >= 0 && reg.timeline[k].start >= start; k--) {
    const e = reg.timeline[k].entity;
    if (e.kind !== 'organisation') continue;
    if (found && found !== e) return null;
    found = e;
  }
  return found;
}

/**
 * When token `at` opens its sentence, or follows an opening phrase of it (“In a statement, it said …”): that sentence's
 * start (`own`) and the first token of the sentence before after its own opening phrase (`i`); else null.
 */
function openingOfSentenceBefore(ctx: ArticleContext, reg: Registry, at: number): { own: number; i: number } | null {
  const own = sentenceStartOf(ctx, at, 80);
  if (own !== at && openingPhraseEnd(ctx, reg, own, at + 1) !== at) return null;
  const prev = sentenceBefore(ctx, own);
  if (prev >= own) return null;
  const i = openingPhraseEnd(ctx, reg, prev, own);
  return i < 0 ? null : { own, i };
}

/**
 * The body named first in the sentence before token `at`'s, within its first few words after any opening phrase (“The
 * shipyard, Rauma Marine Constructions, said …”), when `at` opens its own sentence: an organisation, or a name no one
 * has given a gender or a role (a body's name read as a person's); else null.
 */
function bodySubjectBefore(ctx: ArticleContext, reg: Registry, at: number): Entity | null {
  const before = openingOfSentenceBefore(ctx, reg, at);
  if (!before) return null;
  const { own, i } = before;
  const entry = reg.timeline[mentionsBefore(reg, i)];
  if (!entry || entry.start >= own || entry.start > i + 4 || ctx.inQuote[entry.start] >= 0) return null;
  for (let k = i; k < entry.start; k++) if (ctx.tokens[k].kind === 'mark') return null;
  const e = entry.entity;
  return e.kind === 'organisation' || (e.kind === 'person' && !e.gender && !e.role && e.words.length > 1) ? e : null;
}

/**
 * Token `at` opens its sentence (or follows an opening phrase of it), and the sentence before opens with a body called
 * by what it is, no one named in it, then its verb: “Varenna’s interior ministry disputed …”, “The state utility
 * said …” — that description; else null.
 */
function bodyDescriptionBefore(ctx: ArticleContext, reg: Registry, at: number): Mention | null {
  const tokens = ctx.tokens;
  const before = openingOfSentenceBefore(ctx, reg, at);
  if (!before) return null;
  const { own, i } = before;
  for (let k = i; k < Math.min(own, i + 5); k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || ctx.inQuote[k] >= 0) return null;
    if (k > i && endsPossessive(t.text)) return null;
    if (!ORGANISATION_NOUNS.has(t.lower)) continue;
    const verb = tokens[k + 1];
    if (!verb || verb.kind !== 'word' || verb.cap || verb.lower === 'of' || ctx.inQuote[k + 1] >= 0) return null;
    // (no one named in it, its own name or a person's: “the ministry's spokesman, Ivo Rask,”)
    const entry = reg.timeline[mentionsBefore(reg, i)];
    const named = entry && entry.start <= k;
    if (named && !(endsPossessive(tokens[entry.start].text) && entry.start === i)) return null;
    return { start: i, end: k + 1, type: 'description', head: { start: k, end: k + 1 } };
  }
  return null;
}

/** Within a few words after token `from`, in its sentence: “on condition of anonymity”, “asked not to be named”. */
function unnamedAfter(ctx: ArticleContext, from: number): boolean {
  const tokens = ctx.tokens;
  for (let k = from; k < from + 10 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'break' || t.text === '.' || ctx.inQuote[k] >= 0) return false;
    if (t.lower === 'anonymity' || (t.lower === 'named' && tokens[k - 1]?.lower === 'be' && tokens[k - 3]?.lower === 'not')) return true;
  }
  return false;
}

/**
 * The sentence before token `at` (or `at`'s own) opens with “the”, up to three words and `head` (“The Iranian official
 * later rejected …”), naming no one: that description, else null.
 */
function fullerDescriptionBefore(ctx: ArticleContext, head: string, at: number): Mention | null {
  const tokens = ctx.tokens;
  const own = sentenceStartOf(ctx, at, 80);
  for (const start of [own, sentenceBefore(ctx, own)]) {
    if (start >= at || tokens[start]?.lower !== 'the') continue;
    for (let k = start + 2; k <= start + 4 && k < at; k++) {
      const t = tokens[k];
      if (t.kind !== 'word' || ctx.inQuote[k] >= 0) break;
      if (t.lower === head) return k > start + 1 ? { start, end: k + 1, type: 'description', head: { start: k, end: k + 1 } } : null;
    }
  }
  return null;
}

/** Stance verbs of the mind, not of speech: “believes”, “feared”. */
const THINKING: ReadonlySet<string> = new Set([
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'hope', 'hopes', 'hoped', 'fear', 'fears',
  'feared', 'worry', 'worries', 'worried', 'expect', 'expects', 'expected', 'reckon', 'reckons', 'reckoned', 'figure', 'figures', 'figured',
]);

/**
 * The person last mentioned before token `at`, when that mention is in the sentence before `at`'s (or in its own) and
 * a speech cue follows it (“Maria Sandvik said …”, “Sandvik told reporters …”): null otherwise, or when it is no person.
 */
function justReportedSpeaking(ctx: ArticleContext, reg: Registry, at: number): Entity | null {
  const before = mentionsBefore(reg, at);
  const last = reg.timeline[before - 1];
  // “Sara Oduya, whose brother Daniel Oduya is among those held, said …”: a name inside a clause about the person before
  // it stands aside for that person, whose verb follows the clause
  const owner = last ? clauseOwner(ctx, reg, before - 1, at) : null;
  if (owner) return owner;
  // the sentence before the pronoun's, or its own
  const own = sentenceStartOf(ctx, at, 80);
  const previous = sentenceBefore(ctx, own);
  // ““We have lost a generation,” he said. He said 70 percent …”: a “he” or “she” already read as someone, with its cue,
  // in the sentence before is that person again
  for (let k = at - 1; k >= previous && k > at - 80; k--) {
    const t = ctx.tokens[k];
    if (ctx.inQuote[k] >= 0 || (t.lower !== 'he' && t.lower !== 'she')) continue;
    const index = ctx.mentionAt[k];
    if (index > 0 && cueAt(ctx, k + 1)) return reg.entities[index - 1];
  }
  // “Pike said the payments went to a company in the name of Delane's brother-in-law. “…,” she said.”: a name inside
  // what was reported (a possessive, an object) stands aside for the one reporting it, named before it
  // (“Asked what Heddon told him, Karalis paused …”: a name inside an opening phrase is not who the sentence is about)
  const opening = openingPhraseEnd(ctx, reg, previous, own);
  for (let index = before - 1; index >= 0 && index >= before - 4; index--) {
    const entry = reg.timeline[index];
    if (entry.start < previous) return null;
    if (entry.start < opening) continue;
    const speaking = reportsAt(ctx, entry.start, at);
    if (speaking === 'speaks') return entry.entity.kind === 'person' ? entry.entity : null;
    if (speaking === 'stop') return null;
  }
  return null;
}

/**
 * Start of the sentence before the one starting at token `own`, passing over sentences wholly inside quotation marks
 * (“Feld said he had not. “So you never heard my client ask?” he asked.”: the question is a sentence of its own, and
 * “he asked” another); `own` itself at the start of the text.
 */
function sentenceBefore(ctx: ArticleContext, own: number): number {
  let start = own;
  for (let n = 0; n < 4 && start > 0; n++) {
    const previous = sentenceStartOf(ctx, start - 1, 80);
    let quoted = true;
    for (let k = previous; k < start && quoted; k++) quoted = ctx.inQuote[k] >= 0 || ctx.tokens[k].kind === 'mark' || ctx.tokens[k].kind === 'break';
    start = previous;
    if (!quoted) break;
  }
  return start;
}

/**
 * Whether the mention at token `start` (before token `at`) is followed by a speech cue (“speaks”: “Maria Sandvik
 * said …”, “Sandvik told reporters …”, or the source of a figure given “according to” them), is a possessive or an
 * object that may stand aside for a speaker named before it in the same sentence (“passes”), or ends the search
 * (“stop”: a mention opening its sentence with no cue).
 */
function reportsAt(ctx: ArticleContext, start: number, at: number): 'speaks' | 'passes' | 'stop' {
  const tokens = ctx.tokens;
  let k = start;
  while (k < at && tokens[k].kind === 'word' && tokens[k].cap) k++;
  // (“Trump’s claim to understand …”: a possessive owns the noun after it, it does not speak)
  const w = tokens[k - 1]?.text ?? '';
  const opens = ctx.bounds.sentenceStart[start] === 1;
  if (endsPossessive(w)) return opens ? 'stop' : 'passes';
  // “…,” said Petar Vukic, a farmer from Lesno. — the cue before the name, after the quotation it attributes
  // (a verb of speech, not “mocked Marco Rubio”; the name closes the clause, not “saying Clinton was committed”)
  const before = tokens[start - 1];
  const inverted = before && before.kind === 'word' && !before.lower.endsWith('ing') && (tokens[start - 2]?.kind === 'mark' || tokens[start - 2]?.text === ',')
    && (tokens[k]?.text === ',' || tokens[k]?.text === '.' || !tokens[k] || tokens[k].kind === 'break') ? cueAt(ctx, start - 1) : null;
  if (inverted && inverted.strength !== 'attitude') return 'speaks';
  // “Sara Oduya, whose brother Daniel is among those held, said …”: a clause about the person before the cue
  // (or a clause of cause or time: “Mykola, because he was not authorised to speak publicly, said …”)
  if (tokens[k]?.text === ',' && (CLAUSE_RELATIVES.has(tokens[k + 1]?.lower ?? '') || SUBORDINATORS.has(tokens[k + 1]?.lower ?? ''))) {
    for (let j = k + 2; j < Math.min(at, k + 27); j++) {
      if (tokens[j].kind === 'break' || tokens[j].kind === 'mark') break;
      if (tokens[j].text === ',') { k = j + 1; break; }
    }
  }
  // “Pavel Lenk, 39, said …”: an age set off after the name
  if (tokens[k]?.text === ',' && /^\d{1,3}$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',' && k + 3 < at) k += 3;
  // “Villanueva, the state senator, dismissed …”: an apposition after the name, up to its closing comma
  if (tokens[k]?.text === ',' && DETERMINERS.has(tokens[k + 1]?.lower ?? '')) {
    for (let j = k + 2; j < Math.min(at, k + 18); j++) {
      const t = tokens[j];
      if (t.kind === 'break' || t.kind === 'mark' || ctx.inQuote[j] >= 0) break;
      if (t.text === ',') { k = j + 1; break; }
    }
  }
  // “Mwale, speaking to supporters from the back of a pickup truck, called …”: a participle's phrase after the name
  if (tokens[k]?.text === ',' && /^[a-z]+ing$/.test(tokens[k + 1]?.text ?? '')) {
    for (let j = k + 2; j < Math.min(at, k + 20); j++) {
      const t = tokens[j];
      if (t.kind === 'break' || t.kind === 'mark' || ctx.inQuote[j] >= 0) break;
      if (t.text === ',') { k = j + 1; break; }
    }
  }
  // “Its emergency coordinator, Miriam Adebayo, said …”: the name closes an apposition before the cue
  if (tokens[k]?.text === ',' && k + 1 < at && tokens[k + 1].kind === 'word' && !tokens[k + 1].cap) k++;
  // “Kaya also criticised …”, “Varga later said …”: a word or two that may stand before a cue
  for (let n = 0; n < 2 && k < at && CUE_MODIFIERS.has(tokens[k].lower) && !cueAt(ctx, k); n++) k++;
  // (speaking or writing — “called for”, “wrote”, “warned” — not thinking: “Americans believing that”)
  const cue = k < at ? cueAt(ctx, k) : null;
  if (cue && !tokens[k].lower.endsWith('ing') && !THINKING.has(tokens[k].lower)) return 'speaks';
  // “…, according to its director, Dr. Henrique Sá.”: the source a figure was given by
  if (accordingToBefore(tokens, start)) return 'speaks';
  return opens ? 'stop' : 'passes';
}

/** Words opening a clause of cause, time or concession set off by commas. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['because', 'since', 'although', 'though', 'while', 'when', 'after', 'before', 'as', 'unless', 'if']);

/**
 * The timeline mention `index` lies in a clause “, who/whose … ,” set off after a person's name (the mention before
 * it), in the sentence before token `at` or in its own, and a speech cue follows the clause's closing comma: that
 * person; else null.
 */
function clauseOwner(ctx: ArticleContext, reg: Registry, index: number, at: number): Entity | null {
  const tokens = ctx.tokens;
  const inner = reg.timeline[index];
  const prev = reg.timeline[index - 1];
  if (!inner || !prev || prev.entity.kind !== 'person' || prev.entity === inner.entity) return null;
  let open = -1;
  for (let k = inner.start - 1; k > prev.start && inner.start - k <= 12; k--) {
    if (tokens[k].text === ',') { open = k; break; }
    if (tokens[k].kind !== 'word') return null;
  }
  if (open < 0 || !CLAUSE_RELATIVES.has(tokens[open + 1]?.lower ?? '')) return null;
  // the person's name ends right before the clause
  for (let k = prev.start; k < open; k++) if (tokens[k].kind !== 'word' || !tokens[k].cap) return null;
  let close = -1;
  for (let k = inner.start + 1; k < Math.min(at, inner.start + 25); k++) {
    if (tokens[k].text === ',') { close = k; break; }
    if (tokens[k].kind === 'break' || tokens[k].kind === 'mark') return null;
  }
  if (close < 0 || close + 1 >= at) return null;
  const own = sentenceStartOf(ctx, at, 80);
  const previous = own > 0 ? sentenceStartOf(ctx, own - 1, 80) : own;
  if (prev.start < previous) return null;
  const cue = cueAt(ctx, close + 1);
  return cue && !tokens[close + 1].lower.endsWith('ing') && !THINKING.has(tokens[close + 1].lower) ? prev.entity : null;
}

/** “according to” within a few words before token `start` (“according to its director, Dr.”), in the same clause. */
function accordingToBefore(tokens: ArticleContext['tokens'], start: number): boolean {
  for (let k = start - 1; k >= 1 && start - k <= 8; k--) {
    const t = tokens[k];
    if (t.kind === 'mark' || t.kind === 'break' || (t.kind === 'punct' && t.text !== ',' && t.text !== '.')) return false;
    if (t.lower === 'to' && tokens[k - 1].lower === 'according') return true;
  }
  return false;
}

function refOf(reg: Registry, e: Entity): SpeakerRef {
  const ref: SpeakerRef = { name: e.name, kind: e.kind, entity: e.index };
  if (e.role) ref.role = e.role;
  if (e.organisation) ref.organisation = e.organisation;
  if (e.organisationAbbreviation) ref.organisationAbbreviation = e.organisationAbbreviation;
  if (e.country) ref.country = e.country;
  return ref;
}

/** “the Daily News”: a definite description whose two or more words after “the” are all capitalised. */
function properAfterDeterminer(ctx: ArticleContext, m: Mention): boolean {
  if (m.end - m.start < 3 || ctx.tokens[m.start].lower !== 'the') return false; // “the Democrat” stays a description
  // “the Prime Minister”, “the Chief Minister”, “the Foreign Secretary”: a title describes its holder, named before
  const last = ctx.tokens[m.end - 1].lower;
  if ((TITLES.has(last) || ROLE_NOUNS.has(last)) && titleStart(ctx, m.end - 1) === m.start + 1) return false;
  // (“and” inside: the Food and Drink Federation)
  for (let i = m.start + 1; i < m.end; i++) if (!ctx.tokens[i].cap && !(i > m.start + 1 && i < m.end - 1 && ctx.tokens[i].lower === 'and')) return false;
  return true;
}


/** Start of the capitalised title words ending just before token `at` (“Chief” of “the Chief Minister”), at most three. */
function titleStart(ctx: ArticleContext, at: number): number {
  let k = at;
  while (k > at - 3 && k > 0) {
    const t = ctx.tokens[k - 1];
    if (!t.cap || t.kind !== 'word' || !(TITLE_WORDS_BEFORE.has(t.lower) || TITLES.has(t.lower))) break;
    k--;
  }
  return k;
}

/**
 * The person a description names in apposition: “its chairman, Jan de Vries” (then a comma, a
 * full stop, a line's end or the cue). A name of two or more words, or one already known.
 */
function appositiveName(ctx: ArticleContext, reg: Registry, m: Mention): Entity | null {
  const tokens = ctx.tokens;
  const comma = m.end;
  if (tokens[comma]?.text !== ',' || m.end - m.start > 6) return null;
  const start = comma + 1;
  if (ctx.inQuote[start] >= 0) return null;
  const end = nameRunForward(tokens, start, Math.min(tokens.length, start + 8));
  if (end <= start) return null;
  const after = tokens[end];
  if (after && after.text !== ',' && after.text !== '.' && after.kind !== 'break') return null;
  return end - start >= 2 ? reg.resolveName(start, end) : reg.knownName(start, end);
}

/** Determiners opening a description set off after a name: “Wanjiru Kamau, the coalition's executive director”. */
const APPOSITION_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

/** A name of two or more words opening the sentence, then a comma, then description `m`: that person. */
function nameBeforeApposition(ctx: ArticleContext, reg: Registry, m: Mention): Entity | null {
  const tokens = ctx.tokens;
  // (an apposition opens with a determiner: not “Mr. Obama, officials said, has …”)
  if (tokens[m.start - 1]?.text !== ',' || m.end - m.start > 6 || !APPOSITION_DETERMINERS.has(tokens[m.start].lower)) return null;
  const start = nameRunBackward(tokens, m.start - 1, Math.max(0, m.start - 9));
  if (m.start - 1 - start < 2 || ctx.inQuote[start] >= 0) return null;
  if (!(start === 0 || tokens[start - 1].kind === 'break' || ctx.bounds.sentenceStart[start] === 1)) return null;
  const e = reg.resolveName(start, m.start - 1);
  return e && e.kind === 'person' ? e : null;
}

/** Determiners of one unnamed person: “a nurse”, “one official”. */
const ONE_OF: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/**
 * “A hospital manager in Leeds, who spoke on condition of anonymity, said: “…” They added …” —
 * “they” after a quote from one unnamed person (“a …”, “an …”, “one …”) or an unnamed group
 * (“residents”, “the officials”) in the same or the previous paragraph is that source, kept
 * anonymous.
 */
function anonymousSourceBefore(ctx: ArticleContext, at: number): Mention | null {
  const tokens = ctx.tokens;
  let breaks = 0;
  for (let qi = ctx.quotes.length - 1; qi >= 0; qi--) {
    const q = ctx.quotes[qi];
    if (q.closeTok >= at) continue;
    // the nearest quote before: the one after its paragraph or the next only
    for (let k = q.closeTok + 1; k < at && breaks < 2; k++) if (tokens[k].kind === 'break') breaks++;
    if (breaks >= 2) return null;
    const m = q.attribution?.mention;
    if (!m) return null;
    const head = tokens[(m.head ?? m).end - 1];
    if (!head) return null;
    const plural = head.lower.endsWith('s') && isAgentHead(head.lower);
    // one unnamed person (“a nurse”), or a group named by what its members are (“residents”, “the officials”)
    if (m.type === 'description' && (plural || ONE_OF.has(tokens[m.start].lower))) return m;
    if (m.type === 'name' && m.end - m.start === 1 && plural) return m;
    return null;
  }
  return null;
}

/** Prepositions and conjunctions opening a sentence with a phrase of its own, before its subject. */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'to', 'for', 'in', 'on', 'at', 'with', 'from', 'by', 'of', 'after', 'before', 'during', 'among', 'as', 'like', 'unlike',
  'despite', 'since', 'while', 'when', 'if', 'although', 'though', 'because', 'unless', 'until', 'once', 'without', 'under', 'over',
]);

/** Words that may open a sentence before its subject: “But officials …”, “And the unions …”. */
const SENTENCE_LINKS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'yet', 'still', 'now', 'then']);

/**
 * “Rescue teams searched the valley overnight. They said …” — “they” with no named or quoted
 * source before it is the group the sentence before it (in the same paragraph or the one before)
 * opens with: a plural description of people or bodies (“rescue teams”, “six Gannett newspapers
 * in New Jersey”, “the unions”). Null when that sentence opens with anything else, or names one
 * person or thing.
 */
function groupSubjectBefore(ctx: ArticleContext, at: number): Mention | null {
  const tokens = ctx.tokens;
  const own = sentenceStartOf(ctx, at);
  if (own === 0) return null;
  // the sentence before: back over the break between paragraphs, but not over a second one
  let k = own - 1;
  if (tokens[k].kind === 'break') k--;
  if (k < 0 || tokens[k].kind === 'break') return null;
  let start = sentenceStartOf(ctx, k);
  while (start < k && tokens[start].kind === 'word' && SENTENCE_LINKS.has(tokens[start].lower)) start++;
  if (ctx.inQuote[start] >= 0) return null;
  if (OPENING_PREPOSITIONS.has(tokens[start].lower)) return null; // “To her supporters, …”: not the subject
  const m = phraseStartingAt(ctx, start, k + 1);
  // (up to its noun: “the protesters” of “the protesters also paid tribute”)
  if (m && m.type === 'description') return isGroupHead(tokens[(m.head ?? m).end - 1]?.lower ?? '') ? { ...m, end: (m.head ?? m).end } : null;
  // “Rescue teams …”, “Six Gannett newspapers …”: a capital opening the sentence reads as a name; the group's noun
  // is among its first words, before any punctuation
  for (let h = start; h < Math.min(k, start + 5); h++) {
    const t = tokens[h];
    if (t.kind !== 'word' && t.kind !== 'num') return null;
    // (the group's noun may open the sentence itself: “Firefighters from four counties …”)
    if ((h > start ? !t.cap : t.kind === 'word') && isGroupHead(t.lower)) return { start, end: h + 1, type: 'description', head: { start: h, end: h + 1 } };
  }
  return null;
}

/**
 * The sentence before the one of token `at` (back over one paragraph break), or `at`'s own when `at` is not where
 * its sentence's words begin, opens with one unnamed person — “A firefighter …”, “One nurse …”, “An aide to the
 * mayor …” — and no one is named between that opening and `at`: that description, else null.
 */
function oneUnnamedSubjectBefore(ctx: ArticleContext, reg: Registry, at: number): Mention | null {
  const tokens = ctx.tokens;
  const own = sentenceStartOf(ctx, at);
  // the two places to look, its own sentence's start and the one before's (-1: none), held without a list: this runs
  // for most quotes given to a pronoun, and a list grown by push is allocated with room for sixteen
  const first = own < at && ctx.inQuote[own] < 0 ? own : -1;
  let k = own - 1;
  if (tokens[k]?.kind === 'break') k--;
  const second = k >= 0 && tokens[k].kind !== 'break' ? sentenceStartOf(ctx, k) : -1;
  for (let c = 0; c < 2; c++) {
    let start = c === 0 ? first : second;
    if (start < 0) continue;
    while (start < at && tokens[start].kind === 'word' && SENTENCE_LINKS.has(tokens[start].lower)) start++;
    // (or “the” before a description that fits no one named: “The separatist commander in the area, who …, told a
    // television channel that his forces had “encircled” the town. “It is a matter of days,” he said.”)
    const definite = tokens[start]?.lower === 'the' && start < own;
    if (ctx.inQuote[start] >= 0 || !(ONE_OF.has(tokens[start]?.lower ?? '') || definite)) continue;
    // (no one named since: “A nurse, Maria Lopez, said …” is Maria Lopez's)
    if (mentionsBefore(reg, at) > mentionsBefore(reg, start)) return null;
    // the last of the agent nouns in a row (“a senior official”, not “a senior”)
    let head = -1;
    for (let h = start + 1; h < Math.min(at, start + 5); h++) {
      const t = tokens[h];
      if (t.kind !== 'word' || t.cap) break;
      if (isAgentHead(t.lower) && !t.lower.endsWith('s')) head = h;
      else if (head >= 0) break;
    }
    if (head < 0) return null;
    const described: Mention = { start, end: head + 1, type: 'description', head: { start: head, end: head + 1 } };
    // (the definite one only when it speaks in its sentence and is no one named before: not “The minister said …”)
    // (and introduced as someone new — a phrase placing it or a “who” clause after it — rather than named again by role:
    // not “The candidate also continued to refute …”)
    const next = tokens[head + 1];
    const introduced = !!next && (INTRODUCING_LINKS.has(next.lower) || (next.text === ',' && tokens[head + 2]?.lower === 'who'));
    if (definite && (!introduced || ORGANISATION_NOUNS.has(tokens[head].lower) || !spokeAfter(ctx, head + 1, own) || matchDescription(ctx, reg, described))) return null;
    return described;
  }
  return null;
}

/** Words that place someone just introduced: “the commander in the area”, “the head of the union”. */
const INTRODUCING_LINKS: ReadonlySet<string> = new Set(['in', 'at', 'of', 'for', 'from', 'with']);

/** A cue of speech between token `from` and `to`, outside quote marks (“…, who uses the nom de guerre “Grom,” told”). */
function spokeAfter(ctx: ArticleContext, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 30; k++) if (ctx.inQuote[k] < 0 && ctx.tokens[k].kind === 'word' && cueAt(ctx, k)) return true;
  return false;
}

/** A plural noun of people or bodies: “teams”, “officials”, “newspapers”, “unions”. */
function isGroupHead(w: string): boolean {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && isAgentHead(w);
}

/** Quantifiers that stand for some members of a group when they speak alone. */
const GROUP_PARTS: ReadonlySet<string> = new Set(['others', 'another', 'one', 'some', 'many', 'most', 'several', 'few', 'both', 'all', 'dozens', 'hundreds', 'thousands', 'millions']);

/**
 * What a lone capitalised word stands for when it is no one's name: a country or capital speaks for its government
 * (“Beijing said”), a plural people or role noun is an anonymous group (“Syrians”, “Officials”), and a singular one,
 * a party label or a function word (“Mexican”, “Editor”, “Republican”, “It’s”) names no one. Null: it may be a name.
 */
function loneWordKind(word: string, lone: string): 'organisation' | 'anonymous' | 'unknown' | null {
  if (word.length <= 6 && isUpperCase(word)) return null; // UN, SNSC: an abbreviation is left to the registry
  const bare = withoutContraction(lone);
  if (COUNTRIES.has(bare)) return 'organisation';
  const plural = bare.endsWith('s') && !bare.endsWith('ss');
  const singular = plural ? bare.slice(0, -1) : bare;
  // a singular role noun alone is often a surname (King, Judge, Bishop): only its possessive (“Editor’s note”) names no one
  const role = plural ? ROLE_NOUNS.has(bare) || ROLE_NOUNS.has(singular) : ROLE_NOUNS.has(bare) && bare !== lone;
  if (role || NATIONALITIES.has(bare) || NATIONALITIES.has(singular) || PARTY_WORDS.has(singular)) return plural ? 'anonymous' : 'unknown';
  // “Others, reacting to the video, …” / “Another added: …” / “Some said …” — a part of a group is an anonymous source
  if (GROUP_PARTS.has(bare)) return 'anonymous';
  return NOT_NAMES.has(bare) || PRONOUNS.has(bare) || DETERMINERS.has(bare) ? 'unknown' : null;
}

/** Past forms of verbs that do not end in -ed, read after a subject. */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(['put', 'puts', 'said', 'told', 'gave', 'made', 'took', 'set', 'cut', 'found', 'put', 'show', 'shown', 'suggest', 'indicate', 'reveal', 'say', 'point', 'seen']);

/** A lower-case word after a subject that reads as its verb: “said”, “showed”, “put”, “suggest”. */
function verbWord(t: ArticleContext['tokens'][number] | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap) return false;
  const w = t.lower;
  return (w.length > 3 && w.endsWith('ed')) || IRREGULAR_PAST.has(w) || CUE_WORDS.has(w);
}

/**
 * The capitalised word at `i` opening its sentence qualifies the lower-case noun right after it: “Internal estimates
 * put”, “Official data showed”, “Preliminary figures show”. The word after is a noun when it is no verb (“data”), or a
 * plural one with the verb after it (“estimates put”, not “Moreno estimates the cost”). A given name is a name.
 */
function qualifiesNounAfter(ctx: ArticleContext, i: number): boolean {
  const { tokens } = ctx;
  const w = tokens[i];
  const n = tokens[i + 1];
  if (!w.cap || !n || n.kind !== 'word' || n.cap || ctx.inQuote[i + 1] >= 0 || ctx.bounds.sentenceStart[i + 1] === 1 || n.lower.length < 3) return false;
  if (GIVEN_NAME_GENDER.has(w.lower) || endsPossessive(w.text) || DETERMINERS.has(n.lower) || PRONOUNS.has(n.lower) || NOT_NAMES.has(n.lower)) return false;
  if (n.lower.endsWith('s') && !n.lower.endsWith('ss')) return verbWord(tokens[i + 2]);
  return !verbWord(n) && !n.lower.endsWith('ly') && (verbWord(tokens[i + 2]) || tokens[i + 2]?.lower === 'have' || tokens[i + 2]?.lower === 'has');
}

/** `word === word.toUpperCase()`, reading the characters of an ASCII word instead of making its upper case. */
function isUpperCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return word === word.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** `w.replace(/['’](s|d|ll|m|re|ve)$/, '')` by character code: “it’s” → “it”, “we’ll” → “we”. */
function withoutContraction(w: string): string {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if ((last === 115 || last === 100 || last === 109) && isApostrophe(w.charCodeAt(n - 2))) return w.slice(0, n - 2); // ’s ’d ’m
  const prev = w.charCodeAt(n - 2);
  const twoLetters = (prev === 108 && last === 108) || ((prev === 114 || prev === 118) && last === 101); // ll re ve
  if (twoLetters && isApostrophe(w.charCodeAt(n - 3))) return w.slice(0, n - 3);
  return w;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** The mention is all the words of its sentence. */
function wholeSentence(ctx: ArticleContext, m: Mention): boolean {
  // most mentions are not where a sentence starts: answered without walking the sentence
  if (ctx.bounds.sentenceStart[m.start] !== 1 && ctx.tokens[m.start - 1]?.kind === 'word') return false;
  const from = sentenceStartOf(ctx, m.start, 40);
  const to = sentenceEndOf(ctx, m.start, 40);
  for (let k = from; k < to; k++) if ((k < m.start || k >= m.end) && ctx.tokens[k].kind !== 'punct') return false;
  return true;
}

/** Nouns a company is called by after its name: “the company said”, “the firm”. */
const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'carrier', 'airline', 'insurer', 'lender', 'bank', 'shipper', 'operator']);

/** Things someone writes or issues, whose words a later “the statement said” goes on quoting. */
const WRITTEN_BY: ReadonlySet<string> = new Set(['statement', 'letter', 'email', 'memo', 'post', 'tweet']);
/** Quotes read back for the one given “in a statement”. */
const WRITTEN_REACH = 6;

/**
 * The speaker of the nearest quote before token `at` (among the last few) whose attribution gives it through a
 * `noun` (“said in a statement”, “wrote in a letter”), or null.
 */
function authorOfWritten(ctx: ArticleContext, reg: Registry, noun: string, at: number): Resolution | null {
  const tokens = ctx.tokens;
  let seen = 0;
  for (let qi = ctx.quotes.length - 1; qi >= 0 && seen < WRITTEN_REACH; qi--) {
    const q = ctx.quotes[qi];
    if (q.closeTok >= at) continue;
    seen++;
    const att = q.attribution;
    if (!att?.mention || !att.cue) continue;
    // the noun in the cue (“said in a statement”) or right after it (“said in a statement on Monday”, “wrote in his letter”),
    // or between the speaker and the cue (“The Northern Front, in a handwritten statement passed to journalists, said”)
    let given = false;
    const from = att.mention.end <= att.cue.start && att.cue.start - att.mention.end <= 20 ? att.mention.end : att.cue.start;
    for (let k = from; k < Math.min(tokens.length, att.cue.end + 4) && !given; k++) given = tokens[k].lower === noun && ctx.inQuote[k] < 0;
    if (!given) continue;
    // (the nearest such quote decides, whoever gave it)
    if (tokens[att.mention.start]?.lower === 'the' && WRITTEN_BY.has(tokens[att.mention.end - 1]?.lower ?? '')) return null;
    const r = resolveMention(ctx, reg, att.mention);
    return r.entity || r.speaker.kind === 'organisation' || r.speaker.kind === 'anonymous' ? r : null;
  }
  return null;
}

/** Words after a noun that describe the person it names: “a source familiar with …”, “one person close to …”. */
const POSTMODIFIERS: ReadonlySet<string> = new Set(['who', 'familiar', 'close', 'knowledgeable', 'present', 'aware', 'speaking', 'named', 'working', 'living']);

/** Token where the last mention of `e` before token `at` starts, or -1. */
function lastMentionBefore(e: Entity, at: number): number {
  let best = -1;
  for (const x of e.mentions) if (x.start < at && x.start > best) best = x.start;
  return best;
}

/** Tokens read back for an unnamed source's introduction. */
/** Things written, not people: “a written statement” … “the statement said” is no unnamed source. */
const DOCUMENTS: ReadonlySet<string> = new Set(['statement', 'letter', 'document', 'report', 'memo', 'email', 'ad', 'advert', 'poll', 'survey', 'study', 'paper', 'website', 'book', 'note', 'post', 'tweet', 'video', 'release', 'filing', 'complaint', 'lawsuit', 'narrator']);
/** Words linking a noun to another: the description read back stops at them. */
const LINK_WORDS: ReadonlySet<string> = new Set(['with', 'of', 'for', 'at', 'in', 'from', 'to', 'by', 'on', 'and', 'or']);
const INTRODUCTION_REACH = 400;

/**
 * “a senior hospital administrator” before token `at`: the nearest indefinite description (a, an, one) of a person
 * whose head is `head` (a role noun), outside quotes and not followed by a name (“an administrator, Ana Ruiz,”).
 */
function unnamedIntroduction(ctx: ArticleContext, head: string, at: number): Mention | null {
  if (!head || !isAgentHead(head) || head.endsWith('s') || ORGANISATION_NOUNS.has(head) || DOCUMENTS.has(head)) return null;
  const tokens = ctx.tokens;
  for (let k = at - 1; k >= 0 && k >= at - INTRODUCTION_REACH; k--) {
    if (tokens[k].lower !== head || ctx.inQuote[k] >= 0) continue;
    for (let d = k - 1; d >= 0 && d >= k - 5; d--) {
      const w = tokens[d];
      if (ONE_OF.has(w.lower)) {
        // “an administrator, Ana Ruiz,” names the person; “Jorge Ramos, a renowned journalist,” describes a named one
        if (tokens[k + 1]?.text === ',' && tokens[k + 2]?.cap) return null;
        if (tokens[d - 1]?.text === ',' && tokens[d - 2]?.cap) return null;
        // (“an executive order”, “a black actor play”: the word only qualifies another noun)
        const after = tokens[k + 1];
        if (after && after.kind === 'word' && !after.cap && !NOT_NAMES.has(after.lower) && !LINK_WORDS.has(after.lower) && !POSTMODIFIERS.has(after.lower)
          && !after.lower.endsWith('ed') && !cueAt(ctx, k + 1)) return null;
        // (“a senior official at the disaster office”: the phrase read whole, as where it spoke)
        const whole = after && LINK_WORDS.has(after.lower) ? phraseStartingAt(ctx, d, Math.min(tokens.length, k + 8)) : null;
        return { start: d, end: whole && whole.end > k + 2 && whole.type === 'description' ? whole.end : k + 1, type: 'description', head: { start: k, end: k + 1 } };
      }
      // (only the words describing this noun: not “a contributor with the company”; a body's name may be one of them: “a
      // senior State Department official”)
      if (w.kind !== 'word' || DETERMINERS.has(w.lower) || LINK_WORDS.has(w.lower) || (w.cap && !tokens[d + 1].cap && d + 1 !== k)) break;
    }
    return null;
  }
  return null;
}

/**
 * “Engineers warned that …”: a plural of an agent noun (-ers, -ists, -ants …) opening its sentence, which the article
 * never writes with a capital inside a sentence, names a group, not a person (a surname such as Sanders is written so
 * elsewhere, or known from a full name: the caller asks the registry first).
 */
function pluralAgentOnlyOpening(ctx: ArticleContext, at: number, lone: string): boolean {
  if (lone.length < 6 || !lone.endsWith('s') || lone.endsWith('ss') || !isAgentHead(lone)) return false;
  const tokens = ctx.tokens;
  for (let k = 0; k < tokens.length; k++) {
    if (k !== at && tokens[k].lower === lone && tokens[k].cap && ctx.bounds.sentenceStart[k] !== 1) return false;
  }
  return true;
}

/** Party labels written as nouns: “a Republican”, “Democrats”. */
const PARTY_WORDS: ReadonlySet<string> = new Set(['democrat', 'republican', 'libertarian', 'conservative', 'liberal', 'progressive']);

/** Possessive determiners and the personal pronoun they resolve like. */
const OWNER_PRONOUNS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);

/** Resolve one attribution mention at its position in the article. */
export function resolveMention(ctx: ArticleContext, reg: Registry, m: Mention): Resolution {
  if (m.antecedent) {
    // Obama, who called the plan “reckless” — “who” is resolved through the phrase it follows
    const r = resolveMention(ctx, reg, m.antecedent);
    return { ...r, how: `“${mentionText(ctx, m)}” refers to ${r.how}` };
  }
  const text = mentionText(ctx, m);
  const first = ctx.tokens[m.start];
  // her promise to keep the ferry “running” — a possessive determiner owning what was said stands for its pronoun
  const owner = m.end - m.start === 1 ? OWNER_PRONOUNS.get(first.lower) : undefined;
  if (m.type === 'pronoun' || owner) {
    // “A firefighter who asked not to be named said … “We were twelve men,” he said.” — one unnamed person the sentence
    // before opened with, with no one named since, is whom “he” or “she” stands for
    // (« … », a-t-elle ajouté — the French pronoun inside the inverted verb: “she”)
    const pronoun = owner ?? frenchInversion(first.lower)?.pronoun ?? first.lower;
    const unnamed = pronoun === 'he' || pronoun === 'she' ? oneUnnamedSubjectBefore(ctx, reg, m.start) : null;
    if (unnamed) {
      const words = mentionText(ctx, unnamed);
      return { speaker: { name: words, kind: 'anonymous', description: words }, entity: null, how: `“${text}” is the unnamed person the sentence before opens with, “${words}”` };
    }
    // “The opposition Civic Party criticised what it called a slow start”: “it” is the body named before it in its sentence
    // (“it” with a verb of speech after it: not “it seems”)
    if (pronoun === 'it' && cueAt(ctx, m.end)) {
      // (or the body the sentence before opens with: “The shipyard, Rauma Marine Constructions, said … It said …”)
      const inSentence = bodyInSentence(ctx, reg, m.start);
      const body = inSentence ?? bodySubjectBefore(ctx, reg, m.start);
      if (body) {
        reg.mention(body, m.start, m.end);
        return { speaker: refOf(reg, body), entity: body, how: `“${text}” is ${body.name}, the body named before it in ${inSentence ? 'the sentence' : 'the sentence before'}` };
      }
      // (or a body the sentence before opens with by what it is, named by no name: “Varenna’s interior ministry
      // disputed the figures. In a statement, it said …”)
      const described = bodyDescriptionBefore(ctx, reg, m.start);
      if (described) {
        const words = mentionText(ctx, described);
        return { speaker: { name: words, kind: 'organisation', description: words }, entity: null, how: `“${text}” is “${words}”, the body the sentence before opens with` };
      }
    }
    const { entity: e, passedOver, rival, subject } = pronounReading(reg, pronoun, m.start, ctx);
    if (e) {
      reg.mention(e, m.start, m.end);
      const doubt = passedOver ? ', past someone named since whose gender is not known' : rival ? ', sentences back, with another it may stand for named too' : '';
      const how = subject ? `“${text}” resolved to ${e.name} (the subject of the sentence before)`
        : `“${text}” resolved to ${e.name} (last ${e.gender ?? 'person'} named before${doubt})`;
      return doubt ? { speaker: refOf(reg, e), entity: e, how, doubtful: true } : { speaker: refOf(reg, e), entity: e, how };
    }
    const source = (owner ?? first.lower) === 'they' ? anonymousSourceBefore(ctx, m.start) ?? groupSubjectBefore(ctx, m.start) : null;
    if (source) {
      const words = mentionText(ctx, source);
      return { speaker: { name: words, kind: 'anonymous', description: words }, entity: null, how: `“${text}” is the anonymous source quoted just before, “${words}”` };
    }
    return { speaker: { name: text, kind: 'unknown', description: text }, entity: null, how: `pronoun “${text}” left unresolved` };
  }
  if (m.type === 'name') {
    const head = m.head ?? m;
    const named = (e: Entity): Resolution => ({ speaker: refOf(reg, e), entity: e, how: e.name === text ? e.name : `“${text}” is ${e.name}` });
    // “The Standing Committee of European Doctors said” — a body's name carried on past “of” is the whole body, not the
    // body its first words would name (“Standing Committee”)
    if (head.end < m.end && ctx.tokens[head.end]?.lower === 'of' && namesOrganisation(ctx.tokens, head.start, head.end)) {
      const whole = reg.knownName(m.start, m.end);
      if (whole && whole.kind === 'organisation') return named(whole);
    }
    // “Support for the nominee has fallen.” / “Often, families …” / “Officials said …” — a lone capitalised word opening
    // a sentence that the article also writes in lower case, or a plural role noun, is an ordinary word unless someone
    // already goes by it: no person is made of it
    const lone = head.end - head.start === 1 ? ctx.tokens[head.start].lower : '';
    if (lone && ctx.bounds.sentenceStart[head.start] === 1 && (isCommonWordAt(ctx, head.start) || (lone.endsWith('s') && ROLE_NOUNS.has(lone))
      || pluralAgentOnlyOpening(ctx, head.start, lone))) {
      const known = reg.knownName(head.start, head.end);
      if (known) return named(known);
      // “Officials said …” — a group named by what its members do is an anonymous source
      if (isAgentHead(lone)) return { speaker: { name: text, kind: 'anonymous', description: text }, entity: null, how: `anonymous source “${text}” (an ordinary word opening the sentence, not a name)` };
      return { speaker: { name: text, kind: 'unknown' }, entity: null, how: `“${text}” opens the sentence and is an ordinary word in this article, not a name` };
    }
    // “Internal estimates put …”, “Official data showed …”, “Leaked documents suggest …”: a lone capital opening the
    // sentence right before the lower-case noun it qualifies is the sentence's capital, not a name's — the phrase is a
    // source described (figures, papers, a group), never a person
    if (lone && ctx.bounds.sentenceStart[head.start] === 1 && head.start === m.start && qualifiesNounAfter(ctx, head.start) && !reg.knownName(head.start, head.end)) {
      const noun = ctx.tokens[head.start + 1];
      const words = ctx.text.slice(ctx.tokens[head.start].start, noun.end);
      const kind = isAgentHead(noun.lower) ? 'anonymous' : 'unknown';
      return { speaker: { name: words, kind, description: words }, entity: null, how: `“${text}” opens the sentence before the noun it qualifies (“${words}”), not a name` };
    }
    // “Getty.” — a line that is nothing but a name no one in the article goes by is a caption or a credit
    // (a heading that names someone known, “Hillary Clinton” above her answers, still gives the speaker)
    if (wholeSentence(ctx, m) && !reg.knownName(head.start, head.end)) return { speaker: { name: text, kind: 'unknown' }, entity: null, how: `“${text}” stands alone as a sentence (a caption or credit), not a speaker` };
    // “the CEO said” — a title written in capitals after “the” describes someone named before (also a title of two or
    // three words: “Speaking later in Mysuru, the Chief Minister said …”)
    const lastWord = ctx.tokens[head.end - 1].lower;
    const titleOnly = lone ? TITLES.has(lone) || ROLE_NOUNS.has(lone)
      : head.end - head.start <= 3 && (TITLES.has(lastWord) || ROLE_NOUNS.has(lastWord)) && titleStart(ctx, head.end - 1) === head.start;
    if (titleOnly && ctx.tokens[head.start - 1]?.lower === 'the') {
      const described = matchDescription(ctx, reg, { start: head.start - 1, end: head.end, type: 'description', head });
      if (described) {
        reg.mention(described, m.start, m.end);
        const speaker: SpeakerRef = refOf(reg, described);
        speaker.description = `the ${text}`;
        return { speaker, entity: described, how: `“the ${text}” matches ${described.name} (${[described.role, described.organisation].filter(Boolean).join(', ')})` };
      }
    }
    // “Beijing said” / “Americans …” / “Editor’s note:” — a lone word that names a place, a people or a role is no person
    // the token's lower-case string is its text's lower case, already made and hashed
    const sort = lone ? loneWordKind(ctx.tokens[head.start].text, lone) : null;
    if (sort) {
      const known = reg.knownName(head.start, head.end);
      if (known) return named(known);
      const how = sort === 'organisation' ? `“${text}” stands for its government` : sort === 'anonymous' ? `anonymous source “${text}” (a group, not a name)` : `“${text}” is not a name here (a role, a people or a function word)`;
      return { speaker: sort === 'unknown' ? { name: text, kind: 'unknown' } : { name: text, kind: sort, ...(sort === 'anonymous' ? { description: text } : {}) }, entity: null, how };
    }
    const e = reg.resolveName(head.start, head.end);
    if (e) return named(e);
    return { speaker: { name: text, kind: 'unknown' }, entity: null, how: `name “${text}”` };
  }
  // “said its chairman, Jan de Vries.” / “a spokesman, Tom Reed, said” — a description with a name in apposition is that person
  // (or set off after the name opening its sentence: “Wanjiru Kamau, the coalition's executive director: “…””)
  const apposed = appositiveName(ctx, reg, m) ?? nameBeforeApposition(ctx, reg, m);
  if (apposed) return { speaker: refOf(reg, apposed), entity: apposed, how: `“${text}”, ${apposed.name}` };
  // “the WHO said”, “the BBC reported”: an abbreviation after “the” is the name of a body
  if (m.end - m.start === 2 && first.lower === 'the' && isAcronym(ctx.tokens[m.start + 1].text)) {
    const e = reg.resolveName(m.start + 1, m.end);
    if (e) return { speaker: refOf(reg, e), entity: e, how: `“${text}” is ${e.name}` };
  }
  // the Daily News, the Des Moines Register — a determiner then capitalised words is a name
  if (properAfterDeterminer(ctx, m)) {
    const e = reg.resolveName(m.start + 1, m.end);
    if (e) return { speaker: refOf(reg, e), entity: e, how: `“${text}” is ${e.name}` };
  }
  const headWord = ctx.tokens[(m.head ?? m).start]?.lower ?? '';
  if (INDEFINITE.has(first.lower) || first.lower === 'someone' || first.lower === 'somebody' || GROUP_PARTS.has(headWord) || headWord.endsWith('s') && !headWord.endsWith('ss') && !ORGANISATION_NOUNS.has(headWord)) {
    return { speaker: unnamedSource(ctx, reg, m, text), entity: null, how: `anonymous source “${text}”` };
  }
  // “A senior official at the disaster office, who …, said …” then “the official said”: the unnamed source introduced
  // after anyone named whom the words would also fit (“Yusuf Demir, a spokesman …” earlier)
  const introduced = first.lower === 'the' ? unnamedIntroduction(ctx, headWord, m.start) : null;
  // “The Iranian official later rejected that distinction. “…,” the official said.” — the fuller description opening the
  // sentence before, of the same noun, is the one this stands for
  const fuller = first.lower === 'the' && m.end - m.start === 2 && !ORGANISATION_NOUNS.has(headWord) && !COMPANY_NOUNS.has(headWord)
    ? fullerDescriptionBefore(ctx, headWord, m.start) : null;
  // “…,” the official said, speaking on condition of anonymity — someone unnamed, whoever else the words would fit
  if (unnamedAfter(ctx, m.end)) {
    const words = mentionText(ctx, fuller ?? m);
    return { speaker: { name: words, kind: 'anonymous', description: words }, entity: null, how: `“${text}” speaks on condition of anonymity` };
  }
  const found = matchDescription(ctx, reg, fuller ?? m);
  // (the fuller description names a person of a body, not the body: “The Platte River employee … The employee said”)
  const e = fuller && found?.kind === 'organisation' && !ORGANISATION_NOUNS.has(headWord) ? null : found;
  if (fuller && !e) {
    const words = mentionText(ctx, fuller);
    return { speaker: { name: words, kind: 'unknown', description: words }, entity: null, how: `“${text}” is “${words}”, the sentence before opens with it` };
  }
  if (introduced && (!e || lastMentionBefore(e, m.start) < introduced.start)) {
    const words = mentionText(ctx, introduced);
    return { speaker: { name: words, kind: 'anonymous', description: words }, entity: null, how: `“${text}” is the unnamed source introduced as “${words}”` };
  }
  if (e) {
    reg.mention(e, m.start, m.end);
    // refOf's object is new: given the description in place, not copied by a spread (a slow path for each copy's store)
    const speaker: SpeakerRef = refOf(reg, e);
    speaker.description = text;
    return { speaker, entity: e, how: `“${text}” matches ${e.name} (${[e.role, e.organisation, e.country].filter(Boolean).join(', ')})` };
  }
  // “The shipyard, Rauma Marine Constructions, said …” then “the shipyard said”; “the first witness, Dmitri Karalis,” then
  // “the witness said”: the one the article named in apposition to that noun
  if (first.lower === 'the' && m.end - m.start === 2) {
    const named = introducedAs(ctx, reg, headWord, m.start);
    if (named) {
      reg.mention(named, m.start, m.end);
      const speaker: SpeakerRef = refOf(reg, named);
      speaker.description = text;
      return { speaker, entity: named, how: `“${text}” is ${named.name}, introduced as the ${headWord}` };
    }
  }
  // “Nordhavn Shipping will cut 1,200 jobs, the company said” — a company named before; of several, the one the article
  // names most (an analyst's bank named last is not “the company” of a story about a steelmaker), else the latest
  if (first.lower === 'the' && m.end - m.start === 2 && COMPANY_NOUNS.has(headWord)) {
    let best: Entity | null = null;
    for (const e of recentEntities(reg, m.start)) {
      if (e.kind !== 'organisation') continue;
      // (a firm named with an ampersand is a company whatever it ends with: “Brandt & Kessel”)
      if (!COMPANY_WORDS.has(e.words[e.words.length - 1].toLowerCase()) && !e.words.includes('&')) {
        // (a regulator or a ministry named since is no company: “… the Swedish Energy Markets Inspectorate said. The
        // company said …” is still the company before it)
        if (best === null && !PUBLIC_BODY_WORDS.has(e.words[e.words.length - 1].toLowerCase())) break;
        continue;
      }
      if (best === null || e.mentions.length > best.mentions.length) best = e;
    }
    if (best) return describedBody(reg, best, m, text, 'the company named before');
  }
  // “But the state's Office of Emergency Services gave a different figure. In its morning report, the agency said …” —
  // a body of government named in the sentence before, or earlier in its own, whatever its name calls it
  if (first.lower === 'the' && m.end - m.start === 2 && PUBLIC_BODY_NOUNS.has(headWord)) {
    const body = publicBodyBefore(ctx, reg, m.start);
    if (body) return describedBody(reg, body, m, text, 'the public body named just before');
  }
  // “Orvana said the figures reflected years of neglect. “…,” the agency said”: the one body named in that sentence and
  // this one, opening its sentence as the one reporting, whatever its name calls it
  if (first.lower === 'the' && m.end - m.start === 2 && SUBJECT_BODY_NOUNS.has(headWord)) {
    const body = subjectBodyBefore(ctx, reg, m.start);
    if (body) return describedBody(reg, body, m, text, 'the one body named just before, opening its sentence');
  }
  // “Mona Falk said in a statement that …” then “…,” the statement said — the statement is hers
  if (first.lower === 'the' && WRITTEN_BY.has(headWord)) {
    const author = authorOfWritten(ctx, reg, headWord, m.start);
    if (author) return { ...author, how: `“${text}” is the ${headWord} of ${author.speaker.name} quoted before (${author.how})` };
  }
  // “Ardenia's health minister on Friday lowered the toll …” then “Health Minister Tomas Varga said …”: in the article's
  // first two paragraphs, the person its lead withholds the name of and names just after
  // (also a label closed by a colon, as a live blog's entry heads its quote: “22:31 - Opposition leader: "We can smell
  // victory"”, then “Opposition leader Magnus Ek told supporters …”)
  if (ctx.bounds.paragraph[m.start] <= 1 || ctx.tokens[m.end]?.text === ':') {
    const ahead = matchDescriptionAhead(ctx, reg, m);
    if (ahead) {
      reg.mention(ahead, m.start, m.end);
      const speaker: SpeakerRef = refOf(reg, ahead);
      speaker.description = text;
      return { speaker, entity: ahead, how: `“${text}” is ${ahead.name}, named just after it in the article's opening (${ahead.role})`, doubtful: false };
    }
  }
  // “Real Madrid coach Carlo Ancelli was guarded. “…,” the Italian told reporters” / the 64-year-old said — an epithet
  // the article gives the person its sentence before is about
  if (first.lower === 'the' && m.end - m.start === 2 && isEpithet(headWord)) {
    const subject = subjectPersonBefore(ctx, reg, m.start);
    const country = NATIONALITIES.get(headWord);
    if (subject && (!country || !subject.country || subject.country === country)) {
      reg.mention(subject, m.start, m.end);
      const speaker: SpeakerRef = refOf(reg, subject);
      speaker.description = text;
      return { speaker, entity: subject, how: `“${text}” is ${subject.name}, the person the sentence before is about`, doubtful: true };
    }
  }
  // (a spokesperson no one named is an unnamed source by trade: “the Lumora spokesperson”)
  // (a guard is a body only as a coast or national guard: “the guard said” is a person)
  // (a thing of the one spoken to or of the writer is no body: “Q: Your report says the Arctic could be ice-free …”)
  const addressed = first.lower === 'your' || first.lower === 'my' || first.lower === 'our';
  const body = !addressed && ORGANISATION_NOUNS.has(headWord) && (headWord !== 'guard' || GUARD_BODIES.has(ctx.tokens[(m.head ?? m).start - 1]?.lower ?? ''));
  const kind = body ? 'organisation' : headWord.startsWith('spokes') ? 'anonymous' : 'unknown';
  const speaker: SpeakerRef = kind === 'anonymous' ? unnamedSource(ctx, reg, m, text) : { name: text, kind, description: text };
  return { speaker, entity: null, how: `description “${text}” not matched to anyone named earlier` };
}

/**
 * An unnamed source as written, with the body it speaks for when it is a spokesperson and the story names one
 * (“Acme Corp declined to comment. “We do not comment on rumours,” a spokeswoman said.” — Acme Corp's).
 */
function unnamedSource(ctx: ArticleContext, reg: Registry, m: Mention, text: string): SpeakerRef {
  const speaker: SpeakerRef = { name: text, kind: 'anonymous', description: text };
  const body = bodyOfSpokesperson(ctx, reg, m, sentenceBefore(ctx, sentenceStartOf(ctx, m.start, 80)), sentenceEndOf(ctx, m.end - 1, 80));
  if (body) speaker.organisation = body.name;
  return speaker;
}

/** Tokens read back for a noun set off before a name (“the shipyard, Rauma Marine Constructions,”). */
const APPOSITION_REACH = 400;

/**
 * The nearest `noun` before token `at`, outside quotes, followed by a comma and a name someone goes by (“The shipyard,
 * Rauma Marine Constructions,”, “the first witness, Dmitri Karalis,”): that one; else null.
 */
function introducedAs(ctx: ArticleContext, reg: Registry, noun: string, at: number): Entity | null {
  if (!noun || noun.endsWith('s') && !noun.endsWith('ss')) return null;
  const tokens = ctx.tokens;
  for (let k = at - 1; k >= 0 && k >= at - APPOSITION_REACH; k--) {
    if (tokens[k].lower !== noun || ctx.inQuote[k] >= 0) continue;
    // “Dmitri Karalis, 41, was the first witness called …”: the subject of “was the … witness”
    if (tokens[k + 1]?.text !== ',') {
      let d = k - 1;
      while (d > k - 4 && d >= 0 && tokens[d].kind === 'word' && !tokens[d].cap && tokens[d].lower !== 'the') d--;
      if (tokens[d]?.lower !== 'the' || (tokens[d - 1]?.lower !== 'was' && tokens[d - 1]?.lower !== 'is')) continue;
      const from = sentenceStartOf(ctx, k, 80);
      const entry = reg.timeline[mentionsBefore(reg, from)];
      if (!entry || entry.start >= d || entry.start > from + 3 || entry.entity.kind !== 'person' || ORGANISATION_NOUNS.has(noun)) return null;
      return entry.entity;
    }
    const entry = reg.timeline[mentionsBefore(reg, k + 2)];
    if (!entry || entry.start !== k + 2) return null;
    const e = entry.entity;
    // (a body's noun names no person: “the company, Ola Berg,” is not how a company is named)
    // (a business's noun names a body: “The shipyard, Baltic Hull Works,”)
    const bodyNoun = ORGANISATION_NOUNS.has(noun) || (e.kind === 'organisation' && BUSINESS_KINDS.has(noun));
    if (bodyNoun !== (e.kind === 'organisation') && (e.kind === 'person' ? !!e.gender : true)) return null;
    return e;
  }
  return null;
}

/** Words before “guard” that make it a body: “the coast guard”, “the National Guard”. */
const GUARD_BODIES: ReadonlySet<string> = new Set(['coast', 'national', 'border', 'republican', 'revolutionary']);

/** Nouns a public body is called by after its name: “the agency”, “the office”. */
const PUBLIC_BODY_NOUNS: ReadonlySet<string> = new Set(['agency', 'office', 'service', 'department', 'authority', 'bureau', 'commission', 'regulator', 'watchdog']);
/** Last words of public bodies' names. */
const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set([
  'agency', 'office', 'services', 'service', 'department', 'authority', 'bureau', 'commission', 'administration', 'directorate',
  'inspectorate', 'ministry', 'board', 'institute', 'centre', 'center', 'survey', 'secretariat', 'council',
]);

/**
 * The organisation named last before token `at`, in its sentence or the one before, when its name ends as a public body's
 * does (“Office of Emergency Services”, “Geological Survey”), or null.
 */
function publicBodyBefore(ctx: ArticleContext, reg: Registry, at: number): Entity | null {
  const from = sentenceBefore(ctx, sentenceStartOf(ctx, at, 80));
  for (let k = mentionsBefore(reg, at) - 1; k >= 0 && reg.timeline[k].start >= from; k--) {
    const e = reg.timeline[k].entity;
    if (e.kind !== 'organisation') continue;
    const words = e.words.map((w) => w.toLowerCase());
    return words.some((w) => PUBLIC_BODY_WORDS.has(w)) ? e : null;
  }
  return null;
}

/** Nouns a body is called by after it opened a sentence as the one reporting: “the agency”, “the organisation”. */
const SUBJECT_BODY_NOUNS: ReadonlySet<string> = new Set([
  'agency', 'organisation', 'organization', 'company', 'firm', 'group', 'charity', 'foundation', 'utility', 'body',
]);

/** Tokens from a sentence's start within which a name opens it as its subject (“The water supplier, Severn Vale Water,”). */
const SUBJECT_REACH = 6;

/**
 * The organisation opening the sentence of token `at` (before it) or the sentence before, when it is the only
 * organisation either names outside quotes before `at`; else null.
 */
function subjectBodyBefore(ctx: ArticleContext, reg: Registry, at: number): Entity | null {
  const own = sentenceStartOf(ctx, at, 80);
  const before = sentenceBefore(ctx, own);
  const t = reg.timeline;
  let body: Entity | null = null;
  let opens = false;
  let sentence = -1;
  // (a body's initials opening a sentence and reporting are read here if no one read them yet: “UNICEF said …”, “The
  // WHO said …”)
  for (const opening of own > before ? [before, own] : [own]) {
    const from = ctx.tokens[opening].lower === 'the' ? opening + 1 : opening;
    const w = ctx.tokens[from];
    if (from < at - 1 && w.kind === 'word' && ctx.inQuote[from] < 0 && /^[A-Z]{2,6}$/.test(w.text) && ctx.tokens[from + 1]?.text === ctx.tokens[from + 1]?.lower
      && reportsAt(ctx, from, at) === 'speaks') reg.resolveName(from, from + 1);
  }
  for (let k = mentionsBefore(reg, before); k < t.length && t[k].start < at; k++) {
    const { start, entity } = t[k];
    if (ctx.inQuote[start] >= 0) continue;
    const from = start >= own ? own : sentenceStartOf(ctx, start, 80);
    const first = from !== sentence;
    sentence = from;
    if (entity.kind !== 'organisation') continue;
    if (body && body !== entity) return null;
    body = entity;
    if (first && start - from <= SUBJECT_REACH) opens = true;
  }
  return opens ? body : null;
}

/** Nouns of a nationality for a person: “the Frenchman”, “the Briton”. */
const NATIONALITY_NOUNS: ReadonlySet<string> = new Set([
  'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'irishman', 'irishwoman', 'scotsman', 'scotswoman', 'welshman',
  'welshwoman', 'dutchman', 'dutchwoman', 'briton', 'scot', 'spaniard', 'swede', 'dane', 'finn', 'pole', 'turk', 'swiss',
]);

/** A word an article calls someone by instead of their name: “the 64-year-old”, “the Italian”, “the Dutchman”. */
function isEpithet(w: string): boolean {
  return NATIONALITY_NOUNS.has(w) || (NATIONALITIES.has(w) && !w.endsWith('s')) || (w.length >= 10 && w.endsWith('-year-old'));
}

/**
 * The person named first in the sentence before token `at`'s, when that sentence names one and its own sentence names
 * no one before `at`: who the sentence before is about.
 */
function subjectPersonBefore(ctx: ArticleContext, reg: Registry, at: number): Entity | null {
  const own = sentenceStartOf(ctx, at, 80);
  const before = sentenceBefore(ctx, own);
  // (or the last sentence of the paragraph before, when this one opens with the quotation: “Sita Kumari Oli lost her
  // husband … ¶ “I heard the walls crack,” the 38-year-old said.”)
  const paragraph = ctx.bounds.paragraph[at];
  const sameParagraph = ctx.bounds.paragraph[before] === paragraph;
  // (a sentence long enough to tell something of someone: not a photo credit, “Neilson Barnard via Getty Images.”)
  const told = sentenceEndOf(ctx, before) - before >= 8;
  if (before >= own || !(sameParagraph || (ctx.bounds.paragraph[before] === paragraph - 1 && told && opensWithQuote(ctx, at)))) return null;
  const t = reg.timeline;
  let k = mentionsBefore(reg, before);
  for (; k < t.length && t[k].start < own; k++) {
    if (ctx.inQuote[t[k].start] >= 0) continue;
    // (a name before a role and another name is whom that person serves: “Real Madrid coach Carlo Ancelli”, “Trump
    // campaign manager Paul Manafort”)
    const e = t[k].entity;
    const end = nameEndFrom(ctx, t[k].start);
    if (ctx.tokens[end] && ROLE_NOUNS.has(ctx.tokens[end].lower) && isNameWord(ctx.tokens[end + 1])) continue;
    return e.kind === 'person' && !namedBetween(reg, own, at) ? e : null;
  }
  return null;
}

/** The paragraph of token `at` opens with a quotation, and only marks, the quotation and punctuation come before `at`. */
function opensWithQuote(ctx: ArticleContext, at: number): boolean {
  const start = ctx.bounds.paragraphStart[ctx.bounds.paragraph[at]];
  if (ctx.tokens[start]?.kind !== 'mark') return false;
  for (let k = start; k < at; k++) {
    const t = ctx.tokens[k];
    if (ctx.inQuote[k] < 0 && t.kind === 'word' && k < at) return false;
  }
  return true;
}

/** The token after the run of capitalised words from token `k`. */
function nameEndFrom(ctx: ArticleContext, k: number): number {
  let e = k;
  while (e < ctx.tokens.length && ctx.tokens[e].cap && ctx.tokens[e].kind === 'word') e++;
  return e;
}

/** Someone is named from token `from` to `to`, outside the quote marks. */
function namedBetween(reg: Registry, from: number, to: number): boolean {
  const k = mentionsBefore(reg, from);
  return k < reg.timeline.length && reg.timeline[k].start < to;
}
