import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ArticleEntity } from './article.entity';
import { SpeakerEntity } from './speaker.entity';

/** Reported (indirect) speech: "Shamkhani noted the Syrian army's achievements…". */
@Entity({ name: 'statements' })
@Check('statements_offsets_check', `"content_start" >= 0 AND "content_start" < "content_end"`)
@Check('statements_speaker_kind_check', `"speaker_kind" IN ('person', 'organisation', 'anonymous', 'unknown')`)
@Index('statements_article_position_key', ['articleId', 'position'], { unique: true })
@Index('statements_speaker_idx', ['speakerId', 'id'])
export class StatementEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ name: 'article_id', type: 'int' })
  articleId!: number;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ name: 'speaker_id', type: 'int', nullable: true })
  speakerId!: number | null;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'speaker_id' })
  speaker?: SpeakerEntity;

  /** The name credited, kept as the speaker's current name by a rename, merge, split or undo (see quote.entity.ts). */
  @Column({ name: 'speaker_name', type: 'text', nullable: true })
  speakerName!: string | null;

  @Column({ name: 'speaker_kind', type: 'text' })
  speakerKind!: 'person' | 'organisation' | 'anonymous' | 'unknown';

  @Column({ name: 'speaker_mention', type: 'text', nullable: true })
  speakerMention!: string | null;

  @Column({ name: 'speaker_mention_start', type: 'int', nullable: true })
  speakerMentionStart!: number | null;

  @Column({ name: 'speaker_mention_end', type: 'int', nullable: true })
  speakerMentionEnd!: number | null;

  @Column({ type: 'text' })
  cue!: string;

  @Column({ name: 'cue_start', type: 'int' })
  cueStart!: number;

  @Column({ name: 'cue_end', type: 'int' })
  cueEnd!: number;

  @Column({ type: 'text' })
  content!: string;

  @Column({ name: 'content_start', type: 'int' })
  contentStart!: number;

  @Column({ name: 'content_end', type: 'int' })
  contentEnd!: number;

  @Column({ type: 'real' })
  confidence!: number;

  @Column({ type: 'text' })
  evidence!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
