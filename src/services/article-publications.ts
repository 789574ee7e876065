import type { EntityManager } from 'typeorm';
import { findArticleAddresses, insertPublications, type Publication, type PublicationRow } from '../db/repositories/publication.repository';

/** A submitted copy of a text already stored: where and when it ran, as the submission gave it. */
export interface SubmittedCopy {
  title: string;
  outlet?: string | null;
  url?: string | null;
  canonicalUrl?: string | null;
  publishedAt?: Date | null;
  source: string;
}

/** A stored article's addresses and outlet, which a copy of its text is compared with. */
interface StoredPlace {
  url: string | null;
  canonicalUrl: string | null;
  outlet: string | null;
}

const folded = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

/**
 * What tells this copy apart from the stored article, or null when it is the same publication:
 * its address (the canonical one first), else its outlet. A copy under the article's own address,
 * or from the article's own outlet, is the article sent again, not another publication; a copy
 * with neither address nor outlet says nothing of where it ran. “The Hindu”, https://thehindu.com/x
 * for a Reuters story stored from https://reuters.com/y: `https://thehindu.com/x`.
 */
export function copyKeyOf(stored: StoredPlace, copy: SubmittedCopy): string | null {
  const address = copy.canonicalUrl || copy.url || null;
  const own = [stored.url, stored.canonicalUrl].filter((a): a is string => !!a);
  if (address && (own.includes(address) || (copy.url && own.includes(copy.url)))) return null;
  if (folded(copy.outlet) && folded(copy.outlet) === folded(stored.outlet)) return null;
  if (address) return address;
  return folded(copy.outlet) ? `outlet:${folded(copy.outlet)}` : null;
}

/**
 * Records each copy that is another publication of the stored article whose text it repeats, in
 * the caller's transaction, and answers with its row (null for a copy that is the article itself).
 * The same copy sent again finds its row: a retried job or a file imported twice adds nothing.
 */
export async function recordPublications(em: EntityManager, copies: Array<{ articleId: number; copy: SubmittedCopy }>): Promise<Array<Publication | null>> {
  const places = await findArticleAddresses(em, [...new Set(copies.map((c) => c.articleId))]);
  const rows: Array<PublicationRow | null> = copies.map(({ articleId, copy }) => {
    const place = places.get(articleId);
    const copyKey = place ? copyKeyOf(place, copy) : null;
    if (copyKey === null) return null;
    return {
      articleId,
      copyKey,
      outlet: copy.outlet?.trim() || null,
      url: copy.url || null,
      canonicalUrl: copy.canonicalUrl || null,
      title: copy.title,
      publishedAt: copy.publishedAt ?? null,
      source: copy.source,
    };
  });
  const recorded = await insertPublications(em, rows.filter((r): r is PublicationRow => r !== null));
  let i = 0;
  return rows.map((r) => (r ? recorded[i++] : null));
}
