import { Migration } from '@mikro-orm/migrations';

/**
 * One verdict vocabulary and KPI bindings as rule data (issue 11).
 *
 * - training_impact.outcome stores the evaluator's final verdict as it is: EXCELLENT,
 *   CONTRIBUTION, IMPROVED, NO_CHANGE, RETRAIN. Rows stored as EFFECTIVE take the exact verdict
 *   the evaluator recorded in `metrics.verdict` (CONTRIBUTION or IMPROVED).
 * - The KPI measure PCT_CHANGE is now called PERCENT_CHANGE (@talentloop/rules KPI_MEASURES):
 *   stored rule definitions, impact metrics and binding thresholds are renamed; the meaning is
 *   unchanged (the rules schema also still reads the old name).
 * - The default sales rule read 销售额增长率 as the % change of SALES_AMOUNT. Where that default is
 *   still the active version as the system stored it (no HR author), version n+1 reads the KPI
 *   SALES_GROWTH in points, as the course binding says. Earlier versions stay as they were, so
 *   verdicts stored under them are unchanged.
 * - course_kpi_binding.thresholds takes the binding shape of @talentloop/rules
 *   (KpiBindingThresholds: measure, direction, ruleKey, ruleVersion, key, weight, thresholds[]);
 *   the API rewrites the rows of a course whenever its TRAINING_IMPACT rule is saved.
 */
export class Migration20261207041100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "training_impact" drop constraint if exists "training_impact_outcome_check";`);
    this.addSql(
      `update "training_impact" set "outcome" = case when "metrics"->>'verdict' = 'CONTRIBUTION' then 'CONTRIBUTION' else 'IMPROVED' end where "outcome" = 'EFFECTIVE';`,
    );
    this.addSql(
      `alter table "training_impact" add constraint "training_impact_outcome_check" check ("outcome" in ('EXCELLENT', 'CONTRIBUTION', 'IMPROVED', 'NO_CHANGE', 'RETRAIN'));`,
    );
    for (const [table, column] of [
      ['rule_set', 'definition'],
      ['training_impact', 'metrics'],
      ['course_kpi_binding', 'thresholds'],
    ]) {
      this.addSql(
        `update "${table}" set "${column}" = replace("${column}"::text, '"PCT_CHANGE"', '"PERCENT_CHANGE"')::jsonb where "${column}"::text like '%"PCT_CHANGE"%';`,
      );
    }
    // Deactivating the old version and inserting the next one in one statement keeps the
    // one-active-version index satisfied.
    this.addSql(`with old as (
  update "rule_set" set "active" = false
  where "kind" = 'TRAINING_IMPACT' and "key" = 'impact.sales-negotiation' and "active"
    and "created_by_id" is null and "definition" #>> '{kpis,0,kpiCode}' = 'SALES_AMOUNT'
  returning *
)
insert into "rule_set" ("kind", "key", "version", "definition", "active", "description", "created_at")
select "kind", "key", "version" + 1,
  jsonb_set(jsonb_set(jsonb_set("definition", '{kpis,0,kpiCode}', '"SALES_GROWTH"'),
    '{kpis,0,measure}', '"POINT_CHANGE"'), '{version}', to_jsonb("version" + 1)),
  true, "description", now()
from old;`);
    // Seeded bindings in the catalogue's former shape ({ measure, excellent: {op, value}, … }).
    this.addSql(`update "course_kpi_binding" b set "thresholds" = jsonb_strip_nulls(jsonb_build_object(
  'measure', coalesce(b."thresholds"->>'measure', 'PERCENT_CHANGE'),
  'thresholds', (select jsonb_agg(jsonb_build_object('verdict', upper(t.key), 'op', t.value->>'op', 'value', (t.value->>'value')::numeric))
    from jsonb_each(b."thresholds") t where t.key in ('excellent', 'retrain', 'contribution'))))
where not (b."thresholds" ? 'ruleKey');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training_impact" drop constraint if exists "training_impact_outcome_check";`);
    this.addSql(
      `update "training_impact" set "outcome" = 'EFFECTIVE' where "outcome" in ('CONTRIBUTION', 'IMPROVED');`,
    );
    this.addSql(
      `alter table "training_impact" add constraint "training_impact_outcome_check" check ("outcome" in ('EXCELLENT', 'EFFECTIVE', 'NO_CHANGE', 'RETRAIN'));`,
    );
  }
}
