import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { ArticleEntity } from './article.entity';
import { QuoteEntity } from './quote.entity';
import { SpeakerEntity } from './speaker.entity';

/**
 * The speaker timeline: one row per attributed quote with its article's date, so a
 * speaker's quotes are read newest first straight from an index (keyset pagination)
 * instead of sorting a join on every page view. Written in the ingest transaction and
 * moved together with quotes.speaker_id by merges and splits.
 */
@Entity({ name: 'speaker_quotes' })
@Index('speaker_quotes_timeline_idx', ['speakerId', 'quotedAt', 'quoteId'])
export class SpeakerQuoteEntity {
  @PrimaryColumn({ name: 'quote_id', type: 'int' })
  quoteId!: number;

  @OneToOne(() => QuoteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quote_id' })
  quote?: QuoteEntity;

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

  /** The article's date (publication, else arrival). */
  @Column({ name: 'quoted_at', type: 'timestamptz' })
  quotedAt!: Date;
}
