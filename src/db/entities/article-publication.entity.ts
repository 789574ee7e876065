import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ArticleEntity } from './article.entity';

/**
 * Another publication of a stored article's very text: the same wire story run by another outlet
 * under its own address ("Reuters" stored, then the same text from "The Hindu"). The text is stored
 * once, in the article; this row says where and when else it ran.
 */
@Entity({ name: 'article_publications' })
/** One row per copy: the same copy submitted again (a retried job, a file imported twice) is the same row. */
@Index('article_publications_copy_key', ['articleId', 'copyKey'], { unique: true })
export class ArticlePublicationEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ name: 'article_id', type: 'int' })
  articleId!: number;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  /** What tells one copy from another: its address, else its outlet (`outlet:the hindu`). */
  @Column({ name: 'copy_key', type: 'text' })
  copyKey!: string;

  @Column({ type: 'text', nullable: true })
  outlet!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ name: 'canonical_url', type: 'text', nullable: true })
  canonicalUrl!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** How the copy reached whosaid (paste, api, url, feed, import). */
  @Column({ type: 'text' })
  source!: string;

  @CreateDateColumn({ name: 'first_seen_at', type: 'timestamptz' })
  firstSeenAt!: Date;
}
