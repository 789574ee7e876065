import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { TITLES } from '../core/data/titles';
import { foldLetters } from '../core/text/fold-letters';
import { type DiffPart, runDiff, wordDiff, wordRun } from '../core/diff/word-diff';
import { countSameWords, findCreditsOfWords, findOccurrencesOfWords, findSameWords, type SameWordsRow, type WordsCredit } from '../db/repositories/quote-page.repository';
import { findCandidatesById, findNeighbourKeys, findNestedQuotes, findSpeakerNames, findVerifyCandidates } from '../db/repositories/verify.repository';
import { validationError } from '../errors';
import { requiredString } from './article-input';
import { type QuoteRun, quoteRuns, runMemberIds, RUN_MAX } from './quote-runs';
import { reviewedElsewhereOf, unsureReasons } from './attribution-caveat';
import { mergeOccurrences, placeOf } from './same-words-speakers';
import { givenNamesCompatible, matchKey, nameWords } from './speaker-names';

/** The question: a quote as it circulates, and who it is said to be from. */
export const verifySchema = z.object({
  quote: requiredString().trim().min(1, 'is required').min(3, 'must be at least 3 characters').max(2000, 'must be at most 2000 characters'),
  speaker: z.string().trim().max(200).optional().transform((v) => v || undefined),
});

/**
 * exact: the words were said (by the claimed speaker, if one was named); altered: close, with
 * differences; not-found; someone-else: said, but by another speaker; unattributed: a speaker
 * was named, and the closest words are stored without anyone found to have said them, so the
 * claim can be neither confirmed nor ruled out; disputed: the words are stored as they are, but
 * articles credit them to different speakers and no person's review settles which (see `Dispute`).
 */
export type Verdict = 'exact' | 'altered' | 'not-found' | 'someone-else' | 'unattributed' | 'disputed' | 'reported';

/** Where the words are credited to one speaker: how many articles, whether a person reviewed it, and the reviewed (else the earliest) article. */
export type Attribution = Omit<WordsCredit, 'places'>;

/**
 * The closest words are credited to different speakers by different articles (a correction: “The words … were spoken by
 * Social Affairs Minister Karin Bos, not by Mr Hendriks”). The first attribution is the one the verdict names, then the
 * others, earliest first. Speakers one article credits together (two people who both said it) dispute nothing.
 */
export interface Dispute {
  attributions: Attribution[];
}

/** A stored quote close to the circulating one, with what differs. */
export interface VerifyMatch {
  quoteId: number;
  /** The stored quotes these words are: one, or the parts of a quote the article split around its attribution. */
  quoteIds: number[];
  text: string;
  /** Share of words the two texts have in common (0–1). */
  similarity: number;
  /** Share of the pasted words found, in order, in this quote (0–1): high for a shortened quote. */
  coverage: number;
  /** The pasted words are a shortened version of this quote: every one of them is in it, in a row. */
  excerpt: boolean;
  /** These are the words as stored (whole, or a verbatim excerpt). */
  exact: boolean;
  diff: DiffPart[];
  speakerId: number | null;
  speakerName: string | null;
  speakerKind: string;
  /** How sure the attribution is (0–1); a person's review makes it certain. */
  confidence: number;
  /** Whether a person confirmed or corrected the attribution. */
  reviewStatus: string;
  /** No person has reviewed the attribution and the review queue holds it as unsure. */
  attributionUnsure: boolean;
  /** Why it is unsure, in the review queue's words ("low confidence (69%)"); empty when it is not. */
  unsureReasons: string[];
  articleId: number;
  position: number;
  articleTitle: string;
  outlet: string | null;
  at: Date;
}

/** Share of words in common from which a stored quote counts as the same words. */
const SAME = 0.97;
/** Share of words in common from which it counts as an altered version. */
export const CLOSE = 0.5;
/** Fewest words a pasted quote needs to be matched inside a longer one (shorter runs of words recur everywhere). */
const EXCERPT_MIN_WORDS = 4;
/** Share of the pasted words, in order, a longer quote must hold to be the source of a shortened, altered version. */
const CONTAINED = 0.75;

