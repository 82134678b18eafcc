import { Migration } from '@mikro-orm/migrations';

/**
 * A hash chain over audit_log (issue 13, item 5: tampering is detectable).
 *
 * Every row stores chain_seq (its position), prev_hash (the previous row's hash) and
 * hash = sha256(prev_hash || audit_log_canonical(row)), computed by a BEFORE INSERT trigger so
 * every writer is covered (the API, the outbox worker, psql). Inserts are serialized by a
 * transaction-scoped advisory lock: a second writer waits until the first commits, and then
 * sees its row, so the chain never forks. The cost: transactions that write audit rows commit
 * one after another from their first audit row on (docs/operations.md, "Audit hash chain").
 *
 * The columns are maintained by the database only (the AuditLog entity does not map them).
 * Existing rows are chained in id order here, with the append-only trigger briefly disabled.
 * `pnpm restore` inserts with session_replication_role = replica, so restored rows keep their
 * stored hashes and the chain verifies after a round trip.
 *
 * Also: webhook_delivery.event_id gets its own index (every foreign key leads an index; the
 * event cascade and "deliveries of this event" use it).
 */
export class Migration20261207064500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "webhook_delivery_event_id_index" on "webhook_delivery" ("event_id");`);
    this.addSql(
      `alter table "audit_log" add column "chain_seq" bigint null, add column "prev_hash" text null, add column "hash" text null;`,
    );
    this.addSql(`create unique index "audit_log_chain_seq_unique" on "audit_log" ("chain_seq");`);
    // The canonical text of a row: jsonb's text form is deterministic (keys ordered, spacing fixed).
    this.addSql(`
create or replace function audit_log_canonical(r audit_log) returns text language sql stable as $$
  select jsonb_build_object(
    'id', r.id,
    'at', to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    'actor_id', r.actor_id,
    'actor_label', r.actor_label,
    'action', r.action,
    'entity_type', r.entity_type,
    'entity_id', r.entity_id,
    'before', r.before,
    'after', r.after
  )::text
$$;`);
    this.addSql(`
create or replace function audit_log_chain() returns trigger language plpgsql as $$
declare
  last_seq bigint;
  last_hash text;
begin
  -- One chain: writers take turns until their transaction ends (see the migration's comment).
  perform pg_advisory_xact_lock(hashtext('talentloop.audit_log.chain'));
  select chain_seq, hash into last_seq, last_hash from audit_log
   where chain_seq is not null order by chain_seq desc limit 1;
  new.chain_seq := coalesce(last_seq, 0) + 1;
  new.prev_hash := coalesce(last_hash, '');
  new.hash := encode(sha256(convert_to(new.prev_hash || audit_log_canonical(new), 'UTF8')), 'hex');
  return new;
end $$;`);
    // Chain the rows written before this migration, in id order.
    this.addSql(`alter table "audit_log" disable trigger audit_log_append_only;`);
    this.addSql(`
do $$
declare
  r audit_log;
  seq bigint := 0;
  prev text := '';
begin
  for r in select * from audit_log order by id loop
    seq := seq + 1;
    r.chain_seq := seq;
    r.prev_hash := prev;
    r.hash := encode(sha256(convert_to(prev || audit_log_canonical(r), 'UTF8')), 'hex');
    update audit_log set chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash where id = r.id;
    prev := r.hash;
  end loop;
end $$;`);
    this.addSql(`alter table "audit_log" enable trigger audit_log_append_only;`);
    this.addSql(`
create trigger audit_log_chain before insert on "audit_log"
  for each row execute function audit_log_chain();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "webhook_delivery_event_id_index";`);
    this.addSql(`drop trigger if exists audit_log_chain on "audit_log";`);
    this.addSql(`drop function if exists audit_log_chain();`);
    this.addSql(`drop function if exists audit_log_canonical(audit_log);`);
    this.addSql(`drop index if exists "audit_log_chain_seq_unique";`);
    this.addSql(
      `alter table "audit_log" drop column "chain_seq", drop column "prev_hash", drop column "hash";`,
    );
  }
}
