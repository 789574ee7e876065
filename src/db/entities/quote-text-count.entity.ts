import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many pages ran a quote's words (quotes.text_key), the versions of a page counted once:
 * the review queue's “most repeated first” order reads it instead of counting the archive for
 * every queued quote on every page view. Kept by triggers on quotes and articles (migration
 * quote-text-counts), so every path that stores, fixes or deletes a quote keeps it.
 */
@Entity({ name: 'quote_text_counts' })
export class QuoteTextCountEntity {
  @PrimaryColumn({ name: 'text_key', type: 'char', length: 32 })
  textKey!: string;

  @Column({ name: 'articles', type: 'int' })
  articles!: number;
}
