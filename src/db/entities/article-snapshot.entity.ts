import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ArticleEntity } from './article.entity';

/** The page an article was extracted from, kept gzip-compressed as evidence. */
@Entity({ name: 'article_snapshots' })
@Index('article_snapshots_article_idx', ['articleId'])
export class ArticleSnapshotEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ name: 'article_id', type: 'int' })
  articleId!: number;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  /** The address asked for. */
  @Column({ type: 'text' })
  url!: string;

  /** The address that answered, after redirects. */
  @Column({ name: 'final_url', type: 'text' })
  finalUrl!: string;

  @Column({ name: 'http_status', type: 'int' })
  httpStatus!: number;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  /** Size of the page before compression. */
  @Column({ name: 'byte_length', type: 'int' })
  byteLength!: number;

  @Column({ name: 'body_gzip', type: 'bytea' })
  bodyGzip!: Buffer;

  @CreateDateColumn({ name: 'fetched_at', type: 'timestamptz' })
  fetchedAt!: Date;
}
