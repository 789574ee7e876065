import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** How an article reached whosaid. */
export type ArticleSource = 'paste' | 'api' | 'url' | 'feed' | 'import';

/** A stored news article; quote offsets index `body` exactly. */
@Entity({ name: 'articles' })
@Check('articles_source_check', `"source" IN ('paste', 'api', 'url', 'feed', 'import')`)
/** Only a version of a page repeats a stored text (migration 1795572401400). */
@Check('articles_same_text_check', `"same_text_as_id" IS NULL OR "previous_version_id" IS NOT NULL`)
@Index('articles_published_idx', ['publishedAt', 'id'])
/** The lists' order, newest first by publication date else arrival (an expression index, migration 1795572400900). */
@Index('articles_listed_idx', { synchronize: false })
/** The article list's filters: the title's words, and an outlet's articles in the list's order (expression indexes, migration 1795572403420). */
@Index('articles_title_search_idx', { synchronize: false })
@Index('articles_outlet_listed_idx', { synchronize: false })
/** A text is stored once, except as a version of a page that changed to a text already stored. */
@Index('articles_content_hash_key', ['contentHash'], { unique: true, where: '"same_text_as_id" IS NULL' })
/** An imported article's address, to find it when the page is sent again (migration 1795572403410). */
@Index('articles_current_unversioned_url_idx', ['url'], { where: '"canonical_url" IS NULL AND "is_current"' })
/** A page's later versions, found from an earlier one (migration 1795572403530). */
@Index('articles_previous_version_idx', ['previousVersionId'], { where: '"previous_version_id" IS NOT NULL' })
@Index('articles_current_canonical_url_key', ['canonicalUrl'], { unique: true, where: '"is_current" AND "canonical_url" IS NOT NULL' })
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
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @Column({ type: 'text' })
  source!: ArticleSource;

  /** 1 for the first text seen; a re-fetched page whose text changed is stored as the next version. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'previous_version_id', type: 'int', nullable: true })
  previousVersionId!: number | null;

  /**
   * Set on a version whose text was already stored: the first article stored with that text
   * (an earlier version of the same page that the page went back to, or another article).
   */
  @Column({ name: 'same_text_as_id', type: 'int', nullable: true })
  sameTextAsId!: number | null;

  /** False once a newer version of the same page is stored. */
  @Column({ name: 'is_current', type: 'boolean', default: true })
  isCurrent!: boolean;

  /** Stored counters, updated in the ingest transaction. */
  @Column({ name: 'quote_count', type: 'int', default: 0 })
  quoteCount!: number;

  @Column({ name: 'speaker_count', type: 'int', default: 0 })
  speakerCount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
