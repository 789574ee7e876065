import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ArticleEntity } from './article.entity';
import { SpeakerEntity } from './speaker.entity';

/**
 * A role a speaker held, as stated by articles: "Secretary of Iran's SNSC" first stated
 * on 2016-12-18 and last on 2019-05-02. Aggregated from speaker_role_observations.
 */
@Entity({ name: 'speaker_roles' })
@Index('speaker_roles_speaker_key', ['speakerId', 'roleKey'], { unique: true })
export class SpeakerRoleEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ name: 'speaker_id', type: 'int' })
  speakerId!: number;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'speaker_id' })
  speaker?: SpeakerEntity;

  /** Normalised title|organisation|country: one row per distinct role. */
  @Column({ name: 'role_key', type: 'text' })
  roleKey!: string;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  organisation!: string | null;

  @Column({ name: 'organisation_abbreviation', type: 'text', nullable: true })
  organisationAbbreviation!: string | null;

  @Column({ type: 'text', nullable: true })
  country!: string | null;

  @Column({ name: 'first_stated_at', type: 'timestamptz' })
  firstStatedAt!: Date;

  @Column({ name: 'last_stated_at', type: 'timestamptz' })
  lastStatedAt!: Date;

  @Column({ name: 'first_article_id', type: 'int', nullable: true })
  firstArticleId!: number | null;

  @ManyToOne(() => ArticleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'first_article_id' })
  firstArticle?: ArticleEntity;

  @Column({ name: 'last_article_id', type: 'int', nullable: true })
  lastArticleId!: number | null;

  @ManyToOne(() => ArticleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'last_article_id' })
  lastArticle?: ArticleEntity;

  @Column({ name: 'article_count', type: 'int', default: 1 })
  articleCount!: number;
}
