import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An RSS or Atom feed polled for new articles. */
@Entity({ name: 'feeds' })
@Index('feeds_due_idx', ['nextPollAt'], { where: '"active"' })
export class FeedEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Index('feeds_url_key', { unique: true })
  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'poll_interval_minutes', type: 'int', default: 30 })
  pollIntervalMinutes!: number;

  @Column({ name: 'next_poll_at', type: 'timestamptz', default: () => 'now()' })
  nextPollAt!: Date;

  @Column({ name: 'last_polled_at', type: 'timestamptz', nullable: true })
  lastPolledAt!: Date | null;

  /** "new items", "not modified" or the error of the last poll. */
  @Column({ name: 'last_outcome', type: 'text', nullable: true })
  lastOutcome!: string | null;

  @Column({ type: 'text', nullable: true })
  etag!: string | null;

  @Column({ name: 'last_modified', type: 'text', nullable: true })
  lastModified!: string | null;

  /** Failed polls in a row; each doubles the wait before the next poll (up to a day). */
  @Column({ name: 'error_count', type: 'int', default: 0 })
  errorCount!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'items_seen', type: 'int', default: 0 })
  itemsSeen!: number;

  @Column({ name: 'created_by', type: 'int', nullable: true })
  createdBy!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
