import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FeedEntity } from './feed.entity';

/** An entry seen in a feed; its key (guid or link) is stored once, so a re-poll never queues it twice. */
@Entity({ name: 'feed_items' })
@Index('feed_items_feed_key', ['feedId', 'itemKey'], { unique: true })
export class FeedItemEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  @Column({ name: 'feed_id', type: 'int' })
  feedId!: number;

  @ManyToOne(() => FeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'feed_id' })
  feed?: FeedEntity;

  @Column({ name: 'item_key', type: 'text' })
  itemKey!: string;

  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  /** The entry's own updated date, as the feed last gave it: a later one fetches the page again. */
  @Column({ name: 'item_updated_at', type: 'timestamptz', nullable: true })
  itemUpdatedAt!: Date | null;

  @Column({ name: 'ingest_request_id', type: 'int', nullable: true })
  ingestRequestId!: number | null;

  @CreateDateColumn({ name: 'first_seen_at', type: 'timestamptz' })
  firstSeenAt!: Date;
}
