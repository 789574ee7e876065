import type { DataSource, EntityManager } from 'typeorm';
import { sourceKey } from '../core/claims';
import {
  findContinuations,
  lockQuoteForReview,
  recountArticle,
  removeFromTimeline,
  setClaimCheckWorthy,
  setClaimsSpeakerOfQuote,
  setTimelineSpeaker,
  updateQuoteReview,
} from '../db/repositories/review.repository';
import { findAliasByNormalized, findLivePeopleBySurname, findSpeakersByNormalizedName, insertEditorAlias, insertSpeaker, lockSpeakerName, recountSpeakers } from '../db/repositories/speaker.repository';
import type { SpeakerEntity } from '../db/entities/speaker.entity';
import { withTransaction } from '../db/transaction';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { recordAudit, type Actor } from './audit';
import { lockLiveSpeaker, nameFields } from './edit-speaker';
import { lockTopicsOfQuote } from '../db/repositories/claim.repository';
import { requestTopicRechecks, type TopicRecheckQueue } from './topic-rechecks';
import { isNameLikeMention, matchKey, nameParts, normalizeName } from './speaker-names';

type Deps = { dataSource: DataSource; queue?: TopicRecheckQueue };

/** Longest quote span an editor may set. */
export const MAX_SPAN = 5_000;
/** How far (characters) a corrected span may sit from the quote it corrects. */
const SPAN_REACH = 2_000;

/** The speaker a reviewer chose: an existing one by id, or by name (found, or created). */
export type SpeakerChoice = { speakerId: number } | { name: string; kind?: 'person' | 'organisation' | 'anonymous' };

type LockedQuote = NonNullable<Awaited<ReturnType<typeof lockQuoteForReview>>>;

/** Locks a quote and checks nobody acted on it since the reviewer loaded it. */
async function lockForAction(em: EntityManager, id: number, version: number | undefined): Promise<LockedQuote> {
  const quote = await lockQuoteForReview(em, id);
  if (!quote) throw new NotFoundError(`There is no quote ${id}`);
  if (version !== undefined && version !== quote.reviewVersion) {
    throw new ConflictError('Someone reviewed this quote after you opened it; reload the page to see their change.');
  }
  return quote;
}

const snapshot = (q: LockedQuote) => ({
  reviewStatus: q.reviewStatus,
  speakerId: q.speakerId,
  speakerName: q.speakerName,
  speakerKind: q.speakerKind,
  text: q.text,
  startOffset: q.startOffset,
  endOffset: q.endOffset,
});

/**
 * Confirms the attribution as it stands. A rejected quote comes back as a quote (and onto
 * its speaker's timeline); a corrected one stays marked corrected.
 */
export async function confirmQuote(deps: Deps, actor: Actor, id: number, version?: number): Promise<void> {
  await withTransaction(deps.dataSource, async (em) => {
    const q = await lockForAction(em, id, version);
    const status = q.reviewStatus === 'corrected' ? 'corrected' : 'confirmed';
    await updateQuoteReview(em, id, { reviewStatus: status, reviewedById: actor.id });
    if (q.reviewStatus === 'rejected' && q.speakerId !== null) {
      await setTimelineSpeaker(em, id, q.articleId, q.speakerId, q.quotedAt);
      await recountSpeakers(em, [q.speakerId]);
    }
    if (q.reviewStatus === 'rejected') await recountArticle(em, q.articleId);
    await recordAudit(em, actor, { action: 'quote.confirm', targetType: 'quote', targetId: id, before: snapshot(q), after: { reviewStatus: status } });
  });
}

/** Marks the marks as not a quote: it leaves the speaker's timeline and counters, and is kept for the record. */
export async function rejectQuote(deps: Deps, actor: Actor, id: number, version?: number): Promise<void> {
  await withTransaction(deps.dataSource, async (em) => {
    const q = await lockForAction(em, id, version);
    if (q.reviewStatus === 'rejected') return;
    await updateQuoteReview(em, id, { reviewStatus: 'rejected', reviewedById: actor.id });
    await removeFromTimeline(em, id);
    if (q.speakerId !== null) await recountSpeakers(em, [q.speakerId]);
    await recountArticle(em, q.articleId);
    await recordAudit(em, actor, { action: 'quote.reject', targetType: 'quote', targetId: id, before: snapshot(q), after: { reviewStatus: 'rejected' } });
  });
}

