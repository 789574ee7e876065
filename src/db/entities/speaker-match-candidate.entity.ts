import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ArticleEntity } from './article.entity';
import { SpeakerEntity } from './speaker.entity';

/** Where a possible match stands in the review list. */
export type SpeakerMatchStatus = 'open' | 'merged' | 'dismissed';

/**
 * A possible identity that ingest did not merge on its own: "Shamkhani" (speaker_id,
 * named so in article_id) may be Ali Shamkhani (candidate_id), with a confidence and the
 * reason. Editors merge or dismiss it from the review list.
 */
@Entity({ name: 'speaker_match_candidates' })
@Check('speaker_match_candidates_status_check', `"status" IN ('open', 'merged', 'dismissed')`)
@Check('speaker_match_candidates_confidence_check', `"confidence" >= 0 AND "confidence" <= 1`)
@Index('speaker_match_candidates_pair_key', ['speakerId', 'candidateId'], { unique: true })
@Index('speaker_match_candidates_status_idx', ['status', 'id'])
@Index('speaker_match_candidates_candidate_idx', ['candidateId'])
export class SpeakerMatchCandidateEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ name: 'speaker_id', type: 'int' })
  speakerId!: number;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'speaker_id' })
  speaker?: SpeakerEntity;

  @Column({ name: 'candidate_id', type: 'int' })
  candidateId!: number;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: SpeakerEntity;

  @Column({ name: 'article_id', type: 'int', nullable: true })
  articleId!: number | null;

  @ManyToOne(() => ArticleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  /** The name as the article wrote it. */
  @Column({ type: 'text' })
  mention!: string;

  @Column({ type: 'real' })
  confidence!: number;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', default: 'open' })
  status!: SpeakerMatchStatus;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
