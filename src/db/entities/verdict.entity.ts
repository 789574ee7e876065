import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClaimEntity } from './claim.entity';
import { UserEntity } from './user.entity';

/** One piece of evidence a verdict rests on. */
export interface VerdictSource {
  url: string;
  title: string;
  publisher: string | null;
  /** ISO date the fact-checker read it. */
  accessedAt: string | null;
}

/**
 * A fact-checker's rating of a claim. Rows are never changed (a trigger refuses UPDATE and
 * DELETE): a new verdict supersedes the previous one and the history stays. The rating's
 * label, definition and place on the scale are copied in, so later scale edits do not
 * rewrite old verdicts. For a quantitative claim the reference figure and the signed error
 * are kept beside the rating.
 */
@Entity({ name: 'verdicts' })
@Check('verdicts_rating_value_check', `"rating_value" BETWEEN "rating_worst" AND "rating_best"`)
@Index('verdicts_claim_idx', ['claimId', 'id'])
@Index('verdicts_published_idx', { synchronize: false })
export class VerdictEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ name: 'claim_id', type: 'int' })
  claimId!: number;

  @ManyToOne(() => ClaimEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  @Column({ type: 'text' })
  rating!: string;

  @Column({ name: 'rating_definition', type: 'text' })
  ratingDefinition!: string;

  @Column({ name: 'rating_value', type: 'int' })
  ratingValue!: number;

  @Column({ name: 'rating_best', type: 'int' })
  ratingBest!: number;

  @Column({ name: 'rating_worst', type: 'int' })
  ratingWorst!: number;

  @Column({ type: 'text' })
  explanation!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  sources!: VerdictSource[];

  /** The figure the records show, in `referenceUnit`. */
  @Column({ name: 'reference_value', type: 'double precision', nullable: true })
  referenceValue!: number | null;

  @Column({ name: 'reference_unit', type: 'text', nullable: true })
  referenceUnit!: string | null;

  @Column({ name: 'reference_source_url', type: 'text', nullable: true })
  referenceSourceUrl!: string | null;

  @Column({ name: 'reference_source_title', type: 'text', nullable: true })
  referenceSourceTitle!: string | null;

  /** The date the reference figure holds for. */
  @Column({ name: 'reference_date', type: 'date', nullable: true })
  referenceDate!: string | null;

  /** Claimed minus reference, in `errorUnit` (negative: the claim understates). */
  @Column({ name: 'error_value', type: 'double precision', nullable: true })
  errorValue!: number | null;

  @Column({ name: 'error_unit', type: 'text', nullable: true })
  errorUnit!: string | null;

  /** Error relative to the reference (0.8 = 80% too high). */
  @Column({ name: 'error_relative', type: 'double precision', nullable: true })
  errorRelative!: number | null;

  /** “claimed over 3 years; records show 20 months: overstated by at least 16 months (+80%)”. */
  @Column({ name: 'error_summary', type: 'text', nullable: true })
  errorSummary!: string | null;

  @Column({ type: 'boolean', default: false })
  published!: boolean;

  @Column({ name: 'supersedes_id', type: 'int', nullable: true })
  supersedesId!: number | null;

  @ManyToOne(() => VerdictEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id' })
  supersedes?: VerdictEntity;

  @Column({ name: 'author_id', type: 'int', nullable: true })
  authorId!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  /** The author as shown (the account's e-mail at the time). */
  @Column({ name: 'author_label', type: 'text' })
  authorLabel!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
