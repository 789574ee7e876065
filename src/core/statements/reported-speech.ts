/**
 * Reported (indirect) speech outside quote marks: “Shamkhani noted the Syrian army’s
 * valuable achievements …” → speaker, cue and the content up to the sentence end; and the
 * inverted order news uses for figures: “At least 300 people died, the ministry said.” /
 * “…, said Maria Kovacs, a UN spokeswoman.” / “…, according to the UN.”
 */
import { sentenceEndOf, sentenceStartOf, type ArticleContext, type Mention } from '../context';
import { isPassiveCue } from '../attribution/passive';
import type { StatementResult } from '../types';
import type { Token } from '../text/tokenize';
import { endsPossessive } from '../text/possessive';
import { CUE_SHAPES, cueAt, isParticiple, mayOpenCue, type CueMatch } from '../attribution/cues';
import { abbreviationStop, phraseStartingAt } from '../attribution/noun-phrase';
import { homographName } from '../attribution/speaker-phrase';
import { closesSentence, endsClauseAfter } from '../attribution/clause-end';
import { afterDateline, DASHES, subjectOf } from '../attribution/subject';
import { mentionText, namingSpan } from '../attribution/describe';
import type { Registry } from '../entities/registry';
import { resolveMention } from '../entities/resolve-speaker';
import { WordShapes } from '../text/word-shapes';
import { NOTHING_SAID } from '../data/function-words';

// Bound once at load: called for every token, and each read of an import through the
// CommonJS interop layer is a getter call.
const cueAtToken = cueAt;
const mayOpen = mayOpenCue;

/** Verbs too vague to report a statement on their own (“called”, “read”). */
const MIN_CONTENT_TOKENS = 3;

/** Participles of speaking that set the scene of a report when a preposition follows them. */
const FRAMING_PARTICIPLES: ReadonlySet<string> = new Set(['speaking', 'talking', 'writing']);
const FRAME_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'at', 'in', 'to', 'from', 'with', 'after', 'before', 'during', 'by', 'outside', 'alongside', 'under', 'via', 'over', 'through']);

/** Words that open when or where something was said (“said on Tuesday”, “said yesterday”, “said in a statement”). */
const SETTING_WORDS: ReadonlySet<string> = new Set([
  'on', 'at', 'in', 'during', 'after', 'before', 'via', 'outside', 'alongside', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'late', 'last', 'this',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** Words that show the words after a cue report something after all (“said on Tuesday |that| …”, “said in Paris |it| would …”). */
const REPORT_OPENERS: ReadonlySet<string> = new Set(['that', 'it', 'he', 'she', 'they', 'we', 'i', 'there', 'whether', 'what', 'how']);
/** Verbs that report what someone said, whose subject may close a sentence that opens with what was said. */
const SAYING: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'explained', 'explains', 'noted', 'notes', 'wrote', 'writes',
  'argued', 'argues', 'claimed', 'claims', 'warned', 'warns', 'estimated', 'estimates', 'reported', 'reports',
  'confirmed', 'confirms', 'acknowledged', 'acknowledges', 'recalled', 'recalls', 'stated', 'states', 'contended',
  'contends', 'maintained', 'maintains', 'announced', 'announces', 'predicted', 'predicts', 'insisted', 'insists',
]);
/**
 * Words that open a sentence with a clause or phrase of its own (“As Europe faces pressure, Germany has pledged …”,
 * “On Tuesday, even as shares fell, Ackman wrote …”): the comma before the speaker may end that opening, not what
 * was said.
 */
const OPENING_PHRASE: ReadonlySet<string> = new Set([
  'as', 'despite', 'because', 'when', 'while', 'although', 'though', 'if', 'unless', 'after', 'before', 'since',
  'until', 'once', 'whereas', 'even', 'on', 'in', 'at', 'during', 'with', 'without', 'by', 'for', 'from', 'following',
  'amid', 'under', 'over', 'given', 'like', 'unlike', 'to', 'upon', 'throughout', 'within', 'whether',
]);
/** Verbs that give a figure as someone's own: “officials put the death toll at 400”, “the agency raised the toll to 212”. */
const FIGURE_VERBS: ReadonlySet<string> = new Set([
  'put', 'puts', 'raised', 'raises', 'revised', 'revises', 'lowered', 'lowers', 'updated', 'updates', 'gave', 'gives', 'placed', 'places',
  // “The health ministry stood by its figure of 40 deaths”
  'stood', 'stands', 'stand',
  // “Relief Without Borders, which counted 97 dead in its own survey”: a count of victims is its counter's figure
  'counted', 'counts', 'recorded', 'records', 'registered', 'registers', 'tallied', 'tallies', 'logged', 'documented',
]);
/** Verbs of counting, which take the figure itself and the victims counted. */
const COUNTING: ReadonlySet<string> = new Set(['counted', 'counts', 'recorded', 'records', 'registered', 'registers', 'tallied', 'tallies', 'logged', 'documented']);
/** Verbs of standing by a figure, which take “by” before it. */
const STANDING: ReadonlySet<string> = new Set(['stood', 'stands', 'stand']);
/** Their shapes: every word of a text is asked, and most are turned away without hashing. */
const FIGURE_VERB_SHAPES = new WordShapes(FIGURE_VERBS);
/** The shapes of words that may open a report, a cue's or a figure verb's: the one test most tokens of a text get. */
const REPORT_OPENER_SHAPES = WordShapes.union(CUE_SHAPES, FIGURE_VERB_SHAPES);
/** What such a verb gives: “the toll”, “its estimate”, “the casualty figures”. */
const FIGURE_NOUNS: ReadonlySet<string> = new Set(['toll', 'figure', 'figures', 'estimate', 'estimates', 'tally', 'crowd', 'turnout', 'gap', 'shortfall', 'deficit', 'cost', 'costs', 'bill']);
/** “the number of dead”, “the number of people killed”: a count of victims, not of things done (“the number of polling places”). */
const VICTIM_WORDS: ReadonlySet<string> = new Set([
  'dead', 'deaths', 'killed', 'casualties', 'victims', 'injured', 'wounded', 'missing', 'displaced', 'fatalities', 'infected', 'cases',
]);
/** Words before a figure that say how near it is: “at about 6,500”. */
const APPROXIMATE_WORDS: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'least', 'more', 'over', 'under']);
/** Conjunctions opening a clause of its own after the setting: “…, fire officials said on Tuesday, as crews struggled …”. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'while', 'when', 'after', 'before', 'amid', 'despite', 'although', 'though', 'even']);

/** Lower-case words that cannot describe the group speaking after a comma (“…, and officials said”, “…, but experts say”). */
const STOP_MODIFIERS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'so', 'yet', 'as', 'while', 'when', 'that', 'which', 'who', 'where', 'if', 'though', 'although', 'because', 'since', 'not', 'also', 'then', 'now', 'still']);

