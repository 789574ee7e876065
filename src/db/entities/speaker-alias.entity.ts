import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ArticleEntity } from './article.entity';
import { SpeakerEntity } from './speaker.entity';

/**
 * How an alias names its speaker. `name`, `variant`, `initials`, `abbreviation` and `editor`
 * aliases identify the speaker on their own; a `surname` needs corroboration; a
 * `description` ("the Iranian official") is kept for readers and never used to match.
 */
export type SpeakerAliasKind = 'name' | 'variant' | 'initials' | 'surname' | 'abbreviation' | 'description' | 'editor';

/** Another name a speaker goes by, with the articles where it was first and last seen. */
@Entity({ name: 'speaker_aliases' })
@Check('speaker_aliases_kind_check', `"kind" IN ('name', 'variant', 'initials', 'surname', 'abbreviation', 'description', 'editor')`)
@Index('speaker_aliases_speaker_normalized_key', ['speakerId', 'normalizedAlias'], { unique: true })
@Index('speaker_aliases_normalized_idx', ['normalizedAlias'])
@Index('speaker_aliases_match_key_idx', ['matchKey'])
@Index('speaker_aliases_normalized_trgm_idx', { synchronize: false })
export class SpeakerAliasEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ name: 'speaker_id', type: 'int' })
  speakerId!: number;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'speaker_id' })
  speaker?: SpeakerEntity;

  @Column({ type: 'text' })
  alias!: string;

  @Column({ name: 'normalized_alias', type: 'text' })
  normalizedAlias!: string;

  /** Transliteration-folded form, matched against the same form of new names. */
  @Column({ name: 'match_key', type: 'text', default: '' })
  matchKey!: string;

  @Column({ type: 'text', default: 'name' })
  kind!: SpeakerAliasKind;

  /** Article where the alias was first seen (null when an editor added it). */
  @Column({ name: 'article_id', type: 'int', nullable: true })
  articleId!: number | null;

  @ManyToOne(() => ArticleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  @Column({ name: 'last_article_id', type: 'int', nullable: true })
  lastArticleId!: number | null;

  @ManyToOne(() => ArticleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'last_article_id' })
  lastArticle?: ArticleEntity;

  /** Number of articles that used this alias. */
  @Column({ name: 'seen_count', type: 'int', default: 1 })
  seenCount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