function quoteWords(text: string): string {
  return text.replace(/^[\s“”"'‘’«»]+|[\s“”"'‘’«»]+$/g, '');
}

function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Words with a letter or a digit (a dash or an ellipsis between words is not a word left out). */
function realWords(text: string): number {
  return (text.match(/\S+/g) ?? []).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A contraction's ending and the words it stands for: “Finn's” is “Finn is” or “Finn has”, “don't” is “do not”. */
const CONTRACTION_ENDINGS: readonly [string, readonly string[]][] = [
  ["n't", ['not']], ["'re", ['are']], ["'ll", ['will']], ["'m", ['am']], ["'ve", ['have']], ["'d", ['would', 'had']], ["'s", ['is', 'has']],
];
/** Contractions whose first word changes too. */
const IRREGULAR_CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ["won't", ['will not']], ["can't", ['cannot', 'can not']], ["shan't", ['shall not']],
]);

/** The ways of writing out a contracted word in full (“Finn's” → “Finn is”, “Finn has”), or none. */
function expansionsOf(word: string): string[] {
  const w = word.toLowerCase().replace(/[’‘`]/g, "'").replace(/^[^\p{L}]+|[^\p{L}']+$/gu, '');
  const irregular = IRREGULAR_CONTRACTIONS.get(w);
  if (irregular) return [...irregular];
  for (const [ending, full] of CONTRACTION_ENDINGS) {
    if (w.length > ending.length && w.endsWith(ending)) return full.map((f) => `${w.slice(0, -ending.length)} ${f}`);
  }
  return [];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words of `text` (case aside) that write out one of `forms` in full, as a pattern over whole words. */
function fullFormIn(text: string, forms: readonly string[]): RegExpExecArray | null {
  for (const f of forms) {
    const m = new RegExp(`(?<![\\p{L}\\p{N}'’])${f.split(' ').map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}'’])`, 'iu').exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * The pasted words with each contraction written out where the stored quote contracts it, and contracted where the quote
 * writes it out (“Finn is in the form …” against the stored “Finn's in the form …”): the same words, not a change. A
 * possessive “'s” read as “is” only ever makes two readings equal, never a change.
 */
export function alignContractions(real: string, asked: string): string {
  if (!/['’]/.test(real) && !/['’]/.test(asked)) return asked;
  let out = asked;
  // the quote contracts, the pasted words write it out
  for (const m of real.matchAll(/\S*\p{L}['’]\p{L}+/gu)) {
    const word = m[0].replace(/^[^\p{L}]+/u, '');
    const full = expansionsOf(word);
    if (full.length === 0 || fullFormIn(real, full)) continue;
    const found = fullFormIn(out, full);
    if (found) out = out.slice(0, found.index) + word + out.slice(found.index + found[0].length);
  }
  // the pasted words contract, the quote writes it out
  for (const m of [...out.matchAll(/\S*\p{L}['’]\p{L}+/gu)].reverse()) {
    const word = m[0].replace(/^[^\p{L}]+/u, '');
    const full = expansionsOf(word);
    if (full.length === 0) continue;
    const found = fullFormIn(real, full);
    const at = m.index! + m[0].length - word.length;
    if (found && !new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'iu').test(real)) out = out.slice(0, at) + found[0] + out.slice(at + word.length);
  }
  return out;
}

/**
 * The pasted words are, word for word, a quotation inside the stored quote (“… and said, ‘This is a witch hunt,’”
 * Ebersole said): words its speaker reports as someone's, second-hand. A mark opening the inner quotation follows a
 * space or the start, one closing it comes before a space, punctuation or the end (an apostrophe inside a word is none).
 */
export function quotedInside(real: string, asked: string): boolean {
  const inner = /(?:^|[\s(—–-])[‘'“"]([^‘“"]*?[\p{L}\p{N}.,!?;:…])[’'”"](?=[\s.,;:!?)—–-]|$)/gu;
  for (const m of real.matchAll(inner)) {
    if (m[1].trim().split(/\s+/).length >= 2 && compareQuote(m[1], asked).exact) return true;
  }
  return false;
}

/**
 * How a stored quote compares with the pasted words: their share of words in common, the share
 * of the pasted words the quote holds in order, and whether the pasted words are the quote as
 * stored or a verbatim excerpt of it (no word added, none left out between the first and the
 * last pasted word).
 */
export function compareQuote(real: string, asked: string): Pick<VerifyMatch, 'similarity' | 'coverage' | 'excerpt' | 'exact' | 'diff'> & { score: number } {
  asked = alignContractions(real, asked);
  // a quote typed without its accents is the same words; what both share is shown as the real quote writes it
  const options = { foldAccents: true, sameFrom: 'before' } as const;
  const diff = wordDiff(real, asked, options);
  // “We are still finding people alive … we will not stop”: an ellipsis marks words left out, each part is the quote's own
  if (elidedExcerpt(real, asked)) {
    const shared = diff.filter((p) => p.op === 'same').reduce((n, p) => n + wordCount(p.text), 0);
    return { similarity: shared / Math.max(1, realWords(real)), coverage: 1, excerpt: true, exact: true, diff, score: 1 };
  }
  let same = 0;
  let added = 0;
  let removed = 0;
  for (const p of diff) {
    if (p.op === 'same') same += wordCount(p.text);
    else if (p.op === 'added') added += realWords(p.text);
    else removed += wordCount(p.text);
  }
  const similarity = same + Math.max(added, removed) === 0 ? 1 : same / (same + Math.max(added, removed));
  const askedWords = same + added;
  const coverage = askedWords === 0 ? 0 : same / askedWords;
  const shortened = askedWords >= EXCERPT_MIN_WORDS && removed > 0 && coverage >= CONTAINED;
  // a verbatim excerpt is found as a run of the quote's words, wherever its first word also occurs
  const run = shortened && added === 0 ? wordRun(real, asked, options) : null;
  const excerpt = run !== null;
  const score = shortened ? Math.max(similarity, coverage) : similarity;
  return { similarity, coverage: excerpt ? 1 : coverage, excerpt, exact: similarity >= SAME || excerpt, diff: run ? runDiff(real, run) : diff, score };
}

/** An ellipsis in pasted words: “…”, “...”, “[…]”, “[...]”. */
const ELLIPSIS = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*/;

/**
 * The pasted words are cut by ellipses into parts that each occur, word for word (case, accents and punctuation
 * aside), in the real quote and in order: the quote shortened with its cuts marked, nothing changed. At least two
 * parts and EXCERPT_MIN_WORDS words in all.
 */
export function elidedExcerpt(real: string, asked: string): boolean {
  const parts = asked.split(ELLIPSIS).map((p) => (p.match(/\S+/g) ?? []).map(foldWord).filter(Boolean)).filter((p) => p.length > 0);
  if (parts.length < 2 || parts.reduce((n, p) => n + p.length, 0) < EXCERPT_MIN_WORDS) return false;
  const words = (real.match(/\S+/g) ?? []).map(foldWord).filter(Boolean);
  let from = 0;
  for (const part of parts) {
    let found = -1;
    for (let i = from; i + part.length <= words.length && found < 0; i++) {
      let k = 0;
      while (k < part.length && words[i + k] === part[k]) k++;
      if (k === part.length) found = i;
    }
    if (found < 0) return false;
    from = found + part.length;
  }
  return true;
}

/** One change inside the pasted words: real words left out, words put in, or one replaced by the other. */
export interface WordChange {
  leftOut: string | null;
  putIn: string | null;
}

/** Changes shown in the verdict: a few, each of a few words; the word-level diff below shows everything. */
const CHANGES_SHOWN = 3;
const CHANGE_WORDS = 8;

/** A word as compared: lower case, accents and punctuation aside. */
function foldWord(w: string): string {
  return foldLetters(w).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Most places a window of the real quote may start or end at (the pasted first and last word seldom recur more). */
const WINDOW_ENDS = 8;

/** One word of a diff with its operation, and its key as compared. */
interface DiffWord {
  op: DiffPart['op'];
  text: string;
  key: string;
}

function diffWords(parts: readonly DiffPart[]): DiffWord[] {
  return parts.flatMap((p) => (p.text.match(/\S+\s*/g) ?? []).map((text) => ({ op: p.op, text, key: foldWord(text) })));
}

/**
 * A run of words put in (or left out) between two shared words can often be read at several places:
 * “There was no consultancy. There was no advice.” against “There was no advice.” diffs as “There was no” kept,
 * “consultancy. There was no” put in, where a reader sees “There was no consultancy.” put in before the quote.
 * The run is moved as far towards the start as the words allow, so it begins where the reader's change begins.
 */
function slideLeft(words: DiffWord[]): DiffWord[] {
  const out = words.map((w) => ({ ...w }));
  for (let i = 0; i < out.length; i++) {
    if (out[i].op === 'same' || (i > 0 && out[i - 1].op === out[i].op)) continue;
    let j = i;
    while (j < out.length && out[j].op === out[i].op) j++;
    // a replacement (words left out beside words put in) stays where it is
    if (j < out.length && out[j].op !== 'same') continue;
    let a = i;
    let b = j;
    while (a > 0 && out[a - 1].op === 'same' && out[a - 1].key === out[b - 1].key) {
      out[a - 1].op = out[a].op;
      out[b - 1].op = 'same';
      a--;
      b--;
    }
    i = j - 1;
  }
  return out;
}

/** How many words a diff changes (words put in plus words left out). */
function changedWords(words: readonly DiffWord[]): number {
  return words.filter((w) => w.op !== 'same' && w.key).length;
}

/**
 * What the circulating version changed inside the real quote: words of the real quote left out
 * (“the arithmetic is [not yet] there”), words put in, or one replaced by the other. The real
 * quote is first cut to the stretch from the pasted first word to the pasted last word that
 * the pasted words change least (a word such as “There” may open several of its sentences), so
 * words cut from either end — the quote shortened — are no change of what was said; words of the
 * quote merely missing before the first shared word or after the last one are none either. Null
 * when there are more or longer changes than a sentence can name.
 */
export function changesInside(real: string, asked: string): WordChange[] | null {
  asked = alignContractions(real, asked);
  const words = [...real.matchAll(/\S+/g)].map((m) => ({ key: foldWord(m[0]), start: m.index!, end: m.index! + m[0].length })).filter((w) => w.key);
  const pasted = (asked.match(/\S+/g) ?? []).map(foldWord).filter(Boolean);
  if (words.length === 0 || pasted.length === 0) return null;
  const at = (key: string) => words.flatMap((w, i) => (w.key === key ? [i] : []));
  const starts = at(pasted[0]).slice(0, WINDOW_ENDS);
  const ends = at(pasted[pasted.length - 1]).slice(-WINDOW_ENDS);
  const diffOf = (text: string) => slideLeft(diffWords(wordDiff(text, asked, { foldAccents: true, sameFrom: 'before' })));
  let best = diffOf(real);
  let bestSpan = words.length;
  for (const s of starts) {
    for (const e of ends) {
      if (e < s) continue;
      const d = diffOf(real.slice(words[s].start, words[e].end));
      const fewer = changedWords(d) - changedWords(best);
      if (fewer < 0 || (fewer === 0 && e - s < bestSpan)) [best, bestSpan] = [d, e - s];
    }
  }
  // the real quote's words before the first shared word or after the last one, with none put in: the quote shortened
  const kept = best.map((w) => w.op === 'same' && w.key !== '');
  const firstSame = kept.indexOf(true);
  const lastSame = kept.lastIndexOf(true);
  const trimmed = best.filter((w, i) => {
    if (w.op !== 'removed' || firstSame < 0) return true;
    if (i < firstSame) return best.slice(0, firstSame).some((x) => x.op === 'added' && x.key);
    if (i > lastSame) return best.slice(lastSame + 1).some((x) => x.op === 'added' && x.key);
    return true;
  });
  const changes: WordChange[] = [];
  let prevOp: DiffPart['op'] = 'same';
  let run: { op: DiffPart['op']; text: string } | null = null;
  const flush = () => {
    if (!run) return;
    const text = run.text.trim();
    if (/[\p{L}\p{N}]/u.test(text)) {
      const prev = changes[changes.length - 1];
      // a removal right after an addition (or the reverse) is one replacement
      if (prev && prevOp !== 'same' && prevOp !== run.op && (run.op === 'removed' ? prev.leftOut === null : prev.putIn === null)) {
        if (run.op === 'removed') prev.leftOut = text;
        else prev.putIn = text;
      } else changes.push(run.op === 'removed' ? { leftOut: text, putIn: null } : { leftOut: null, putIn: text });
      prevOp = run.op;
    }
    run = null;
  };
  for (const w of trimmed) {
    if (w.op === 'same') {
      flush();
      if (w.key) prevOp = 'same';
      continue;
    }
    if (run && run.op !== w.op) flush();
    run = run ? { op: run.op, text: run.text + w.text } : { op: w.op, text: w.text };
  }
  flush();
  const long = (t: string | null) => t !== null && t.split(/\s+/).length > CHANGE_WORDS;
  if (changes.length === 0 || changes.length > CHANGES_SHOWN || changes.some((c) => long(c.leftOut) || long(c.putIn))) return null;
  return changes;
}

/** Title and role words written before a name ("Mayor Helena Brandt", "the Red Cross"), and the place in brackets after it. */
function bareName(name: string): string {
  const words = name.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && (TITLES.has(words[i].toLowerCase().replace(/\.$/, '')) || words[i].toLowerCase() === 'the')) i++;
  return words.slice(i).join(' ');
}

/** A name's folded surname and given names; an initial stays a letter ("H. Brandt"). */
function nameOf(name: string): { given: string[]; surname: string } | null {
  const words = nameWords(bareName(name)).map((w) => (w.length === 1 ? w : matchKey(w) || w));
  if (words.length === 0) return null;
  return { given: words.slice(0, -1), surname: words[words.length - 1] };
}

/**
 * Whether the claimed speaker can be this one: the same surname, and given names that agree
 * (or none given: "Brandt" can be Helena Brandt; "Tomas Brandt" cannot). Checked against the
 * speaker's name and every name the archive knows them by; a name the archive has without
 * given names ("Brandt", read in an article) vouches for no given name the claim adds, as
 * long as some name of the speaker carries given names.
 */
export function sameSpeaker(claimed: string, names: readonly string[]): boolean {
  const c = nameOf(claimed);
  if (!c) return false;
  const known = names.map(nameOf).filter((a): a is NonNullable<typeof a> => a !== null && a.surname === c.surname);
  if (known.length === 0) return false;
  const full = known.filter((a) => a.given.length > 0);
  if (c.given.length === 0 || full.length === 0) return true;
  return full.some((a) => givenNamesCompatible(c.given, a.given));
}

/** Fewest words in a row a claimed speaker's quote must share with the pasted words to be their source when it is not close. */
const SOURCE_RUN = 4;
/** Share of the pasted words, in order, such a quote must hold. */
const SOURCE_COVERAGE = 0.5;

/** The most words in a row two texts share (case, accents and punctuation aside). */
export function longestSharedRun(a: string, b: string): number {
  const x = (a.match(/\S+/g) ?? []).map(foldWord).filter(Boolean).slice(0, 600);
  const y = (b.match(/\S+/g) ?? []).map(foldWord).filter(Boolean).slice(0, 600);
  let best = 0;
  let prev = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const row = new Uint16Array(y.length + 1);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] === y[j - 1]) {
        row[j] = prev[j - 1] + 1;
        if (row[j] > best) best = row[j];
      }
    }
    prev = row;
  }
  return best;
}

type Scored = { c: QuoteRun; cmp: ReturnType<typeof compareQuote> };

/**
 * Whether a quote is the one the pasted words were made from, however far they changed it: it holds every pasted word,
 * in order (words were cut: “My client is a criminal” from “My client made mistakes, but he is not a criminal”), or a
 * run of SOURCE_RUN of them and half of all (words were replaced around a passage kept: “Delane ordered me to steal the
 * money before the auditors arrived” from “I was told to move the money before the auditors arrived, …”).
 */
function madeFrom(m: Scored, asked: string): boolean {
  if (m.cmp.coverage >= 0.999 && realWords(asked) >= EXCERPT_MIN_WORDS) return true;
  return m.cmp.coverage >= SOURCE_COVERAGE && longestSharedRun(m.c.text, asked) >= SOURCE_RUN;
}

/** The better placed of a quote and a run that holds it stands for both: they are one quote read two ways. */
function oneReadingEach(scored: readonly Scored[]): Scored[] {
  const seen = new Set<number>();
  const out: Scored[] = [];
  for (const m of scored) {
    const ids = m.c.parts.map((p) => p.id);
    if (ids.some((id) => seen.has(id))) continue;
    ids.forEach((id) => seen.add(id));
    out.push(m);
  }
  return out;
}

/** Share of the pasted words an older quote must hold, changed in a few places only, to be the source a later copy altered (3 of 4). */
const SOURCE_CLOSE = 0.75;

/** The pasted words as stored, every word the same (case, accents and punctuation aside), whole or cut from a longer quote. */
function wordForWord(m: Scored): boolean {
  return m.cmp.excerpt || m.cmp.similarity >= 1;
}

/**
 * The earliest source of words stored word for word only in later articles: an older quote close to them (most words in
 * common, a few named changes) credited to the same speaker or to no one. A republication that changed “this evening”
 * to “weak evening” carries the pasted words, but the quote first ran with other words. Null when no older quote is so close.
 */
async function earlierSource(em: EntityManager, scored: readonly Scored[], copy: Scored, asked: string): Promise<Scored | null> {
  if (!wordForWord(copy)) return null;
  const copiedAt = Math.min(...scored.filter(wordForWord).map((m) => m.c.at.getTime()));
  // one word changed in a long quote still counts as the same words (SAME), so an older quote is compared by its changes
  const older = scored
    .filter((m) => !wordForWord(m) && m.c.at.getTime() < copiedAt && m.cmp.score >= SOURCE_CLOSE && changesInside(m.c.text, asked) !== null)
    .sort((x, y) => x.c.at.getTime() - y.c.at.getTime() || y.cmp.score - x.cmp.score);
  if (older.length === 0) return null;
  const ids = [...new Set([copy, ...older].map((m) => m.c.speakerId).filter((id): id is number => id !== null))];
  const names = await findSpeakerNames(em, ids);
  const namesOf = (m: Scored) => (m.c.speakerId !== null ? (names.get(m.c.speakerId) ?? []) : []).concat(m.c.speakerName ?? []);
  // words that are another speaker's, close as they are, are another quote (two ministers' “the economy is growing …”)
  const sameSpeakerAs = (m: Scored) =>
    m.c.speakerName === null || copy.c.speakerName === null || m.c.speakerId === copy.c.speakerId || namesOf(m).some((n) => sameSpeaker(n, namesOf(copy)));
  return older.find(sameSpeakerAs) ?? null;
}

/**
 * "Did X really say this?": compares a circulating quote with the stored ones sharing its
 * words, and answers with the closest real quotes (similarity and a word-level diff), who
 * said them, the earliest article with those words and the other articles that ran them.
 * A shortened quote is matched inside the longer one it was cut from; a quote the article split
 * around its attribution (“…,” she said. “…”) is matched whole, its parts joined. With a claimed
 * speaker, the verdict looks at every quote as close as the closest one: when one of them is
 * the claimed speaker's, they said it (others may have said it too). When the closest words are
 * stored with no one named (a fact check quoting the circulating version), the claimed speaker's
 * own quote they were made from, if any, is the real one they are compared with. Words stored as they are only in
 * later copies of a quote that first ran in other words are altered: the earliest source is the real quote. A verdict
 * resting on an attribution the review queue holds as unsure, and no person has reviewed, says so. A passage
 * pasted whole, close to no stored quote, is looked into (`lookInside`): its quoted words or sentences, each checked.
 */
export async function verifyQuote(deps: { dataSource: DataSource }, raw: unknown, lookInside = true) {
  const parsed = verifySchema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const asked = quoteWords(parsed.data.quote);
  const em = deps.dataSource.manager;
  const candidates = await findVerifyCandidates(em, asked, 200);
  // the quotes around the candidates by their keys, then the few that make runs in full
  const members = runMemberIds(await findNeighbourKeys(em, candidates.map((c) => c.id), RUN_MAX - 1));
  const runs = quoteRuns(await findCandidatesById(em, members));
  const pool: QuoteRun[] = [...candidates.map((c) => ({ ...c, parts: [c] })), ...runs];
  const all = pool
    .map((c) => ({ c, cmp: compareQuote(c.text, asked) }))
    // as close and as old, the single quote before the run that holds it
    .sort((x, y) => Number(y.cmp.exact) - Number(x.cmp.exact) || y.cmp.score - x.cmp.score || x.c.at.getTime() - y.c.at.getTime() || x.c.parts.length - y.c.parts.length);
  const scored = oneReadingEach(all.filter((m) => m.cmp.score >= CLOSE));
  const claimed = parsed.data.speaker;
  // With a claimed speaker, their quote goes first among those as close as the closest.
  let chosen: Scored | null = scored[0] ?? null;
  let claimedSaid = false;
  // the closest words are stored with no speaker named: nobody else can be said to have said them
  let nobodyFound = false;
  // those closest words, when the claimed speaker's own quote they were made from is the one compared instead
  let passedOver: Scored | null = null;
  if (claimed && scored.length) {
    const top = scored.filter((m) => m.cmp.exact === scored[0].cmp.exact && m.cmp.score >= scored[0].cmp.score - 0.001);
    const names = await findSpeakerNames(em, [...new Set(all.map((m) => m.c.speakerId).filter((id): id is number => id !== null))]);
    const isClaimed = (m: Scored) => sameSpeaker(claimed, m.c.speakerId !== null ? (names.get(m.c.speakerId) ?? [m.c.speakerName ?? '']) : []);
    chosen = top.find(isClaimed) ?? null;
    claimedSaid = chosen !== null;
    if (!claimedSaid) {
      // the answer names who did say them, when any of the closest has a speaker
      chosen = top.find((m) => m.c.speakerId !== null) ?? null;
      nobodyFound = chosen === null;
      // “Delane ordered me to steal the money before the auditors arrived”, quoted by a fact check with no one named:
      // the claimed speaker's “I was told to move the money before the auditors arrived, …” is the real quote it
      // alters; “My client is a criminal” is made of “My client made mistakes, but he is not a criminal” by cutting words
      const source = nobodyFound ? all.find((m) => isClaimed(m) && madeFrom(m, asked)) : undefined;
      if (source) {
        passedOver = top[0];
        chosen = source;
        claimedSaid = true;
        nobodyFound = false;
      }
      chosen ??= top[0];
    }
  }
  // “… if the primary were held on weak evening …”, stored word for word in a republication two days after the
  // original read “this evening”: the words as stored are a later copy's, and the earliest source is the real quote
  let laterCopy: Scored | null = null;
  if (chosen?.cmp.exact && (!claimed || claimedSaid) && !passedOver) {
    const source = await earlierSource(em, scored, chosen, asked);
    if (source) {
      laterCopy = scored.filter(wordForWord).sort((x, y) => x.c.at.getTime() - y.c.at.getTime())[0] ?? chosen;
      chosen = source;
    }
  }
  const matchOf = ({ c, cmp }: Scored): VerifyMatch => ({
    quoteId: c.id,
    quoteIds: c.parts.map((p) => p.id),
    text: c.text,
    similarity: Math.round(cmp.similarity * 1000) / 1000,
    coverage: Math.round(cmp.coverage * 1000) / 1000,
    excerpt: cmp.excerpt,
    exact: cmp.exact,
    diff: cmp.diff,
    speakerId: c.speakerId,
    speakerName: c.speakerName,
    speakerKind: c.speakerKind,
    confidence: c.reviewStatus === 'confirmed' || c.reviewStatus === 'corrected' ? 1 : Math.round(c.confidence * 100) / 100,
    reviewStatus: c.reviewStatus,
    attributionUnsure: c.attributionUnsure,
    unsureReasons: unsureReasons(c),
    articleId: c.articleId,
    position: c.position,
    articleTitle: c.articleTitle,
    outlet: c.outlet,
    at: c.at,
  });
  const matchesFrom = (first: Scored | null) => (first ? [first, ...scored.filter((m) => m !== first)] : scored).slice(0, 5).map(matchOf);
  let matches: VerifyMatch[] = matchesFrom(chosen);
  // the earliest source, one word apart in a long quote, is not the pasted words as stored, however close
  if (laterCopy && matches[0]) matches[0].exact = false;
  let best = matches[0] ?? null;
  let verdict: Verdict = 'not-found';
  if (best) verdict = claimed && !claimedSaid ? (nobodyFound ? 'unattributed' : 'someone-else') : best.exact ? 'exact' : 'altered';
  // words its speaker quotes as someone else's: reported second-hand by that speaker, not said by them
  const secondHand = best !== null && best.exact && quotedInside(best.text, asked);
  if (verdict === 'someone-else' && secondHand) verdict = 'reported';
  // whom the quote's own words credit the inner words to (“The minister looked at me and said, ‘…’”), as stored; an
  // unresolved “he” names no one
  const inner = secondHand && best
    ? (await findNestedQuotes(em, best.quoteId)).find((n) => n.speakerName !== null && n.speakerKind !== 'unknown' && compareQuote(n.text, asked).exact)
    : undefined;
  const reportedSpeaker = inner
    ? { name: inner.speakerName!, kind: inner.speakerKind, confidence: inner.confidence, namedAs: inner.speakerMention?.text ?? null, claimed: !!claimed && sameSpeaker(claimed, [inner.speakerName!]) }
    : null;
  // words the claimed speaker tells as someone else's (“Mrs Halloran said to me, ‘The dam is leaking …’”): reported by
  // them, not said as their own
  const claimedReports = !!claimed && best !== null && best.speakerName !== null && sameSpeaker(claimed, [best.speakerName]);
  if (verdict === 'exact' && reportedSpeaker && !reportedSpeaker.claimed && claimedReports) verdict = 'reported';
  const occurrences = best ? await sameWordsOf(em, best.quoteIds, best.text) : [];
  // counted over every article, not the ones listed
  const firstIds = occurrences.filter((o) => (o.quoteIds?.length ?? 1) > 1).map((o) => o.id);
  const count = best ? await countSameWords(em, [best.text], firstIds) : { articles: 0, credited: [] };
  // words confirmed or found altered as someone's, which other articles credit to someone else
  let dispute: Dispute | null = null;
  // (an unnamed source, “a senior official”, is contradicted by no name: it may be that person)
  if (best && best.speakerName !== null && best.speakerKind !== 'anonymous' && (verdict === 'exact' || verdict === 'altered') && count.credited.length > 1) {
    const credits = await findCreditsOfWords(em, [best.text], firstIds);
    const names = await findSpeakerNames(em, [...new Set(credits.map((c) => c.speakerId).filter((id): id is number => id !== null))]);
    dispute = disputeOf(best, credits, names);
    const reviewedOther = dispute?.attributions.slice(1).find((a) => a.reviewed);
    // a person confirmed the words as another speaker's, and no one this one's: the reviewed attribution is the answer
    // (not when the verdict compares the words with another quote than the pasted words' own: a source they were made from)
    const outranking = dispute && reviewedOther && !dispute.attributions[0].reviewed && !laterCopy && !passedOver
      ? (scored.find((m) => m.c.parts.some((p) => p.id === reviewedOther.quoteId)) ?? (await scoredById(em, reviewedOther.quoteId, asked)))
      : null;
    if (outranking) {
      matches = matchesFrom(outranking);
      best = matches[0];
      verdict = claimed ? 'someone-else' : best.exact ? 'exact' : 'altered';
      dispute = disputeOf(best, credits, names);
    } else if (dispute && verdict === 'exact' && (!dispute.attributions[0].reviewed || reviewedOther)) verdict = 'disputed';
  }
  // the verdict rests on the closest quote's attribution when it names someone else or names who said the words
  const restsOnAttribution = best !== null && (verdict === 'someone-else' || verdict === 'reported' || ((verdict === 'exact' || verdict === 'altered' || verdict === 'disputed') && best.speakerName !== null));
  // the same words given to the same speaker by a person, in another article: the attribution is reviewed after all
  const reviewedElsewhere = best ? reviewedElsewhereOf({ id: best.quoteId, speakerId: best.speakerId, attributionUnsure: best.attributionUnsure }, occurrences) : null;
  const attributionUnsure = best !== null && restsOnAttribution && best.attributionUnsure && reviewedElsewhere === null;
  // what the circulating version changed inside the closest real quote, named in the verdict
  const changes = best && !best.exact ? changesInside(best.text, asked) : null;
  const unsure = { attributionUnsure, unsureReasons: attributionUnsure && best ? best.unsureReasons : [] };
  const reviewed = reviewedElsewhere ? { quoteId: reviewedElsewhere.id, articleId: reviewedElsewhere.articleId, articleTitle: reviewedElsewhere.articleTitle, reviewStatus: reviewedElsewhere.reviewStatus } : null;
  const storedUnnamed = passedOver
    ? { quoteId: passedOver.c.id, articleId: passedOver.c.articleId, position: passedOver.c.position, articleTitle: passedOver.c.articleTitle, outlet: passedOver.c.outlet, exact: passedOver.cmp.exact, speakerName: passedOver.c.speakerName, speakerKind: passedOver.c.speakerKind, reviewStatus: passedOver.c.reviewStatus }
    : null;
  const earliest = occurrences[0] ?? null;
  // two occurrences in one article (a fact check quoting the words twice) are one article, not another outlet running them
  // (another outlet's copy of a stored text is another outlet running them)
  const otherArticles = occurrences.filter((o, i) => (!earliest || placeOf(o) !== placeOf(earliest)) && occurrences.findIndex((x) => placeOf(x) === placeOf(o)) === i);
  // nothing close to the whole paste: the stored quotes inside it, when it is a passage holding several
  const inside: QuoteInside[] = verdict === 'not-found' && lookInside ? await quotesInside(deps, asked) : [];
  const copy = laterCopy ? { quoteId: laterCopy.c.id, articleId: laterCopy.c.articleId, position: laterCopy.c.position, articleTitle: laterCopy.c.articleTitle, outlet: laterCopy.c.outlet, at: laterCopy.c.at } : null;
  return {
    asked, claimedSpeaker: claimed ?? null, verdict, secondHand, reportedSpeaker: reportedSpeaker && { ...reportedSpeaker, byClaimed: claimedReports }, ...unsure, reviewedElsewhere: reviewed, dispute, best, matches, occurrences, earliest, otherArticles,
    credited: count.credited, changes, storedUnnamed, laterCopy: copy,
    /** With no stored quote close to the whole paste: the parts of it (quoted words or sentences) that are stored quotes. */
    inside,
    /** The paste reads as a passage of several quotes or sentences rather than one quote. */
    passage: lookInside && verdict === 'not-found' && passageParts(asked).length > 0,
    /** How many current articles ran the closest words, the earliest included (occurrences lists the first ones). */
    articlesInAll: Math.max(count.articles, (earliest ? 1 : 0) + otherArticles.length),
  };
}

/** Whether a speaker the words are credited to is the one the verdict names: the same speaker, or a name of theirs (“Hendriks”, read in another article). */
function sameCredit(c: WordsCredit, m: VerifyMatch, names: ReadonlyMap<number, string[]>): boolean {
  if (m.speakerName === null) return false;
  if (c.speakerId !== null && c.speakerId === m.speakerId) return true;
  const known = (id: number | null, name: string) => (id !== null ? (names.get(id) ?? []) : []).concat(name);
  const theirs = known(m.speakerId, m.speakerName);
  return known(c.speakerId, c.speakerName).some((n) => sameSpeaker(n, theirs));
}

/**
 * Whether the articles disagree over who said the words the verdict rests on: the speakers other than the one it names
 * that no article credits together with them (“We are ready to talk” in a story quoting two union leaders who both said
 * it is no dispute). Null when they agree.
 */
function disputeOf(best: VerifyMatch, credits: readonly WordsCredit[], names: ReadonlyMap<number, string[]>): Dispute | null {
  const own = credits.filter((c) => sameCredit(c, best, names));
  const ownPlaces = new Set(own.flatMap((c) => c.places));
  const others = credits.filter((c) => !own.includes(c) && !c.places.some((p) => ownPlaces.has(p)));
  if (others.length === 0) return null;
  const reviewedBest = best.reviewStatus === 'confirmed' || best.reviewStatus === 'corrected';
  // the verdict's own quote, or the reviewed one of its speaker's, names where the words are credited to them
  const where = own.find((c) => c.reviewed) ?? null;
  const self: Attribution = {
    speakerId: best.speakerId,
    speakerName: best.speakerName ?? '',
    articles: Math.max(1, ownPlaces.size),
    reviewed: reviewedBest || own.some((c) => c.reviewed),
    ...(where && !reviewedBest
      ? { quoteId: where.quoteId, articleId: where.articleId, position: where.position, articleTitle: where.articleTitle, outlet: where.outlet, at: where.at, reviewStatus: where.reviewStatus }
      : { quoteId: best.quoteId, articleId: best.articleId, position: best.position, articleTitle: best.articleTitle, outlet: best.outlet, at: best.at, reviewStatus: best.reviewStatus }),
  };
  const attribution = ({ places: _places, ...c }: WordsCredit): Attribution => c;
  return { attributions: [self, ...others.map(attribution)] };
}

/** A stored quote by id, compared with the pasted words as the candidates are. */
async function scoredById(em: EntityManager, id: number, asked: string): Promise<Scored | null> {
  const [c] = await findCandidatesById(em, [id]);
  return c ? { c: { ...c, parts: [c] }, cmp: compareQuote(c.text, asked) } : null;
}

/** Most parts of a pasted passage checked one by one (each is a verification of its own). */
const PARTS_CHECKED = 6;
/** Fewest words a sentence of a pasted passage needs to be checked as a quote on its own. */
const PART_MIN_WORDS = 6;

/**
 * The parts of a pasted passage that may each be a quote: the words between quote marks (“…”, "…", «…»), or, with
 * none, its sentences; a paragraph of an article pasted whole (“Trump said on Monday. “Unlike Hillary Clinton, I know
 * that flying is an activity …”) holds its quotes, not one. Only for a paste of two parts or more; at most PARTS_CHECKED.
 */
export function passageParts(text: string): string[] {
  const quoted = [...text.matchAll(/[“"«]([^“”"«»]{10,}?)[”"»]/g)].map((m) => m[1].trim()).filter((t) => realWords(t) >= EXCERPT_MIN_WORDS);
  const sentences = text.split(/(?<=[.!?…])\s+(?=[“"«]?[\p{Lu}\p{N}])/u).map((t) => quoteWords(t)).filter((t) => realWords(t) >= PART_MIN_WORDS);
  const parts = quoted.length ? quoted : sentences;
  return parts.length >= 2 || (quoted.length === 1 && realWords(text) > realWords(quoted[0]) + 3) ? [...new Set(parts)].slice(0, PARTS_CHECKED) : [];
}

/** A part of a pasted passage that is a stored quote: its verdict and the closest real quote. */
export interface QuoteInside {
  part: string;
  verdict: Verdict;
  quoteId: number;
  text: string;
  speakerName: string | null;
  articleId: number;
  position: number;
  articleTitle: string;
  outlet: string | null;
  at: Date;
}

/** The parts of a pasted passage that are stored quotes, each with its verdict and closest real quote. */
async function quotesInside(deps: { dataSource: DataSource }, asked: string): Promise<QuoteInside[]> {
  const found: QuoteInside[] = [];
  for (const part of passageParts(asked)) {
    const r: { verdict: Verdict; best: VerifyMatch | null } = await verifyQuote(deps, { quote: part }, false);
    if (r.best && r.verdict !== 'not-found') found.push({ part, verdict: r.verdict, quoteId: r.best.quoteId, text: r.best.text, speakerName: r.best.speakerName, articleId: r.best.articleId, position: r.best.position, articleTitle: r.best.articleTitle, outlet: r.best.outlet, at: r.best.at });
  }
  return found;
}

/**
 * Where the same words were quoted, earliest first. For a quote stored in parts, the articles that hold every part's
 * words, each named by its occurrence of the first part; and the articles that ran the words whole, or split in parts
 * read together.
 */
async function sameWordsOf(em: EntityManager, quoteIds: number[], text: string) {
  const [first, ...rest] = await Promise.all(quoteIds.map((id) => findSameWords(em, id, 50)));
  if (!first) return [];
  const holding = rest.map((list) => new Set(list.map((o) => o.articleId)));
  // and the articles that ran the same words in another cut: whole where this one split them around “he said”, or split where it ran them whole
  return mergeOccurrences<SameWordsRow>(first.filter((o) => holding.every((articles) => articles.has(o.articleId))), await findOccurrencesOfWords(em, text, RUN_MAX, 50));
}