/** Forms of “speak”: followed by a preposition they tell where, when or to whom someone spoke, rarely what. */
const SPEAK_FORMS: ReadonlySet<string> = new Set(['speak', 'speaks', 'spoke', 'spoken']);
/** Words after “spoke” that open the setting of the speaking (“spoke to reporters”, “spoke at a rally”, “spoke for an hour”). */
const SPOKE_SETTING: ReadonlySet<string> = new Set([
  'to', 'with', 'at', 'in', 'before', 'after', 'during', 'from', 'by', 'outside', 'alongside', 'under', 'via', 'over', 'for',
  'inside', 'near', 'through', 'throughout', 'ahead', 'shortly', 'hours', 'minutes', 'moments', 'days', 'again', 'first', 'last',
  'later', 'earlier', 'afterward', 'afterwards', 'only', 'just', 'yesterday', 'today', 'tonight', 'there', 'here',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** “spoke on the condition of anonymity”, “spoke on the phone”: “on” and these words set the scene (“spoke on the economy” does not). */
const SPOKE_ON_SETTING: ReadonlySet<string> = new Set([
  'condition', 'behalf', 'phone', 'telephone', 'record', 'floor', 'sidelines', 'air', 'radio', 'television', 'stage', 'show', 'program', 'programme', 'call', 'camera',
]);

/** Cue verbs that, followed by “to”, are not reporting: responded to, continues to, added to, thanks to. */
const TO_VERBS: ReadonlySet<string> = new Set([
  'respond', 'responds', 'responded', 'responding', 'reply', 'replies', 'replied', 'replying',
  'continue', 'continues', 'continued', 'continuing', 'add', 'adds', 'added', 'adding', 'thanks',
]);

/** A word ending in a possessive: “Trump’s”, “the officials’”. */
function possessive(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && endsPossessive(t.text);
}

/** Words that open a setting after a cue: “said in an email”, “wrote on Twitter”, “said yesterday”. */
const SETTING_OPENERS: ReadonlySet<string> = new Set([
  'on', 'at', 'in', 'during', 'before', 'after', 'via', 'outside', 'alongside', 'from', 'into', 'yesterday', 'today', 'tonight',
  'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** Where words are put: “on his blog”, “on the campaign trail”. */
const CHANNELS: ReadonlySet<string> = new Set([
  'blog', 'website', 'site', 'page', 'trail', 'podcast', 'stage', 'air', 'radio', 'television', 'show', 'program', 'programme',
  'phone', 'telephone', 'call', 'camera', 'floor', 'sidelines', 'record', 'condition', 'behalf', 'campaign', 'twitter', 'facebook',
]);
/** What is written or recorded, which a participle after it describes: “a statement posted on social media”. */
const WRITTEN_THINGS: ReadonlySet<string> = new Set(['statement', 'statements', 'message', 'letter', 'video', 'tweet', 'note', 'memo', 'email', 'report', 'interview', 'remarks', 'comments', 'transcript', 'recording']);
/** Participles of making a text public (not of saying: “The statement added”, “the letter warned” report). */
const PUBLISHED: ReadonlySet<string> = new Set(['posted', 'released', 'issued', 'published', 'shared', 'uploaded', 'circulated', 'distributed', 'broadcast', 'aired', 'filed', 'obtained', 'seen', 'reviewed', 'tweeted', 'emailed']);
/** Verbs that make the words after a cue a clause of their own: “the saving would be …”, “the actuary had estimated …”. */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'had', 'has', 'have', 'would', 'will', 'could', 'should', 'may', 'might', 'must', 'can']);

/**
 * [from, to) after a cue is a clause reported on its own: six words or more outside quote marks and commas, opening with
 * no setting or addressee (“on Twitter on Monday”, “to his followers”), with a verb of its own among its first words.
 */
function reportedClause(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || first.kind !== 'word' || SETTING_OPENERS.has(first.lower) || first.lower === 'to' || first.lower === 'that' && SETTING_OPENERS.has(tokens[from + 1]?.lower ?? '')) return false;
  let words = 0;
  let verb = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'mark' || t.text === ',') return false;
    if (t.kind === 'word' || t.kind === 'num') words++;
    if (words <= 8 && t.kind === 'word' && CLAUSE_VERBS.has(t.lower)) verb = true;
  }
  return verb && words >= 6;
}

/** States a count of people is confirmed in: “confirmed dead”, “confirmed missing”. */
const CONFIRMED_STATES: ReadonlySet<string> = new Set(['dead', 'killed', 'missing', 'injured', 'infected', 'alive', 'safe']);

/** Participles that describe a figure by who gave it: “the 52.3 percent reported on election night”. */
const PUBLISHED_FIGURE: ReadonlySet<string> = new Set(['reported', 'announced', 'given', 'cited', 'released', 'published', 'stated', 'quoted', 'estimated', 'claimed']);

/** Where votes are counted: “with 78 percent of precincts reporting”. */
const COUNTED_PLACES: ReadonlySet<string> = new Set(['precincts', 'districts', 'stations', 'counties', 'wards', 'constituencies', 'returns', 'polls', 'booths']);

/** Nouns whose “that” clause is what they hold, not what the speaker says: “to accusations that …”. */
const CONTENT_NOUNS: ReadonlySet<string> = new Set([
  'accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'report', 'reports', 'rumour', 'rumours', 'rumor',
  'rumors', 'suggestion', 'suggestions', 'charge', 'charges', 'criticism', 'concern', 'concerns', 'fear', 'fears', 'news',
  'idea', 'notion', 'fact', 'assertion', 'assertions', 'question', 'questions', 'speculation', 'evidence', 'view', 'belief',
]);
/** What one goes on that is no channel of speech: “went on trial”, “went on strike”. */
const GOING_ON: ReadonlySet<string> = new Set(['trial', 'strike', 'sale', 'holiday', 'vacation', 'leave', 'patrol', 'duty', 'hunger', 'foot', 'board', 'display', 'tour', 'bail', 'probation', 'parole']);

/** Words before a noun: “the”, “his”. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that']);
/** Words no setting holds: a verb or a clause follows the cue after all (“argued in 2004 were unhealthy”). */
const NOT_SETTING: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'may',
  'might', 'must', 'do', 'does', 'did', 'not', 'that', 'it', 'he', 'she', 'they', 'we', 'i', 'there', 'whether', 'what', 'how', 'who', 'which',
]);

/** Relative pronouns opening a clause about the speaker. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'which']);
/** A setting of at most this many tokens. */
const SETTING_TOKENS = 6;

