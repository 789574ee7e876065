import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ArticleEntity } from './article.entity';
import { ClaimTopicEntity } from './claim-topic.entity';
import { QuoteEntity } from './quote.entity';
import { SpeakerEntity } from './speaker.entity';
import { StatementEntity } from './statement.entity';
import { UserEntity } from './user.entity';

/** One factual claim found in an article, with its structured slots and offsets into the article body. */
@Entity({ name: 'claims' })
@Check('claims_offsets_check', `"start_offset" >= 0 AND "start_offset" < "end_offset"`)
@Check('claims_polarity_check', `"polarity" IN ('affirmed', 'negated')`)
@Check('claims_source_type_check', `"source_type" IN ('quote', 'statement', 'article')`)
@Check('claims_worthiness_check', `"check_worthiness" >= 0 AND "check_worthiness" <= 1`)
@Index('claims_article_position_key', ['articleId', 'position'], { unique: true })
@Index('claims_topic_idx', ['topicId', 'saidAt'])
@Index('claims_speaker_idx', ['speakerId', 'id'])
@Index('claims_said_at_idx', ['saidAt', 'id'])
@Index('claims_review_queue_idx', { synchronize: false })
@Index('claims_topic_quote_idx', { synchronize: false })
export class ClaimEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ name: 'article_id', type: 'int' })
  articleId!: number;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  /** Order of the claim within its article (0-based). */
  @Column({ type: 'int' })
  position!: number;

  @Column({ name: 'topic_id', type: 'int' })
  topicId!: number;

  @ManyToOne(() => ClaimTopicEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topic_id' })
  topic?: ClaimTopicEntity;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  measure!: string;

  @Column({ name: 'group_text', type: 'text', nullable: true })
  groupText!: string | null;

  @Column({ name: 'subject_text', type: 'text', nullable: true })
  subjectText!: string | null;

  @Column({ name: 'subject_kind', type: 'text', nullable: true })
  subjectKind!: string | null;

  @Column({ name: 'value_low', type: 'double precision', nullable: true })
  valueLow!: number | null;

  @Column({ name: 'value_high', type: 'double precision', nullable: true })
  valueHigh!: number | null;

  @Column({ name: 'value_stated', type: 'double precision', nullable: true })
  valueStated!: number | null;

  @Column({ type: 'text', nullable: true })
  qualifier!: string | null;

  @Column({ type: 'text', nullable: true })
  unit!: string | null;

  /** The figure as written (“over three years”). */
  @Column({ name: 'value_text', type: 'text', nullable: true })
  valueText!: string | null;

  @Column({ name: 'time_text', type: 'text', nullable: true })
  timeText!: string | null;

  @Column({ name: 'time_from', type: 'date', nullable: true })
  timeFrom!: string | null;

  @Column({ name: 'time_to', type: 'date', nullable: true })
  timeTo!: string | null;

  @Column({ name: 'time_precision', type: 'text', nullable: true })
  timePrecision!: string | null;

  @Column({ name: 'implied_start_earliest', type: 'date', nullable: true })
  impliedStartEarliest!: string | null;

  @Column({ name: 'implied_start_latest', type: 'date', nullable: true })
  impliedStartLatest!: string | null;

  @Column({ name: 'implied_start_precision', type: 'text', nullable: true })
  impliedStartPrecision!: string | null;

  @Column({ type: 'text' })
  polarity!: 'affirmed' | 'negated';

  @Column({ type: 'boolean' })
  hedged!: boolean;

  @Column({ name: 'check_worthiness', type: 'real' })
  checkWorthiness!: number;

  @Column({ name: 'speaker_id', type: 'int', nullable: true })
  speakerId!: number | null;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'speaker_id' })
  speaker?: SpeakerEntity;

  /** The name credited, kept as the speaker's current name by a rename, merge, split or undo (see quote.entity.ts). */
  @Column({ name: 'speaker_name', type: 'text', nullable: true })
  speakerName!: string | null;

  /** `sourceKey` of the speaker, as the consistency checks compare speakers. */
  @Column({ name: 'speaker_key', type: 'text', nullable: true })
  speakerKey!: string | null;

  @Column({ name: 'source_type', type: 'text' })
  sourceType!: 'quote' | 'statement' | 'article';

  @Column({ name: 'quote_id', type: 'int', nullable: true })
  quoteId!: number | null;

  @ManyToOne(() => QuoteEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'quote_id' })
  quote?: QuoteEntity;

  @Column({ name: 'statement_id', type: 'int', nullable: true })
  statementId!: number | null;

  @ManyToOne(() => StatementEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'statement_id' })
  statement?: StatementEntity;

  /** Position of the source quote or statement in its article. */
  @Column({ name: 'source_position', type: 'int', nullable: true })
  sourcePosition!: number | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'start_offset', type: 'int' })
  startOffset!: number;

  @Column({ name: 'end_offset', type: 'int' })
  endOffset!: number;

  @Column({ name: 'sentence_start', type: 'int' })
  sentenceStart!: number;

  @Column({ name: 'sentence_end', type: 'int' })
  sentenceEnd!: number;

  @Column({ name: 'cited_source', type: 'text', nullable: true })
  citedSource!: string | null;

  @Column({ name: 'cited_source_key', type: 'text', nullable: true })
  citedSourceKey!: string | null;

  /** The article's publication date, else its arrival date. */
  @Column({ name: 'said_at', type: 'date' })
  saidAt!: string;

  /** An editor's decision: worth checking (true), not worth it (false), or not yet decided (null). */
  @Column({ name: 'check_worthy', type: 'boolean', nullable: true })
  checkWorthy!: boolean | null;

  @Column({ name: 'check_worthy_by_id', type: 'int', nullable: true })
  checkWorthyById!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'check_worthy_by_id' })
  checkWorthyBy?: UserEntity;

  @Column({ name: 'check_worthy_at', type: 'timestamptz', nullable: true })
  checkWorthyAt!: Date | null;

  /** Findings this claim is part of (stored with the findings). */
  @Column({ name: 'conflict_count', type: 'int', default: 0 })
  conflictCount!: number;

  /**
   * The claim's article is a version of a page that a later version replaced: the claim stays
   * on that article, but topics, their checks and the claim lists count the current version's.
   */
  @Column({ type: 'boolean', default: false })
  superseded!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
