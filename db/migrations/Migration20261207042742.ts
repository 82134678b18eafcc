import { Migration } from '@mikro-orm/migrations';

/**
 * Metric definitions leave the migrations: the statistics views of Migration20261127190000 are
 * dropped, and their SQL now lives in the semantic model (semantic/model/cubes/*.yml, cube `sql`
 * with CTEs), which owns and versions it with the measures that read it (docs/metrics.md).
 * Base tables stay here: schema `analytics` keeps `roi_excluded_kpi`, which is data HR may edit.
 */
export class Migration20261207042742 extends Migration {
  override async up(): Promise<void> {
    // Dependants first (award / lecturer / profile / ROI read the scope and contribution views).
    for (const view of [
      'award_nominee_trait',
      'lecturer_trainee',
      'promotion_training_profile',
      'training_roi_unit',
      'course_contribution',
      'course_contribution_unit',
      'course_contribution_control',
      'employee_month',
      'enrollment_fact',
      'employee_scope',
    ]) {
      this.addSql(`drop view if exists analytics.${view};`);
    }
  }

  override async down(): Promise<void> {
    // The definitions now belong to the semantic model and change with it; rolling back this
    // migration does not resurrect a stale copy of them.
  }
}
