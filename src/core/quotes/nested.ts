/**
 * Quotations inside a quote: “The minister looked at me and said, ‘We will not resign,’ and then he walked out,” said
 * Dlamini. The scanner keeps them inside their parent (the parent's text holds them); here each is found again in the
 * parent's words and given the speaker those words name, if they name one. The parent's words are read as the
 * article's own prose is, by the same matchers: “…, the minister said, ‘…’” and “‘…,’ he told me” inside the parent.
 * The speaker is only ever looked for inside the parent: the cue of the parent itself (“…,” said Dlamini) is the
 * parent's, not the inner quotation's.
 */
import type { ArticleContext, Attribution, Mention, QuoteDraft } from '../context';
import type { Evidence, NestedQuote, Span, SpeakerRef } from '../types';
import { scanQuotes, type RawQuote } from './scan-quotes';
import { tokenAtFrom } from '../text/tokenize';
import { matchAfterQuote } from '../attribution/after-quote.matcher';
import { matchBeforeQuote } from '../attribution/before-quote.matcher';
import { namingSpan } from '../attribution/describe';
import { resolveMention, type Resolution } from '../entities/resolve-speaker';
import { isNameWord } from '../attribution/name-run';
import type { Entity, Registry } from '../entities/registry';
import { cueAt, type CueMatch } from '../attribution/cues';
import { clauseSubject, subjectOf } from '../attribution/subject';
import { phraseEndingAt } from '../attribution/noun-phrase';
import { sentenceStartOf } from '../context';

/** Most inner quotations read in one parent (a bound for a hostile text). */
const MAX_INNER = 20;
/** A nested quote's speaker is named in someone else's words: never scored above this. */
const NESTED_MAX = 0.6;
/** Less when the words naming the speaker could not be tied to anyone named. */
const UNRESOLVED_PENALTY = 0.15;

