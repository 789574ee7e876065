import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SEARCH_CONFIG } from '../search-config';
import { SEARCH_TEXT_FUNCTION } from '../search-text';
import { ArticleEntity } from './article.entity';
import { SpeakerEntity } from './speaker.entity';
import { UserEntity } from './user.entity';

/** Review state of a quote's attribution. */
export type ReviewStatus = 'unreviewed' | 'confirmed' | 'corrected' | 'rejected';

/** A quotation inside a stored quote, as the quote's words credit it. */
export interface StoredNestedQuote {
  text: string;
  start: number;
  end: number;
  speakerName: string | null;
  speakerKind: string;
  speakerMention: { text: string; start: number; end: number } | null;
  cue: { text: string; start: number; end: number } | null;
  confidence: number;
  evidence: string;
}

/** One quote occurrence in an article, with offsets into the article body. */
@Entity({ name: 'quotes' })
@Check('quotes_offsets_check', `"start_offset" >= 0 AND "start_offset" < "end_offset"`)
@Check('quotes_kind_check', `"kind" IN ('direct', 'partial', 'term')`)
@Check('quotes_speaker_kind_check', `"speaker_kind" IN ('person', 'organisation', 'anonymous', 'unknown')`)
@Check('quotes_review_status_check', `"review_status" IN ('unreviewed', 'confirmed', 'corrected', 'rejected')`)
@Check('quotes_confidence_check', `"confidence" >= 0 AND "confidence" <= 1`)
@Index('quotes_article_position_key', ['articleId', 'position'], { unique: true })
@Index('quotes_speaker_idx', ['speakerId', 'id'])
@Index('quotes_search_idx', { synchronize: false })
@Index('quotes_search_partial_idx', { synchronize: false })
@Index('quotes_text_key_idx', ['textKey'])
@Index('quotes_review_queue_idx', { synchronize: false })
@Index('quotes_walk_idx', { synchronize: false })
@Index('quotes_walk_long_idx', { synchronize: false })
@Index('quotes_speaker_walk_idx', { synchronize: false })
@Index('quotes_speaker_walk_long_idx', { synchronize: false })
@Index('quotes_reviewed_walk_idx', { synchronize: false })
@Index('quotes_reviewed_walk_long_idx', { synchronize: false })
@Index('quotes_outlet_walk_idx', { synchronize: false })
@Index('quotes_outlet_walk_long_idx', { synchronize: false })
export class QuoteEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ name: 'article_id', type: 'int' })
  articleId!: number;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  /** Order of the quote within its article (0-based). */
  @Column({ type: 'int' })
  position!: number;

  @Column({ name: 'speaker_id', type: 'int', nullable: true })
  speakerId!: number | null;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'speaker_id' })
  speaker?: SpeakerEntity;

  /**
   * The name the quote is credited under (or the anonymous description): the engine's name for the
   * speaker at ingest, then the speaker's current name after a rename, merge, split or undo, which
   * update it with the speaker. The article's own words are `speakerMention`.
   */
  @Column({ name: 'speaker_name', type: 'text', nullable: true })
  speakerName!: string | null;

  @Column({ name: 'speaker_kind', type: 'text' })
  speakerKind!: 'person' | 'organisation' | 'anonymous' | 'unknown';

  @Column({ name: 'speaker_role', type: 'text', nullable: true })
  speakerRole!: string | null;

  @Column({ name: 'speaker_mention', type: 'text', nullable: true })
  speakerMention!: string | null;

  @Column({ name: 'speaker_mention_start', type: 'int', nullable: true })
  speakerMentionStart!: number | null;

  @Column({ name: 'speaker_mention_end', type: 'int', nullable: true })
  speakerMentionEnd!: number | null;

  @Column({ type: 'text', nullable: true })
  cue!: string | null;

  @Column({ name: 'cue_start', type: 'int', nullable: true })
  cueStart!: number | null;

  @Column({ name: 'cue_end', type: 'int', nullable: true })
  cueEnd!: number | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'start_offset', type: 'int' })
  startOffset!: number;

  @Column({ name: 'end_offset', type: 'int' })
  endOffset!: number;

  /** [{start, end}] of each quoted run, for split and multi-paragraph quotes. */
  @Column({ type: 'jsonb' })
  segments!: Array<{ start: number; end: number }>;

  /**
   * Quotations inside this quote's words (“He told me, ‘I will resign,’ and …”), each with whom the quote's own words
   * say said it; null when there are none (migration 1795572409030).
   */
  @Column({ type: 'jsonb', nullable: true })
  nested!: StoredNestedQuote[] | null;

  @Column({ type: 'text' })
  kind!: 'direct' | 'partial' | 'term';

  @Column({ name: 'attribution_form', type: 'text' })
  attributionForm!: string;

  @Column({ name: 'attribution_rule', type: 'text' })
  attributionRule!: string;

  /** Sentence a reviewer can read explaining the attribution. */
  @Column({ type: 'text' })
  evidence!: string;

  @Column({ type: 'real' })
  confidence!: number;

  /**
   * The speaker is a pronoun standing for a name written only in an earlier paragraph (“…,” he
   * said. with the name a paragraph up): read from the text when stored; such a quote waits for review.
   */
  @Column({ name: 'pronoun_across_paragraphs', type: 'boolean', default: false })
  pronounAcrossParagraphs!: boolean;

  @Column({ name: 'review_status', type: 'text', default: 'unreviewed' })
  reviewStatus!: ReviewStatus;

  /** Bumped by every review action, so two reviewers acting on the same quote do not overwrite each other. */
  @Column({ name: 'review_version', type: 'int', default: 0 })
  reviewVersion!: number;

  @Column({ name: 'reviewed_by_id', type: 'int', nullable: true })
  reviewedById!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewed_by_id' })
  reviewedBy?: UserEntity;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  /**
   * The date the quote is filed under: its article's publication date, else its arrival. Filled
   * by a database trigger from the article (never written by the application), so search sorts
   * and filters by date without reading articles.
   */
  @Column({ name: 'said_at', type: 'timestamptz', insert: false, update: false })
  saidAt?: Date;

  /**
   * Its article's outlet in lower case (as searches compare it), kept by a database trigger like
   * said_at, so a search filtered by outlet walks the outlet's own index without reading articles.
   */
  @Column({ name: 'outlet_key', type: 'text', nullable: true, select: false, insert: false, update: false })
  outletKey?: string | null;

  /**
   * Its article is the page's current version (articles.is_current), kept by database triggers
   * like said_at: search's default, current versions only, reads it from the walks' indexes.
   */
  @Column({ name: 'article_current', type: 'boolean', default: true, select: false, insert: false, update: false })
  articleCurrent?: boolean;

  /**
   * A later version of its page holds the same words, so search finds them through that version;
   * kept by database triggers (migration quote-versions-in-search). False for the words a page
   * dropped (“We will rebuild”, gone from version 2): they stay findable in the version that had them.
   */
  @Column({ type: 'boolean', default: false, select: false, insert: false, update: false })
  superseded?: boolean;

  /** Full-text search vector of the quote (and speaker name), kept by PostgreSQL; GIN-indexed. */
  @Column({
    name: 'search',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `to_tsvector('${SEARCH_CONFIG}', ${SEARCH_TEXT_FUNCTION}(coalesce("speaker_name", '') || ' ' || "text"))`,
    select: false,
    insert: false,
    update: false,
    nullable: true,
  })
  search?: string;

  /** The quote's words without case and punctuation, hashed: the same words in other articles share it. */
  @Column({
    name: 'text_key',
    type: 'char',
    length: 32,
    generatedType: 'STORED',
    asExpression: `md5(btrim(regexp_replace(lower("text"), '[^[:alnum:]]+', ' ', 'g')))`,
    select: false,
    insert: false,
    update: false,
    nullable: true,
  })
  textKey?: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
