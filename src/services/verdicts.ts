import type { DataSource } from 'typeorm';
import { compareDenialWithReference, compareWithReference, compatibleUnits } from '../core/claims';
import { findClaimById } from '../db/repositories/claim.repository';
import { findRatingsOfClaims, findVerdictsOfClaim, insertVerdict, lockLatestVerdict } from '../db/repositories/verdict.repository';
import type { VerdictEntity, VerdictSource } from '../db/entities/verdict.entity';
import { withTransaction } from '../db/transaction';
import { findUserById } from '../db/repositories/user.repository';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { recordAudit, type Actor } from './audit';
import { claimValue } from './refresh-topic';
import type { Rating } from './settings';

type Deps = { dataSource: DataSource };

/** The figure the records show, with where it comes from. */
export interface ReferenceInput {
  value: number;
  unit: string;
  sourceUrl: string;
  sourceTitle: string;
  date: string | null;
}

/** What a fact-checker submits. */
export interface VerdictInput {
  rating: string;
  explanation: string;
  sources: VerdictSource[];
  reference: ReferenceInput | null;
  publish: boolean;
  /** The verdict the fact-checker saw as current (null: none); a newer one means someone rated meanwhile. */
  expectedLatestId: number | null;
}

/** Units a reference figure may be given in for this claim. */
export function referenceUnitsFor(claim: { unit: string | null }): string[] {
  return compatibleUnits(claim.unit);
}

/**
 * Appends a verdict to a claim. The rating must be on the installation's scale; a reference
 * figure needs a claim with a figure and a unit that converts to the claim's, and gives
 * the signed error. Recorded in the audit log.
 */
export async function addVerdict(deps: Deps, actor: Actor, claimId: number, scale: Rating[], input: VerdictInput): Promise<VerdictEntity> {
  const index = scale.findIndex((r) => r.label === input.rating);
  if (index === -1) throw new ValidationError('rating', { rating: [`Choose one of: ${scale.map((r) => r.label).join(', ')}.`] });
  if (input.sources.length === 0) throw new ValidationError('sources', { sources: ['Add at least one source the verdict rests on.'] });

  return withTransaction(deps.dataSource, async (em) => {
    const claim = await findClaimById(em, claimId);
    if (!claim) throw new NotFoundError(`There is no claim ${claimId}`);
    const latest = await lockLatestVerdict(em, claimId);
    if ((latest?.id ?? null) !== input.expectedLatestId) {
      throw new ConflictError('Someone rated this claim after you opened it; reload the page to see their verdict before adding yours.');
    }

    let comparison: { error?: number; unit: string; relative?: number | null; summary: string } | null = null;
    if (input.reference) {
      const value = claimValue(claim);
      if (!value) throw new ValidationError('reference', { referenceValue: ['This claim has no figure to compare with; leave the reference figure empty.'] });
      const ref = { value: input.reference.value, unit: input.reference.unit };
      // “There were never 14 hostages” claims no figure to be in error by: the reference confirms or refutes the denial
      comparison = claim.polarity === 'negated' ? compareDenialWithReference(value, claim.unit, ref) : compareWithReference(value, claim.unit, ref);
      if (!comparison) throw new ValidationError('reference unit', { referenceUnit: [`Give the figure in one of: ${compatibleUnits(claim.unit).join(', ')}.`] });
    }
    const r = input.reference;
    const verdict = await insertVerdict(em, {
      claimId,
      rating: scale[index].label,
      ratingDefinition: scale[index].definition,
      ratingValue: scale.length - index,
      ratingBest: scale.length,
      ratingWorst: 1,
      explanation: input.explanation,
      sources: input.sources,
      referenceValue: r?.value ?? null,
      referenceUnit: r?.unit ?? null,
      referenceSourceUrl: r?.sourceUrl ?? null,
      referenceSourceTitle: r?.sourceTitle ?? null,
      referenceDate: r?.date ?? null,
      errorValue: comparison?.error ?? null,
      errorUnit: comparison?.unit ?? null,
      errorRelative: comparison?.relative ?? null,
      errorSummary: comparison?.summary ?? null,
      published: input.publish,
      supersedesId: latest?.id ?? null,
      authorId: actor.id,
      // the name the author goes by, not their e-mail address, which readers of a published verdict would see
      authorLabel: (actor.id !== null ? (await findUserById(em, actor.id))?.displayName : null) || actor.label,
    });
    await recordAudit(em, actor, {
      action: 'verdict.add',
      targetType: 'claim',
      targetId: claimId,
      before: latest ? { verdictId: latest.id, rating: latest.rating, published: latest.published } : null,
      after: { verdictId: verdict.id, rating: verdict.rating, published: verdict.published, errorSummary: verdict.errorSummary },
    });
    return verdict;
  });
}

/**
 * Publishes the claim's current internal verdict: verdicts never change, so the published
 * one is a copy that supersedes it.
 */
export async function publishVerdict(deps: Deps, actor: Actor, claimId: number, verdictId: number): Promise<VerdictEntity> {
  return withTransaction(deps.dataSource, async (em) => {
    const latest = await lockLatestVerdict(em, claimId);
    if (!latest || latest.id !== verdictId) throw new ConflictError('Only the claim’s current verdict can be published; reload the page to see it.');
    if (latest.published) return latest;
    const { id: _id, createdAt: _at, claim: _c, supersedes: _s, author: _a, ...rest } = latest;
    const copy = await insertVerdict(em, { ...rest, published: true, supersedesId: latest.id });
    await recordAudit(em, actor, { action: 'verdict.publish', targetType: 'claim', targetId: claimId, before: { verdictId: latest.id, published: false }, after: { verdictId: copy.id, published: true } });
    return copy;
  });
}

/** A claim's verdicts, newest first; internal ones only for editors. */
export function listVerdicts(deps: Deps, claimId: number, includeInternal: boolean): Promise<VerdictEntity[]> {
  return findVerdictsOfClaim(deps.dataSource.manager, claimId, includeInternal);
}

/** The newest verdict's rating of each listed claim (published ones only for readers). */
export function claimRatings(deps: Deps, claimIds: number[], includeInternal: boolean) {
  return findRatingsOfClaims(deps.dataSource.manager, claimIds, includeInternal);
}
