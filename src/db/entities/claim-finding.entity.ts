import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { FindingKind } from '../../core/claims/types';
import { ClaimTopicEntity } from './claim-topic.entity';

/** One consistency finding across claims of a topic; recomputed whenever the topic's claims change. */
@Entity({ name: 'claim_findings' })
@Check('claim_findings_kind_check', `"kind" IN ('contradiction', 'divergence', 'discrepancy', 'duration-mismatch', 'revision', 'cited-source-mismatch')`)
@Index('claim_findings_topic_idx', ['topicId', 'id'])
export class ClaimFindingEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ name: 'topic_id', type: 'int' })
  topicId!: number;

  @ManyToOne(() => ClaimTopicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topic_id' })
  topic?: ClaimTopicEntity;

  @Column({ type: 'text' })
  kind!: FindingKind;

  /** The claims involved, in said-at order. */
  @Column({ name: 'claim_ids', type: 'int', array: true })
  claimIds!: number[];

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', nullable: true })
  direction!: 'raised' | 'lowered' | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
