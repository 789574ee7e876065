import type { DataSource, EntityManager } from 'typeorm';
import type { SpeakerEntity } from '../db/entities/speaker.entity';
import {
  deleteAliases,
  findAliasByNormalized,
  findAliasesByIds,
  findOtherSpeakersGoingBy,
  findSpeakerById,
  findSpeakerMentions,
  insertEditorAlias,
  updateSpeaker,
} from '../db/repositories/speaker.repository';
import { withTransaction } from '../db/transaction';
import { lockTopicsOfSpeaker } from '../db/repositories/claim.repository';
import { renameCredits } from '../db/repositories/speaker-quote.repository';
import { requestTopicRechecks, type TopicRecheckQueue } from './topic-rechecks';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { recordAudit, type Actor } from './audit';
import { matchKey, nameParts, normalizeName } from './speaker-names';

/** Loads a live speaker for an edit, locked until the transaction ends. */
export async function lockLiveSpeaker(em: EntityManager, id: number): Promise<SpeakerEntity> {
  const speaker = await findSpeakerById(em, id, true);
  if (!speaker) throw new NotFoundError(`There is no speaker ${id}`);
  if (speaker.mergedIntoId) throw new ConflictError(`Speaker ${id} was merged into speaker ${speaker.mergedIntoId}; edit that one.`);
  return speaker;
}

/** Name fields derived from a display name. */
export function nameFields(name: string, kind: SpeakerEntity['kind']) {
  return {
    name,
    normalizedName: normalizeName(name),
    matchKey: matchKey(name),
    surnameKey: kind === 'person' ? nameParts(name).surname : null,
  };
}

/** A rename refused because another speaker already goes by the name: merging is the way to make them one. */
export class RenameTakenError extends ValidationError {
  constructor(readonly other: { id: number; name: string; role: string | null; quoteCount: number }, name: string) {
    super('name is taken', {
      name: [`Speaker #${other.id} ${other.name} already goes by “${name}”. If they are the same person, merge the two speakers instead; otherwise choose a name that tells them apart.`],
    });
  }
}

/** True when an article named the speaker with these words: a mention or a seen alias contains the name, word for word. */
export function namedInArticles(normalized: string, mentions: string[]): boolean {
  return mentions.some((m) => ` ${normalizeName(m)} `.includes(` ${normalized} `));
}

/**
 * Renames a speaker. A name another live speaker goes by (as its name or an identifying alias,
 * compared as names are matched) is refused: two speakers would answer to it, and the way to
 * make them one is a merge. The old name stays as an alias, so later articles using it still
 * match, only when articles named the speaker so: a name that only an earlier rename gave
 * (a mistaken rename, then renamed back) is not kept as an identity.
 * The speaker's quotes, statements and claims are credited under the new name (see renameCredits),
 * and the topics of the claims are rechecked, as their findings name the speaker.
 */