/** One statement per sentence: the first speech cue with a subject and quote-free content after it. */
export function findStatements(ctx: ArticleContext, reg: Registry): StatementResult[] {
  const out: StatementResult[] = [];
  const { tokens } = ctx;
  // “…,” Halvorsen told reporters after the meeting — a cue that attributes a quote reports that quote, not the words after it
  const quoteCues = new Set<number>();
  // “… said that 11 people were being held and that two names “have not been accounted for”” — a cue whose quote comes
  // after a clause of its own reports that clause too, up to the joiner before the quote (cue start → that joiner)
  const clauseBefore = new Map<number, number>();
  // (in the quote's own sentence: “Smith said the talks failed. “We tried.”” reports both)
  for (const q of ctx.quotes) {
    const c = q.attribution?.cue;
    if (c && sameSentence(ctx, c.start < q.openTok ? c.start : q.closeTok, c.start < q.openTok ? q.openTok : c.start)) {
      quoteCues.add(c.start);
      const joiner = c.end < q.openTok ? clauseJoinerBefore(ctx, c.end, q.openTok) : -1;
      if (joiner >= 0) clauseBefore.set(c.start, joiner);
      // (or up to the comma before the quotation: “She said the saving would be closer to £9.5 billion a year, “because
      // …””)
      else if (c.end < q.openTok && tokens[q.openTok - 1]?.text === ',' && reportedClause(tokens, c.end, q.openTok - 1)) clauseBefore.set(c.start, q.openTok - 1);
    }
  }
  let i = 0;
  while (i < tokens.length) {
    // cues start with a word outside quote marks; the loop over every token stays small, the rest is in `reportAt`
    // (one shape test first: it turns most words away before any lookup, the two sets of cues included)
    const t = tokens[i];
    if (t.kind !== 'word' || !REPORT_OPENER_SHAPES.hasShape(t.shape) || ctx.inQuote[i] >= 0) {
      i++;
      continue;
    }
    const limit = clauseBefore.get(i);
    const cue = !quoteCues.has(i) || limit !== undefined ? (mayOpen(t) ? cueAtToken(ctx, i) : null) ?? (FIGURE_VERB_SHAPES.hasShape(t.shape) ? figureReport(ctx, i) : null) : null;
    i = cue ? reportAt(ctx, reg, cue, i, out, limit) : i + 1;
  }
  return out;
}