/** Inner quotations of the parent's segments, with offsets into the article. */
export function innerQuotations(text: string, segments: readonly { start: number; end: number }[]): RawQuote[] {
  const out: RawQuote[] = [];
  for (const seg of segments) {
    if (seg.end - seg.start < 3 || out.length >= MAX_INNER) continue;
    const words = text.slice(seg.start, seg.end);
    if (!/[“”"‘’'«»„‚‹›]/.test(words)) continue;
    for (const r of scanQuotes(words)) {
      // an inner quotation closes inside its parent's segment: one left open is an apostrophe or a stray mark
      if (r.unclosed || r.segments.length !== 1 || out.length >= MAX_INNER) continue;
      const shift = (x: { start: number; end: number }) => ({ start: x.start + seg.start, end: x.end + seg.start });
      out.push({ ...r, segments: r.segments.map(shift), outer: shift(r.outer) });
    }
  }
  return out;
}

function spanOf(ctx: ArticleContext, r: { start: number; end: number } | null): Span | null {
  if (!r || r.end <= r.start) return null;
  const start = ctx.tokens[r.start].start;
  const end = ctx.tokens[r.end - 1].end;
  return { text: ctx.text.slice(start, end), start, end };
}

/**
 * The nested quotes of quote `qi` (whose draft is `parent`), with their speakers. Reads the parent's words as prose for
 * the time it takes, then puts the article's state back as it was. Null when the parent holds no quotation.
 */
export function nestedQuotesOf(ctx: ArticleContext, reg: Registry, parent: QuoteDraft, parentSpeaker: SpeakerRef | null = null): NestedQuote[] | null {
  const parentEntity = parentSpeaker?.entity;
  const inner = innerQuotations(ctx.text, parent.segments);
  if (inner.length === 0) return null;
  const { tokens, inQuote } = ctx;
  const from = parent.openTok + 1;
  const to = Math.min(parent.closeTok + (parent.raw.unclosed ? 1 : 0), tokens.length);
  const saved = inQuote.slice(from, to);
  const out: NestedQuote[] = [];
  const at = ctx.quotes.length;
  try {
    for (let k = from; k < to; k++) inQuote[k] = -1;
    let cursor = parent.openTok;
    for (const r of inner) {
      const openTok = tokenAtFrom(tokens, r.outer.start, cursor);
      const after = tokenAtFrom(tokens, r.outer.end, openTok);
      const closeTok = Math.max(openTok, after - 1);
      cursor = openTok;
      const draft: QuoteDraft = { raw: r, segments: r.segments, openTok, closeTok, attribution: null, kind: 'direct', mergedInto: null };
      ctx.quotes.push(draft);
      // typewriter marks read as the quotation's marks while its speaker is looked for (as the scanner's are)
      const kinds: [number, Token['kind']][] = [];
      for (const k of [openTok, closeTok]) if (tokens[k] && tokens[k].kind !== 'mark' && /^['"‘’“”«»]$/.test(tokens[k].text)) { kinds.push([k, tokens[k].kind]); tokens[k].kind = 'mark'; }
      for (let k = openTok + 1; k < closeTok; k++) inQuote[k] = at;
      const att = inside(parent, matchAfterQuote(ctx, at)) ?? inside(parent, matchBeforeQuote(ctx, at)) ?? inside(parent, cueRightBefore(ctx, parent, openTok));
      for (let k = openTok + 1; k < closeTok; k++) inQuote[k] = -1;
      for (const [k, kind] of kinds) tokens[k].kind = kind;
      ctx.quotes.pop();
      const seg = r.segments[0];
      // (“‘We will not resign,’ and then …”: the comma before the closing mark is the sentence's, as for any quote)
      const end = seg.end - seg.start > 1 && ctx.text.charCodeAt(seg.end - 1) === 44 && r.outer.end === seg.end + 1 ? seg.end - 1 : seg.end;
      const res = att?.mention ? resolveInParent(ctx, reg, parent, att.mention, parentEntity, parentSpeaker) : null;
      let confidence = 0.2;
      if (att) {
        confidence = Math.min(att.strength, NESTED_MAX);
        if (!res?.entity && att.mention && att.mention.type !== 'name') confidence -= UNRESOLVED_PENALTY;
        if (res?.doubtful) confidence -= 0.1;
        confidence = Math.max(0.05, Math.round(confidence * 100) / 100);
      }
      const evidence: Evidence = att
        ? { rule: `nested-${att.rule}`, detail: `inside the quote, ${att.detail}${res ? `; ${res.how}` : ''}` }
        : { rule: 'nested', detail: 'a quotation inside the quote, whose words do not say who said it' };
      out.push({
        text: ctx.text.slice(seg.start, end),
        start: seg.start,
        end,
        outer: { start: r.outer.start, end: r.outer.end },
        speaker: res?.speaker ?? null,
        speakerMention: att?.mention ? spanOf(ctx, namingSpan(ctx, att.mention)) : null,
        cue: spanOf(ctx, att?.cue ?? null),
        confidence,
        evidence,
      });
    }
  } finally {
    ctx.quotes.length = at;
    inQuote.set(saved, from);
  }
  return out;
}

const PERSONAL: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * The speaker of an inner quotation. “I” is the parent's speaker. “When I met Rishi Sunak he told me, ‘…’”: a pronoun inside the quote stands for
 * the person its words named before it; it never stands for the one quoting (who would say “I”), so a pronoun the
 * article's reading gives to the parent's own speaker is left unresolved.
 */
function resolveInParent(ctx: ArticleContext, reg: Registry, parent: QuoteDraft, m: Mention, parentEntity: number | undefined, parentSpeaker: SpeakerRef | null): Resolution {
  const { tokens } = ctx;
  const word = m.end - m.start === 1 ? tokens[m.start].lower : '';
  // “I told the council last week: ‘…’” — “I” in the quote is the one quoted saying it
  if (word === 'i' && parentSpeaker) {
    const entity = parentEntity !== undefined ? reg.entities[parentEntity] ?? null : null;
    return { speaker: { ...parentSpeaker }, entity, how: `“I” is the one whose quote this is, ${parentSpeaker.name}` };
  }
  if (m.type === 'pronoun' && PERSONAL.has(word)) {
    for (let k = m.start - 1; k > parent.openTok; k--) {
      if (!isNameWord(tokens[k]) || ctx.bounds.sentenceStart[k] === 1) continue;
      let start = k;
      while (start - 1 > parent.openTok && isNameWord(tokens[start - 1])) start--;
      if (k + 1 - start < 2 && !reg.knownName(start, k + 1)) { k = start; continue; }
      const e = reg.resolveName(start, k + 1);
      if (e && e.kind === 'person' && e.index !== parentEntity) {
        const text = ctx.text.slice(tokens[m.start].start, tokens[m.end - 1].end);
        return { speaker: { name: e.name, kind: 'person', entity: e.index, ...(e.role ? { role: e.role } : {}) }, entity: e, how: `“${text}” is ${e.name}, named before it in the quote` };
      }
      k = start;
    }
    const res = resolveMention(ctx, reg, m);
    if (!res.entity || res.entity.index === parentEntity) {
      const text = ctx.text.slice(tokens[m.start].start, tokens[m.end - 1].end);
      // “Mensah said he had spoken to Castelo twice. “He told me: ‘…’”: the other person named just before the quote
      const other = otherPersonBefore(ctx, reg, parent, parentEntity, word === 'she' ? 'female' : 'male');
      if (other) {
        return {
          speaker: { name: other.name, kind: 'person', entity: other.index, ...(other.role ? { role: other.role } : {}) },
          entity: other,
          how: `“${text}” is ${other.name}, the one other person named just before the quote`,
          doubtful: true,
        };
      }
      if (!res.entity) return res;
      return { speaker: { name: text, kind: 'unknown', description: text }, entity: null, how: `“${text}” in ${res.entity.name}'s words is someone else, not named` };
    }
    return res;
  }
  return resolveMention(ctx, reg, m);
}

/**
 * The one person other than the quote's own speaker named in the quote's sentence before it or in the sentence before
 * that, of the pronoun's gender or of none known; null when there is none, or more than one.
 */
function otherPersonBefore(ctx: ArticleContext, reg: Registry, parent: QuoteDraft, parentEntity: number | undefined, gender: 'male' | 'female'): Entity | null {
  const { tokens } = ctx;
  const own = sentenceStartOf(ctx, parent.openTok);
  const floor = own > 0 ? sentenceStartOf(ctx, own - 1) : own;
  let found: Entity | null = null;
  for (let k = parent.openTok - 1; k >= floor; k--) {
    if (ctx.inQuote[k] >= 0 || !isNameWord(tokens[k])) continue;
    let start = k;
    while (start - 1 >= floor && isNameWord(tokens[start - 1]) && ctx.inQuote[start - 1] < 0) start--;
    const e = reg.resolveName(start, k + 1);
    k = start;
    if (!e || e.kind !== 'person' || e.index === parentEntity || (e.gender && e.gender !== gender)) continue;
    if (found && found.index !== e.index) return null;
    found = e;
  }
  return found;
}

/** Words between a cue and the quotation it introduces: “told me, ‘…’”, “warned us: ‘…’”. */
const HEARERS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them', 'you', 'reporters', ',', ':']);

/**
 * “The minister looked at me and said, ‘We will not resign,’ and then …”: a cue right before the quotation (the words
 * after it go on, so the matchers of a quote closing its sentence do not answer), its subject the one before the cue
 * or, after “and”, the subject of the sentence.
 */
function cueRightBefore(ctx: ArticleContext, parent: QuoteDraft, openTok: number): Attribution | null {
  const { tokens } = ctx;
  let k = openTok - 1;
  for (let n = 0; n < 3 && k > parent.openTok && HEARERS.has(tokens[k].lower); n++) k--;
  if (k === openTok - 1 && tokens[k]?.lower !== 'said' && tokens[k]?.lower !== 'says') return null; // “said ‘no’” — bare only after said
  let cue: CueMatch | null = null;
  for (let c = k; c > Math.max(parent.openTok, k - 3) && !cue; c--) {
    const found = cueAt(ctx, c);
    if (found && found.end === k + 1 && found.strength === 'speech' && !found.according) cue = found;
  }
  if (!cue) return null;
  const floor = Math.max(parent.openTok + 1, sentenceStartOf(ctx, cue.start));
  let mention = subjectOf(ctx, cue, floor);
  if (!mention && tokens[cue.start - 1]?.lower === 'and') mention = clauseSubject(ctx, floor, cue.start);
  // (“As the chief constable told us, ‘…’”: the phrase right before the cue, after a word opening the clause)
  if (!mention) mention = phraseEndingAt(ctx, cue.start, floor);
  if (!mention) return null;
  // (“The minister looked at me and said”: the verb the subject's phrase ran on to is no part of it)
  while (mention.end - mention.start > 1 && !tokens[mention.end - 1].cap && tokens[mention.end - 1].lower.endsWith('ed')) mention = { ...mention, end: mention.end - 1 };
  if (mention.head && mention.head.end > mention.end) mention = { ...mention, head: { start: mention.head.start, end: mention.end } };
  return { form: 'speaker-cue-quote', mention, cue: { start: cue.start, end: cue.end }, rule: 'cue-before-nested', detail: `${ctx.text.slice(tokens[mention.start].start, tokens[mention.end - 1].end)} + cue “${ctx.text.slice(tokens[cue.start].start, tokens[cue.end - 1].end)}” right before the inner quotation`, strength: 0.6 };
}

/** The attribution, when its speaker and its cue are words of the parent quote (not the parent's own cue after it). */
function inside(parent: QuoteDraft, att: Attribution | null): Attribution | null {
  if (!att?.mention || !att.cue) return null;
  const lo = parent.openTok;
  const hi = parent.closeTok;
  const m = att.mention.antecedent ?? att.mention;
  return m.start > lo && att.mention.end <= hi && att.cue.start > lo && att.cue.end <= hi ? att : null;
}

type Token = ArticleContext['tokens'][number];
