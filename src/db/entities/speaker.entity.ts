import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** What a stored speaker is (anonymous sources stay on the quote, not here). */
export type StoredSpeakerKind = 'person' | 'organisation';

/** A person or organisation quoted across the archive. */
@Entity({ name: 'speakers' })
@Check('speakers_kind_check', `"kind" IN ('person', 'organisation')`)
@Index('speakers_quote_count_idx', ['quoteCount', 'id'])
@Index('speakers_last_quoted_idx', ['lastQuotedAt', 'id'])
@Index('speakers_normalized_name_trgm_idx', { synchronize: false })
@Index('speakers_match_key_trgm_idx', { synchronize: false })
export class SpeakerEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'text' })
  name!: string;

  /** Lower-case, accent-free form of the name used for matching. */
  @Index('speakers_normalized_name_idx')
  @Column({ name: 'normalized_name', type: 'text' })
  normalizedName!: string;

  /** Transliteration-folded form of the name ("shamkani" for Shamkhani and Shamkhany). */
  @Index('speakers_match_key_idx')
  @Column({ name: 'match_key', type: 'text', default: '' })
  matchKey!: string;

  /** Folded surname of a person (last name word), to find surname-only and initial mentions. */
  @Index('speakers_surname_key_idx')
  @Column({ name: 'surname_key', type: 'text', nullable: true })
  surnameKey!: string | null;

  @Column({ type: 'text' })
  kind!: StoredSpeakerKind;

  /** Current role: the most recently stated one (history in speaker_roles). */
  @Column({ type: 'text', nullable: true })
  role!: string | null;

  @Column({ type: 'text', nullable: true })
  organisation!: string | null;

  @Column({ name: 'organisation_abbreviation', type: 'text', nullable: true })
  organisationAbbreviation!: string | null;

  @Column({ type: 'text', nullable: true })
  country!: string | null;

  /** Identifier in an outside register entered by an editor, e.g. a Wikidata id ("Q312021"). */
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;

  /** Set when this speaker was merged into another: its address redirects there. */
  @Column({ name: 'merged_into_id', type: 'int', nullable: true })
  mergedIntoId!: number | null;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: SpeakerEntity;

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