/** The statement a cue at token `i` reports, if any, pushed on `out`; returns the token to read on from. */
function reportAt(ctx: ArticleContext, reg: Registry, cue: CueMatch, i: number, out: StatementResult[], limit?: number): number {
  const tokens = ctx.tokens;
  // “…, speaking on condition of anonymity, said …” / “Speaking at a rally, …” — a frame for the report, not the report
  // (a cue inside the frame is the frame's too: “Speaking through an interpreter in an interview with …, Dorokhova said”)
  if (FRAMING_PARTICIPLES.has(tokens[cue.start].lower) && cue.end === cue.start + 1 && FRAME_PREPOSITIONS.has(tokens[cue.end]?.lower ?? '')) return nextComma(ctx, cue.end, sentenceEndOf(ctx, i));
  // “officials who asked not to be named said …”, “who requested anonymity” — a condition of the report, not the report
  if (asksAnonymity(ctx, cue.end)) return cue.end;
  // “He did not say where his figure came from”, “declined to say”: nothing was said
  if (saidNothing(tokens, cue.start)) return cue.end;
  // “said in a statement posted on social media”, “a video released on Monday”: a participle describing what was
  // written, not someone reporting; “With 78 percent of precincts reporting”: votes counted, not speech
  // “Four miners were confirmed dead and two remained missing, the minister said.”: a passive reports nothing of its
  // subject's (the cue closing the sentence reports it all); nor does one with no cue after it: “Marchuk was declared
  // the winner”, “She was told to wait” — the subject is spoken of, not speaking
  if (cue.end === cue.start + 1 && isPassiveCue(ctx, cue.start)) return cue.end;
  // “The number of people confirmed dead … rose to 19”: a state confirmed, not a report of the people's
  if (cue.end === cue.start + 1 && tokens[cue.start].lower === 'confirmed' && CONFIRMED_STATES.has(tokens[cue.end]?.lower ?? '')) return cue.end;
  const lead = tokens[cue.start - 1]?.lower ?? '';
  // “slightly more than the 52.3 percent reported on election night”: a figure described by where it was given
  if (cue.end === cue.start + 1 && PUBLISHED_FIGURE.has(tokens[cue.start].lower) && (tokens[cue.start - 1]?.kind === 'num' || lead === 'percent' || lead === '%' || lead === 'figure' || lead === 'toll')) return cue.end;
  if (cue.end === cue.start + 1 && ((WRITTEN_THINGS.has(lead) && PUBLISHED.has(tokens[cue.start].lower)) || (COUNTED_PLACES.has(lead) && tokens[cue.start].lower === 'reporting'))) return cue.end;
  // “Ekberg added a third in stoppage time”, “added 500 jobs”; “testified against Hale”: no speech, or none reported
  const verb = tokens[cue.start].lower;
  const next = tokens[cue.end];
  // “went on trial”, “went on strike”: going on to something is no report (“went on: “…””, “went on to say”, “went on
  // Twitter to applaud …” are)
  if (verb === 'went' && tokens[cue.start + 1]?.lower === 'on' && cue.end === cue.start + 2 && GOING_ON.has(next?.lower ?? '')) return cue.end;
  // “Voss reflected on her legacy”, “mused about the old days”: a verb of thinking followed by what it was about is a
  // topic, no report (“reflected that the party had changed” is one)
  if (cue.end === cue.start + 1 && REFLECTING.has(verb) && TOPIC_WORDS.has(next?.lower ?? '')) return cue.end;
  if (cue.end === cue.start + 1 && next && ((ADDING.has(verb) && (next.kind === 'num' || OBJECT_DETERMINERS.has(next.lower)))
    || (TESTIFYING.has(verb) && (next.lower === 'against' || next.lower === 'before' || next.lower === 'at')))) return cue.end;
  if (cue.according || cue.strength === 'attitude' && tokens[cue.start].lower !== 'called') {
    const inverted = cue.according ? invertedStatement(ctx, reg, cue) ?? accordingFirst(ctx, reg, cue) : null;
    if (inverted) { out.push(inverted.statement); return inverted.end; }
    return i + 1;
  }
  // (a semicolon ends what was reported: “Petrakis has said he would cut it by 5 percent; Castellane has pledged 8”)
  let end = semicolonBefore(ctx, cue.end, limit !== undefined ? Math.min(limit, sentenceEndOf(ctx, i)) : sentenceEndOf(ctx, i));
  let contentStart = cue.end;
  // “… will appeal, his lawyer said.” — after the comma, another speaker and cue close the sentence: theirs is the report
  if (tokens[contentStart]?.text === ',' && closedByAttribution(ctx, contentStart + 1, end)) return contentStart;
  if (tokens[contentStart]?.lower === 'that' || tokens[contentStart]?.text === ',') contentStart++;
  // “spoke to reporters on Tuesday”, “spoke on condition of anonymity”: where and to whom, not a report; what was
  // spoken of, if the sentence says, follows (“spoke at the White House about the rights …”)
  if (SPEAK_FORMS.has(tokens[cue.start].lower) && cue.end === cue.start + 1) {
    const topic = spokenTopic(ctx, contentStart, end);
    // (a cue inside the setting is no report of its own: “who spoke on condition of anonymity to discuss …, said”)
    if (topic < 0) return nextComma(ctx, contentStart, end);
    contentStart = topic;
  }
  // “did not respond to a request for comment”, “continues to hammer Clinton”, “adding to her run of victories”,
  // “thanks to his romp”: the verb takes “to” and an object or a verb, not what was said
  if (cue.end === cue.start + 1 && tokens[cue.end]?.lower === 'to' && TO_VERBS.has(tokens[cue.start].lower)) {
    // (“continued to complain that …” reports what the verb after it does)
    const inner = tokens[cue.start].lower.startsWith('continu') && tokens[cue.end + 1] && mayOpen(tokens[cue.end + 1]) ? cueAtToken(ctx, cue.end + 1) : null;
    if (!inner || inner.according || inner.strength === 'attitude') return i + 1;
    cue = { ...inner, start: cue.start };
    contentStart = cue.end;
    if (tokens[contentStart]?.lower === 'that') contentStart++;
  }
  // “told Reuters that …”, “told the council that …”, “said on Monday that …”, “wrote in court papers filed in
  // Manhattan that …”: the one told, and when and where, are no part of what was said
  const told = tokens[cue.start].lower;
  const telling = told === 'told' || told === 'tells' || told === 'tell';
  const opener = tokens[contentStart]?.lower ?? '';
  if (telling || SETTING_OPENERS.has(opener) || opener === 'through' || (PUBLISHED.has(opener) && WRITTEN_THINGS.has(tokens[contentStart - 1]?.lower ?? ''))) {
    for (let k = contentStart; k < contentStart + (telling ? 5 : 10) && tokens[k]?.kind === 'word'; k++) {
      if (tokens[k].lower !== 'that') continue;
      // (not the claim of a noun: “responded on Sunday to accusations that he exaggerated …”)
      if (!CONTENT_NOUNS.has(tokens[k - 1].lower)) contentStart = k + 1;
      break;
    }
  }
  // “I asked tenant organiser Luis Ortega what he makes of the change”, “interrupted to ask whether the opposition had
  // a plan”: a question asked states nothing
  if (asksQuestion(tokens, cue, contentStart, end)) return cue.end;
  // “Trump’s appeal to working-class voters”, “Swanson’s remarks”: after a possessive the cue word is a noun, which
  // reports something only as a claim (“North Korea’s claim it had tested a hydrogen bomb”)
  if (possessive(tokens[cue.start - 1]) && tokens[cue.start].lower !== 'claim' && tokens[cue.start].lower !== 'claims') return i + 1;
  let hasQuote = false;
  let firstMark = -1;
  for (let k = contentStart; k < end && !hasQuote; k++) if (tokens[k].kind === 'mark') { hasQuote = true; firstMark = k; }
  // “She said the saving would be closer to £9.5 billion a year, “because the actuary's estimate …”” — a clause of its
  // own reported before a quotation set off by a comma is a statement up to the comma (the quotation is a quote)
  if (hasQuote && tokens[firstMark - 1]?.text === ',' && reportedClause(tokens, contentStart, firstMark - 1)) {
    end = firstMark - 1;
    hasQuote = false;
  }
  let last = end - 1;
  while (last > contentStart && tokens[last].kind === 'punct') last--;
  // the subject only for content worth reporting: most cues introduce a quotation
  const opening = !hasQuote && last - contentStart + 1 >= MIN_CONTENT_TOKENS ? sentenceStartOf(ctx, i) : -1;
  const subject = opening >= 0 ? subjectOf(ctx, cue, opening) : null;
  // “At least 37 people died, the agency said on Tuesday, raising its toll.” — after the cue only when and where it
  // was said (or a clause of its own): what was reported is the opening of the sentence
  const inverted = subject && SAYING.has(tokens[cue.start].lower) && onlySetting(ctx, cue.end, end)
    && tokens[reachComma(ctx, subject, opening).start - 1]?.text === ',' && !opensWithPhrase(ctx, opening, end) ? invertedStatement(ctx, reg, cue) : null;
  if (inverted) { out.push(inverted.statement); return inverted.end; }
  // “Pavel Dunaj, 58, who denied the charges, will appeal” — a relative clause set off by commas reports up to its
  // closing comma; the sentence goes on, and may report something of its own
  // (or by dashes: “Peter Aldane — who had urged a pause — said …”, “Aldane -- who … -- said”)
  const setOff = subject ? tokens[subject.start - 1]?.text ?? '' : '';
  if (subject && RELATIVE_WORDS.has(tokens[subject.start].lower) && (setOff === ',' || DASHES.has(setOff))) {
    let close = contentStart;
    while (close < last && (setOff === ',' ? tokens[close].text !== ',' : !DASHES.has(tokens[close].text))) close++;
    // (a short phrase before the comma is more likely an apposition inside the clause: “said Mr. Jäger, under fire, would …”)
    if (close < last && close - contentStart > MIN_CONTENT_TOKENS) {
      out.push(statementOf(ctx, reg, subject, cue, contentStart, close - 1, 'reported-speech', [0.8, 0.7, 0.5],
        (who, cueText) => `${who} + cue “${cueText}” without quote marks`));
      return close + 1;
    }
  }
  // “Mrs. Abedini wrote on her Facebook page on Sunday.”, “he said in an email”: only when and where, nothing reported
  // (a count of victims is what was reported, “at least 40 deaths” no setting)
  if (subject && !COUNTING.has(tokens[cue.start].lower) && nothingReported(ctx, cue, contentStart, end)) return i + 1;
  if (subject) {
    // “Firefighters declared the fire contained, as the government put the final toll at 71”: a clause giving a
    // figure as someone else's own ends what the first speaker reported, and is read as a report of its own
    const nested = nestedFigureReport(ctx, contentStart, last);
    out.push(statementOf(ctx, reg, subject, cue, contentStart, nested >= 0 ? nested - 1 : last, 'reported-speech', [0.8, 0.7, 0.5],
      (who, cueText) => `${who} + cue “${cueText}” without quote marks`));
    return nested >= 0 ? nested + 1 : end;
  }
  // nothing reported after the cue: the words before it may be what was said (“…, said the minister”: only a verb of
  // saying is written before its speaker, not “He did, however, praise his opponents”)
  const before = hasQuote || !SAYING.has(tokens[cue.start].lower) ? null : invertedStatement(ctx, reg, cue);
  if (before) { out.push(before.statement); return before.end; }
  return i + 1;
}

