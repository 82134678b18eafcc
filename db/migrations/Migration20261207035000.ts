import { Migration } from '@mikro-orm/migrations';

/** The least-privileged role the API runs as (docs/operations.md, "Database roles"). */
export const APP_ROLE = 'talentloop_app';

/**
 * An audit log that cannot be rewritten (issue 13, item 5).
 *
 * - Every row is attributed: actor_label is `user:<id>` or `system:<job>`; earlier rows without
 *   an actor become `system:legacy`.
 * - actor_id keeps the login's id without a foreign key: a cascade on login deletion would be
 *   an UPDATE of audit rows.
 * - A trigger refuses UPDATE and DELETE on audit_log for every role, the owner included (it
 *   takes the owner disabling the trigger — DDL the app cannot run). TRUNCATE stays an owner's
 *   whole-database wipe (`db:seed --force`); the app role holds no TRUNCATE privilege.
 * - Role talentloop_app (NOLOGIN; the API switches to it with SET ROLE after connecting, or an
 *   operator gives it LOGIN and a password): reads and writes the data tables, only SELECT and
 *   INSERT on audit_log, only SELECT on the migration history, no DDL (it owns nothing and has
 *   no CREATE on the schemas). Default privileges extend the same grants to tables later
 *   migrations create. Roles are cluster-wide: the role is created once and granted per database.
 */
export class Migration20261207035000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_log" drop constraint if exists "audit_log_actor_id_foreign";`);
    this.addSql(`alter table "audit_log" add column "actor_label" text;`);
    this.addSql(
      `update "audit_log" set "actor_label" = case when "actor_id" is null then 'system:legacy' else 'user:' || "actor_id" end;`,
    );
    this.addSql(`alter table "audit_log" alter column "actor_label" set not null;`);
    this.addSql(`
create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % refused', tg_op using errcode = '42501';
end $$;`);
    this.addSql(`
create trigger audit_log_append_only before update or delete on "audit_log"
  for each row execute function audit_log_append_only();`);
    // Concurrent migrations of two databases on one server may race to create the role.
    this.addSql(`
do $$ begin
  create role ${APP_ROLE} nologin;
exception when duplicate_object or unique_violation then null;
end $$;`);
    this.addSql(`grant usage on schema public to ${APP_ROLE};`);
    this.addSql(`grant select, insert, update, delete on all tables in schema public to ${APP_ROLE};`);
    this.addSql(`grant usage, select on all sequences in schema public to ${APP_ROLE};`);
    this.addSql(`revoke update, delete, truncate on "audit_log" from ${APP_ROLE};`);
    this.addSql(`revoke insert, update, delete, truncate on "mikro_orm_migrations" from ${APP_ROLE};`);
    this.addSql(`grant usage on schema analytics to ${APP_ROLE};`);
    this.addSql(`grant select on all tables in schema analytics to ${APP_ROLE};`);
    this.addSql(
      `alter default privileges in schema public grant select, insert, update, delete on tables to ${APP_ROLE};`,
    );
    this.addSql(`alter default privileges in schema public grant usage, select on sequences to ${APP_ROLE};`);
    this.addSql(`alter default privileges in schema analytics grant select on tables to ${APP_ROLE};`);
  }
  override async down(): Promise<void> {
    this.addSql(`alter default privileges in schema analytics revoke select on tables from ${APP_ROLE};`);
    this.addSql(
      `alter default privileges in schema public revoke usage, select on sequences from ${APP_ROLE};`,
    );
    this.addSql(
      `alter default privileges in schema public revoke select, insert, update, delete on tables from ${APP_ROLE};`,
    );
    this.addSql(`revoke all on all tables in schema analytics from ${APP_ROLE};`);
    this.addSql(`revoke usage on schema analytics from ${APP_ROLE};`);
    this.addSql(`revoke all on all sequences in schema public from ${APP_ROLE};`);
    this.addSql(`revoke all on all tables in schema public from ${APP_ROLE};`);
    this.addSql(`revoke usage on schema public from ${APP_ROLE};`);
    // The role itself stays: other databases on the server may still grant to it.
    this.addSql(`drop trigger audit_log_append_only on "audit_log";`);
    this.addSql(`drop function audit_log_append_only();`);
    this.addSql(`alter table "audit_log" drop column "actor_label";`);
  }
}