/** Finds the speaker a reviewer named, or creates it; several matches need a choice. */
export async function speakerByName(em: EntityManager, rawName: string, kind: 'person' | 'organisation'): Promise<{ speaker: SpeakerEntity; created: boolean }> {
  const name = rawName.trim().replace(/\s+/g, ' ');
  const normalized = normalizeName(name);
  if (!normalized || name.length > 200) throw new ValidationError('speaker name', { speaker: ['Enter the speaker’s name (letters, at most 200 characters).'] });
  await lockSpeakerName(em, normalized);
  const live = (await findSpeakersByNormalizedName(em, normalized)).filter((s) => s.mergedIntoId === null);
  if (live.length > 1) {
    const list = live.slice(0, 5).map((s) => `${s.name} (#${s.id}${s.role ? `, ${s.role}` : ''})`).join('; ');
    throw new ValidationError('ambiguous speaker', { speaker: [`Several speakers go by that name: ${list}. Choose one by its number.`] });
  }
  if (live.length === 1) return { speaker: live[0], created: false };
  // “Solheim” typed for Erik Solheim: a surname alone is the one person stored with it (several are listed to choose from)
  const parts = nameParts(name);
  if (kind === 'person' && parts.given.length === 0 && parts.surname) {
    const bySurname = await findLivePeopleBySurname(em, parts.surname, 6);
    if (bySurname.length === 1) return { speaker: await lockLiveSpeaker(em, bySurname[0].id), created: false };
    if (bySurname.length > 1) {
      const list = bySurname.slice(0, 5).map((s) => `${s.name} (#${s.id}${s.role ? `, ${s.role}` : ''})`).join('; ');
      throw new ValidationError('ambiguous speaker', { speaker: [`Several speakers have that surname: ${list}. Choose one by its number, or type the full name.`] });
    }
  }
  const speaker = await insertSpeaker(em, { ...nameFields(name, kind), kind, role: null, organisation: null, country: null });
  return { speaker, created: true };
}

/**
 * Whether the words that named the speaker in the article should become an alias of the
 * corrected speaker: a full name that names them under another spelling or form (same
 * folded surname: “Sergei Lavrov” for Sergey Lavrov), or an organisation's abbreviation.
 * A mention naming someone else (“Peter Vance” when the reviewer says Maria Olsen spoke),
 * pronouns and descriptions (“a Western diplomat”) never become aliases; nor does a bare
 * surname, which the surname rules already match when the full name is in the article.
 */
async function aliasWorthAdding(em: EntityManager, speaker: SpeakerEntity, mention: string | null): Promise<string | null> {
  if (!mention) return null;
  const alias = mention.trim().replace(/\s+/g, ' ');
  if (alias.length > 200) return null;
  const fits =
    speaker.kind === 'organisation'
      ? /^\p{Lu}{2,10}$/u.test(alias) || (isNameLikeMention(alias) && matchKey(alias) !== '' && matchKey(speaker.name).includes(matchKey(alias).split(' ')[0]))
      : isNameLikeMention(alias) && nameParts(alias).surname === speaker.surnameKey && speaker.surnameKey !== null;
  if (!fits) return null;
  const normalized = normalizeName(alias);
  if (!normalized || normalized === speaker.normalizedName) return null;
  if (await findAliasByNormalized(em, speaker.id, normalized)) return null;
  return alias;
}

/**
 * Gives a quote another speaker: the quote, its place on the speakers' timelines and
 * counters, and the claims drawn from it follow (their topics are re-checked); the words
 * the article used for the speaker become an alias where that helps later articles match.
 */
