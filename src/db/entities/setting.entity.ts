import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An installation setting changed by admins at run time (e.g. whether anonymous visitors may read). */
@Entity({ name: 'settings' })
export class SettingEntity {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'jsonb' })
  value!: unknown;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
