import type { ClaimReview, CreativeWork, Organization, Person, WithContext } from 'schema-dts';
import type { DataSource, EntityManager } from 'typeorm';
import type { ClaimEntity } from '../db/entities/claim.entity';
import type { VerdictEntity } from '../db/entities/verdict.entity';
import { findClaimReviewSources, findPublishedVerdict, findPublishedVerdictBatch, findSameWordsOfQuotes } from '../db/repositories/verdict.repository';
import type { InstallationSettings } from './settings';

type Deps = { dataSource: DataSource };

/** Where the claimed words appeared: an article, with its own address when it has one. */
export interface Appearance {
  articleId: number;
  title: string;
  url: string | null;
  outlet: string | null;
  at: Date;
}

/** Everything a ClaimReview is made of. */
export interface ClaimReviewParts {
  claim: Pick<ClaimEntity, 'id' | 'text' | 'speakerId' | 'speakerName' | 'saidAt'>;
  /** The sentence the claim was made in, as the short summary of what is reviewed. */
  sentence: string;
  speakerKind: 'person' | 'organisation' | null;
  /** Earliest first. */
  appearances: Appearance[];
  verdict: VerdictEntity;
  organisationName: string;
  /** The installation's public address, without a trailing slash. */
  baseUrl: string;
}

const isoDay = (d: Date | string): string => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

function creativeWork(a: Appearance, baseUrl: string): CreativeWork {
  return {
    '@type': 'CreativeWork',
    url: a.url ?? `${baseUrl}/articles/${a.articleId}`,
    headline: a.title,
    datePublished: isoDay(a.at),
    ...(a.outlet ? { publisher: { '@type': 'Organization', name: a.outlet } } : {}),
  };
}

/**
 * schema.org ClaimReview of a published verdict, with the fields Google's fact-check
 * guidelines require (claimReviewed, reviewRating, url, author, datePublished) and
 * recommend (itemReviewed Claim with its author, date, appearance and firstAppearance).
 */
export function buildClaimReview(p: ClaimReviewParts): WithContext<ClaimReview> {
  const v = p.verdict;
  const author: Person | Organization | undefined = p.claim.speakerName
    ? {
        '@type': p.speakerKind === 'organisation' ? 'Organization' : 'Person',
        name: p.claim.speakerName,
        ...(p.claim.speakerId ? { url: `${p.baseUrl}/speakers/${p.claim.speakerId}` } : {}),
      }
    : undefined;
  const appearances = p.appearances.map((a) => creativeWork(a, p.baseUrl));
  const reviewBody = [v.explanation, v.errorSummary ? `Figure: ${v.errorSummary}.` : null].filter(Boolean).join('\n\n');
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${p.baseUrl}/claims/${p.claim.id}#verdict-${v.id}`,
    claimReviewed: p.sentence.length > 500 ? `${p.sentence.slice(0, 497)}…` : p.sentence,
    datePublished: isoDay(v.createdAt),
    author: { '@type': 'Organization', name: p.organisationName, url: p.baseUrl },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: v.ratingValue,
      bestRating: v.ratingBest,
      worstRating: v.ratingWorst,
      alternateName: v.rating,
      ratingExplanation: v.ratingDefinition,
    },
    reviewBody,
    ...(v.sources.length
      ? {
          citation: v.sources.map((s) => ({
            '@type': 'CreativeWork' as const,
            url: s.url,
            name: s.title,
            ...(s.publisher ? { publisher: { '@type': 'Organization' as const, name: s.publisher } } : {}),
          })),
        }
      : {}),
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author } : {}),
      datePublished: p.claim.saidAt,
      ...(appearances.length ? { appearance: appearances, firstAppearance: appearances[0] } : {}),
    },
  };
}

/** The pieces of each verdict's ClaimReview, read from the archive in a few statements whatever the number of verdicts. */
async function partsOf(em: EntityManager, verdicts: VerdictEntity[], settings: InstallationSettings, baseUrl: string): Promise<ClaimReviewParts[]> {
  const sources = new Map((await findClaimReviewSources(em, verdicts.map((v) => v.claimId))).map((c) => [c.claimId, c]));
  const quoteIds = [...sources.values()].map((c) => c.quoteId).filter((id): id is number => id !== null);
  // The same words in other articles are further appearances of the claim.
  const sameWords = await findSameWordsOfQuotes(em, quoteIds, 50);
  const parts: ClaimReviewParts[] = [];
  for (const verdict of verdicts) {
    const c = sources.get(verdict.claimId);
    if (!c) continue;
    const appearances: Appearance[] = [{ articleId: c.articleId, title: c.title, url: c.url, outlet: c.outlet, at: c.at }];
    const seen = new Set([c.articleId]);
    for (const o of c.quoteId !== null ? (sameWords.get(c.quoteId) ?? []) : []) {
      if (seen.has(o.articleId)) continue;
      seen.add(o.articleId);
      appearances.push(o);
    }
    appearances.sort((a, b) => a.at.getTime() - b.at.getTime() || a.articleId - b.articleId);
    parts.push({
      claim: { id: c.claimId, text: c.text, speakerId: c.speakerId, speakerName: c.speakerName, saidAt: c.saidAt },
      // “…most of them were militants,” — the comma closing the quoted words is not part of the claim
      sentence: c.sentence.trim().replace(/[\s,;:]+$/u, ''),
      speakerKind: c.speakerKind === 'organisation' ? 'organisation' : c.speakerKind ? 'person' : null,
      appearances,
      verdict,
      organisationName: settings.organisationName,
      baseUrl,
    });
  }
  return parts;
}

/** The ClaimReview of a claim's newest published verdict; null when none is published. */
export async function getClaimReview(deps: Deps, claimId: number, settings: InstallationSettings, baseUrl: string): Promise<WithContext<ClaimReview> | null> {
  const em = deps.dataSource.manager;
  const verdict = await findPublishedVerdict(em, claimId);
  if (!verdict) return null;
  const [parts] = await partsOf(em, [verdict], settings, baseUrl);
  return parts ? buildClaimReview(parts) : null;
}

/** Every published ClaimReview, a batch at a time in claim order (for the bulk export). */
export async function* allClaimReviews(deps: Deps, settings: InstallationSettings, baseUrl: string, batch = 200): AsyncGenerator<WithContext<ClaimReview>> {
  const em = deps.dataSource.manager;
  let after = 0;
  for (;;) {
    const verdicts = await findPublishedVerdictBatch(em, after, batch);
    if (verdicts.length === 0) return;
    for (const parts of await partsOf(em, verdicts, settings, baseUrl)) yield buildClaimReview(parts);
    after = verdicts[verdicts.length - 1].claimId;
  }
}