export async function reassignQuote(deps: Deps, actor: Actor, id: number, choice: SpeakerChoice, version?: number): Promise<{ speakerId: number | null; created: boolean; aliasAdded: string | null; continued: number }> {
  if ('name' in choice && choice.kind === 'anonymous') return unnameQuote(deps, actor, id, choice.name, version);
  return withTransaction(deps.dataSource, async (em) => {
    const q = await lockForAction(em, id, version);
    const { speaker, created } =
      'speakerId' in choice ? { speaker: await lockLiveSpeaker(em, choice.speakerId), created: false } : await speakerByName(em, choice.name, choice.kind === 'organisation' ? 'organisation' : 'person');
    const alias = await aliasWorthAdding(em, speaker, q.speakerMention);
    let aliasId: number | null = null;
    if (alias) aliasId = await insertEditorAlias(em, { speakerId: speaker.id, alias, normalizedAlias: normalizeName(alias), matchKey: matchKey(alias) });

    const to = { id: speaker.id, name: speaker.name, kind: speaker.kind, role: speaker.role };
    await giveQuoteTo(em, deps.queue, actor, q, to, { createdSpeaker: created, aliasId, alias });
    const continued = await giveContinuations(em, deps.queue, actor, q, to);
    return { speakerId: speaker.id, created, aliasAdded: alias, continued };
  });
}

/**
 * The quotes that continue a corrected one (“…,” he said. “…”, each read as the same speaker's because it follows)
 * take its new speaker too: the ones right after it in the article, read as continuations, credited to the speaker it
 * had and not reviewed by anyone — or moved by this quote's earlier correction and not changed on their own since, so
 * setting a mistaken correction back brings them back as well. Each change is audited as its own, naming the quote it
 * follows. Returns how many.
 */
async function giveContinuations(em: EntityManager, queue: TopicRecheckQueue | undefined, actor: Actor, q: LockedQuote, to: { id: number | null; name: string; kind: string; role: string | null }): Promise<number> {
  let n = 0;
  for (const id of await findContinuations(em, q)) {
    const next = await lockQuoteForReview(em, id);
    if (!next) continue;
    await giveQuoteTo(em, queue, actor, next, to, { createdSpeaker: false, aliasId: null, alias: null, followsQuote: q.id });
    n++;
  }
  return n;
}

/**
 * The part of a change of speaker both kinds share: the quote takes the speaker (a stored one, or an unnamed source
 * with no id), leaves or joins the speakers' timelines and counters, the article is recounted, its claims follow
 * (their topics re-checked), and the change is audited.
 */
async function giveQuoteTo(
  em: EntityManager, queue: TopicRecheckQueue | undefined, actor: Actor, q: LockedQuote,
  speaker: { id: number | null; name: string; kind: string; role: string | null },
  made: { createdSpeaker: boolean; aliasId: number | null; alias: string | null; followsQuote?: number },
): Promise<void> {
  const status = q.reviewStatus === 'rejected' ? 'rejected' : 'corrected';
  // the claims' topics are held before the claims, as ingest takes them
  await lockTopicsOfQuote(em, q.id);
  await updateQuoteReview(em, q.id, { reviewStatus: status, reviewedById: actor.id, speaker });
  if (speaker.id === null) await removeFromTimeline(em, q.id);
  else if (status !== 'rejected') await setTimelineSpeaker(em, q.id, q.articleId, speaker.id, q.quotedAt);
  const touched = [...new Set([speaker.id, q.speakerId].filter((x): x is number => x !== null))];
  if (touched.length) await recountSpeakers(em, touched);
  await recountArticle(em, q.articleId);
  const topics = await setClaimsSpeakerOfQuote(em, q.id, { id: speaker.id, name: speaker.name, key: sourceKey(speaker.name) });
  await requestTopicRechecks(em, queue, topics);
  await recordAudit(em, actor, {
    action: 'quote.speaker',
    targetType: 'quote',
    targetId: q.id,
    before: snapshot(q),
    after: { reviewStatus: status, speakerId: speaker.id, speakerName: speaker.name, speakerKind: speaker.kind, ...made, claimTopics: topics },
  });
}

