import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ArticleEntity } from './article.entity';

/**
 * One name or description of a speaker used by an article fetched from the web (the only kind
 * of article a later version can replace), so that a replaced version's sightings are taken
 * back from its speakers' aliases and a page counts once beside each name. The speaker is the
 * one ingest resolved; a later merge is followed through `speakers.merged_into_id`.
 */
@Entity({ name: 'article_alias_sightings' })
export class ArticleAliasSightingEntity {
  @PrimaryColumn({ name: 'article_id', type: 'int' })
  articleId!: number;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity;

  @PrimaryColumn({ name: 'speaker_id', type: 'int' })
  speakerId!: number;

  @PrimaryColumn({ name: 'normalized_alias', type: 'text' })
  normalizedAlias!: string;
}
