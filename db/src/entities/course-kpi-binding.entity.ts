import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique, type Opt } from '@mikro-orm/core';
import type { KpiBindingThresholds } from '@talentloop/rules';
import { identityKey } from './columns';
import { Course } from './course.entity';
import { KpiDefinition } from './kpi-definition.entity';

/**
 * Links a course to a KPI it should move, tracked `windowMonths` after completion. For a course
 * judged by a TRAINING_IMPACT rule (rule_set) this row is the rule version's binding as the
 * engine reads it — measure, direction and thresholds — written when the rule is saved
 * (KpiBindingThresholds from @talentloop/rules). Rows without a ruleKey are tracked for analytics only.
 */
@Entity()
@Unique({ properties: ['course', 'kpi'] })
export class CourseKpiBinding {
  @PrimaryKey(identityKey)
  id!: number;

  @ManyToOne(() => Course, { ref: true, deleteRule: 'cascade' })
  course!: Ref<Course>;

  @ManyToOne(() => KpiDefinition, { ref: true, index: true })
  kpi!: Ref<KpiDefinition>;

  @Property({ type: 'integer', default: 3 })
  windowMonths: Opt<number> = 3;

  @Property({ type: 'json', default: '{}' })
  thresholds!: KpiBindingThresholds;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
