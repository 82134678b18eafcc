import { Migration } from '@mikro-orm/migrations';

/**
 * Headcount per department and status, kept by triggers (issue 14: the list page's total).
 *
 * `employees(…) { totalCount }` counted the matching employees row by row: for the sales
 * centre's subtree (34 000 employees) 14 of the page's 22 ms of PostgreSQL time, on every
 * HR and manager list page. When the filter and the row scope only name departments (a
 * subtree) and a status, the same number is Σ n over the subtree's departments here: a few
 * thousand rows at most (readpath/connection.ts `countSql`, employee.service.ts).
 *
 * Row triggers on employee keep it exact inside every transaction (insert, delete, a change of
 * department or status); TRUNCATE empties it with the employees. The functions run as the
 * owner: the app role only reads the analytics schema. Departments moving in the tree need
 * nothing: subtrees are matched by the departments' current paths at read time. `pnpm restore`
 * (triggers off) restores the table with the rest of the analytics schema.
 */
export class Migration20261207182000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table analytics.department_headcount (
  department_id int not null,
  status text not null,
  n int not null,
  primary key (department_id, status)
);`);
    this.addSql(`
create or replace function analytics.department_headcount_track() returns trigger language plpgsql
security definer set search_path = public, pg_temp as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update analytics.department_headcount set n = n - 1
     where department_id = old.department_id and status = old.status::text;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into analytics.department_headcount as h (department_id, status, n)
    values (new.department_id, new.status::text, 1)
    on conflict (department_id, status) do update set n = h.n + 1;
  end if;
  return null;
end $$;`);
    this.addSql(`
create or replace function analytics.department_headcount_clear() returns trigger language plpgsql
security definer set search_path = public, pg_temp as $$
begin
  truncate analytics.department_headcount;
  return null;
end $$;`);
    this.addSql(`
create trigger employee_headcount after insert or delete on employee
  for each row execute function analytics.department_headcount_track();`);
    this.addSql(`
create trigger employee_headcount_move after update of department_id, status on employee
  for each row when (old.department_id is distinct from new.department_id or old.status is distinct from new.status)
  execute function analytics.department_headcount_track();`);
    this.addSql(`
create trigger employee_headcount_truncate after truncate on employee
  for each statement execute function analytics.department_headcount_clear();`);
    this.addSql(`
insert into analytics.department_headcount (department_id, status, n)
select department_id, status::text, count(*) from employee group by 1, 2;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists employee_headcount_truncate on employee;`);
    this.addSql(`drop trigger if exists employee_headcount_move on employee;`);
    this.addSql(`drop trigger if exists employee_headcount on employee;`);
    this.addSql(`drop function if exists analytics.department_headcount_clear();`);
    this.addSql(`drop function if exists analytics.department_headcount_track();`);
    this.addSql(`drop table if exists analytics.department_headcount;`);
  }
}
