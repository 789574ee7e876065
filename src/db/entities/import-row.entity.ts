import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ImportBatchEntity } from './import-batch.entity';

/** State of one row of an import. */
export type ImportRowStatus = 'pending' | 'done' | 'duplicate' | 'fetching' | 'failed';

/** One row of an import file: the article it became, or why it could not. */
@Entity({ name: 'import_rows' })
@Check('import_rows_status_check', `"status" IN ('pending', 'done', 'duplicate', 'fetching', 'failed')`)
@Index('import_rows_batch_row_key', ['batchId', 'rowNumber'], { unique: true })
@Index('import_rows_batch_status_idx', ['batchId', 'status'])
/** Rows waiting on a fetch, by its request: settled when the page is stored or fails (migration 1795572401200). */
@Index('import_rows_fetching_request_idx', { synchronize: false })
export class ImportRowEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ name: 'batch_id', type: 'int' })
  batchId!: number;

  @ManyToOne(() => ImportBatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id' })
  batch?: ImportBatchEntity;

  /** Line (JSON Lines) or record (CSV) number in the file, from 1. */
  @Column({ name: 'row_number', type: 'int' })
  rowNumber!: number;

  /** The row's fields as read (title, text, url, outlet, publishedAt), or null when it could not be read. */
  @Column({ type: 'jsonb', nullable: true })
  payload!: Record<string, unknown> | null;

  @Column({ type: 'text', default: 'pending' })
  status!: ImportRowStatus;

  /** Why the row failed: one problem a line. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** A failed row a retry may store (a fetch or the database failed), not one that can only fail again as it is (migration 1795572409020). */
  @Column({ type: 'boolean', default: true })
  retryable!: boolean;

  @Column({ name: 'article_id', type: 'int', nullable: true })
  articleId!: number | null;

  @Column({ name: 'ingest_request_id', type: 'int', nullable: true })
  ingestRequestId!: number | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** The row's text was HTML, stored converted to plain text (migration 1795572402300). */
  @Column({ name: 'converted_from_html', type: 'boolean', default: false })
  convertedFromHtml!: boolean;

  /** A worker holds the row until then; a row whose worker died is claimed again after it. */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
