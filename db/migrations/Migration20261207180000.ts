import { Migration } from '@mikro-orm/migrations';

/**
 * The audit hash chain is linked at commit, not at insert (issue 14: writes serialised on it).
 *
 * Migration20261207064500 chained each row in a BEFORE INSERT trigger under a transaction-scoped
 * advisory lock, so a transaction held the chain from its first audit row until it committed:
 * every KPI feed batch, import and outbox handler waited for the previous one's whole
 * transaction. Under the mixed load (1 000 users, 15 % KPI writes) the audit insert averaged
 * 3.1 s, nearly all of it waiting for that lock (pg_stat_statements, docs/performance.md).
 *
 * Now the BEFORE INSERT trigger only clears the chain columns, and a DEFERRABLE INITIALLY
 * DEFERRED constraint trigger links each new row when its transaction commits: it takes the
 * same advisory lock, reads the head and stores chain_seq, prev_hash and hash on the row. The
 * lock is held from the deferred triggers to the end of the commit — milliseconds — and the
 * chain still never forks (a second committer waits for the first, then sees its rows).
 * Rows become visible already chained, since deferred triggers run inside the transaction.
 *
 * Linking is an UPDATE of the row's three chain columns. The append-only trigger allows exactly
 * that, only while they are still empty and nothing else changes; the linking function is
 * SECURITY DEFINER (the table owner), because the app role holds no UPDATE on audit_log.
 * `pnpm restore` (session_replication_role = replica) fires neither trigger, as before.
 */
export class Migration20261207180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
  -- The one permitted change: the commit-time link of a row not yet chained (audit_log_link).
  if tg_op = 'UPDATE' and old.chain_seq is null and new.chain_seq is not null
     and (old.id, old.at, old.actor_id, old.actor_label, old.action, old.entity_type, old.entity_id)
         is not distinct from (new.id, new.at, new.actor_id, new.actor_label, new.action, new.entity_type, new.entity_id)
     and old.before is not distinct from new.before and old.after is not distinct from new.after then
    return new;
  end if;
  raise exception 'audit_log is append-only: % refused', tg_op using errcode = '42501';
end $$;`);
    // Inserted rows start unlinked, whatever the writer sent.
    this.addSql(`
create or replace function audit_log_chain() returns trigger language plpgsql as $$
begin
  new.chain_seq := null;
  new.prev_hash := null;
  new.hash := null;
  return new;
end $$;`);
    this.addSql(`
create or replace function audit_log_link() returns trigger language plpgsql
security definer set search_path = public, pg_temp as $$
declare
  r audit_log;
  last_seq bigint;
  last_hash text;
begin
  -- One chain: committers take turns for the rest of their commit (see the migration's comment).
  perform pg_advisory_xact_lock(hashtext('talentloop.audit_log.chain'));
  select * into r from audit_log where id = new.id;
  if r.chain_seq is not null then return null; end if;
  select chain_seq, hash into last_seq, last_hash from audit_log
   where chain_seq is not null order by chain_seq desc limit 1;
  r.chain_seq := coalesce(last_seq, 0) + 1;
  r.prev_hash := coalesce(last_hash, '');
  r.hash := encode(sha256(convert_to(r.prev_hash || audit_log_canonical(r), 'UTF8')), 'hex');
  update audit_log set chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash where id = r.id;
  return null;
end $$;`);
    this.addSql(`
create constraint trigger audit_log_link after insert on "audit_log"
  deferrable initially deferred
  for each row execute function audit_log_link();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_log_link on "audit_log";`);
    this.addSql(`drop function if exists audit_log_link();`);
    this.addSql(`
create or replace function audit_log_chain() returns trigger language plpgsql as $$
declare
  last_seq bigint;
  last_hash text;
begin
  perform pg_advisory_xact_lock(hashtext('talentloop.audit_log.chain'));
  select chain_seq, hash into last_seq, last_hash from audit_log
   where chain_seq is not null order by chain_seq desc limit 1;
  new.chain_seq := coalesce(last_seq, 0) + 1;
  new.prev_hash := coalesce(last_hash, '');
  new.hash := encode(sha256(convert_to(new.prev_hash || audit_log_canonical(new), 'UTF8')), 'hex');
  return new;
end $$;`);
    this.addSql(`
create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % refused', tg_op using errcode = '42501';
end $$;`);
  }
}
