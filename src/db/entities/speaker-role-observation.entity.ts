import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ArticleEntity } from './article.entity';
import { SpeakerEntity } from './speaker.entity';

/**
 * One article stating one role of a speaker. Kept so that merges, splits and their undo
 * can rebuild speaker_roles exactly.
 */
@Entity({ name: 'speaker_role_observations' })
@Index('speaker_role_observations_key', ['speakerId', 'articleId', 'roleKey'], { unique: true })
@Index('speaker_role_observations_article_idx', ['articleId'])
export class SpeakerRoleObservationEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ name: 'speaker_id', type: 'int' })
  speakerId!: number;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'speaker_id' })
  speaker?: SpeakerEntity;

  @Column({ name: 'article_id', type: 'int' })
  articleId!: number;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

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

  /** The article's date (publication, else arrival). */
  @Column({ name: 'stated_at', type: 'timestamptz' })
  statedAt!: Date;
}
