import { Migration } from '@mikro-orm/migrations';

/**
 * Employee-name search indexes and the natural key of an enrollment. Entities and the snapshot
 * declare the same objects (Employee, Enrollment), so `db:migrate -- check` stays clean.
 *
 * - pg_trgm GIN indexes on employee.name and employee.employee_no: `employees(filter:
 *   { search })` is `name ILIKE '%term%' OR employee_no ILIKE '%term%'` (employee.service.ts),
 *   which no b-tree can serve; with both columns trigram-indexed PostgreSQL answers the OR
 *   with a BitmapOr instead of a sequential scan of every employee. pg_trgm ships with
 *   PostgreSQL's contrib (Debian's postgresql-15 has it) and is a trusted extension (a database
 *   owner may create it); the embedded PGlite registers its bundled pg_trgm at start-up
 *   (db/src/embedded.ts) — without that registration PGlite reports it "not available".
 * - unique (employee_id, course_id, enrolled_on) on enrollment: one attempt per employee,
 *   course and enrolment day. The generator never produces two (a retake is planned two months
 *   after a failed attempt, and every planned course is distinct per employee), and the
 *   historical import matches rows on exactly this key (updates the stored row, inserts only
 *   when there is none, under an advisory lock); the constraint makes that key a guarantee
 *   instead of a convention.
 */
export class Migration20261127213000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `create index "employee_employee_no_trgm_index" on "employee" using gin ("employee_no" gin_trgm_ops);`,
    );
    this.addSql(`create index "employee_name_trgm_index" on "employee" using gin ("name" gin_trgm_ops);`);
    this.addSql(
      `alter table "enrollment" add constraint "enrollment_employee_id_course_id_enrolled_on_unique" unique ("employee_id", "course_id", "enrolled_on");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "employee_employee_no_trgm_index";`);
    this.addSql(`drop index "employee_name_trgm_index";`);
    this.addSql(
      `alter table "enrollment" drop constraint "enrollment_employee_id_course_id_enrolled_on_unique";`,
    );
    // pg_trgm stays installed: other objects may use it, and it costs nothing unused.
  }
}