/**
 * The words from token `from` to the sentence end (`end`) say only when or where something was said, if anything:
 * nothing, a short setting (“on Tuesday”, “in a statement”, “late on Sunday”), then the sentence end or a clause of
 * its own after a comma (“, raising its toll”, “, and officials fear …”).
 */
function onlySetting(ctx: ArticleContext, from: number, end: number): boolean {
  const tokens = ctx.tokens;
  let k = from;
  if (k < end && tokens[k].kind === 'word') {
    // “insisted on acting now” reports the acting
    if (!SETTING_WORDS.has(tokens[k].lower) || tokens[k + 1]?.lower.endsWith('ing')) return false;
    for (; k < end && (tokens[k].kind === 'word' || tokens[k].kind === 'num'); k++) {
      if (k - from >= SETTING_TOKENS || REPORT_OPENERS.has(tokens[k].lower)) return false;
    }
  }
  if (k >= end || tokens[k].kind === 'break') return true;
  const t = tokens[k];
  if (t.text !== ',') return t.kind === 'punct' && k === end - 1;
  const w = tokens[k + 1];
  return !!w && w.kind === 'word' && !w.cap && (w.lower === 'and' || w.lower === 'but' || w.lower.endsWith('ing') || CLAUSE_OPENERS.has(w.lower) || ((w.lower === 'up' || w.lower === 'down') && tokens[k + 2]?.lower === 'from'));
}

/** Verbs of asking, whose clause is a question: “asked whether …”, “wondered how …”. */
const ASKING: ReadonlySet<string> = new Set([
  'ask', 'asks', 'asked', 'asking', 'inquire', 'inquires', 'inquired', 'enquire', 'enquires', 'enquired', 'wonder', 'wonders',
  'wondered', 'query', 'queries', 'queried', 'question', 'questioned',
]);
/** Words opening an indirect question. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['what', 'whether', 'if', 'how', 'why', 'when', 'where', 'who', 'whom', 'which']);

/**
 * The cue asks, and the words from `from` are its question: past a few words of the one asked (“tenant organiser
 * Luis Ortega”), “what”, “whether”, “how” … before any “that” or “to” (“asked them to wait” is a request, reported).
 * “interrupted to ask whether …” too: the verb after “to” asks.
 */
function asksQuestion(tokens: readonly Token[], cue: CueMatch, from: number, end: number): boolean {
  let k = from;
  if (!ASKING.has(tokens[cue.start].lower)) {
    if (tokens[k]?.lower !== 'to' || !ASKING.has(tokens[k + 1]?.lower ?? '')) return false;
    k += 2;
  }
  for (let n = 0; n < 8 && k < end; n++, k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (QUESTION_OPENERS.has(t.lower)) return true;
    if (t.lower === 'that' || t.lower === 'to') return false;
  }
  return false;
}

/** Verbs of adding, which take a thing as well as words: “added a third”, “adds 500 jobs”. */
const ADDING: ReadonlySet<string> = new Set(['added', 'adds', 'add', 'adding']);
/** Verbs of thinking back or over, which report only with a clause: “reflected that …”, not “reflected on her legacy”. */
const REFLECTING: ReadonlySet<string> = new Set([
  'reflect', 'reflects', 'reflected', 'reflecting', 'reminisce', 'reminisces', 'reminisced', 'reminiscing', 'muse', 'muses',
  'mused', 'musing', 'marvel', 'marvels', 'marveled', 'marvelled', 'marveling', 'marvelling', 'remember', 'remembers',
  'remembered', 'remembering', 'recollect', 'recollects', 'recollected', 'recollecting',
]);
/** Prepositions naming what such a verb is about. */
const TOPIC_WORDS: ReadonlySet<string> = new Set(['on', 'upon', 'about', 'over', 'at']);
/** Verbs of testifying, which take a side or a court: “testified against Hale”, “testified before Congress”. */
const TESTIFYING: ReadonlySet<string> = new Set(['testified', 'testifies', 'testify', 'testifying']);
/** Words opening a thing added: “a third”, “another goal”, “two more”. */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions', 'billions']);
/** Words right before a cue that say nothing was said: “did not say”, “declined to say”, “wouldn't say”. */
const REFUSING: ReadonlySet<string> = new Set(['declined', 'declines', 'refused', 'refuses', 'declining', 'refusing']);

/** The cue at `start` is denied or refused: “did not say”, “never said”, “declined to say”, “refused to comment”. */
function saidNothing(tokens: readonly Token[], start: number): boolean {
  const prev = tokens[start - 1]?.lower ?? '';
  if (NOTHING_SAID.has(prev)) return true;
  // “Neither Niger nor Qatar would say whether a ransom had been paid”: no one said
  if (prev === 'would' || prev === 'could') {
    for (let k = start - 2; k >= 0 && k >= start - 8 && tokens[k].kind === 'word'; k--) if (tokens[k].lower === 'neither' || tokens[k].lower === 'nor') return true;
  }
  return prev === 'to' && REFUSING.has(tokens[start - 2]?.lower ?? '');
}

/** At token `k`: a past participle and only its setting up to the sentence end (“published on Wednesday”, “released last week”). */
function publishedAfter(ctx: ArticleContext, k: number, end: number): boolean {
  const t = ctx.tokens[k];
  return !!t && t.kind === 'word' && !t.cap && t.lower.length > 4 && t.lower.endsWith('ed') && onlySetting(ctx, k + 1, end);
}

/**
 * After “spoke” at token `from`: where what was spoken of starts. The token itself unless a setting opens there
 * (“to reporters”, “at a rally on Tuesday”, “on condition of anonymity”, “briefly”); after a setting, the “about”
 * that follows it in the sentence (“of” right after a manner: “spoke favorably of”), or -1 when none does.
 */
function spokenTopic(ctx: ArticleContext, from: number, end: number): number {
  const tokens = ctx.tokens;
  const t = tokens[from];
  if (!t || t.kind !== 'word') return from;
  const w = t.lower;
  // “spoke about 30 minutes”: how long, not of what
  if (w === 'about' && tokens[from + 1]?.kind === 'num') return -1;
  const manner = w.length > 4 && w.endsWith('ly') && !t.cap;
  const onSetting = w === 'on' && !!tokens[from + 1] && (tokens[from + 1].cap || SPOKE_ON_SETTING.has(tokens[from + 1].lower)
    || (tokens[from + 1].lower === 'the' && SPOKE_ON_SETTING.has(tokens[from + 2]?.lower ?? '')));
  if (!manner && !onSetting && !SPOKE_SETTING.has(w)) return from;
  if (manner && (tokens[from + 1]?.lower === 'of' || tokens[from + 1]?.lower === 'about')) return from + 1;
  for (let k = from + 1; k < end; k++) {
    const x = tokens[k];
    if (x.kind === 'mark' || x.kind === 'break' || (x.kind === 'punct' && x.text !== '.' && x.text !== '-')) return -1;
    if (x.lower === 'about') return tokens[k + 1]?.kind === 'num' ? -1 : k;
  }
  return -1;
}