export async function renameSpeaker(
  deps: { dataSource: DataSource; queue?: TopicRecheckQueue },
  actor: Actor,
  id: number,
  rawName: string,
): Promise<{ aliasKept: boolean }> {
  const name = rawName.trim().replace(/\s+/g, ' ');
  if (!normalizeName(name)) throw new ValidationError('name must contain letters', { name: ['Enter a name with letters in it.'] });
  return withTransaction(deps.dataSource, async (em) => {
    const speaker = await lockLiveSpeaker(em, id);
    if (speaker.name === name) return { aliasKept: true };
    const fields = nameFields(name, speaker.kind);
    if (fields.normalizedName !== speaker.normalizedName) {
      const [other] = await findOtherSpeakersGoingBy(em, id, fields.normalizedName);
      if (other) throw new RenameTakenError(other, name);
    }
    await updateSpeaker(em, id, fields);
    let aliasId: number | null = null;
    if (
      speaker.normalizedName !== fields.normalizedName &&
      !(await findAliasByNormalized(em, id, speaker.normalizedName)) &&
      namedInArticles(speaker.normalizedName, await findSpeakerMentions(em, id))
    ) {
      aliasId = await insertEditorAlias(em, {
        speakerId: id,
        alias: speaker.name,
        normalizedAlias: speaker.normalizedName,
        matchKey: speaker.matchKey,
      });
    }
    // the topics are held first, as ingest and merge take them (topic, then claims)
    await lockTopicsOfSpeaker(em, id);
    await requestTopicRechecks(em, deps.queue, await renameCredits(em, id, name));
    await recordAudit(em, actor, {
      action: 'speaker.rename',
      targetType: 'speaker',
      targetId: id,
      before: { name: speaker.name, normalizedName: speaker.normalizedName, matchKey: speaker.matchKey, surnameKey: speaker.surnameKey },
      after: { ...fields, addedAliasId: aliasId },
    });
    // the old name is still known when it only changed in case or spacing, or was an alias already
    return { aliasKept: aliasId !== null || speaker.normalizedName === fields.normalizedName || !!(await findAliasByNormalized(em, id, speaker.normalizedName)) };
  });
}

/** Adds an alias by hand (it then identifies the speaker in later articles). */
export async function addAlias(deps: { dataSource: DataSource }, actor: Actor, id: number, rawAlias: string): Promise<void> {
  const alias = rawAlias.trim().replace(/\s+/g, ' ');
  const normalized = normalizeName(alias);
  if (!normalized) throw new ValidationError('alias must contain letters', { alias: ['Enter an alias with letters in it.'] });
  await withTransaction(deps.dataSource, async (em) => {
    const speaker = await lockLiveSpeaker(em, id);
    if (normalized === speaker.normalizedName) {
      throw new ValidationError('alias is the name', { alias: ['That is already the speaker’s name.'] });
    }
    if (await findAliasByNormalized(em, id, normalized)) throw new ValidationError('alias exists', { alias: ['The speaker already has this alias.'] });
    const aliasId = await insertEditorAlias(em, { speakerId: id, alias, normalizedAlias: normalized, matchKey: matchKey(alias) });
    await recordAudit(em, actor, { action: 'speaker.alias_add', targetType: 'speaker', targetId: id, after: { aliasId, alias } });
  });
}

/** Removes an alias; the audit entry keeps the whole row so it can be put back. */
export async function removeAlias(deps: { dataSource: DataSource }, actor: Actor, id: number, aliasId: number): Promise<void> {
  await withTransaction(deps.dataSource, async (em) => {
    await lockLiveSpeaker(em, id);
    const [alias] = await findAliasesByIds(em, [aliasId]);
    if (!alias || alias.speakerId !== id) throw new NotFoundError(`Speaker ${id} has no alias ${aliasId}`);
    await deleteAliases(em, [aliasId]);
    await recordAudit(em, actor, { action: 'speaker.alias_remove', targetType: 'speaker', targetId: id, before: { alias } });
  });
}

/** Wikidata ids look like Q42. */
const WIKIDATA_ID = /^Q[1-9]\d{0,11}$/;

/** Sets or clears (empty string) the speaker's external identifier, a Wikidata id. */
export async function setExternalId(deps: { dataSource: DataSource }, actor: Actor, id: number, raw: string): Promise<void> {
  const value = raw.trim().toUpperCase() || null;
  if (value !== null && !WIKIDATA_ID.test(value)) {
    throw new ValidationError('externalId is not a Wikidata id', { externalId: ['Enter a Wikidata id such as Q312021, or leave it empty.'] });
  }
  await withTransaction(deps.dataSource, async (em) => {
    const speaker = await lockLiveSpeaker(em, id);
    if (speaker.externalId === value) return;
    await updateSpeaker(em, id, { externalId: value });
    await recordAudit(em, actor, {
      action: 'speaker.external_id',
      targetType: 'speaker',
      targetId: id,
      before: { externalId: speaker.externalId },
      after: { externalId: value },
    });
  });
}
