import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ArticleEntity } from './article.entity';
import { SpeakerEntity } from './speaker.entity';

/** Another name a speaker goes by, with the article where it was first seen. */
@Entity({ name: 'speaker_aliases' })
@Index('speaker_aliases_speaker_normalized_key', ['speakerId', 'normalizedAlias'], { unique: true })
@Index('speaker_aliases_normalized_idx', ['normalizedAlias'])
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

  @Column({ name: 'article_id', type: 'int', nullable: true })
  articleId!: number | null;

  @ManyToOne(() => ArticleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