/** Participles of how someone spoke, not of what: “said, clutching the lectern”, “said, referring to the resorts”. */
const MANNER_PARTICIPLES: ReadonlySet<string> = new Set([
  'referring', 'clutching', 'holding', 'sitting', 'standing', 'smiling', 'laughing', 'grinning', 'gesturing', 'waving',
  'shaking', 'nodding', 'looking', 'turning', 'popping', 'wearing', 'walking', 'sipping', 'leaning', 'speaking', 'choking',
  'fighting', 'pausing', 'tapping', 'pacing', 'beaming', 'shrugging', 'sighing',
]);

/**
 * What follows a cue (from token `from` to the sentence end `end`) reports nothing: only where or when it was said
 * (“wrote on his blog on Monday”), to whom (“told POLITICO earlier this week”), how (“said pleasantly into the phone”,
 * “said, clutching the lectern”), or a participle of the cue's own noun (“in a statement provided by his firm.”).
 */
function nothingReported(ctx: ArticleContext, cue: CueMatch, from: number, end: number): boolean {
  const tokens = ctx.tokens;
  const verb = tokens[cue.start].lower;
  const first = tokens[from];
  if (!first || first.kind !== 'word') return false;
  const w = first.lower;
  if (!first.cap && MANNER_PARTICIPLES.has(w)) return true;
  // “said, according to the Post.” — whose account, not what (“reported, according to sources, Clinton tried …” goes on)
  if (w === 'according' && tokens[from + 1]?.lower === 'to') {
    for (let k = from + 2; k < end; k++) if (tokens[k].text === ',') return false;
    return end - from <= 10;
  }
  if (!first.cap && w.length > 4 && w.endsWith('ed') && tokens[from + 1]?.lower === 'by' && end - from <= 8) return true;
  let k = from;
  if (verb === 'told' || verb === 'tells') while (tokens[k]?.kind === 'word' && tokens[k].cap) k++;
  else if (!first.cap && w.length > 4 && w.endsWith('ly')) k++;
  if (k === from) return settingOnly(ctx, from, end);
  let last = end - 1;
  while (last > k && tokens[last].kind === 'punct') last--;
  return k > last || settingOnly(ctx, k, end);
}

/**
 * The words from token `from` to the sentence end (`end`) are a short setting and nothing else: “in an email”,
 * “on Twitter on Monday”, “at the meeting with analysts” — not “in 2004 were unhealthy” nor “this is a rough patch”.
 */
function settingOnly(ctx: ArticleContext, from: number, end: number): boolean {
  const tokens = ctx.tokens;
  const opener = tokens[from]?.lower ?? '';
  if (!SETTING_OPENERS.has(opener) || tokens[from + 1]?.lower.endsWith('ing')) return false;
  // “on Twitter”, “on Jan. 27”, “on his blog”, but “opined on the state of the world” tells of what
  if (opener === 'on') {
    let k = from + 1;
    while (k < end && DETERMINERS.has(tokens[k].lower)) k++;
    if (!tokens[k] || !(tokens[k].cap || CHANNELS.has(tokens[k].lower))) return false;
  }
  let last = end - 1;
  while (last > from && tokens[last].kind === 'punct') last--;
  if (last - from >= 8) return false;
  for (let k = from + 1; k <= last; k++) {
    const t = tokens[k];
    if (t.kind === 'num' || (t.kind === 'punct' && t.text === '.')) continue;
    if (t.kind !== 'word' || NOT_SETTING.has(t.lower) || (!t.cap && t.lower.length > 3 && t.lower.endsWith('ed'))) return false;
  }
  return true;
}

/** The first comma from token `from` on, or `end`. */
function nextComma(ctx: ArticleContext, from: number, end: number): number {
  let k = from;
  while (k < end && ctx.tokens[k].text !== ',') k++;
  return k;
}

/** The sentence from token `start` to `end` opens (after “And”, “But”) with a phrase or clause of its own. */
function opensWithPhrase(ctx: ArticleContext, start: number, end: number): boolean {
  const tokens = ctx.tokens;
  let k = afterDateline(ctx, start, end);
  while (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'but' || tokens[k]?.lower === 'so') k++;
  return OPENING_PHRASE.has(tokens[k]?.lower ?? '');
}

/**
 * “By Monday evening the agency had raised the toll to 212”, “local officials put the number of dead at more than 400”:
 * a verb that gives a figure as its subject's own works as a cue of what follows (the subject is read as for any cue).
 */
function figureReport(ctx: ArticleContext, i: number): CueMatch | null {
  const tokens = ctx.tokens;
  if (!FIGURE_VERBS.has(tokens[i].lower)) return null;
  if (COUNTING.has(tokens[i].lower)) return countedVictims(tokens, i + 1) ? { start: i, end: i + 1, strength: 'speech', according: false } : null;
  const by = STANDING.has(tokens[i].lower);
  if (by && tokens[i + 1]?.lower !== 'by') return null;
  const at = by ? i + 2 : i + 1;
  const det = tokens[at]?.lower;
  if (det !== 'the' && det !== 'its' && det !== 'their' && det !== 'his' && det !== 'her') return null;
  if (by && det === 'the') return null;
  for (let k = at + 1; k <= at + 3 && tokens[k]?.kind === 'word'; k++) {
    const w = tokens[k].lower;
    const victims = w === 'number' && tokens[k + 1]?.lower === 'of' && (VICTIM_WORDS.has(tokens[k + 2]?.lower ?? '') || VICTIM_WORDS.has(tokens[k + 3]?.lower ?? ''));
    if (FIGURE_NOUNS.has(w) || victims || (w === 'number' && tokens[k + 1]?.lower === 'of' && putAtFigure(tokens, k + 2))) {
      return { start: i, end: by ? i + 2 : i + 1, strength: 'speech', according: false };
    }
  }
  return null;
}

/**
 * From token `from`: a figure of victims, as a counting verb takes it — “97 dead”, “at least 12 deaths”, “more than 40 new
 * cases” (not “12 wins”, “a record”).
 */
function countedVictims(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (k < from + 3 && tokens[k]?.kind === 'word' && (APPROXIMATE_WORDS.has(tokens[k].lower) || tokens[k].lower === 'at' || tokens[k].lower === 'than')) k++;
  if (tokens[k]?.kind !== 'num') return false;
  for (let j = k + 1; j <= k + 3 && tokens[j]?.kind === 'word'; j++) if (VICTIM_WORDS.has(tokens[j].lower)) return true;
  return false;
}

