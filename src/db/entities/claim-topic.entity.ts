import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Claims about the same measure of the same subject (“Eastern Aleppo — civilian deaths”).
 * The counters and the latest figure are stored and updated in the ingest transaction,
 * so lists never count rows on a page view.
 */
@Entity({ name: 'claim_topics' })
@Check('claim_topics_counts_check', `"claim_count" >= 0 AND "conflict_count" >= 0`)
@Index('claim_topics_key_key', ['key'], { unique: true })
@Index('claim_topics_updated_idx', ['updatedAt', 'id'])
@Index('claim_topics_recheck_idx', ['id'], { where: '"recheck_requested_at" IS NOT NULL' })
export class ClaimTopicEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  /** `topicKey(...)` of the claims that created it; editors' topics get a `manual:` key. */
  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text' })
  measure!: string;

  @Column({ name: 'claim_count', type: 'int', default: 0 })
  claimCount!: number;

  @Column({ name: 'conflict_count', type: 'int', default: 0 })
  conflictCount!: number;

  /** The newest claim's figure as stated (“over 3 year”), and its date. */
  @Column({ name: 'latest_figure', type: 'text', nullable: true })
  latestFigure!: string | null;

  @Column({ name: 'latest_said_at', type: 'date', nullable: true })
  latestSaidAt!: string | null;

  /** Lowest and highest point figure across the topic's claims (the spread). */
  @Column({ name: 'min_value', type: 'double precision', nullable: true })
  minValue!: number | null;

  @Column({ name: 'max_value', type: 'double precision', nullable: true })
  maxValue!: number | null;

  @Column({ type: 'text', nullable: true })
  unit!: string | null;

  /** The divergence factor the findings were computed with; null until first checked. */
  @Column({ name: 'checked_divergence_factor', type: 'double precision', nullable: true })
  checkedDivergenceFactor!: number | null;

  /** Set when an editor merged this topic into another; the address then redirects. */
  @Column({ name: 'merged_into_id', type: 'int', nullable: true })
  mergedIntoId!: number | null;

  /** When an editor's change asked for the findings to be rechecked by the job worker; null once it ran (see topic-rechecks). */
  @Column({ name: 'recheck_requested_at', type: 'timestamptz', nullable: true })
  recheckRequestedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
