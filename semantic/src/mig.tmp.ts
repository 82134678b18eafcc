import { migrate } from '@talentloop/db/migrate';
import { startEmbeddedDatabase } from '@talentloop/db/embedded';
import pg from 'pg';
const url = process.argv[2];
const db = url ? { url, close: async () => {} } : await startEmbeddedDatabase({ port: 0 });
console.log(await migrate(db.url));
const c = new pg.Client({ connectionString: db.url }); await c.connect();
for (const v of ['employee_scope','enrollment_fact','employee_month','course_contribution_control','course_contribution_unit','course_contribution','training_roi_unit','promotion_training_profile','award_nominee_trait','lecturer_trainee']) {
  const r = await c.query(`select count(*) from analytics.${v}`); console.log(v, r.rows[0].count);
}
await c.end(); await db.close();
