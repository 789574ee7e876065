import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** How an article reached whosaid. */
export type ArticleSource = 'paste' | 'api' | 'url' | 'feed' | 'import';

/** A stored news article; quote offsets index `body` exactly. */
@Entity({ name: 'articles' })
@Check('articles_source_check', `"source" IN ('paste', 'api', 'url', 'feed', 'import')`)
@Index('articles_published_idx', ['publishedAt', 'id'])
export class ArticleEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  outlet!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ name: 'canonical_url', type: 'text', nullable: true })
  canonicalUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  byline!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  language!: string | null;

  @Column({ type: 'text' })
  body!: string;

  /** sha256 of the body with white space folded: the same text pasted twice is one article. */
  @Index('articles_content_hash_key', { unique: true })
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @Column({ type: 'text' })
  source!: ArticleSource;

  /** Stored counters, updated in the ingest transaction. */
  @Column({ name: 'quote_count', type: 'int', default: 0 })
  quoteCount!: number;

  @Column({ name: 'speaker_count', type: 'int', default: 0 })
  speakerCount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
