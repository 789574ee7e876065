import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change made by a person (or a sign-in attempt). Append-only: a trigger in the
 * migration rejects UPDATE and DELETE.
 */
@Entity({ name: 'audit_log' })
@Index('audit_log_created_idx', ['createdAt', 'id'])
@Index('audit_log_target_idx', ['targetType', 'targetId'])
@Index('audit_log_actor_idx', ['actorId', 'id'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'actor_id', type: 'int', nullable: true })
  actorId!: number | null;

  /** The actor as shown (e-mail at the time, or "anonymous" / "system"). */
  @Column({ name: 'actor_label', type: 'text' })
  actorLabel!: string;

  /** e.g. "user.login", "user.login_failed", "speaker.merge". */
  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType!: string | null;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
