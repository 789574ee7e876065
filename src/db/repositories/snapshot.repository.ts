import type { EntityManager } from 'typeorm';
import { ArticleSnapshotEntity } from '../entities/article-snapshot.entity';

/** Stores a compressed page snapshot for an article. */
export async function insertSnapshot(em: EntityManager, data: Omit<ArticleSnapshotEntity, 'id' | 'fetchedAt' | 'article'>): Promise<void> {
  await em.getRepository(ArticleSnapshotEntity).insert(data);
}

/** An article's snapshots without their bodies, newest first. */
export function listSnapshots(em: EntityManager, articleId: number) {
  return em
    .getRepository(ArticleSnapshotEntity)
    .createQueryBuilder('s')
    .select(['s.id', 's.url', 's.finalUrl', 's.httpStatus', 's.contentType', 's.byteLength', 's.fetchedAt'])
    .where('s.article_id = :articleId', { articleId })
    .orderBy('s.id', 'DESC')
    .getMany();
}

/** One snapshot with its body. */
export function findSnapshot(em: EntityManager, articleId: number, id: number): Promise<ArticleSnapshotEntity | null> {
  return em.getRepository(ArticleSnapshotEntity).findOne({ where: { id, articleId } });
}