/** The first semicolon outside quote marks in [from, end), or `end`. */
function semicolonBefore(ctx: ArticleContext, from: number, end: number): number {
  for (let k = from; k < end; k++) if (ctx.tokens[k].text === ';' && ctx.inQuote[k] < 0) return k;
  return end;
}

/**
 * Between a cue ending at `from` and a quote opening at `open`: “that”, a clause of at least a few words, then “and
 * that” (or “, and”) before the quote's own clause — the token where that joiner starts; -1 otherwise.
 */
function clauseJoinerBefore(ctx: ArticleContext, from: number, open: number): number {
  const tokens = ctx.tokens;
  // (after when or where it was said: “said on Wednesday that …”)
  let k = from;
  while (k < from + SETTING_TOKENS && k < open && tokens[k].kind === 'word' && tokens[k].lower !== 'that') k++;
  // (with no “that” first, only a second “that” marks the first clause's end: “said at least 112 civilians had been
  // killed …, and that the real number was “likely considerably higher””)
  const bare = tokens[k]?.lower !== 'that';
  if (bare) k = from;
  for (let j = open - 1; j > k + MIN_CONTENT_TOKENS; j--) {
    if (tokens[j].kind === 'mark' || ctx.inQuote[j] >= 0) return -1;
    if (tokens[j].lower === 'and' && (tokens[j + 1]?.lower === 'that' || (!bare && tokens[j - 1]?.text === ','))) return tokens[j - 1]?.text === ',' ? j - 1 : j;
  }
  return -1;
}

/** Words opening a clause of its own after a comma: “…, as the government put the toll at 71”. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['as', 'while', 'after', 'when', 'whereas', 'and', 'but']);

/**
 * Within [from, last]: the comma before a clause of its own whose verb gives a figure as its subject's
 * (“, as the government put the final death toll at 71”); -1 when there is none.
 */
function nestedFigureReport(ctx: ArticleContext, from: number, last: number): number {
  const tokens = ctx.tokens;
  for (let k = from + 1; k < last; k++) {
    if (tokens[k].text !== ',' || !CLAUSE_JOINERS.has(tokens[k + 1]?.lower ?? '')) continue;
    for (let j = k + 2; j <= Math.min(last, k + 7); j++) {
      if (tokens[j].kind !== 'word') break;
      if (FIGURE_VERBS.has(tokens[j].lower) && figureReport(ctx, j)) return k;
      // “…, while the World Health Organization said 102 people had died”: a speaker of its own, saying
      if (j > k + 2 && SAYING.has(tokens[j].lower) && !RELATIVE_WORDS.has(tokens[j - 1].lower) && cueAtToken(ctx, j)) return k;
    }
  }
  return -1;
}

/** “… people in emergency shelters at 6,500”: within a few words from token `from`, “at” and a figure. */
function putAtFigure(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 8 && tokens[k]; k++) {
    if (tokens[k].lower === 'at' && (tokens[k + 1]?.kind === 'num' || (APPROXIMATE_WORDS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.kind === 'num'))) return true;
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}

/** From token `from`, a short phrase and a cue that close the sentence ending at `end`: “his lawyer said.” */
function closedByAttribution(ctx: ArticleContext, from: number, end: number): boolean {
  for (let k = from + 1; k < end && k <= from + 6; k++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'word') return false;
    const c = mayOpen(t) ? cueAtToken(ctx, k) : null;
    if (c) return SAYING.has(t.lower) && onlySetting(ctx, c.end, end);
  }
  return false;
}

/** After a cue ending at `k`: “not to be named”, “not to be identified”, “to be identified only by …”, “anonymity”, “for anonymity”. */
function asksAnonymity(ctx: ArticleContext, k: number): boolean {
  const t = ctx.tokens;
  if (t[k]?.lower === 'not' && t[k + 1]?.lower === 'to' && t[k + 2]?.lower === 'be') return true;
  // “who asked to be identified only by her first name”, “asked to remain anonymous”
  if (t[k]?.lower === 'to' && ((t[k + 1]?.lower === 'be' && t[k + 2]?.lower === 'identified') || (t[k + 1]?.lower === 'remain' && t[k + 2]?.lower === 'anonymous'))) return true;
  return t[k]?.lower === 'anonymity' || (t[k]?.lower === 'for' && t[k + 1]?.lower === 'anonymity');
}

/** No sentence or paragraph starts after token `a` up to token `b` (a ≤ b): they are in one sentence. */
function sameSentence(ctx: ArticleContext, a: number, b: number): boolean {
  const { sentenceStart } = ctx.bounds;
  for (let j = a + 1; j <= b; j++) if ((sentenceStart[j] === 1 && ctx.inQuote[j] < 0) || ctx.tokens[j].kind === 'break') return false;
  return true;
}

/**
 * “At least 300 people died, the ministry said.” · “…, said Maria Kovacs, a UN spokeswoman.” ·
 * “…, according to the UN.” — the reported words open the sentence, a comma ends them, and the
 * speaker and the cue close it. Only sentences without quote marks: quotes are attributed by
 * the matchers. Returns the statement and the token where the sentence ends.
 */
function invertedStatement(ctx: ArticleContext, reg: Registry, cue: CueMatch): { statement: StatementResult; end: number } | null {
  const tokens = ctx.tokens;
  if (!cue.according && isParticiple(ctx, cue)) return null; // “…, adding …” carries a clause of its own
  const start = sentenceStartOf(ctx, cue.start);
  const end = sentenceEndOf(ctx, cue.start);
  let comma: number;
  let mention: Mention | null;
  if (tokens[cue.start - 1]?.text === ',') {
    // …, said Maria Kovacs, a UN spokeswoman. / …, according to the UN.
    comma = cue.start - 1;
    // “according to the Office for the Coordination of Humanitarian Affairs”: a whole name after “the” before a
    // description read from “the” (which stops at a linking word)
    const named = nameAfterThe(ctx, cue.end, end);
    mention = named && endsClauseAfter(ctx, named.end, end) ? named : phraseStartingAt(ctx, cue.end, end) ?? homographName(ctx, cue.end, end) ?? named;
    // “…, according to a government survey published on Wednesday.” — a participle and its setting close the clause too
    if (!mention || !(endsClauseAfter(ctx, mention.end, end) || publishedAfter(ctx, mention.end, end))) return null;
  } else {
    if (cue.according) return null;
    // …, the ministry said on Sunday.
    mention = subjectOf(ctx, cue, start);
    if (!mention || mention.antecedent) return null;
    mention = reachComma(ctx, mention, start);
    comma = mention.start - 1;
    if (tokens[comma]?.text !== ',' || !closesSentence(ctx, cue.end)) return null;
  }
  if (comma - start < MIN_CONTENT_TOKENS + 1) return null;
  for (let k = start; k < end; k++) if (tokens[k].kind === 'mark' || ctx.inQuote[k] >= 0) return null;
  // “BEIRUT (Reuters) - At least 300 …, according to …” — the dateline is not part of what was reported
  const first = afterDateline(ctx, start, comma);
  let last = comma - 1;
  while (last > first && tokens[last].kind === 'punct') last--;
  if (last - first + 1 < MIN_CONTENT_TOKENS) return null;
  const statement = statementOf(ctx, reg, mention, cue, first, last, 'reported-speech-after', [0.75, 0.65, 0.5],
    (who, cueText) => `the words before “, ${cueText}” reported by ${who}, without quote marks`);
  return { statement, end };
}

