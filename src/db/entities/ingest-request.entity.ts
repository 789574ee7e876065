import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** State of a request to bring in an article from a URL. */
export type IngestRequestStatus = 'queued' | 'fetching' | 'done' | 'duplicate' | 'failed';

/** A URL someone asked whosaid to fetch: the user-visible side of a background job. */
@Entity({ name: 'ingest_requests' })
@Check('ingest_requests_status_check', `"status" IN ('queued', 'fetching', 'done', 'duplicate', 'failed')`)
@Index('ingest_requests_created_idx', ['createdAt', 'id'])
export class IngestRequestEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text', default: 'queued' })
  status!: IngestRequestStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode!: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage!: string | null;

  @Column({ name: 'article_id', type: 'int', nullable: true })
  articleId!: number | null;

  @Column({ name: 'requested_by', type: 'int', nullable: true })
  requestedBy!: number | null;

  /** Overrides typed by the person asking (title, outlet, date) applied over the page's own metadata. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  overrides!: Record<string, string>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
