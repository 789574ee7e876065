import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What a stored speaker is (anonymous sources stay on the quote, not here). */
export type StoredSpeakerKind = 'person' | 'organisation';

/** A person or organisation quoted across the archive. */
@Entity({ name: 'speakers' })
@Check('speakers_kind_check', `"kind" IN ('person', 'organisation')`)
export class SpeakerEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'text' })
  name!: string;

  /** Lower-case, accent-free form of the name used for matching. */
  @Index('speakers_normalized_name_idx')
  @Column({ name: 'normalized_name', type: 'text' })
  normalizedName!: string;

  @Column({ type: 'text' })
  kind!: StoredSpeakerKind;

  @Column({ type: 'text', nullable: true })
  role!: string | null;

  @Column({ type: 'text', nullable: true })
  organisation!: string | null;

  @Column({ type: 'text', nullable: true })
  country!: string | null;

  /** Stored counter, updated in the ingest transaction. */
  @Column({ name: 'quote_count', type: 'int', default: 0 })
  quoteCount!: number;

  @Column({ name: 'first_quoted_at', type: 'timestamptz', nullable: true })
  firstQuotedAt!: Date | null;

  @Column({ name: 'last_quoted_at', type: 'timestamptz', nullable: true })
  lastQuotedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
