/**
 * Turn an extracted claim into the record the consistency checks read, with the id and
 * speaker key the database assigns.
 */
import type { ClaimResult, TopicClaim } from './types';
import { sourceKey } from './source-key';

/** `claim` as a TopicClaim; speaker key defaults to the folded speaker name, said-at to the claim's date. */
export function toTopicClaim(claim: ClaimResult, meta: { id: string; speakerKey?: string | null; saidAt?: string }): TopicClaim {
  const saidAt = meta.saidAt ?? claim.saidAt;
  if (!saidAt) throw new Error('toTopicClaim needs a said-at date: pass meta.saidAt or extract with publishedAt');
  return {
    id: meta.id,
    kind: claim.kind,
    subject: claim.subject ? { text: claim.subject.text } : null,
    measure: claim.measure,
    group: claim.group,
    value: claim.value,
    unit: claim.unit,
    time: claim.time ? { from: claim.time.from, to: claim.time.to } : null,
    impliedStart: claim.impliedStart,
    polarity: claim.polarity,
    speakerKey: meta.speakerKey !== undefined ? meta.speakerKey : claim.speaker ? sourceKey(claim.speaker.name) : null,
    saidAt,
    citedSourceKey: claim.citedSource?.key ?? null,
    of: claim.group,
  };
}
