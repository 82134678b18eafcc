import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique, type Opt } from '@mikro-orm/core';
import { identityKey } from './columns';
import { Course } from './course.entity';
import { KpiDefinition } from './kpi-definition.entity';

/**
 * Links a course to a KPI it should move: the tracking window after completion and the
 * thresholds (e.g. { "excellent": 0.15, "retrain": 0.05 }). The rules module owns the shape of
 * `thresholds`; versioned rule definitions live in rule_set.
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
  thresholds: Opt<Record<string, unknown>> = {};

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;
}