/** Longest description of an unnamed source. */
const MAX_DESCRIPTION = 200;

/** An unnamed source as a reviewer describes it (“a senior official at the disaster office”), spaces tidied; refused when empty or too long. */
export function describedSource(raw: string): string {
  const description = raw.trim().replace(/\s+/g, ' ');
  if (!description || description.length > MAX_DESCRIPTION) throw new ValidationError('description', { speaker: [`Describe the unnamed source in at most ${MAX_DESCRIPTION} characters, as the article does.`] });
  return description;
}

/**
 * Gives a quote to an unnamed source, as described (“a senior official at the disaster office”): no speaker in the
 * directory is made of it. The quote leaves its former speaker's timeline and counters; the claims drawn from it take
 * the description as their source.
 */
async function unnameQuote(deps: Deps, actor: Actor, id: number, rawDescription: string, version?: number): Promise<{ speakerId: null; created: false; aliasAdded: null; continued: number }> {
  const description = describedSource(rawDescription);
  return withTransaction(deps.dataSource, async (em) => {
    const q = await lockForAction(em, id, version);
    const to = { id: null, name: description, kind: 'anonymous', role: null };
    await giveQuoteTo(em, deps.queue, actor, q, to, { createdSpeaker: false, aliasId: null, alias: null });
    const continued = await giveContinuations(em, deps.queue, actor, q, to);
    return { speakerId: null, created: false, aliasAdded: null, continued };
  });
}

/**
 * Moves a quote's span to the words the reviewer gives: they must appear in the article
 * near the quote (the occurrence nearest to it is taken).
 */
export async function fixQuoteSpan(deps: Deps, actor: Actor, id: number, rawText: string, version?: number): Promise<void> {
  const text = rawText.trim();
  if (!text) throw new ValidationError('span empty', { text: ['Enter the words of the quote as they appear in the article.'] });
  if (text.length > MAX_SPAN) throw new ValidationError('span too long', { text: [`A quote span is at most ${MAX_SPAN.toLocaleString('en-US')} characters.`] });
  await withTransaction(deps.dataSource, async (em) => {
    const q = await lockForAction(em, id, version);
    let best = -1;
    for (let at = q.body.indexOf(text); at !== -1; at = q.body.indexOf(text, at + 1)) {
      if (best === -1 || Math.abs(at - q.startOffset) < Math.abs(best - q.startOffset)) best = at;
    }
    if (best === -1) throw new ValidationError('span not found', { text: ['Those words do not appear in the article exactly as typed (check the punctuation and spacing).'] });
    if (Math.abs(best - q.startOffset) > SPAN_REACH) throw new ValidationError('span too far', { text: ['Those words appear in the article, but far from this quote; correct the span of the quote they belong to.'] });
    const span = { text, start: best, end: best + text.length };
    if (span.start === q.startOffset && span.end === q.endOffset && q.segments.length === 1) return;
    const status = q.reviewStatus === 'rejected' ? 'rejected' : 'corrected';
    await updateQuoteReview(em, id, { reviewStatus: status, reviewedById: actor.id, span });
    await recordAudit(em, actor, { action: 'quote.span', targetType: 'quote', targetId: id, before: snapshot(q), after: { reviewStatus: status, text: span.text, startOffset: span.start, endOffset: span.end } });
  });
}

/** An editor's decision on whether a claim is worth checking (null: back to undecided). */
export async function decideCheckWorthy(deps: Deps, actor: Actor, claimId: number, worthy: boolean | null): Promise<void> {
  await withTransaction(deps.dataSource, async (em) => {
    const [before] = await em.query('SELECT check_worthy AS "checkWorthy" FROM claims WHERE id = $1 FOR UPDATE', [claimId]);
    if (!before || !(await setClaimCheckWorthy(em, claimId, worthy, actor.id))) throw new NotFoundError(`There is no claim ${claimId}`);
    await recordAudit(em, actor, { action: 'claim.check_worthy', targetType: 'claim', targetId: claimId, before, after: { checkWorthy: worthy } });
  });
}
