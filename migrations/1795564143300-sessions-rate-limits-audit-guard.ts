// Hand-written: tables owned by libraries (express-session store, login rate limiter) and the
// trigger that makes the audit log append-only.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionsRateLimitsAuditGuard1795564143300 implements MigrationInterface {
  name = 'SessionsRateLimitsAuditGuard1795564143300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // connect-pg-simple's schema.
    await queryRunner.query(
      `CREATE TABLE "http_sessions" ("sid" varchar NOT NULL PRIMARY KEY, "sess" json NOT NULL, "expire" timestamp(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "http_sessions_expire_idx" ON "http_sessions" ("expire")`);
    // rate-limiter-flexible's schema (RateLimiterPostgres with tableCreated: true).
    await queryRunner.query(
      `CREATE TABLE "rate_limits" ("key" varchar(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log entries cannot be changed or deleted';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_is_append_only()`);
    await queryRunner.query(`DROP TABLE "rate_limits"`);
    await queryRunner.query(`DROP TABLE "http_sessions"`);
  }
}
