import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A bulk import of articles from a JSON Lines, JSON or CSV file. */
@Entity({ name: 'import_batches' })
@Check('import_batches_status_check', `"status" IN ('queued', 'running', 'done')`)
@Index('import_batches_created_idx', ['createdAt', 'id'])
export class ImportBatchEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'text' })
  filename!: string;

  /** JSON Lines, a JSON array of rows, or CSV with a header row. */
  @Column({ type: 'text' })
  format!: 'jsonl' | 'json' | 'csv';

  /** The character encoding the file was read in (bytes that are not UTF-8 are read as Windows-1252). */
  @Column({ type: 'text', default: 'utf-8' })
  encoding!: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

  @Column({ type: 'text', default: 'queued' })
  status!: 'queued' | 'running' | 'done';

  @Column({ name: 'total_rows', type: 'int', default: 0 })
  totalRows!: number;

  @Column({ name: 'created_by', type: 'int', nullable: true })
  createdBy!: number | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