/**
 * “According to the health ministry, 300 people have died since Monday.” — the source opens the sentence (after a
 * dateline, “But” or “And”), a comma closes it, and the rest of the sentence is what it reported. Only sentences
 * without quote marks: quotes are attributed by the matchers.
 */
function accordingFirst(ctx: ArticleContext, reg: Registry, cue: CueMatch): { statement: StatementResult; end: number } | null {
  const tokens = ctx.tokens;
  const start = sentenceStartOf(ctx, cue.start);
  const end = sentenceEndOf(ctx, cue.start);
  let k = afterDateline(ctx, start, cue.start);
  while (k < cue.start && (tokens[k].lower === 'and' || tokens[k].lower === 'but' || tokens[k].lower === 'yet')) k++;
  if (k !== cue.start) return null;
  const named = nameAfterThe(ctx, cue.end, end);
  let mention = named && tokens[named.end]?.text === ',' ? named : phraseStartingAt(ctx, cue.end, end) ?? homographName(ctx, cue.end, end) ?? named;
  // “According to the prosecution,”, “According to a report by the Red Cross,”: the words up to the comma name the source
  if (!mention || tokens[mention.end]?.text !== ',') {
    let c = cue.end;
    while (c < end && c - cue.end < 8 && (tokens[c].kind === 'word' || (tokens[c].text === '.' && abbreviationStop(ctx, c)))) c++;
    if (c === cue.end || tokens[c]?.text !== ',' || ctx.inQuote[c] >= 0) return null;
    mention = { start: cue.end, end: c, type: 'description', head: { start: c - 1, end: c } };
    // (“a report by the Red Cross”: the body whose report it is)
    for (let b = cue.end + 1; b < c - 1; b++) {
      if (tokens[b].lower !== 'by') continue;
      const by = phraseStartingAt(ctx, b + 1, c) ?? nameAfterThe(ctx, b + 1, c);
      if (by && by.end === c && by.type !== 'pronoun') mention = by;
      break;
    }
  }
  let first = mention.end + 1;
  // “According to Ana Ruiz, the mayor of Tarnby, …” — an apposition after the name
  if (mention.type === 'name' && DETERMINERS.has(tokens[first]?.lower ?? '')) {
    let c = first;
    while (c < end && c - first < 8 && tokens[c].kind === 'word') c++;
    if (tokens[c]?.text === ',') first = c + 1;
  }
  for (let j = start; j < end; j++) if (tokens[j].kind === 'mark' || ctx.inQuote[j] >= 0) return null;
  let last = end - 1;
  while (last > first && tokens[last].kind === 'punct') last--;
  if (last - first + 1 < MIN_CONTENT_TOKENS) return null;
  const statement = statementOf(ctx, reg, mention, cue, first, last, 'reported-speech-according', [0.75, 0.65, 0.5],
    (who, cueText) => `“${cueText} ${who},” opening the sentence, without quote marks`);
  return { statement, end };
}

/** “according to the Association of Polish Banks”: “the” and the name after it. */
function nameAfterThe(ctx: ArticleContext, at: number, ceil: number): Mention | null {
  if (ctx.tokens[at]?.lower !== 'the' || !ctx.tokens[at + 1]?.cap) return null;
  const inner = phraseStartingAt(ctx, at + 1, ceil);
  return inner && inner.type === 'name' ? { ...inner, start: at, head: inner.head ?? { start: at + 1, end: inner.end } } : null;
}

/**
 * “…, the Defence Ministry said” · “…, the Syrian Observatory for Human Rights said” — the
 * subject found before a cue can stop short of the comma at a determiner or at a word linking
 * the parts of an organisation's name; the whole phrase back to the comma names the speaker.
 */
function reachComma(ctx: ArticleContext, m: Mention, floor: number): Mention {
  const tokens = ctx.tokens;
  let s = m.start;
  for (let n = 0; n < 8 && s - 1 > floor; n++) {
    const p = tokens[s - 1];
    if (p.text === ',') break;
    const linking = (p.lower === 'for' || p.lower === 'of') && tokens[s]?.cap && tokens[s - 2]?.cap;
    // …, fire officials said / …, senior health officials said — the words describing a group back to the comma
    const modifier = m.type === 'description' && m.start - s < 3 && !p.cap && ctx.inQuote[s - 1] < 0 && !STOP_MODIFIERS.has(p.lower) && !cueAt(ctx, s - 1);
    if (p.kind === 'word' && (p.cap || linking || modifier || ((p.lower === 'the' || p.lower === 'a') && tokens[s - 2]?.text === ','))) s--;
    else return m;
  }
  if (s === m.start || tokens[s - 1]?.text !== ',') return m;
  // the name within: from the first capitalised word, so that “the” stays out of it
  let h = s;
  while (h < m.end && !tokens[h].cap) h++;
  return m.type === 'name' ? { start: s, end: m.end, type: 'name', head: { start: h, end: m.end } } : { ...m, start: s };
}

/**
 * The statement of tokens [first, last] reported by `mention` with `cue`; confidence by how the
 * speaker is named: a name, a phrase resolved to someone named, anything else.
 */
function statementOf(
  ctx: ArticleContext, reg: Registry, mention: Mention, cue: CueMatch, first: number, last: number,
  rule: string, confidence: readonly [number, number, number], detail: (who: string, cueText: string) => string,
): StatementResult {
  const tokens = ctx.tokens;
  const res = resolveMention(ctx, reg, mention);
  const cs = tokens[first].start;
  const ce = tokens[last].end;
  const named = namingSpan(ctx, mention);
  const sm = { text: mentionText(ctx, named), start: tokens[named.start].start, end: tokens[named.end - 1].end };
  const cueStart = tokens[cue.start].start;
  const cueEnd = tokens[cue.end - 1].end;
  const cueText = ctx.text.slice(cueStart, cueEnd);
  return {
    speaker: res.speaker,
    speakerMention: sm,
    cue: { text: cueText, start: cueStart, end: cueEnd },
    content: { text: ctx.text.slice(cs, ce), start: cs, end: ce },
    confidence: mention.type === 'name' ? confidence[0] : res.entity ? confidence[1] : confidence[2],
    evidence: { rule, detail: `${detail(sm.text, cueText)}; ${res.how}` },
  };
}
