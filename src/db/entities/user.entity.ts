import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A person who signs in: admin, editor (fact-checker) or viewer (journalist). */
@Entity({ name: 'users' })
@Check('users_role_check', `"role" IN ('viewer', 'editor', 'admin')`)
export class UserEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id!: number;

  /** Lower-cased e-mail address, the login name. */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName!: string | null;

  /** argon2id hash (PHC string). */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: 'viewer' | 'editor' | 'admin';

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
